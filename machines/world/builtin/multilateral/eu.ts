import type { Instrument, PartyTerms } from '../../types.ts';
import { ALL, MLAT_GENERIC } from '../durations.ts';
import { withMembership } from '../jurisdictions.ts';

/**
 * European Union instruments: the EU 2000 MLA Convention, the European Investigation Order
 * (Directive 2014/41/EU) and the e-Evidence Regulation (EU) 2023/1543. Pure data; each member
 * state's own dates in `partyTerms`. `[S#]` refers to docs/sources.md.
 */

/** Ireland and Denmark do not take part in the EIO Directive (its recitals 44 and 45). */
const EIO_PARTIES = withMembership('EU').filter((id) => id !== 'IE' && id !== 'DK');
/** Denmark does not take part in Regulation 2023/1543 (its recital 100). */
export const E_EVIDENCE_PARTIES = withMembership('EU').filter((id) => id !== 'DK');

/**
 * Application of the EIO Directive by each member state, from its transposing law. Between two
 * member states the EIO replaces the 1959 Convention and the EU 2000 Convention only once both
 * apply it (Directive 2014/41/EU art. 34); before that those conventions applied.
 */
const EIO_TERMS: Record<string, PartyTerms> = {
  BE: { from: '2017-05-22', source: 'EJN status of implementation of Directive 2014/41/EU: Belgium, Law of 22 May 2017, entry into force 22 May 2017 (https://www.ejn-crimjust.europa.eu/ejn/EJN_Library_StatusOfImpByCat/BG/120)' },
  DE: { from: '2017-05-22', source: 'EJN status of implementation: Germany, Act of 5 Jan 2017 (BGBl. 2017 I 31), entry into force 22 May 2017 (https://www.ejn-crimjust.europa.eu/ejn/EJN_Library_StatusOfImpByCat/BG/120)' },
  FR: { from: '2017-05-22', source: 'EJN news of 23 May 2017: the EIO was transposed in time by Belgium, France, Germany, Hungary and Latvia (https://www.ejn-crimjust.europa.eu/ejn/NewsDetail/ES/567)' },
  HU: { from: '2017-05-22', source: 'EJN news of 23 May 2017: the EIO was transposed in time by Belgium, France, Germany, Hungary and Latvia (https://www.ejn-crimjust.europa.eu/ejn/NewsDetail/ES/567)' },
  GR: { from: '2017-09-21', source: 'EJN status of implementation: Greece, Law 4489/2017, entry into force 21 Sep 2017 (https://www.ejn-crimjust.europa.eu/ejn/EJN_Library_StatusOfImpByCat/BG/120)' },
  AT: { from: '2018-07-01', source: 'EJN status of implementation: Austria, entry into force 1 Jul 2018 (https://www.ejn-crimjust.europa.eu/ejn/EJN_Library_StatusOfImpByCat/BG/120) [facts §16]' },
  LU: { from: '2018-08-01', source: 'Law of 1 Aug 2018 transposing Directive 2014/41/EU (legilux; LexGo, https://lexgo.lu/en/news-and-articles/5616-new-law-on-european-investigation-order-in-criminal-matters) [facts §16]; until then the Law of 8 Aug 2000, the 1959 Convention and the EU 2000 Convention applied' },
};
EIO_TERMS.NL = { from: '2017-06-17', source: 'Wet van 31 mei 2017, Stb. 2017, 231, in force by decree of 14 Jun 2017, Stb. 2017, 262 (NJB, https://www.njb.nl/wetgeving/staatsbladen/europees-onderzoeksbevel); EJN Fiches belges for the Netherlands: EIO effective from 17 Jun 2017 (https://www.ejn-crimjust.europa.eu/ejn2021/FichesBelgesDetail/EN/A.53/337/-1)' };
EIO_TERMS.IT = { from: '2017-07-28', source: 'Decreto legislativo 21 giugno 2017, n. 108 (GU n. 162 of 13 Jul 2017), in force 28 Jul 2017 (eDotto, https://www.edotto.com/articolo/ordine-europeo-di-indagine-penale-decreto-in-gazzetta)' };
EIO_TERMS.ES = { from: '2018-07-02', source: 'Ley 3/2018, de 11 de junio (BOE of 12 Jun 2018), amending Ley 23/2014, Title X, in force 2 Jul 2018 (Sepin, https://blog.sepin.es/tag/penal/page/9)' };
const EIO_UNREAD =
  'date unknown: its application date was not read (read: EJN status table for BE, BG, DE, GR, AT; EJN news for FR, HU, LV; ' +
  'national law or official news for NL, IT, ES, LU, FI, CZ, LT, PT, SE), so the transposition deadline (22 May 2017) stands in. Every participating ' +
  'member state applied the EIO by 15 Sep 2018 (https://evidence2e-codex.eu/a/five-years-on-is-the-european-investigation-order-under-review).';
