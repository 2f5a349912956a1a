import type { Instrument, PartyTerms } from '../../types.ts';
import { ALL, MLAT_GENERIC, requestsToUS } from '../durations.ts';

/**
 * Regional mutual legal assistance instruments outside Europe and the CIS: the Inter-American
 * Convention (OAS A-55), the ASEAN treaty, the Arab League's Riyadh Agreement and IT-offences
 * Convention, the SADC Protocol and the Commonwealth's Harare Scheme. Pure data. Each party's own dates are in
 * `partyTerms`, computed from the date of deposit with the instrument's own entry-into-force rule
 * where the depositary's record was read; otherwise the party says "date unknown" and why.
 * None of these has published duration figures: all use MLAT_GENERIC (basis 'default').
 *
 * Read but deliberately NOT modelled as channels:
 * - African Union Convention on Cyber Security and Personal Data Protection (Malabo, 27 Jun 2014; in
 *   force 8 Jun 2023, 30 days after Mauritania deposited the 15th ratification on 9 May 2023, art. 36
 *   (https://www.dataguidance.com/news/africa-malabo-convention-set-enter-effect-following;
 *   https://powerlaw.africa/2023/05/19/malabo-convention-to-come-into-force)). Its international
 *   cooperation provisions encourage states parties to CONCLUDE mutual legal assistance agreements on
 *   cybercrime and to share information through CERTs (https://wp.dig.watch/category/cybersecurity/page/25);
 *   it sets out no procedure by which one party requests evidence from another, so it opens no channel.
 *   Parties at entry into force: BJ, CV, CI, CG, GH, GN, MZ, MU, NA, NE, RW, SN, TG, ZM, MR (DataGuidance).
 * - ECOWAS Convention on Mutual Assistance in Criminal Matters (A/P.1/7/92, Dakar, 29 Jul 1992): its
 *   existence is attested (memoireonline.com thesis on ECOWAS/ECCAS criminal cooperation, 2013; Le cadre
 *   juridique de la lutte contre le terrorisme en Afrique de l'Ouest, memoireonline.com 2021: "la Convention
 *   relative à l'entraide judiciaire de 1992"), but no record of its ratifications or entry into force was
 *   found, so it is neither listed as in force nor as pending: both would be a guess. Nor was a source found
 *   on whether the withdrawal of Mali, Burkina Faso and Niger from ECOWAS (announced 28 Jan 2024) ends their
 *   status under ECOWAS conventions. Mutual legal assistance in West Africa is supported in practice by the
 *   WACAP network of central authorities (15 ECOWAS states and Mauritania; https://www.wacapnet.com/), which
 *   is a network, not a legal basis.
 * - Optional Protocol to the Inter-American Convention (OAS A-59, Managua, 11 Jun 1993; in force 7 Apr 2002):
 *   it supplements A-55 between its parties (BR, CL, CO, CZ, EC, US, HN, PY, UA: http://www.oas.org/juridico/english/sigs/a-59.html)
 *   and opens no channel of its own; its text was not read, so what it changes is not modelled.
 */

// ---------------------------------------------------------------------------------------- OAS A-55

const OAS_A55 = 'OAS Department of International Law, A-55 signatories and ratifications (http://www.oas.org/juridico/english/Sigs/a-55.html)';
const A55_RULE =
  'art. 37: in force on the 30th day after the deposit of the second instrument (the Convention: 14 Apr 1996), and ' +
  'for each later state on the 30th day after its deposit; `ratified` is the date of deposit';

/** A state's terms under A-55, `from` = deposit + 30 days (not before 14 Apr 1996). */
function a55(ratified: string, from: string, signed?: string, uncertain?: string): PartyTerms {
  const t: PartyTerms = { ratified, from, source: `${OAS_A55}; ${A55_RULE}` };
  if (signed) t.signed = signed;
  if (uncertain) t.uncertain = uncertain;
  return t;
}

