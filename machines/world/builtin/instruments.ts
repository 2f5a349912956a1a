import type { DurationProfile, Instrument, PartyTerms } from '../types.ts';
import { withMembership } from './jurisdictions.ts';

/**
 * Treaties and agreements between shipped jurisdictions. Pure data. `[S#]` refers to
 * ../shared/domain/facts.md; other sources are named in full.
 *
 * Conventions
 * - A bilateral treaty is listed only where a source confirms it exists (and, for `inForce.from`,
 *   where a source states its entry into force). Where no source states the date, `inForce` has no
 *   `from` and `uncertain` says what is known. `inForce.from` of a multilateral instrument is its first
 *   entry into force; each party's own date is in `partyTerms` where a source gives it (Budapest, the
 *   EIO, and the UN conventions in offence-treaties.ts); a party without one keeps `inForce.from`.
 * - The 2003 US-EU Mutual Legal Assistance Agreement cannot be a party list (the engine would read it
 *   as binding EU members to each other), so it is modelled through the bilateral US-member relations
 *   it supplemented or created, all in force from 1 Feb 2010 (US-XX-MLAT below).
 *
 * Deliberately not modelled as channels (see docs/world.md):
 * - UN Convention against Cybercrime (Hanoi, signed 25-26 Oct 2025): not in force; it enters into force
 *   on the 90th day after the 40th ratification (art. 65(1)) [S42]. Left out rather than given an
 *   invented date; a scenario can declare it as a fictional-world instrument for a what-if run.
 * - SCO Agreement on cooperation in ensuring international information security (Yekaterinburg,
 *   16 Jun 2009; CN, KZ, KG, RU, TJ, UZ): it sets out joint measures and norms but no procedure for
 *   requesting data [S44][S44c]; SEED-1 itself says SCO judicial-assistance mechanisms are still lacking.
 * - The Second Additional Protocol to the Budapest Convention: not in force (3 ratifications of the 5
 *   needed); kept as a template in PENDING_INSTRUMENTS, outside BUILTIN_WORLD.
 * - EU-Japan MLA Agreement (in force 2011 per Japan's MoJ): same party-list problem as US-EU; not expanded.
 * - Treaties found but whose status could not be confirmed: China-Canada, China-Australia,
 *   China-Pakistan, Turkmenistan-Iran MLA agreements; US-Canada and EU-US e-evidence talks (no agreement).
 */

const ALL = ['subscriber', 'traffic', 'content'] as const;

/** Requests to the US: the best-documented figures. */
const MLAT_TO_US: DurationProfile = {
  median: 300,
  p90: 540,
  source:
    'Requests to the US take about 10 months on average (European Commission 2018 [S27]; President\'s Review Group 2013 ' +
    'as reported [S60]; Council mandate of 6 Jun 2019 [S62b]) and can take more than a year (industry letter 2014 [S58]). ' +
    'Median 300 days (10 months), p90 540 days (18 months). The same profile is used for requests from the US, for which ' +
    'no figures were found.',
};

/** Any other mutual legal assistance relation: no published figures. */
const MLAT_GENERIC: DurationProfile = {
  median: 300,
  p90: 540,
  source:
    'No published duration figures for this instrument; the scenario format\'s MLAT defaults (300/540) are used, which ' +
    'match the published figures for requests to the US [S27][S58].',
};

const CLOUD_AGREEMENT_DAYS: DurationProfile = {
  median: 30,
  p90: 60,
  source:
    'No published turnaround figures for orders under the agreement; the scenario format\'s defaults for agreements ' +
    '(30/60). The UK had issued more than 20,000 orders to US providers by June 2025 [S13], i.e. routine use.',
};

/** US relation with an EU member, supplemented or created by the 2003 US-EU Agreement. */
function usEu(id: string, name: string, bilateral: string, from = '2010-02-01', uncertain?: string): Instrument {
  const inst: Instrument = {
    id: `US-${id}-MLAT`,
    title: `United States-${name} mutual legal assistance (as applied under the US-EU Agreement)`,
    kind: 'mlat',
    parties: ['US', id],
    data: [...ALL],
    days: MLAT_TO_US,
    excludes: [],
    source:
      `${bilateral}; Agreement on Mutual Legal Assistance between the US and the EU (signed 25 Jun 2003) and the bilateral ` +
      `instrument under its art. 3(2) (Senate Treaty Doc. 109-13; Exec. Rept. 110-13), in force 1 Feb 2010; US State ` +
      `Department INCSR 2015 lists an MLAT in force with ${name}`,
    inForce: { from },
  };
  const note =
    uncertain ??
    (from === '2010-02-01'
      ? `inForce.from is the date the US-EU instruments took effect; an earlier bilateral treaty with ${name}, if any, ` +
        'may have been in force before, but its date was not confirmed.'
      : undefined);
  if (note) inst.uncertain = note;
  return inst;
}

const COE_CHART_2015 =
  'CoE chart of signatures and ratifications of Treaty 185, status as of 03/12/2015 ' +
  '(https://www.coe.int/en/web/conventions/full-list/-/conventions/treaty/185/signatures)';
const BUDAPEST_RULE = 'ETS 185 art. 36(4) / 37(2): first day of the month after three months from the deposit';