EIO_TERMS.FI = { from: '2017-07-03', source: 'Act 430/2017 on the implementation of the EIO Directive, in force 3 Jul 2017 (Government bill HE 227/2021, https://www.eduskunta.fi/FI/vaski/HallituksenEsitys/Sivut/HE_227+2021.aspx)' };
EIO_TERMS.CZ = { from: '2018-08-16', source: 'Act No. 178/2018 Coll. amending Act No. 104/2013 Coll. on international judicial cooperation in criminal matters to transpose Directive 2014/41/EU, effective 16 Aug 2018 (https://ceskezakony.cz/en/zakon/178-2018)' };
EIO_TERMS.BG = { from: '2018-02-23', source: 'EJN status of implementation: Bulgaria, European Investigation Order Law, State Gazette No. 16 of 20 Feb 2018, entry into force 23 Feb 2018 (https://www.ejn-crimjust.europa.eu/ejn/EJN_Library_StatusOfImpByCat/BG/120)' };
EIO_TERMS.LV = { from: '2017-05-22', source: 'EJN news of 23 May 2017: the EIO was transposed in time by Belgium, France, Germany, Hungary and Latvia (https://www.ejn-crimjust.europa.eu/ejn/NewsDetail/ES/567)' };
const MEMBER = 'Member state bound by Directive 2014/41/EU (all but Ireland and Denmark: EJN news of 23 May 2017, https://www.ejn-crimjust.europa.eu/ejn/NewsDetail/ES/567)';
EIO_TERMS.MT = { source: MEMBER, uncertain: EIO_UNREAD };
EIO_TERMS.LT = {
  from: '2017-06-15',
  source:
    'Prosecutor General\'s Office news of 15 Jun 2017, published by ELTA: the amendments to the Code of Criminal Procedure and to ' +
    'the Law on mutual recognition of EU decisions in criminal matters (No. XII-1322) implementing Directive 2014/41/EU enter into ' +
    'force that day [S172]',
  uncertain: 'Read in the prosecution service\'s announcement, not in the Register of Legal Acts (e-tar.lt) entry of the amending laws.',
};
EIO_TERMS.EE = {
  from: '2017-07-06',
  source:
    'Estonia transposed the directive by the act amending the Code of Criminal Procedure published in Riigi Teataja ' +
    'RT I, 26.06.2017, 70, entry into force ("Jõustumise kp") 06.07.2017 (https://www.riigiteataja.ee/akt/126062017070); ' +
    'the Prosecutor\'s Office yearbook also dates Estonian EIOs from 6 Jul 2017',
};
EIO_TERMS.SK = {
  from: '2017-10-15',
  source:
    'Act No. 236/2017 Coll. on the European investigation order in criminal matters, published 4 Oct 2017; the consolidated ' +
    'text of Act No. 650/2005 Coll. records its amendment "na základe 236/2017" as effective from 15 Oct 2017 (zakony.judikaty.info, ' +
    'https://zakony.judikaty.info/predpis/zakon-650/2005-ucinnost-od-15.10.2017/audit-dovodove-spravy; Act 236/2017: ' +
    'https://zakony.judikaty.info/predpis/zakon-236/2017/audit-dovodove-spravy)',
  uncertain:
    'The date is the one the consolidated texts give for the amendments made by Act 236/2017; that its own EIO part took ' +
    'effect the same day is inferred, not read.',
};
EIO_TERMS.SI = {
  source: `${MEMBER}; transposed by ZSKZDČEU-1B, adopted 22 Mar 2018, Uradni list RS No. 22/2018 of 4 Apr 2018 (https://www.uradni-list.si/glasilo-uradni-list-rs/vsebina/2018-01-0945?sop=2018-01-0945)`,
  uncertain: `date unknown: the entry-into-force clause of ZSKZDČEU-1B was not read. ${EIO_UNREAD.replace('date unknown: ', '')}`,
};
EIO_TERMS.HR = {
  source: `${MEMBER}; transposed by the amendment of the Act on Judicial Cooperation in Criminal Matters with EU Member States published in Narodne novine 102/2017 (list of amendments: https://informator.hr/zakoni/9932-zakon-o-pravosudnoj-suradnji-u-kaznenim-stvarima-s-drzavama-clanicama-europske-unije)`,
  uncertain: `date unknown: the day the NN 102/2017 amendment took effect was not read. ${EIO_UNREAD.replace('date unknown: ', '')}`,
};
EIO_TERMS.CY = { source: `${MEMBER}; transposed by Law 181(I)/2017 (Economou Legal, https://economoulegal.com/publications/the-european-investigation-order-a-practical-guide-to-its-implementation-in-cyprus)`, uncertain: EIO_UNREAD };
EIO_TERMS.PL = {
  source: MEMBER,
  uncertain: `date unknown: Transposed by the Act of 18 Jan 2018 amending the Code of Criminal Procedure, Dz.U. 2018 poz. 201 (as cited by Kluza, Zeszyty Naukowe TD UJ 2018); its entry into force was not read. ${EIO_UNREAD.replace('date unknown: ', '')}`,
};
EIO_TERMS.RO = {
  source: MEMBER,
  uncertain: `date unknown: Transposed by Law No. 236 of 5 Dec 2017 amending Law No. 302/2004, Monitorul Oficial No. 993 of 14 Dec 2017 (http://www.legex.ro/Legea-236-2017-157308.aspx); its entry into force was not read. ${EIO_UNREAD.replace('date unknown: ', '')}`,
};
EIO_TERMS.SE = {
  from: '2017-12-01',
  source:
    'Lag (2017:1000) om en europeisk utredningsorder, issued 9 Nov 2017 (riksdagen.se, SFS 2017:1000); the Riksdag adopted the ' +
    'bill (Prop. 2016/17:218) and announced on 8 Nov 2017 that the new Act comes into force on 1 Dec 2017 [S170]',
  uncertain: 'The date is the one the Riksdag announced with its vote; the transitional provision of SFS 2017:1000 itself was not read.',
};
EIO_TERMS.PT = {
  from: '2017-08-22',
  source:
    'Lei n.º 88/2017, de 21 de agosto, transposing Directive 2014/41/EU; its art. 50 puts it in force on the day after its ' +
    'publication (PGD Lisboa text, https://www.pgdlisboa.pt/leis/lei_mostra_articulado.php?artigo_id=2754X0004&nid=2754&tabela=leis) [S171]',
  uncertain:
    'The day is counted from the publication date carried in the law\'s name (21 Aug 2017); the Diário da República issue itself was not read.',
};