const A55_TERMS: Record<string, PartyTerms> = {
  AG: a55('2005-01-05', '2005-02-04'),
  AR: a55('2006-12-12', '2007-01-11', '2004-06-06'),
  BS: a55('2009-04-30', '2009-05-30', '2001-04-26'),
  BO: a55('2006-12-14', '2007-01-13'),
  BR: a55('2007-11-12', '2007-12-12', '1994-01-07'),
  CA: a55('1996-06-03', '1996-07-03', '1996-06-03'),
  CL: a55('2004-04-28', '2004-05-28', '1997-04-24'),
  CO: a55('2003-01-13', '2003-02-12'),
  CR: a55('2012-03-14', '2012-04-13', '2002-03-08'),
  CZ: a55('2019-10-17', '2019-11-16', undefined, 'Accession by a non-member of the OAS (art. 34 opens the Convention to any state).'),
  DM: a55('2004-10-20', '2004-11-19'),
  EC: a55('2002-03-08', '2002-04-07', '1992-10-15'),
  SV: a55('2004-07-16', '2004-08-15', '2002-07-02'),
  GD: a55('2002-01-16', '2002-02-15', '1993-03-10'),
  GT: a55('2003-05-05', '2003-06-04', '2002-12-19'),
  GY: a55('2008-06-09', '2008-07-09', '2006-02-28'),
  HN: a55('2006-11-10', '2006-12-10'),
  JM: a55('2004-08-12', '2004-09-11'),
  KZ: a55('2015-11-06', '2015-12-06', undefined, 'Accession by a non-member of the OAS (art. 34).'),
  MX: a55('2003-02-11', '2003-03-13', '2001-06-05'),
  NI: a55(
    '2002-11-25',
    '2002-12-25',
    '1993-03-04',
    'Nicaragua denounced the OAS Charter (letter of 18 Nov 2021, http://oas.org/en/sla/dil/inter_american_treaties_recent_actions_2021.asp); ' +
      'no source was found on whether it also denounced this Convention, so it is kept as a party.',
  ),
  PA: a55('2002-01-29', '2002-02-28', '2000-11-13'),
  PY: a55('2004-10-22', '2004-11-21', '1998-06-02'),
  PE: a55('1995-04-26', '1996-04-14', '1994-10-28', 'Deposited before the Convention entered into force: bound from 14 Apr 1996.'),
  SR: a55('2008-03-31', '2008-04-30', '1995-05-16'),
  TT: a55('2004-06-08', '2004-07-08'),
  UA: a55('2021-02-26', '2021-03-28', undefined, 'Accession by a non-member of the OAS (art. 34).'),
  US: a55('2001-05-25', '2001-06-24', '1995-01-10'),
  VE: {
    source:
      'Summit of the Americas follow-up, Justice page (updated 10 Feb 2003, http://www.summit-americas.org/Quebec_Summit/Quebec-Justice/Justice/mainpage-eng.htm): ' +
      'Venezuela among the states that had ratified',
    uncertain:
      'date unknown: the OAS status table as read stops after the United States, so Venezuela\'s deposit date was not read; ' +
      'whether its 2013 denunciation of the OAS Charter affected this Convention was not checked.',
  },
  // Signatory, not bound: its approval bill was before Parliament in 2010; no deposit was read.
  UY: {
    signed: '1993-01-22',
    source:
      'Uruguay, Poder Legislativo, Comisión de Asuntos Internacionales, Carpeta 431 de 2010, Repartido 397 ' +
      '(https://legislativo.parlamento.gub.uy/temporales/aresuelveref.aspx?REPARTIDO,D/2010/10/0397/00//HTM)',
    uncertain: 'Signed in Washington on 22 Jan 1993; whether Uruguay later deposited a ratification was not read.',
  },
};
const A55_PARTIES = Object.keys(A55_TERMS).filter((id) => id !== 'UY');

// ---------------------------------------------------------------------------------------- ASEAN

