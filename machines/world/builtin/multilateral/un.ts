import type { DurationProfile, Instrument, PartyTerms } from '../../types.ts';

/**
 * United Nations conventions whose mutual legal assistance article serves as a legal basis between
 * parties that have no bilateral treaty, but only for the offences the convention covers
 * (`offences`). Pure data. Parties are the SHIPPED jurisdictions that are parties; each has its own
 * date of entry into force (`partyTerms.from`) where it was read, computed from the date of deposit
 * with the treaty's own rule. Where the date was not read, the party has no `from` (it is then bound
 * from the convention's own entry into force, which may be too early) and `uncertain` says so.
 *
 * Party status: the UNTC status pages count 192 parties to UNTOC (as at 4 May 2024) and 191 to the
 * 1988 Convention (June 2020, all UN members but Equatorial Guinea, Kiribati, Papua New Guinea, the
 * Solomon Islands, Somalia, South Sudan and Tuvalu); Iran was one of nine UNTOC non-parties in 2017
 * (https://www.mizanonline.ir/en/news/1281/palermo-reservations-and-national-interests). See each instrument's `uncertain` for UNCAC.
 */

const UNTC = 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY';
const UNTOC_PAGE = `${UNTC}&mtdsg_no=XVIII-12&chapter=18&lang=en`;
const UNCAC_PAGE = `${UNTC}&mtdsg_no=XVIII-14&chapter=18&lang=en`;
const VIENNA_PAGE = `${UNTC}&mtdsg_no=VI-19&chapter=6&lang=en`;

const ALL = ['subscriber', 'traffic', 'content'] as const;

/** No published duration figures for requests under these conventions: the format's MLAT defaults. */
const UN_MLA_DAYS: DurationProfile = {
  median: 300,
  p90: 540,
  source:
    'No published duration figures for requests under this convention; the scenario format\'s MLAT defaults (300/540) ' +
    'are used.',
};

/** A party whose date was not read: bound from the convention's own entry into force. */
function unread(what: string): PartyTerms {
  return { uncertain: `Party; ${what} was not read, so the convention's own entry into force is used.` };
}

// ---------------------------------------------------------------------------------------------- UNTOC

const UNTOC_RULE = 'UNTOC art. 38(2): 30th day after deposit, not before 29 Sep 2003';
const UNTOC_NL =
  'Dutch treaty database, UNTOC parties and entry-into-force dates (Trb. 2007, 70, https://zoek.officielebekendmakingen.nl/dossier/trb-2007-70.html)';

const UNTOC_TERMS: Record<string, PartyTerms> = {
  AU: { ratified: '2004-05-27', from: '2004-06-26', source: `UNTC XVIII-12 (${UNTOC_PAGE}); ${UNTOC_RULE}` },
  AT: { ratified: '2004-09-23', from: '2004-10-23', source: `UNTC XVIII-12 (${UNTOC_PAGE}); ${UNTOC_RULE}` },
  BY: { ratified: '2003-06-25', from: '2003-09-29', source: `UNTC XVIII-12 (${UNTOC_PAGE}); ${UNTOC_RULE}` },
  BE: { ratified: '2004-08-11', from: '2004-09-10', source: `UNTC XVIII-12 (${UNTOC_PAGE}); ${UNTOC_RULE}` },
  BR: { ratified: '2004-01-29', from: '2004-02-28', source: UNTOC_NL },
  CA: { ratified: '2002-05-13', from: '2003-09-29', source: UNTOC_NL },
  CN: {
    ratified: '2003-09-23',
    from: '2003-10-23',
    source: UNTOC_NL,
    uncertain: 'One secondary source gives 13 Oct 2003; the date follows the deposit and art. 38(2).',
  },
  DK: { ratified: '2003-09-30', from: '2003-10-30', source: UNTOC_NL },
  DE: { ratified: '2006-06-14', from: '2006-07-14', source: UNTOC_NL },
  CH: {
    ratified: '2006-10-27',
    from: '2006-11-26',
    source:
      'SR 0.311.54: instrument deposited 27 Oct 2006, in force for Switzerland 26 Nov 2006 (https://www.global-regulation.com/translation/switzerland/2975184/rs-0.311.54-15-november-2000-united-nations-convention-against-transnational-organized-crime.html)',
  },
  US: {
    ratified: '2005-11-03',
    from: '2005-12-03',
    source: 'US State Department statement of 3 Nov 2005 (https://2001-2009.state.gov/r/pa/prs/ps/2005/56006.htm)',
  },
  JP: {
    ratified: '2017-07-11',
    from: '2017-08-10',
    source: `Acceptance 11 Jul 2017 (Lexology, https://www.lexology.com/library/detail.aspx?g=5149f586-be38-49c8-b62d-9f7204bcfae8); ${UNTOC_RULE}`,
  },
  IN: {
    ratified: '2011-05-05',
    from: '2011-06-04',
    source: `Instrument deposited 5 May 2011 (Lok Sabha answer, Ministry of External Affairs); ${UNTOC_RULE}`,
  },
  IE: {
    from: '2010-07-17',
    source: 'In force for Ireland 17 Jul 2010 (In-House Lawyer, Bribery & Corruption, Ireland chapter)',
    uncertain: 'A secondary source; the UNTC entry was not read.',
  },
  RU: {
    ratified: '2004-05-26',
    from: '2004-06-25',
    source: `Russia joined on 26 May 2004 (wienbuzz.com, Oct 2024); ${UNTOC_RULE}`,
    uncertain: 'The deposit date comes from a single secondary source; the UNTC entry was not read.',
  },
  KZ: {
    uncertain:
      'Party; ratified by Law No. 40-IV of 4 Jun 2008 (zakonpravo.kz); the date of deposit, and so of entry into force, was not read.',
  },
};
// Among the forty whose instruments brought UNTOC into force (UN Information Service CP/439, 7 Jul
// 2003): bound from the Convention's own entry into force, art. 38(1).
const FIRST_FORTY =
  'Among the first forty ratifications, listed by the UN Information Service, release CP/439 of 7 Jul 2003 ' +
  '(https://unis.unvienna.org/unis/en/pressrels/2003/cp439.html); UNTOC art. 38(1)';