/**
 * Regulation 2023/1543 applies in every participating member state on the same day. Ireland takes
 * part: its Department of Justice has issued guidance to service providers on their obligations under
 * the Regulation and the Irish Bill transposing Directive 2023/1544.
 */
const E_EVIDENCE_FROM = '2026-08-18';
const E_EVIDENCE_TERMS: Record<string, PartyTerms> = Object.fromEntries(
  E_EVIDENCE_PARTIES.map((id) => [id, {
    from: E_EVIDENCE_FROM,
    source: id === 'IE'
      ? 'Reg. 2023/1543 applies from 18 Aug 2026 in all member states but Denmark [S24]; Ireland applies it: Department of Justice FAQs for service providers on the e-Evidence Regulation and the Criminal Justice (International Cooperation Office) Bill 2026 (https://www.gov.ie/en/department-of-justice-home-affairs-and-migration/organisation-information/faqs)'
      : 'Reg. 2023/1543 applies from 18 Aug 2026 in all member states but Denmark [S24]',
  } satisfies PartyTerms]),
);

/**
 * The EU 2000 MLA Convention (Council Act of 29 May 2000, OJ C 197, 12.7.2000) and its 2001 Protocol.
 * It supplements ETS 30 between the member states that ratified it; the EIO replaced it between states
 * that apply the EIO (Directive 2014/41/EU art. 34), so today it matters with Denmark (party, outside the
 * EIO) and for requests dated before a state applied the EIO. Entry into force: 23 Aug 2005 for the first
 * parties; a later party is bound 90 days after its notification, as the dates in Tractatenblad 2013, 14 show
 * (Hungary 25 Aug -> 23 Nov 2005). The article numbers of these rules were not read.
 */