const ASEAN_SOURCE =
  'Treaty on Mutual Legal Assistance in Criminal Matters (Kuala Lumpur, 29 Nov 2004), art. 31(1): in force for each party ' +
  'on the date it deposits its instrument (CIL NUS treaty database, https://cil.nus.edu.sg/databasecil/2004-treaty-on-mutual-legal-assistance-in-criminal-matters); ' +
  'all ten ASEAN members reported as treaty parties by the treaty secretariat (Attorney General\'s Chambers of Malaysia, ' +
  'statistics updated 19 Apr 2019, https://aseanmlatsec.myopensoft.net/)';

function asean(signed: string | undefined, note: string): PartyTerms {
  const t: PartyTerms = {
    source: ASEAN_SOURCE,
    uncertain: `date unknown: the depositary's table of deposits (Malaysia) was not read; ${note}`,
  };
  if (signed) t.signed = signed;
  return t;
}
const SIGNED_KL = 'signed at Kuala Lumpur on 29 Nov 2004 (Supreme Court of the Philippines E-Library text, https://elibrary.judiciary.gov.ph/thebookshelf/showdocs/36/9759).';
const SIGNED_2006 = 'signed in 2006 (ASEAN, https://asean.org/our-communities/asean-political-security-community/rules-based-people-oriented-people-centred/criminal-matters).';

const ASEAN_TERMS: Record<string, PartyTerms> = {
  BN: asean('2004-11-29', SIGNED_KL),
  KH: asean('2004-11-29', SIGNED_KL),
  ID: asean('2004-11-29', SIGNED_KL),
  LA: asean('2004-11-29', SIGNED_KL),
  MY: asean('2004-11-29', SIGNED_KL),
  PH: asean('2004-11-29', SIGNED_KL),
  SG: asean('2004-11-29', SIGNED_KL),
  VN: asean('2004-11-29', SIGNED_KL),
  MM: asean(undefined, SIGNED_2006),
  TH: asean(undefined, `${SIGNED_2006} ASEAN says the treaty "entered into force in 2013" once all internal procedures were complete.`),
};

// ---------------------------------------------------------------------------------------- Arab League

const RIYADH_SOURCE =
  'Riyadh Arab Agreement for Judicial Cooperation (6 Apr 1983; text: https://www.refworld.org, UNHCR Refworld 3ae6b38d8), letters ' +
  'rogatory (judicial commissions) in criminal as well as civil matters; in force 30 Oct 1985 under art. 67 (Egyptian ' +
  'Ministry of Justice statement reported by masress.com, https://www.masress.com/msaeya/224656; also ' +
  'https://undisputedlegal.com/riyadh-arab-agreement-for-judicial-cooperation: evidence in civil, commercial and criminal matters)';
const RIYADH_TERMS: Record<string, PartyTerms> = {
  EG: {
    source: `${RIYADH_SOURCE}: "Egypt acceded to the Agreement in August 2014"`,
    uncertain: 'date unknown: accession in August 2014; the day of deposit, hence the day it binds Egypt, was not read.',
  },
};
for (const id of ['SA', 'AE', 'IQ', 'LY', 'SD', 'SO', 'YE']) {
  RIYADH_TERMS[id] = {
    source: `${RIYADH_SOURCE}; party per a secondary note (https://susanneijens.nl/riyadh-arab-agreement-for-judicial-cooperation-signatories/)`,
    uncertain:
      'date unknown: named as a party by a secondary source only; the League of Arab States\' status list was not read.',
  };
}

const ARAB_IT_SOURCE =
  'Arab Convention on Combating Information Technology Offences (Cairo, 21 Dec 2010): applies to information technology ' +
  'offences (art. 3, https://lawsociety.ly/convention/); in force 30 days after the seventh deposit (masress.com, ' +
  'https://www.masress.com/moheet/356602), i.e. in February 2014 (https://riyadh.om/2015/arab-treaty-on-combating-cybercrime/)';