for (const id of ['PL', 'ES', 'TJ']) UNTOC_TERMS[id] = { from: '2003-09-29', source: FIRST_FORTY };
for (const id of ['KG', 'TM', 'UZ', 'PK', 'GB', 'FR', 'NL', 'LU', 'IT', 'SE', 'FI', 'PT', 'CZ', 'HU', 'EE', 'GR', 'RO', 'RS']) {
  UNTOC_TERMS[id] = unread('its date of deposit');
}

// ---------------------------------------------------------------------------------------------- UNCAC

const UNCAC_RULE = 'UNCAC art. 68(2): 30th day after deposit, not before 14 Dec 2005';

const UNCAC_TERMS: Record<string, PartyTerms> = {
  US: {
    ratified: '2006-10-30',
    from: '2006-11-29',
    source: 'US State Department release of 29 Nov 2006: the US becomes a party today (as reproduced at http://thesop.org/story/politics/2006/11/29/united-states-joins-united-nations-convention-against-corruption.php)',
  },
  JP: {
    ratified: '2017-07-11',
    from: '2017-08-10',
    source: `Acceptance submitted 11 Jul 2017 (Lexology, https://www.lexology.com/library/detail.aspx?g=5149f586-be38-49c8-b62d-9f7204bcfae8); ${UNCAC_RULE}`,
  },
  IN: {
    ratified: '2011-05-09',
    from: '2011-06-08',
    source: `Instrument deposited 9 May 2011 (Lok Sabha answer, Ministry of External Affairs); ${UNCAC_RULE}`,
  },
  CN: {
    from: '2006-02-12',
    source: 'In force for China 12 Feb 2006 (In-House Lawyer, Bribery & Corruption, China chapter)',
    uncertain: 'A secondary source; the UNTC entry was not read.',
  },
  IE: {
    from: '2011-12-09',
    source: 'In force for Ireland 9 Dec 2011 (In-House Lawyer, Bribery & Corruption, Ireland chapter)',
    uncertain: 'A secondary source; the UNTC entry was not read.',
  },
  IR: {
    ratified: '2009-04-20',
    from: '2009-05-20',
    source: `Ratified 20 Apr 2009 (UNODC Iran, national meeting of 8 Dec 2015, https://www.unodc.org/islamicrepublicofiran/en/national-meeting-on-anti-corruption-matters-in-tehran.html); ${UNCAC_RULE}`,
    uncertain: 'The date is given by UNODC as the date of ratification and taken as the deposit; the UNTC entry was not read.',
  },
  PK: {
    uncertain:
      "Party; ratified in August 2007 (UNODC Pakistan, https://www.unodc.org/pakistan/en/pakistan-launches-its-first-review-report-in-compliance-with-the-implementation-review-mechanism-of-the-united-nations-convention-against-corruption-uncac.html); the day, and so the date of entry into force, was not read.",
  },
  RU: {
    uncertain:
      'Party; the State Duma approved ratification on 17 Feb 2006 (RIA Novosti, https://sputniknews.com/russia/2006021743601761/); the date of deposit, and so of entry into force, was not read.',
  },
  KZ: {
    uncertain:
      'Party; sources differ on the year of ratification (May 2008, tttu.edu.kz; 2009, OSCE Centre in Astana, https://osce.org/astana/69490); the date of deposit was not read.',
  },
};
for (const id of [
  'KG', 'TJ', 'TM', 'UZ', 'BY', 'GB', 'FR', 'DE', 'NL', 'BE', 'LU', 'CH', 'AU', 'CA', 'BR',
  'AT', 'DK', 'ES', 'IT', 'PL', 'SE', 'FI', 'PT', 'CZ', 'HU', 'EE', 'GR', 'RO', 'RS',
]) {
  UNCAC_TERMS[id] = unread('its date of deposit');
}