/** Each shipped party's entry into force of ETS 185 (`from`), with where it was read. */
const BUDAPEST_TERMS: Record<string, PartyTerms> = {
  US: { ratified: '2006-09-29', from: '2007-01-01', source: 'Instrument deposited 29 Sep 2006, in force for the US 1 Jan 2007 (US Embassy Tokyo release of 2 Oct 2006, https://japan2.usembassy.gov/e/p/2006/tp-20061002-04.html)' },
  GB: { ratified: '2011-05-25', from: '2011-09-01', source: `Ratified 25 May 2011 (The Register, https://www.theregister.co.uk/2011/05/25/uk_ratifies_cybercrime_convention/); ${BUDAPEST_RULE}`, uncertain: 'The deposit date is read from a press report of the day; the CoE chart entry for the UK was not read.' },
  FR: { ratified: '2006-01-10', from: '2006-05-01', source: COE_CHART_2015 },
  DE: { ratified: '2009-03-09', from: '2009-07-01', source: `${COE_CHART_2015} (ratification date; the entry-into-force cell was cut off in the copy read); ${BUDAPEST_RULE}` },
  NL: { uncertain: 'Party (CoE lists); its date of entry into force was not read.' },
  BE: { ratified: '2012-08-20', from: '2012-12-01', source: COE_CHART_2015 },
  LU: { uncertain: 'Ratified by the Law of 18 Jul 2014 (CNPD Luxembourg, https://cnpd.public.lu/fr/actualites/national/2014/08/cybercriminalite.html); the date of deposit, and so of entry into force, was not read.' },
  CH: { ratified: '2011-09-21', from: '2012-01-01', source: 'SR 0.311.43: instrument deposited 21 Sep 2011, in force for Switzerland 1 Jan 2012 (https://www.droit-bilingue.ch/de-fr/0.3/0.31/0.311.43-preface-1.html)' },
  AU: { ratified: '2012-11-30', from: '2013-03-01', source: 'CoE notification JJ7505C Tr./185-76 of 7 Dec 2012: accession 30 Nov 2012, in force for Australia 1 Mar 2013 (https://fr.doczz.net/doc/2284910/185-a-ftr-aut---conseil-de-l-europe)' },
  CA: { ratified: '2015-07-08', from: '2015-11-01', source: `Canada ratified on 8 Jul 2015 (Global Affairs Canada, https://www.canada.ca/en/news/archive/2015/07/canada-completes-ratification-convention-cybercrime.html; deposit of 8 Jul 2015 notified by the CoE, Portuguese Aviso 66/2016, https://dre.tretas.org/dre/2643134/aviso-66-2016-de-24-de-junho); ${BUDAPEST_RULE}` },
  JP: { ratified: '2012-07-03', from: '2012-11-01', source: 'CoE notification JJ7443C Tr./185-74 of 6 Jul 2012 and MOFA Japan: acceptance 3 Jul 2012, in force for Japan 1 Nov 2012 (https://www.mofa.go.jp/announce/announce/2012/7/0704_01.html)' },
  BR: { ratified: '2022-11-30', from: '2023-03-01', source: 'Decree 11.491 of 12 Apr 2023, recitals: instrument deposited 30 Nov 2022, in force for Brazil 1 Mar 2023 (https://legjur.com/legislacao/art/dec_00114912023)' },
  AT: { ratified: '2012-06-13', from: '2012-10-01', source: COE_CHART_2015 },
  DK: { ratified: '2005-06-21', from: '2005-10-01', source: COE_CHART_2015 },
  ES: { from: '2010-10-01', source: 'Instrument of ratification (BOE): in force for Spain 1 Oct 2010 under art. 36(4) (as reproduced at http://migrarconderechos.es/legislationMastertable/legislacion/Convenio_ciberdelincuencia_23_11_2001)' },
  IT: { uncertain: 'Ratification authorised by Law No. 48 of 18 Mar 2008 (https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2008-03-18;48); the date of deposit, and so of entry into force, was not read.' },
  // The President signed the instrument on 29 Jan 2015; the deposit came later (not read), hence no `ratified`.
  PL: { from: '2015-06-01', source: 'Government statement of 2 Apr 2015, Dz.U. 2015 poz. 729: instrument signed by the President 29 Jan 2015, in force for Poland 1 Jun 2015 under art. 36(4) (http://www.infor.pl/akt-prawny/DZU.2015.102.0000729)' },
  SE: { ratified: '2021-04-28', from: '2021-08-01', source: `Sweden ratified 28 Apr 2021 (CoE chart, as cited in this file before issue 11); ${BUDAPEST_RULE}`, uncertain: 'The ratification date was not re-read in this pass.' },
  FI: { ratified: '2007-05-24', from: '2007-09-01', source: COE_CHART_2015 },
  PT: { ratified: '2010-03-24', from: '2010-07-01', source: 'Portuguese treaty database (GDDC): instrument deposited 24 Mar 2010, in force for Portugal 1 Jul 2010 (https://gddc.ministeriopublico.pt/instrumento/convencao-sobre-o-cibercrime-0)' },
  CZ: { ratified: '2013-08-22', from: '2013-12-01', source: COE_CHART_2015 },
  HU: { ratified: '2003-12-04', from: '2004-07-01', source: 'CoE chart of Treaty 185, status as of 18/6/2004 (http://conventions.coe.int/Treaty/Commun/ChercheSig.asp?NT=185&CM=8&DF=18/06/04&CL=ENG)' },
  EE: { ratified: '2003-05-12', from: '2004-07-01', source: COE_CHART_2015 },
  GR: { uncertain: 'Approved by Greek Law 4411/2016 (SafeLine, https://www.safeline.gr/en/legislation/other-internet-crimes/); shown as a party by the CoE Octopus profile; the date of deposit, and so of entry into force, was not read.' },
  RO: { ratified: '2004-05-12', from: '2004-09-01', source: 'CoE list of declarations on Treaty 185: declarations contained in the instrument of ratification deposited on 12 May 2004, period covered from 1/9/2004 (as reproduced at https://zaki.ru/pagesnew.php?id=57450&page=25); Romanian Law No. 64 of 24 Mar 2004' },
  RS: { uncertain: 'Party (CoE lists); its date of entry into force was not read.' },
};

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
  'Application date not read (read: EJN status table for BE, DE, GR, AT; EJN news for FR, HU; national law for NL, IT, ES, LU, FI, CZ). ' +
  'Every participating member state applied the EIO by 15 Sep 2018 (https://evidence2e-codex.eu/a/five-years-on-is-the-european-investigation-order-under-review).';