/** A secondary report of a ministry's list: it names ratifying states but gives no dates. */
const BAHRAIN_MFA_LIST =
  'as reported by Al-Watan (Bahrain) on the bill approving Decree No. 6 of 2016: UAE, Jordan, Algeria, Sudan, Iraq, Oman, Palestine, ' +
  'Qatar, Kuwait and Egypt had ratified, https://alwatannews.net/article/588024';
const ARAB_IT_TERMS: Record<string, PartyTerms> = {};
for (const id of ['JO', 'AE', 'SD', 'IQ', 'QA', 'KW', 'OM']) {
  ARAB_IT_TERMS[id] = {
    source: `${ARAB_IT_SOURCE}; listed as ratified in 2015 (riyadh.om)`,
    uncertain: 'date unknown: the League of Arab States\' deposit dates were not read; bound no later than 2015.',
  };
}
ARAB_IT_TERMS.EG = {
  source: `${ARAB_IT_SOURCE}; ratified by Presidential Decree (https://mail.thebesconsult.com/elu/778/show); named among the ratifying ` +
    `states by Bahrain's Foreign Ministry (${BAHRAIN_MFA_LIST})`,
  uncertain: 'date unknown: the decree\'s date and Egypt\'s deposit were not read.',
};

// ---------------------------------------------------------------------------------------- SADC

const SADC_SOURCE =
  'SADC Protocol on Mutual Legal Assistance in Criminal Matters (signed 3 Oct 2002; text: AfricanLII, ' +
  'https://africanlii.org/akn/aa-sadc/act/protocol/2002/mutual-legal-assistance-in-criminal-matters/eng@2002-10-03; ' +
  'SADC, https://www.sadc.int/document/protocol-mutual-legal-assistance-criminal-matters-2002)';
const SADC_ZA_BW =
  'South Africa, Ministry of Justice and Correctional Services, media statement of 25 Aug 2020 on Botswana\'s request for ' +
  'mutual legal assistance, invoking the SADC Protocol between the two states (https://scribd.com/document/473589360/Statement-Botswana-25Aug-pdf)';
const SADC_TERMS: Record<string, PartyTerms> = {
  ZA: { source: `${SADC_SOURCE}; ${SADC_ZA_BW}`, uncertain: 'date unknown: South Africa\'s ratification was not read; inferred a party from its own 2020 statement.' },
  BW: { source: `${SADC_SOURCE}; ${SADC_ZA_BW}`, uncertain: 'date unknown: Botswana\'s ratification was not read; inferred a party from South Africa\'s 2020 statement.' },
};

// ---------------------------------------------------------------------------------------- Harare Scheme

/** Commonwealth members (54) as listed by the Victoria League on 1 Feb 2020; Vanuatu per rcsbath.org. */
const COMMONWEALTH_2020 = [
  // Africa
  'BW', 'CM', 'GM', 'GH', 'KE', 'SZ', 'LS', 'MW', 'MU', 'MZ', 'NA', 'NG', 'RW', 'SC', 'SL', 'ZA', 'UG', 'TZ', 'ZM',
  // Americas and Caribbean
  'AG', 'BS', 'BB', 'BZ', 'CA', 'DM', 'GD', 'GY', 'JM', 'KN', 'LC', 'VC', 'TT',
  // Asia
  'BD', 'BN', 'IN', 'MY', 'PK', 'SG', 'LK', 'MV',
  // Europe
  'CY', 'MT', 'GB',
  // Pacific
  'AU', 'FJ', 'KI', 'NR', 'NZ', 'PG', 'WS', 'SB', 'TO', 'TV', 'VU',
];
const HARARE_MEMBER_SOURCE =
  'Commonwealth member (Victoria League list as of 1 Feb 2020, https://www.victorialeague.co.uk/our-commonwealth; ' +
  'Vanuatu: https://rcsbath.org/the-commonwealth/)';