// --------------------------------------------------------------------------------- Vienna 1988

const VIENNA_RULE =
  'Convention of 1988 art. 29: in force 11 Nov 1990 for the first twenty (the twentieth deposited on 13 Aug 1990), ' +
  'then on the 90th day after deposit';
const VIENNA_LIST =
  `UNTC VI-19 participant list (${VIENNA_PAGE}, as reproduced at https://www.hscrew.ch/en/blogs/cannabis-legalization-global/22-international-drug-trafficking-ch19)`;

const VIENNA_TERMS: Record<string, PartyTerms> = {
  CN: { ratified: '1989-10-25', from: '1990-11-11', source: `${VIENNA_LIST}; ${VIENNA_RULE}` },
  CA: { ratified: '1990-07-05', from: '1990-11-11', source: `${VIENNA_LIST}; ${VIENNA_RULE}` },
  BY: { ratified: '1990-10-15', from: '1991-01-13', source: `${VIENNA_LIST}; ${VIENNA_RULE}` },
  BR: { ratified: '1991-07-17', from: '1991-10-15', source: `${VIENNA_LIST}; ${VIENNA_RULE}` },
  DK: { ratified: '1991-12-19', from: '1992-03-18', source: `${VIENNA_LIST}; ${VIENNA_RULE}` },
  AU: { ratified: '1992-11-16', from: '1993-02-14', source: `${VIENNA_LIST}; ${VIENNA_RULE}` },
  DE: { ratified: '1993-11-30', from: '1994-02-28', source: `${VIENNA_LIST}; ${VIENNA_RULE}` },
  BE: { ratified: '1995-10-25', from: '1996-01-23', source: `${VIENNA_LIST}; ${VIENNA_RULE}` },
  AT: { ratified: '1997-07-11', from: '1997-10-09', source: `${VIENNA_LIST}; ${VIENNA_RULE}` },
  KZ: {
    uncertain:
      'Party; accession by Law No. 246 of 29 Jun 1998 (zakonpravo.kz); the date of deposit, and so of entry into force, was not read.',
  },
};
for (const id of [
  'KG', 'TJ', 'TM', 'UZ', 'RU', 'IN', 'PK', 'IR', 'US', 'GB', 'IE', 'FR', 'NL', 'LU', 'CH', 'JP', 'ES', 'IT', 'PL',
  'SE', 'FI', 'PT', 'CZ', 'HU', 'EE', 'GR', 'RO', 'RS',
]) {
  VIENNA_TERMS[id] = unread('its date of deposit');
}

/** Parties in the order the shipped jurisdictions are listed, so the index reads like the other instruments. */
function partiesOf(terms: Record<string, PartyTerms>, order: readonly string[]): string[] {
  return order.filter((id) => id in terms);
}

const ORDER = [
  'CN', 'KZ', 'KG', 'TJ', 'TM', 'UZ', 'RU', 'IN', 'PK', 'IR', 'BY', 'US', 'GB', 'IE', 'FR', 'DE', 'NL', 'BE', 'LU', 'CH',
  'AU', 'CA', 'JP', 'BR', 'AT', 'DK', 'ES', 'IT', 'PL', 'SE', 'FI', 'PT', 'CZ', 'HU', 'EE', 'GR', 'RO', 'RS',
] as const;