const TRB_2013_14 = 'Tractatenblad 2013, 14, party data (https://zoek.officielebekendmakingen.nl/trb-2013-14.html)';
const EU2000_PROTOCOL = 'Ratified the 2001 Protocol to the Convention (Statewatch, https://statewatch.org/semdoc/legislative-observatory/police-cooperation-and-criminal-law-pre-lisbon-title-vi-eu/adopted-measures/conventions/protocol-to-2000-mla-convention), which supplements the Convention between its parties';
/** The Dutch record of the notifications made before the Convention entered into force. */
const TRB_2004_211 = 'Tractatenblad 2004, 211, part E: notification under art. 27(2) (https://zoek.officielebekendmakingen.nl/dossier/trb-2004-211.html)';
const EU2000_FIRST = 'a state that notified before the Convention entered into force is bound from that entry into force, 23 Aug 2005, as Denmark (notified 24 Dec 2002), Finland and the Netherlands (2004) are in Tractatenblad 2013, 14';
const EU2000_FIRST_UNREAD = 'The notification is read in Tractatenblad 2004, 211; the entry into force (23 Aug 2005) is applied from the dates Tractatenblad 2013, 14 gives the other early notifiers, since its own row for this state was not read.';
const EU2000_NO_DATE = 'date unknown: its notification was not read (the copy of Tractatenblad 2013, 14 read stops at the Netherlands), so the Convention\'s first entry into force (23 Aug 2005) stands in.';
const EU2000_TERMS: Record<string, PartyTerms> = {
  BE: { signed: '2000-05-29', ratified: '2005-05-25', from: '2005-08-23', source: TRB_2013_14 },
  BG: { ratified: '2007-11-08', from: '2007-12-01', source: TRB_2013_14 },
  CY: { ratified: '2005-11-03', from: '2006-02-01', source: TRB_2013_14 },
  DK: { signed: '2000-05-29', ratified: '2002-12-24', from: '2005-08-23', source: TRB_2013_14 },
  DE: { signed: '2000-05-29', ratified: '2005-11-04', from: '2006-02-02', source: TRB_2013_14 },
  EE: { ratified: '2004-07-28', from: '2005-08-23', source: TRB_2013_14 },
  FI: { signed: '2000-05-29', ratified: '2004-02-27', from: '2005-08-23', source: TRB_2013_14 },
  FR: { signed: '2000-05-29', ratified: '2005-05-10', from: '2005-08-23', source: TRB_2013_14 },
  HU: { ratified: '2005-08-25', from: '2005-11-23', source: TRB_2013_14 },
  LV: { ratified: '2004-06-14', from: '2005-08-23', source: TRB_2013_14 },
  LT: { ratified: '2004-05-28', from: '2005-08-23', source: TRB_2013_14 },
  LU: { signed: '2000-05-29', ratified: '2010-12-06', from: '2011-03-06', source: TRB_2013_14 },
  MT: { ratified: '2008-04-04', from: '2008-07-03', source: TRB_2013_14 },
  NL: { signed: '2000-05-29', ratified: '2004-04-02', from: '2005-08-23', source: `${TRB_2013_14} (the Netherlands in Europe)` },
  RO: { from: '2007-12-01', source: 'In force for Romania and Bulgaria from 1 Dec 2007 (Council decision, OJ 2007 L 307/18, as reported by Statewatch, https://statewatch.org/semdoc/legislative-observatory/police-cooperation-and-criminal-law-pre-lisbon-title-vi-eu/adopted-measures/conventions/protocol-to-2000-mla-convention)', uncertain: 'The date is given for the Protocol and the Convention together by a secondary source; the Official Journal was not read.' },
  // Notified years before the Convention entered into force, so bound from that day like the other early notifiers.
  // (23 Aug 2005 is 90 days after Belgium's notification of 25 May 2005: inferred to be the decisive one, not read.)
  PT: { ratified: '2001-11-05', from: '2005-08-23', source: `${TRB_2004_211}; ${EU2000_FIRST}`, uncertain: EU2000_FIRST_UNREAD },
  ES: { ratified: '2003-01-27', from: '2005-08-23', source: `${TRB_2004_211}; ${EU2000_FIRST}`, uncertain: EU2000_FIRST_UNREAD },
  // Notified before the Convention entered into force, like PT and ES; the Austrian gazette's own date is earlier (see uncertain).
  AT: {
    ratified: '2005-04-04',
    from: '2005-08-23',
    source: `BGBl. III Nr. 65/2005: Austria notified completion of its procedures under art. 27(2) on 4 Apr 2005 [S173]; ${EU2000_FIRST}; ${EU2000_PROTOCOL}`,
    uncertain:
      'BGBl. III Nr. 65/2005 states that the Convention enters into force for Austria on 3 Jul 2005 under its art. 27(4), which is before ' +
      'the Convention\'s own entry into force (23 Aug 2005, EUR-Lex summary and Tractatenblad 2013, 14); the model uses 23 Aug 2005. ' +
      'Why the two differ was not read.',
  },
  PL: {
    from: '2005-10-26',
    source:
      'Polish government statement of 13 Mar 2007 (Dz.U. 2007 nr 135 poz. 951): ratified by the President on 11 Jun 2005, in force for ' +
      'Poland under art. 28(4) from 26 Oct 2005; the 2001 Protocol likewise from 26 Oct 2005 [S174]',
  },
  ...Object.fromEntries(['CZ', 'SE', 'SI', 'SK'].map((id) => [id, { source: EU2000_PROTOCOL, uncertain: EU2000_NO_DATE } satisfies PartyTerms])),
};
/** Signed, not ratified by 2013 (Tractatenblad 2013, 14); later ratifications were not read. */
const EU2000_SIGNATORIES: Record<string, PartyTerms> = Object.fromEntries(['GR', 'IE', 'IT'].map((id) => [id, {
  signed: '2000-05-29', source: TRB_2013_14,
  uncertain: 'Signed, not ratified when Tractatenblad 2013, 14 was published; the Protocol too was not ratified by Greece, Italy or Ireland (Statewatch, 2006). A later ratification was not searched for: treated as not bound.',
} satisfies PartyTerms]));