EIO_TERMS.FI = { from: '2017-07-03', source: 'Act 430/2017 on the implementation of the EIO Directive, in force 3 Jul 2017 (Government bill HE 227/2021, https://www.eduskunta.fi/FI/vaski/HallituksenEsitys/Sivut/HE_227+2021.aspx)' };
EIO_TERMS.CZ = { from: '2018-08-16', source: 'Act No. 178/2018 Coll. amending Act No. 104/2013 Coll. on international judicial cooperation in criminal matters to transpose Directive 2014/41/EU, effective 16 Aug 2018 (https://ceskezakony.cz/en/zakon/178-2018)' };
EIO_TERMS.EE = { uncertain: EIO_UNREAD };
EIO_TERMS.PL = {
  uncertain: `Transposed by the Act of 18 Jan 2018 amending the Code of Criminal Procedure, Dz.U. 2018 poz. 201 (as cited by Kluza, Zeszyty Naukowe TD UJ 2018); its entry into force was not read. ${EIO_UNREAD}`,
};
EIO_TERMS.RO = {
  uncertain: `Transposed by Law No. 236 of 5 Dec 2017 amending Law No. 302/2004, Monitorul Oficial No. 993 of 14 Dec 2017 (http://www.legex.ro/Legea-236-2017-157308.aspx); its entry into force was not read. ${EIO_UNREAD}`,
};
EIO_TERMS.SE = {
  uncertain: `Lag (2017:1000) om en europeisk utredningsorder, issued 9 Nov 2017; the bill proposed entry into force on 1 Dec 2017 (Prop. 2016/17:218, https://rkrattsbaser.gov.se/prop?page=45&post_id=1580), the date actually enacted was not read. ${EIO_UNREAD}`,
};
EIO_TERMS.PT = {
  uncertain: `Lei n.º 88/2017, de 21 de agosto, transposes the Directive (https://regulacaodociberespaco.com/inicio/legislacao/regime-juridico-emissao-transmissao-reconhecimento-execucao-decisoes-europeias-materia-penal); its entry into force was not read. ${EIO_UNREAD}`,
};