export const OFFENCE_TREATIES: Instrument[] = [
  {
    id: 'UNTOC-ART-18',
    title: 'United Nations Convention against Transnational Organized Crime (Palermo, 2000), art. 18',
    kind: 'mlat',
    parties: partiesOf(UNTOC_TERMS, ORDER),
    offences: ['organised-crime'],
    data: [...ALL],
    days: UN_MLA_DAYS,
    excludes: [],
    source:
      'UNTOC (New York, 15 Nov 2000), art. 18: the widest measure of mutual legal assistance for the offences the ' +
      'Convention covers (art. 3: offences under arts. 5, 6, 8 and 23 and serious crime, i.e. punishable by at least ' +
      'four years, that is transnational and involves an organized criminal group); paras. 9-29 apply where the ' +
      'parties are not bound by a treaty of mutual legal assistance (art. 18(7)); refusal grounds art. 18(21); ' +
      `in force 29 Sep 2003 (art. 38). Status: ${UNTOC_PAGE}`,
    inForce: { from: '2003-09-29' },
    partyTerms: UNTOC_TERMS,
    uncertain:
      'The offence scope is reduced to one category (organised-crime): whether a given offence is "serious crime" ' +
      'involving an organized criminal group is not modelled. Dates not read for KZ, KG, TM, UZ, PK, GB, FR, NL, LU, ' +
      'IT, SE, FI, PT, CZ, HU, EE, GR, RO, RS (bound from 29 Sep 2003 in the model; some joined later). Iran ' +
      'is not listed: its accession was approved domestically in May 2025 (Mehr News), the deposit with the UN was not ' +
      'confirmed.',
  },
  {
    id: 'UNCAC-ART-46',
    title: 'United Nations Convention against Corruption (Mérida, 2003), art. 46',
    kind: 'mlat',
    parties: partiesOf(UNCAC_TERMS, ORDER),
    offences: ['corruption'],
    data: [...ALL],
    days: UN_MLA_DAYS,
    excludes: [],
    source:
      'UNCAC (New York, 31 Oct 2003), art. 46: the widest measure of mutual legal assistance for the offences ' +
      'established under the Convention; paras. 9-29 apply where the parties are not bound by a treaty of mutual legal ' +
      'assistance (art. 46(7)); refusal grounds art. 46(21); in force 14 Dec 2005 (art. 68; 30th instrument deposited ' +
      `15 Sep 2005, UN press release L/T/4389). Status: ${UNCAC_PAGE}`,
    inForce: { from: '2005-12-14' },
    partyTerms: UNCAC_TERMS,
    uncertain:
      'Dates read only for US, JP, IN, CN, IE, IR; the others are bound from 14 Dec 2005 in the model, though several ' +
      'joined later (e.g. Germany and the Czech Republic were not parties in Aug 2011, integritytalkingpoints.com). ' +
      'The party status of the shipped states other than US, JP, IN, CN, IE, IR, PK, RU and KZ rests on the UNTC count (about 190 ' +
      'parties) and was not read state by state.',
  },
  {
    id: 'VIENNA-1988-ART-7',
    title: 'United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances (Vienna, 1988), art. 7',
    kind: 'mlat',
    parties: partiesOf(VIENNA_TERMS, ORDER),
    offences: ['drug-trafficking'],
    data: [...ALL],
    days: UN_MLA_DAYS,
    excludes: [],
    source:
      'Convention of 20 Dec 1988, art. 7: the widest measure of mutual legal assistance for the offences established ' +
      'under art. 3(1) (illicit traffic); paras. 8-19 apply where the parties are not bound by a treaty of mutual legal ' +
      'assistance (art. 7(6)); refusal grounds art. 7(15); in force 11 Nov 1990 (art. 29(1)). All shipped states are ' +
      `parties (191 parties, June 2020; the seven UN members not party are none of them shipped, per https://wiki.richxsearch.com/view_html.php?q=United_Nations_Convention_Against_Illicit_Traffic_in_Narcotic_Drugs_and_Psychotropic_Substances). Status: ${VIENNA_PAGE}`,
    inForce: { from: '1990-11-11' },
    partyTerms: VIENNA_TERMS,
    uncertain:
      'Dates read only for CN, CA, BY, BR, DK, AU, DE, BE, AT (from a reproduction of the UNTC list); the others are ' +
      'bound from 11 Nov 1990 in the model, though most joined in the 1990s.',
  },
];