export const EU_INSTRUMENTS: Instrument[] = [
  {
    id: 'EU-EIO-2014-41',
    title: 'European Investigation Order (Directive 2014/41/EU)',
    kind: 'mlat',
    parties: EIO_PARTIES,
    data: [...ALL],
    days: {
      median: 90,
      p90: 120,
      source:
        'Directive 2014/41/EU art. 12: decision on recognition within 30 days, execution within 90 days after the decision ' +
        '(120 days in all) [S28][S27]. No published average was found; median 90 is a modelling choice within the limit.',
      basis: 'statutory',
    },
    legalForm: 'eu-law',
    excludes: [],
    source:
      'Directive 2014/41/EU of 3 Apr 2014 regarding the European Investigation Order in criminal matters (OJ L 130, ' +
      '1.5.2014), refusal grounds art. 11 [S65]; transposition deadline 22 May 2017; Denmark is not bound (EJN status of ' +
      'implementation); Ireland did not take part',
    inForce: { from: '2017-05-22' },
    partyTerms: EIO_TERMS,
    uncertain:
      'Each member state applies it from its own transposing law (partyTerms); where that date was not read (HR, CY, ' +
      'MT, SI, PL, RO), the transposition deadline (22 May 2017) is used, which may be earlier than the ' +
      'real date (at the latest 15 Sep 2018). Between two states that apply it, it is chosen over ETS 30, the EU 2000 ' +
      'Convention and Budapest because its statutory median (90 days) is the smallest (machines/route/instruments.ts ' +
      'orders by median after bilateral treaties); the model has no rule that it replaces them (art. 34). ' +
      'Ireland\'s non-participation rests on the Directive\'s recitals and its absence from implementation lists (EJN ' +
      'news of 23 May 2017: Ireland and Denmark are not taking part).',
  },
  {
    id: 'EU-E-EVIDENCE-2023-1543',
    title: 'European Production and Preservation Orders (Regulation (EU) 2023/1543)',
    kind: 'direct-cooperation',
    parties: E_EVIDENCE_PARTIES,
    data: [...ALL],
    days: {
      median: 8,
      p90: 10,
      emergency: 1,
      source:
        'Reg. 2023/1543 art. 10: production within 10 days (where the enforcing state is notified, at the end of those 10 ' +
        'days absent a refusal ground); in emergencies without undue delay and at the latest within 8 hours, rounded up to ' +
        '1 day; enforcing authority\'s refusal window 10 days / 96 hours (art. 12) [S23][S26]. Median 8 and p90 10 are ' +
        'modelling choices within the legal deadline.',
      basis: 'statutory',
    },
    legalForm: 'eu-law',
    partyTerms: E_EVIDENCE_TERMS,
    excludes: [],
    notify: {
      data: ['traffic', 'content'],
      days: 10,
      source:
        'Reg. 2023/1543 art. 8 (notification of the enforcing state for traffic and content data, unless the offence and ' +
        'the person are in the issuing state) and art. 10(2) (the addressee produces at the end of the 10 days unless ' +
        'the enforcing authority raises a ground for refusal or confirms earlier) [S23]',
    },
    source:
      'Regulation (EU) 2023/1543 of 12 Jul 2023 on European Production Orders and European Preservation Orders (OJ L 191, ' +
      '28.7.2023): orders served directly on providers offering services in the Union, regardless of where data are ' +
      'stored; notification of the enforcing state for traffic and content (art. 8) except where offence and person are ' +
      'both in the issuing state; traffic and content only for offences punishable by at least 3 years or listed ' +
      'offences; third-country law conflicts reviewed under art. 17; applies to all member states except Denmark ' +
      '[S23][S24][S24c]',
    inForce: { from: '2026-08-18' },
    preservationPending: {
      source:
        'Reg. 2023/1543 art. 11(1)-(2): the duty to preserve under a European Preservation Order ends after 60 days ' +
        '(extendable by 30) unless the issuing authority confirms that a subsequent request for production has been ' +
        'issued; then the addressee preserves the data as long as needed to produce them once that request is received ' +
        '(text read in the German version, gesetze.legal/eu/vo_eu_2023_1543/11) [S23]',
    },
    uncertain:
      'In the model, a direct-cooperation instrument opens only for providers whose home is a party; real orders go to ' +
      'the provider\'s designated establishment or legal representative in the Union (Directive 2023/1544), which the ' +
      'world model cannot express, so US providers\' EU representatives are not covered. The 3-year threshold (art. 5(4) ' +
      'final wording unverified) and art. 12 refusals are not modelled.',
  },
  {
    id: 'EU-MLA-2000',
    title: 'Convention on Mutual Assistance in Criminal Matters between the Member States of the EU (2000) and its 2001 Protocol',
    kind: 'mlat',
    parties: Object.keys(EU2000_TERMS),
    legalForm: 'treaty',
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'Convention established by Council Act of 29 May 2000 (OJ C 197, 12.7.2000), supplementing ETS 30 and its 1978 ' +
      'Protocol: direct transmission between judicial authorities, execution in the forms asked by the requesting state, ' +
      'videoconference, interception of telecommunications (EUR-Lex summary, https://eur-lex.europa.eu/EN/legal-content/summary/mutual-assistance-in-criminal-matters-between-eu-countries.html); ' +
      'Protocol of 16 Oct 2001 (bank information), in force 5 Oct 2005. Entry into force 23 Aug 2005 for the first parties, ' +
      'later ones 90 days after their notification (Tractatenblad 2013, 14); per-party dates in partyTerms.',
    inForce: { from: '2005-08-23' },
    partyTerms: { ...EU2000_TERMS, ...EU2000_SIGNATORIES },
    uncertain:
      'Between states that both apply the EIO it has been replaced (Directive 2014/41/EU art. 34); the model keeps it as an ' +
      'instrument and relies on the EIO\'s smaller median for the EIO to be chosen between them. Parties whose date was not ' +
      'read (CZ, SE, SI, SK) are listed because they ratified the 2001 Protocol, which presupposes the ' +
      'Convention. Croatia (EU member from 2013) and the later ratifications of Greece, Italy and Ireland were not read, so ' +
      'they are not listed as parties. Iceland and Norway apply parts of it by a 2003 agreement with the EU (Trb. 2004, 211), not modelled.',
  },
];