export const INSTRUMENTS: Instrument[] = [
  // ================================================================ Multilateral
  {
    id: 'BUDAPEST-ETS-185',
    title: 'Council of Europe Convention on Cybercrime (Budapest Convention)',
    kind: 'mlat',
    parties: withMembership('Budapest'),
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'Convention on Cybercrime, ETS 185 (Budapest, 23 Nov 2001), arts. 23-35: mutual assistance to the widest extent ' +
      '(art. 25), and where no MLA treaty applies the art. 27 procedure between central authorities (refusal for political ' +
      'offences or sovereignty, security, ordre public, essential interests); expedited preservation art. 29, stored data ' +
      'art. 31, 24/7 network art. 35 [S15]. Parties: CoE chart of signatures and ratifications; Brazil acceded 30 Nov 2022; ' +
      'Sweden ratified 28 Apr 2021.',
    inForce: { from: '2004-07-01' },
    preservationPending: {
      source:
        'ETS 185 art. 29(7): a preservation made at another party\'s request lasts at least 60 days so that the request ' +
        'for search, seizure or disclosure can be sent, and once that request is received the data continue to be ' +
        'preserved pending a decision on it [S15]. The model holds any preservation in force when the request under the ' +
        'Convention is pending; the article speaks of a preservation made on an art. 29 request.',
    },
    partyTerms: BUDAPEST_TERMS,
    uncertain:
      'Each party is bound from its own date (partyTerms); the dates of NL, LU, IT, GR and RS were not read, so ' +
      'for them the convention\'s own entry into force (1 Jul 2004) is used, which is earlier than their real dates. ' +
      'Not parties among shipped states: China, Russia, India, Pakistan, Iran, Belarus, Kazakhstan, Kyrgyzstan, ' +
      'Tajikistan, Turkmenistan, Uzbekistan, and Ireland (signed 2002, not ratified per Dáil answers up to Oct 2025).',
  },
  {
    id: 'ETS-30',
    title: 'European Convention on Mutual Assistance in Criminal Matters (1959)',
    kind: 'mlat',
    parties: withMembership('ETS30'),
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'European Convention on Mutual Assistance in Criminal Matters, ETS 30 (Strasbourg, 20 Apr 1959), open to Council ' +
      'of Europe members and invited non-members (e.g. Mongolia\'s request, CoE GR-J(2019)15; Kazakhstan\'s invitation ' +
      'approved 18 Jun 2025 per its Prosecutor General, inform.kz)',
    inForce: {},
    uncertain:
      'Entry into force (commonly given as 12 Jun 1962) and each party\'s date were not checked; parties are the shipped ' +
      'Council of Europe members. Russia ratified in 1999; its status after leaving the Council of Europe (2022) was not ' +
      'verified, so it is not listed. Between EU members the EIO replaces it (except for IE and DK).',
  },
  {
    id: 'CIS-MINSK-1993',
    title: 'CIS Convention on Legal Assistance and Legal Relations in Civil, Family and Criminal Matters (Minsk, 1993)',
    kind: 'mlat',
    parties: withMembership('Minsk-1993'),
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'Convention of 22 Jan 1993 (Minsk) and Protocol of 28 Mar 1997 (in force 17 Sep 1999); Kazakhstan Law No. 399-I of ' +
      '24 Jun 1999 (signatories of the Protocol); Uzbek Ministry of Justice (gazeta.uz, 4 Sep 2019: CIS relations based on ' +
      'the Minsk Convention); Chisinau Convention of 7 Oct 2002, which replaces it between its own parties',
    inForce: {},
    uncertain:
      'Entry into force (commonly given as 19 May 1994) not checked. Turkmenistan\'s participation not verified, so it is ' +
      'not listed. Between parties to the 2002 Chisinau Convention (e.g. BY, KZ, KG; UZ acceded 2019) that convention ' +
      'applies instead; both are the same kind of channel here.',
  },
  {
    id: 'EU-EIO-2014-41',
    title: 'European Investigation Order (Directive 2014/41/EU)',
    kind: 'mlat',
    parties: withMembership('EIO'),
    data: [...ALL],
    days: {
      median: 90,
      p90: 120,
      source:
        'Directive 2014/41/EU art. 12: decision on recognition within 30 days, execution within 90 days after the decision ' +
        '(120 days in all) [S28][S27]. No published average was found; median 90 is a modelling choice within the limit.',
    },
    excludes: [],
    source:
      'Directive 2014/41/EU of 3 Apr 2014 regarding the European Investigation Order in criminal matters (OJ L 130, ' +
      '1.5.2014), refusal grounds art. 11 [S65]; transposition deadline 22 May 2017; Denmark is not bound (EJN status of ' +
      'implementation); Ireland did not take part',
    inForce: { from: '2017-05-22' },
    partyTerms: EIO_TERMS,
    uncertain:
      'Each member state applies it from its own transposing law (partyTerms); where that date was not read, the ' +
      'transposition deadline (22 May 2017) is used, which may be earlier than the real date (at the latest 15 Sep 2018). ' +
      'Ireland\'s non-participation rests on the Directive\'s recitals and its absence from implementation lists (EJN ' +
      'news of 23 May 2017: Ireland and Denmark are not taking part).',
  },
  {
    id: 'EU-E-EVIDENCE-2023-1543',
    title: 'European Production and Preservation Orders (Regulation (EU) 2023/1543)',
    kind: 'direct-cooperation',
    parties: withMembership('e-Evidence'),
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
    },
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

  // ================================================================ CLOUD Act agreements
  {
    id: 'US-GB-CLOUD-2019',
    title: 'UK-US Agreement on Access to Electronic Data for the Purpose of Countering Serious Crime',
    kind: 'agreement',
    parties: ['US', 'GB'],
    data: [...ALL],
    days: CLOUD_AGREEMENT_DAYS,
    // The targeting restrictions run one way each (art. 4(3), with art. 1(12) defining whom each party may not target).
    excludes: [],
    directionalExcludes: [
      {
        from: 'GB', subjectNationality: ['US'], subjectLocation: ['US'],
        source: 'UK-US Agreement arts. 1(12) and 4(3): the UK may not target US citizens, nationals or lawful permanent residents, nor persons located in the US [S8][S9]',
      },
      {
        from: 'US', subjectLocation: ['GB'],
        source: 'UK-US Agreement arts. 1(12) and 4(3): the US may not target persons located in the UK (UK nationals elsewhere are not excluded) [S8][S9]',
      },
    ],
    source:
      'Agreement signed 3 Oct 2019, in force 3 Oct 2022 (first CLOUD Act agreement) under 18 USC 2523 and the UK Crime ' +
      '(Overseas Production Orders) Act 2019: orders for serious crime, i.e. offences punishable by a maximum of at least 3 ' +
      'years; each order must target a specific person, account or identifier and be subject to independent review; the ' +
      'UK may not target US persons or persons in the US, the US may not target persons in the UK; no use to infringe ' +
      'freedom of speech; use as evidence in a US death-penalty case needs UK permission (art. 8(4)) [S8][S9][S66][S67][S68]',
    inForce: { from: '2022-10-03' },
    uncertain:
      'The article numbers of the targeting restrictions (arts. 1(12), 4(3)) are taken from a law-firm summary ' +
      '(Covington, globalpolicywatch.com, Oct 2019), the text itself (justice.gov) was not re-read. A US person is ' +
      'modelled by nationality only: lawful permanent residents and US-incorporated bodies are not. The serious-crime ' +
      'threshold, death-penalty condition and the reported 30-day termination clause are described, not modelled.',
  },
  {
    id: 'US-AU-CLOUD-2021',
    title: 'Australia-US Agreement on Access to Electronic Data for the Purpose of Countering Serious Crime',
    kind: 'agreement',
    parties: ['US', 'AU'],
    data: [...ALL],
    days: CLOUD_AGREEMENT_DAYS,
    excludes: ['party-nationals', 'party-residents'],
    source:
      'Agreement signed 15 Dec 2021 under 18 USC 2523 and Australia\'s Telecommunications Legislation Amendment ' +
      '(International Production Orders) Act 2021: international production orders for serious crime (e.g. terrorism, ' +
      'ransomware, child sexual abuse) served directly on the other party\'s providers through designated authorities; no ' +
      'targeting of the other party\'s persons [S10]',
    inForce: { from: '2024-01-31' },
    uncertain:
      'Entry into force on 31 Jan 2024 is given by a single source and was not confirmed [S10]. Exclusions modelled ' +
      'both ways as for the US-UK agreement; the exact serious-crime definition was not read.',
  },

  // ================================================================ Bilateral MLATs with the United States
  {
    id: 'US-GB-MLAT',
    title: 'United States-United Kingdom Treaty on Mutual Legal Assistance in Criminal Matters',
    kind: 'mlat',
    parties: ['US', 'GB'],
    data: [...ALL],
    days: MLAT_TO_US,
    excludes: [],
    source:
      'Treaty signed at Washington 6 Jan 1994 (TIAS 96-1202; Senate Treaty Doc. 104-2), entered into force 2 Dec 1996; ' +
      'amended by the instrument of 16 Dec 2004 under the US-EU Agreement, in force 1 Feb 2010',
    inForce: { from: '1996-12-02' },
  },
  usEu(
    'IE',
    'Ireland',
    'Treaty signed at Washington 18 Jan 2001 (TIAS 13137; Senate Treaty Doc. 107-9), entered into force 11 Aug 2009 (the ' +
      'treaty Ireland asked the US to use in the Microsoft case [S47])',
    '2009-08-11',
  ),
  usEu(
    'FR',
    'France',
    'Treaty signed at Paris 10 Dec 1998 (TIAS 13010; Senate Treaty Doc. 106-17), amended by the instrument signed at The ' +
      'Hague 30 Sep 2004',
  ),
  usEu(
    'DE',
    'Germany',
    'Treaty signed at Washington 14 Oct 2003 (Senate Treaty Doc. 108-27) and supplementary treaty of 18 Apr 2006, approved ' +
      'by German law of 26 Oct 2007 (BGBl. 2007 II p. 1618)',
  ),
  usEu(
    'NL',
    'Netherlands',
    'Treaty on Mutual Assistance in Criminal Matters, entered into force 15 Sep 1983 (TIAS 10734), supplemented by the ' +
      'instrument signed 29 Sep 2004',
    '1983-09-15',
  ),
  usEu(
    'BE',
    'Belgium',
    'Treaty on Mutual Legal Assistance in Criminal Matters signed at Washington 28 Jan 1988 (transmitted to the US Senate ' +
      '29 Mar 1988), approved by the Belgian law of 4 Mar 1998; supplemented by the instrument signed 16 Dec 2004 under the ' +
      'US-EU Agreement (Belgian law of 30 Jun 2009) [S48]',
    '1998-03-04',
    'inForce.from is the date of the Belgian law approving the treaty, the earliest it can have entered into force; the ' +
      'date of the exchange of ratifications was not confirmed.',
  ),
  usEu('LU', 'Luxembourg', 'Bilateral MLAT, supplemented by the instrument signed 1 Feb 2005'),
  usEu('AT', 'Austria', 'Bilateral treaty on mutual assistance in criminal matters (Austrian BGBl. III No. 107/1998) and instrument signed 20 Jul 2005'),
  usEu('DK', 'Denmark', 'Instrument signed 23 Jun 2005'),
  usEu('ES', 'Spain', 'Bilateral MLAT (listed in force in FindLaw\'s list of US MLATs) and instrument under the US-EU Agreement'),
  usEu(
    'IT',
    'Italy',
    'Mutual Assistance Treaty signed 9 Nov 1982, entered into force 13 Nov 1985 (FindLaw list of US MLATs), supplemented by ' +
      'the instrument signed 3 May 2006',
    '1985-11-13',
  ),
  usEu('PL', 'Poland', 'Bilateral MLAT and instrument under the US-EU Agreement'),
  usEu('SE', 'Sweden', 'Bilateral MLAT and instrument under the US-EU Agreement'),
  usEu('FI', 'Finland', 'Instrument signed 16 Dec 2004'),
  usEu('PT', 'Portugal', 'Bilateral MLAT and instrument under the US-EU Agreement'),
  usEu('CZ', 'Czechia', 'Bilateral MLAT and instrument signed 16 May 2006'),
  usEu('HU', 'Hungary', 'Bilateral MLAT (FindLaw list of US MLATs) and instrument signed 15 Nov 2005'),
  usEu('EE', 'Estonia', 'Bilateral MLAT and instrument signed 8 Feb 2006'),
  usEu('GR', 'Greece', 'Treaty signed at Washington 25 May 1999 (Senate Treaty Doc. 106-18) and instrument signed 18 Jan 2006'),
  usEu('RO', 'Romania', 'Bilateral MLAT (Senate Exec. Rept. 106-24) and instrument under the US-EU Agreement'),
  {
    id: 'US-CH-MLAT',
    title: 'United States-Switzerland Treaty on Mutual Assistance in Criminal Matters',
    kind: 'mlat',
    parties: ['US', 'CH'],
    data: [...ALL],
    days: MLAT_TO_US,
    excludes: [],
    source:
      'Treaty of 25 May 1973 (Swiss SR 0.351.933.6; 27 UST 2019, TIAS 8302), ratifications exchanged 27 Jul 1976, entered ' +
      'into force 23 Jan 1977',
    inForce: { from: '1977-01-23' },
  },
  {
    id: 'US-CA-MLAT',
    title: 'United States-Canada Treaty on Mutual Assistance in Criminal Matters',
    kind: 'mlat',
    parties: ['US', 'CA'],
    data: [...ALL],
    days: MLAT_TO_US,
    excludes: [],
    source: 'Treaty signed 18 Mar 1985 (Senate Treaty Doc. 100-14), entered into force 24 Jan 1990 (FindLaw list of US MLATs)',
    inForce: { from: '1990-01-24' },
  },
  {
    id: 'US-AU-MLAT',
    title: 'United States-Australia Treaty on Mutual Assistance in Criminal Matters',
    kind: 'mlat',
    parties: ['US', 'AU'],
    data: [...ALL],
    days: MLAT_TO_US,
    excludes: [],
    source:
      'Treaty signed at Washington 30 Apr 1997 with exchange of notes (TIAS 99-930); given effect in Australia by the Mutual ' +
      'Assistance in Criminal Matters (United States of America) Regulations 1999',
    inForce: { from: '1999-09-30' },
    uncertain: 'Entry-into-force date read from the TIAS number 99-930; not stated in the sources consulted.',
  },
  {
    id: 'US-JP-MLAT',
    title: 'United States-Japan Treaty on Mutual Legal Assistance in Criminal Matters',
    kind: 'mlat',
    parties: ['US', 'JP'],
    data: [...ALL],
    days: MLAT_TO_US,
    excludes: [],
    source:
      'Treaty signed at Washington 5 Aug 2003 (Senate Treaty Doc. 108-12), instruments exchanged in Tokyo 21 Jun 2006, in ' +
      'force 21 Jul 2006; Japan\'s first MLAT (Japan MoJ White Paper on Crime 2007; JURIST)',
    inForce: { from: '2006-07-21' },
  },
  {
    id: 'US-BR-MLAT',
    title: 'United States-Brazil Treaty on Mutual Legal Assistance in Criminal Matters',
    kind: 'mlat',
    parties: ['US', 'BR'],
    data: [...ALL],
    days: MLAT_TO_US,
    excludes: [],
    source:
      'Treaty signed at Brasilia 14 Oct 1997 (TIAS 12889), entered into force 21 Feb 2001; promulgated in Brazil by Decree ' +
      '3,810 of 2 May 2001; held constitutional by the STF in ADC 51 (2023), which also allows direct requests to ' +
      'providers operating in Brazil [S51]',
    inForce: { from: '2001-02-21' },
  },
  {
    id: 'US-IN-MLAT',
    title: 'United States-India Treaty on Mutual Legal Assistance in Criminal Matters',
    kind: 'mlat',
    parties: ['US', 'IN'],
    data: [...ALL],
    days: MLAT_TO_US,
    excludes: [],
    source:
      'Treaty signed at New Delhi 17 Oct 2001 (Senate Treaty Doc. 107-3); instruments of ratification exchanged and in force ' +
      '3 Oct 2005 (Embassy of India press release)',
    inForce: { from: '2005-10-03' },
  },
  {
    id: 'US-RU-MLAT',
    title: 'United States-Russian Federation Treaty on Mutual Legal Assistance in Criminal Matters',
    kind: 'mlat',
    parties: ['US', 'RU'],
    data: [...ALL],
    days: MLAT_TO_US,
    excludes: [],
    source:
      'Treaty signed at Moscow 17 Jun 1999 (TIAS 13046; Senate Treaty Doc. 106-22), ratifications exchanged and in force ' +
      '31 Jan 2002; replaced the 1995 Mutual Legal Assistance Agreement (State Department fact sheet, 31 Jan 2002)',
    inForce: { from: '2002-01-31' },
  },
  {
    id: 'US-CN-MLAA-2000',
    title: 'United States-China Agreement on Mutual Legal Assistance in Criminal Matters',
    kind: 'mlat',
    parties: ['US', 'CN'],
    data: [...ALL],
    days: MLAT_TO_US,
    excludes: [],
    source:
      'Agreement signed at Beijing 19 Jun 2000 (text: US Department of State, via the GRIPS "World and Japan" database), ' +
      'submitted to the NPC Standing Committee in Dec 2000 (Xinhua); described as in force since 2001 by a US Embassy ' +
      'Beijing cable of 2009 and as the 2001 MLAT in academic notes (NYU Law Review 2019, GWU Law Review 2018)',
    inForce: {},
    uncertain: 'In force since 2001; the exact day was not found. An executive agreement, not a treaty, on the US side.',
  },

  // ================================================================ Bilateral treaties of China
  {
    id: 'CN-RU-MLA-1992',
    title: 'China-Russia Treaty on Judicial Assistance in Civil and Criminal Matters',
    kind: 'mlat',
    parties: ['CN', 'RU'],
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'Treaty signed at Beijing 19 Jun 1992, approved by the NPC Standing Committee 28 Dec 1992, in force 14 Nov 1993; ' +
      'central authorities: ministries of justice and the procuratorates',
    inForce: { from: '1993-11-14' },
    uncertain: 'One reprint gives 24 Nov 1993 as the entry-into-force date; two give 14 Nov 1993.',
  },
  {
    id: 'CN-BY-MLA-1993',
    title: 'China-Belarus Treaty on Judicial Assistance in Civil and Criminal Matters',
    kind: 'mlat',
    parties: ['CN', 'BY'],
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'Treaty signed at Beijing 11 Jan 1993, approved by the NPC Standing Committee 2 Jul 1993, in force 29 Nov 1993 ' +
      '(Chinese MFA list of judicial-assistance treaties as of Sep 2018, as reproduced)',
    inForce: { from: '1993-11-29' },
  },
  {
    id: 'CN-KZ-MLA-1993',
    title: 'China-Kazakhstan Treaty on Judicial Assistance in Civil and Criminal Matters',
    kind: 'mlat',
    parties: ['CN', 'KZ'],
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'Treaty signed at Beijing 14 Jan 1993, approved by the NPC Standing Committee 2 Jul 1993, ratified by Kazakhstan by ' +
      'Presidential Decree No. 2309 of 30 May 1995; amended by the Protocol signed at Xi\'an 17 May 2023 (Kazakh Law ' +
      'No. 87-VIII of 27 May 2024); central authorities: ministries of justice and procuratorates (art. 2)',
    inForce: {},
    uncertain: 'Entry-into-force date not found (after both ratifications in 1993 and 1995).',
  },
  {
    id: 'CN-KG-MLA-1996',
    title: 'China-Kyrgyzstan Treaty on Judicial Assistance in Civil and Criminal Matters',
    kind: 'mlat',
    parties: ['CN', 'KG'],
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'Treaty signed at Bishkek 4 Jul 1996, approved by the NPC Standing Committee 23 Feb 1997; refusal where assistance ' +
      'would harm sovereignty, security or public order',
    inForce: {},
    uncertain: 'Entry-into-force date not found.',
  },
  {
    id: 'CN-TJ-MLA-1996',
    title: 'China-Tajikistan Treaty on Judicial Assistance in Civil and Criminal Matters',
    kind: 'mlat',
    parties: ['CN', 'TJ'],
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'Treaty signed at Beijing 16 Sep 1996, approved by the NPC Standing Committee 29 Aug 1997, in force 2 Sep 1998; ' +
      'central authorities: the ministries of justice (art. 2)',
    inForce: { from: '1998-09-02' },
  },
  {
    id: 'CN-UZ-MLA-1997',
    title: 'China-Uzbekistan Treaty on Judicial Assistance in Civil and Criminal Matters',
    kind: 'mlat',
    parties: ['CN', 'UZ'],
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source: 'Treaty signed at Beijing 11 Dec 1997, approved by the NPC Standing Committee 29 Apr 1998',
    inForce: {},
    uncertain: 'Entry-into-force date not found.',
  },
  {
    id: 'CN-BE-MLA-2014',
    title: 'China-Belgium Agreement on Mutual Legal Assistance in Criminal Matters',
    kind: 'mlat',
    parties: ['CN', 'BE'],
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'Agreement signed 31 Mar 2014, in force 22 Apr 2016 (Chinese MFA list of judicial-assistance treaties as of Sep 2018, ' +
      'as reproduced)',
    inForce: { from: '2016-04-22' },
  },
  {
    id: 'CN-FR-MLA-2005',
    title: 'China-France Agreement on Mutual Legal Assistance in Criminal Matters',
    kind: 'mlat',
    parties: ['CN', 'FR'],
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'Agreement signed at Paris 18 Apr 2005, ratified by China in Jun 2006, approval authorised by French Law No. ' +
      '2007-1156 of 1 Aug 2007; French Senate report l12-587 (2013) describes it in use, with some twenty French requests ' +
      'pending',
    inForce: {},
    uncertain: 'Entry-into-force date not found (after Aug 2007, before the 2010s use described in 2013).',
  },
  {
    id: 'CN-BR-MLA-2004',
    title: 'Brazil-China Treaty on Mutual Legal Assistance in Criminal Matters',
    kind: 'mlat',
    parties: ['CN', 'BR'],
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'Treaty signed at Beijing 24 May 2004, approved by Brazil\'s Legislative Decree 296 of 12 Jul 2006, promulgated by ' +
      'Decree 6,282 of 3 Dec 2007; central authorities DRCI (Brazil) and the Ministry of Justice (China) per Brazil\'s MoJ',
    inForce: {},
    uncertain: 'Entry-into-force date not found (promulgated in Brazil on 3 Dec 2007).',
  },

  // ================================================================ Other bilateral treaties
  {
    id: 'JP-CN-MLAT',
    title: 'Japan-China Treaty on Mutual Legal Assistance in Criminal Matters',
    kind: 'mlat',
    parties: ['JP', 'CN'],
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'Treaty signed at Beijing 1 Dec 2007 (Xinhua, Aug 2008); came into effect in 2008 (Japan MoJ White Paper on Crime 2011)',
    inForce: {},
    uncertain: 'In force since 2008; the exact day was not found.',
  },
  {
    id: 'JP-RU-MLAT',
    title: 'Japan-Russia Treaty on Mutual Legal Assistance in Criminal Matters',
    kind: 'mlat',
    parties: ['JP', 'RU'],
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'Treaty between Japan and the Russian Federation on mutual legal assistance in criminal matters, refusal grounds art. ' +
      '3 [S64]; came into effect in 2011 (Japan MoJ White Paper on Crime 2011)',
    inForce: {},
    uncertain: 'In force since 2011; the exact day was not found.',
  },
  {
    id: 'BR-CH-MLAT-2004',
    title: 'Brazil-Switzerland Treaty on Legal Cooperation in Criminal Matters',
    kind: 'mlat',
    parties: ['BR', 'CH'],
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'Treaty signed at Bern 12 May 2004, approved by Brazil\'s Legislative Decree 300 of 13 Jul 2006, in force ' +
      'internationally 27 Jul 2009, promulgated by Decree 6,974 of 7 Oct 2009',
    inForce: { from: '2009-07-27' },
  },
];