const HARARE_TERMS: Record<string, PartyTerms> = Object.fromEntries(
  COMMONWEALTH_2020.map((id) => [
    id,
    {
      source: HARARE_MEMBER_SOURCE,
      uncertain:
        'date unknown: the Scheme is not ratified; it applies to a state as a Commonwealth member, and the date from which ' +
        'each member uses it (its domestic mutual assistance law) was not read.',
    },
  ]),
);

// ---------------------------------------------------------------------------------------- instruments

export const REGIONAL_INSTRUMENTS: Instrument[] = [
  {
    id: 'OAS-A-55-MLA-1992',
    title: 'Inter-American Convention on Mutual Assistance in Criminal Matters (Nassau, 1992)',
    kind: 'mlat',
    legalForm: 'treaty',
    parties: A55_PARTIES,
    partyTerms: A55_TERMS,
    data: [...ALL],
    days: MLAT_GENERIC,
    pairDays: requestsToUS(A55_PARTIES),
    excludes: [],
    source:
      'Adopted at Nassau on 23 May 1992 (22nd regular session of the OAS General Assembly); OAS Treaty Series No. 75; in ' +
      `force 14 Apr 1996 under art. 37; depositary: OAS General Secretariat (${OAS_A55}); open to accession by any state (art. 34)`,
    inForce: { from: '1996-04-14' },
    uncertain:
      'The OAS table as read ends with the United States: Uruguay and Venezuela rows were not read (see their terms). ' +
      '"The 30th day" is read as deposit + 30 days; the Spanish text says "el trigésimo día a partir de la fecha", which some ' +
      'depositaries count one day earlier. Reservations and declarations (the "information" column) were not read.',
  },
  {
    id: 'ASEAN-MLAT-2004',
    title: 'ASEAN Treaty on Mutual Legal Assistance in Criminal Matters (Kuala Lumpur, 2004)',
    kind: 'mlat',
    legalForm: 'treaty',
    parties: Object.keys(ASEAN_TERMS),
    partyTerms: ASEAN_TERMS,
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      `${ASEAN_SOURCE}; concluded among like-minded ASEAN members and upgraded to an ASEAN treaty endorsed on 25 Apr 2019 ` +
      '(ASEAN, https://asean.org/our-communities/asean-political-security-community/rules-based-people-oriented-people-centred/criminal-matters). ' +
      'Requests under it, 2016-2019: e.g. Thailand received 41, Malaysia 48, Singapore 35 (treaty secretariat statistics).',
    inForce: { notBefore: '2004-11-29' }, // signature: no party can be bound before it
    uncertain:
      'No party\'s deposit date was read (the CIL NUS page lists them but the stored copy was cut off), so every party is ' +
      'treated as bound throughout; in reality each is bound only from its own deposit (the last, per ASEAN, in 2013).',
  },
  {
    id: 'ARAB-RIYADH-1983',
    title: 'Riyadh Arab Agreement for Judicial Cooperation (1983)',
    kind: 'mlat',
    legalForm: 'treaty',
    parties: Object.keys(RIYADH_TERMS),
    partyTerms: RIYADH_TERMS,
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source: RIYADH_SOURCE,
    inForce: { from: '1985-10-30' },
    uncertain:
      'Party list incomplete: it was endorsed by the 17 states then members of the Council of Arab Ministers of Justice ' +
      '(masress.com), but which of them ratified was read only from a secondary source; other Arab states (e.g. JO, MA, TN, ' +
      'DZ, KW, QA, BH, OM, LB, SY, MR, DJ, KM) are left out until the League\'s status list is read. Palestine, if a party, is ' +
      'not a jurisdiction here.',
  },
  {
    id: 'ARAB-IT-OFFENCES-2010',
    title: 'Arab Convention on Combating Information Technology Offences (Cairo, 2010), mutual assistance chapter',
    kind: 'mlat',
    legalForm: 'treaty',
    parties: Object.keys(ARAB_IT_TERMS),
    partyTerms: ARAB_IT_TERMS,
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    offences: ['cybercrime'],
    source: ARAB_IT_SOURCE,
    inForce: { notBefore: '2014-02-01' }, // in force in February 2014, day not read
    uncertain:
      'The exact day in February 2014 was not read, so the instrument applies from 1 Feb 2014. Offence scope: art. 3 limits the ' +
      'Convention to information technology offences; whether its assistance chapter also covers electronic evidence of any ' +
      'offence (as Budapest art. 25(1) does) was not read, so it is modelled as limited to cybercrime. Parties are those ' +
      'reported by 2015 plus Egypt; later ratifications (e.g. Saudi Arabia, if any) were not read. Palestine is a party ' +
      '(riyadh.om) but not a jurisdiction here. Deposit dates: the UAE and Qatar deposits were reported on the day they were made ' +
      '(https://www.masress.com/tahrirnews/33104; https://www.masress.com/moheet/356602), but the stored copies carry no date, so ' +
      'no party has its own day. Algeria is named as a ratifying state only by Bahrain\'s Foreign Ministry as reported in the press ' +
      `(${BAHRAIN_MFA_LIST}); it is not added until a League record or Algerian decree is read.`,
  },
  {
    id: 'SADC-MLA-2002',
    title: 'SADC Protocol on Mutual Legal Assistance in Criminal Matters (2002)',
    kind: 'mlat',
    legalForm: 'treaty',
    parties: Object.keys(SADC_TERMS),
    partyTerms: SADC_TERMS,
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source: `${SADC_SOURCE}; assistance without regard to whether the conduct is an offence in the requested state (SADC summary)`,
    inForce: { notBefore: '2002-10-03' }, // signature: the two entry-into-force dates read disagree
    uncertain:
      'Entry into force: AfricanLII gives "commenced on 3 January 2007", the SADC at 40 book (SARDC, ' +
      'https://sardc.net/en/wp-content/uploads/flipbook/8/files/basic-html/page164.html) 17 Jul 2009; neither is used. ' +
      'Party list incomplete: only South Africa and Botswana are listed, from a 2020 statement; the SADC Secretariat\'s ' +
      'ratification table was not found, so other SADC members that ratified are missing.',
  },
  {
    id: 'HARARE-SCHEME',
    title: 'Scheme relating to Mutual Assistance in Criminal Matters within the Commonwealth (Harare Scheme)',
    kind: 'mlat',
    legalForm: 'scheme',
    parties: COMMONWEALTH_2020,
    partyTerms: HARARE_TERMS,
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'Commonwealth Secretariat: the Schemes "are neither model laws nor treaties" but "non-binding and flexible arrangements" ' +
      '(Revised Harare Scheme, 1986, amended 1990, 2002, 2005 and 2011; https://thecommonwealth.org/our-work/commonwealth-database-international-cooperation-criminal-matters); ' +
      'para. 1(3): assistance includes search and seizure, obtaining evidence and preserving computer data (text as amended to ' +
      '2005, https://www.scribd.com/document/685914663/The-Harare-Scheme); requests go between central authorities.',
    inForce: { notBefore: '1986-01-01' }, // the Scheme dates from 1986
    uncertain:
      'Modelled as a channel between Commonwealth members because members make and answer requests under it through their ' +
      'central authorities; but it binds no one: each request rests on the requested state\'s domestic mutual assistance law ' +
      '(e.g. the UK, Canada and Australia can assist states with no treaty at all), so a refusal breaches no obligation. ' +
      'Members: the 54 of Feb 2020; Gabon and Togo, which joined in June 2022, are not listed because the date was not read. ' +
      'The Maldives and The Gambia left and rejoined; their gaps are not modelled.',
  },
];

/** Regional instruments not in force on the as-of date: none found (ECOWAS 1992's status could not be read). */
export const REGIONAL_PENDING: Instrument[] = [];