/**
 * Instruments signed but not in force on the as-of date. They are NOT part of BUILTIN_WORLD: the
 * world model has no way to mark an instrument "not in force" (an `inForce` without `from` reads as
 * open-ended). Kept here as sourced templates for what-if scenarios, which can copy them into a world.
 */
const NOT_IN_FORCE = 'No date of entry into force: the Protocol needs five ratifications (art. 16) and has three.';

export const PENDING_INSTRUMENTS: Instrument[] = [
  {
    id: 'BUDAPEST-2AP-ART7',
    title: 'Second Additional Protocol to the Budapest Convention, art. 7: direct disclosure of subscriber information',
    kind: 'direct-cooperation',
    // Japan is a party whose reservation excludes art. 7 altogether (see reservations).
    parties: ['RS', 'HU', 'JP'],
    data: ['subscriber'],
    days: {
      median: 15,
      p90: 30,
      source:
        'Art. 7: if the provider has not disclosed within 30 days, the issuing party falls back on art. 8 or mutual ' +
        'assistance [S21] (unverified); median 15 is a modelling choice within that window.',
    },
    excludes: [],
    source:
      'Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic ' +
      'evidence, CETS 224 (opened for signature 12 May 2022), art. 7; needs 5 ratifications to enter into force (art. 16) ' +
      '[S19][S20][S21]',
    inForce: {},
    partyTerms: {
      RS: { signed: '2022-05-12', ratified: '2023-02-09', uncertain: NOT_IN_FORCE, source: 'Dutch treaty database, CETS 224 (https://verdragenbank.overheid.nl/en/Treaty/Details/013833_p.html)' },
      HU: { signed: '2023-06-28', ratified: '2026-02-05', uncertain: NOT_IN_FORCE, source: 'Dutch treaty database, CETS 224 (https://verdragenbank.overheid.nl/en/Treaty/Details/013833_p.html)' },
      JP: { signed: '2022-05-12', ratified: '2023-08-10', uncertain: NOT_IN_FORCE, source: 'Dutch treaty database, CETS 224; MOFA Japan (https://www.mofa.go.jp/fp/is_sc/pagewe_000001_00080.html)' },
    },
    reservations: [
      {
        party: 'JP',
        data: ['subscriber'],
        text: 'Japan reserves the right not to apply Article 7 (disclosure of subscriber information), under arts. 19(1) and 7(9)(a).',
        source: 'Reservation deposited with the instrument of acceptance, 10 Aug 2023 (https://verdragen.nl/en/Treaty/Details/013833_p.html)',
      },
    ],
    uncertain:
      'NOT IN FORCE: ratified by Serbia (9 Feb 2023), Japan (10 Aug 2023, reserving the right not to apply art. 7) and ' +
      'Hungary (5 Feb 2026) per the Dutch treaty database; 5 are needed. Parties listed are the ratifiers; Japan\'s ' +
      'reservation removes it from art. 7 (Serbia\'s reservations were not read). Signatories among shipped states: AT, BE, CA, CZ, DE, EE, ES, ' +
      'FI, FR, GB, GR, IT, LU, NL, PT, RO, SE, US. Notification and consultation options (art. 7(5)) are not modelled.',
  },
];
