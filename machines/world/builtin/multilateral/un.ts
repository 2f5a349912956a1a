import type { DurationProfile, Instrument, PartyTerms } from '../../types.ts';

/**
 * United Nations conventions whose mutual legal assistance article serves as a legal basis between
 * parties that have no bilateral treaty, but only for the offences the convention covers
 * (`offences`). Pure data. Every UN member that is a party is listed with its own dates: `ratified` is
 * the date its instrument (ratification, accession, acceptance, approval or succession) was deposited,
 * `from` the day the convention binds it, computed from that date with the convention's own rule
 * (`bindsFrom`). Signatories that never became bound are in `partyTerms` only, not in `parties`.
 *
 * The participant tables are the UN Treaty Collection's status lists as they stood in July 2014,
 * scraped in the public dataset zmjones/untreaties (one row per participant, ISO codes mapped from the
 * UN's names); states that became parties later are added one by one below each table, each with the
 * source that gives its date. Non-state parties (the European Union, the Cook Islands, Niue, the Holy
 * See, the State of Palestine) are not jurisdictions here and are named in each `uncertain`.
 */

const UNTC = 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY';
const UNTOC_PAGE = `${UNTC}&mtdsg_no=XVIII-12&chapter=18&lang=en`;
const UNCAC_PAGE = `${UNTC}&mtdsg_no=XVIII-14&chapter=18&lang=en`;
const VIENNA_PAGE = `${UNTC}&mtdsg_no=VI-19&chapter=6&lang=en`;

/** The scraped UNTC lists: the files last changed on 10 Jul 2014 (commit 65551ea), read at the repository's head. */
function scraped(mtdsg: string, page: string, file: string): string {
  return (
    `UN Treaty Collection status (MTDSG ${mtdsg}, ${page}), as scraped in zmjones/untreaties ${file} ` +
    '(https://github.com/zmjones/untreaties, commit 003ce1309cc2a27a5a3909f39b7e6634550bf173; list as at July 2014)'
  );
}

const ALL = ['subscriber', 'traffic', 'content'] as const;

/** No published duration figures for requests under these conventions: the format's MLAT defaults. */
const UN_MLA_DAYS: DurationProfile = {
  median: 300,
  p90: 540,
  source:
    'No published duration figures for requests under this convention; the scenario format\'s MLAT defaults (300/540) ' +
    'are used.',
  basis: 'default',
};

/**
 * How the UNTC marks the instrument: none for ratification, `a` accession, `A` acceptance, `AA`
 * approval, `d` succession.
 */
type Act = 'a' | 'A' | 'AA' | 'd';
/** One participant: [id, signed, deposited, act]; '' where the list has no date. */
type Row = readonly [string, string, string, Act?];

/** A convention's rule for when it binds a state that deposits its instrument. */
interface EntryRule {
  /** the convention binds the state on this day counted from the deposit (30th day: +30) */
  days: number;
  /** never before the convention's own entry into force */
  notBefore: string;
  text: string;
}

/** Days since 1970-01-01 of a proleptic Gregorian date, and back (H. Hinnant's civil-date algorithms): no Date object, no clock. */
function dayNumber(iso: string): number {
  const [y0, m, d] = iso.split('-').map(Number) as [number, number, number];
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}
function isoDay(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function bindsFrom(deposited: string, rule: EntryRule): string {
  const day = isoDay(dayNumber(deposited) + rule.days);
  return day < rule.notBefore ? rule.notBefore : day;
}

const SUCCESSION =
  'Succession: the date is that of the notification; a successor state is usually taken to be bound from the date of ' +
  'the succession of states (its independence), which is earlier and was not read.';

/** A later deposit, from a source other than the scraped list. */
function deposit(ratified: string, rule: EntryRule, source: string): PartyTerms {
  return { ratified, from: bindsFrom(ratified, rule), source: `${source}; ${rule.text}` };
}

/**
 * The partyTerms of a convention: one entry per row of the UNTC list, then `later` (deposits after the
 * list, or better sources) laid over them, keeping a signature date the list gave.
 */
function termsOf(
  rows: readonly Row[],
  rule: EntryRule,
  list: string,
  later: Record<string, PartyTerms>,
): Record<string, PartyTerms> {
  const terms: Record<string, PartyTerms> = {};
  for (const [id, signed, deposited, act] of rows) {
    const t: PartyTerms = signed ? { signed } : {};
    if (deposited) {
      Object.assign(t, { ratified: deposited, from: bindsFrom(deposited, rule), source: `${list}; ${rule.text}` });
      if (act === 'd') t.uncertain = SUCCESSION;
    } else {
      t.source = list;
      t.uncertain = 'Signatory, not bound: no instrument deposited by July 2014, and no later deposit was read.';
    }
    terms[id] = t;
  }
  for (const [id, t] of Object.entries(later)) {
    const before = terms[id];
    terms[id] =
      before?.signed && !t.signed
        ? { signed: before.signed, ...t, source: `${t.source}; signature: ${list}` }
        : t;
  }
  return terms;
}

/** A party is bound from a known date, or is known to be a party on a date that is not. */
function partiesOf(terms: Record<string, PartyTerms>): string[] {
  return Object.entries(terms)
    .filter(([, t]) => t.from !== undefined || t.uncertain?.startsWith('date unknown'))
    .map(([id]) => id);
}

// ---------------------------------------------------------------------------------------------- UNTOC

const UNTOC_RULE: EntryRule = {
  days: 30,
  notBefore: '2003-09-29',
  text:
    'UNTOC art. 38(2): in force on the 30th day after deposit; art. 38(1): the Convention itself in force 29 Sep 2003, ' +
    'the 90th day after the 40th instrument (deposited 1 Jul 2003, UN Information Service CP/439, ' +
    'https://unis.unvienna.org/unis/en/pressrels/2003/cp439.html)',
};
const UNTOC_LIST = scraped('XVIII-12', UNTOC_PAGE, 'treaties/18-12.csv');

// prettier-ignore
const UNTOC_ROWS: readonly Row[] = [
  ['AF', '2000-12-14', '2003-09-24'], ['AL', '2000-12-12', '2002-08-21'], ['DZ', '2000-12-12', '2002-10-07'],
  ['AD', '2001-11-11', '2011-09-22'], ['AO', '2000-12-13', '2013-04-01'], ['AG', '2001-09-26', '2002-07-24'],
  ['AR', '2000-12-12', '2002-11-19'], ['AM', '2001-11-15', '2003-07-01'], ['AU', '2000-12-13', '2004-05-27'],
  ['AT', '2000-12-12', '2004-09-23'], ['AZ', '2000-12-12', '2003-10-30'], ['BS', '2001-04-09', '2008-09-26'],
  ['BH', '', '2004-06-07', 'a'], ['BD', '', '2011-07-13', 'a'], ['BB', '2001-09-26', ''],
  ['BY', '2000-12-14', '2003-06-25'], ['BE', '2000-12-12', '2004-08-11'], ['BZ', '', '2003-09-26', 'a'],
  ['BJ', '2000-12-13', '2004-08-30'], ['BO', '2000-12-12', '2005-10-10'], ['BA', '2000-12-12', '2002-04-24'],
  ['BW', '2002-04-10', '2002-08-29'], ['BR', '2000-12-12', '2004-01-29'], ['BN', '', '2008-03-25', 'a'],
  ['BG', '2000-12-13', '2001-12-05'], ['BF', '2000-12-15', '2002-05-15'], ['BI', '2000-12-14', '2012-05-24'],
  ['CV', '2000-12-13', '2004-07-15'], ['KH', '2001-11-11', '2005-12-12'], ['CM', '2000-12-13', '2006-02-06'],
  ['CA', '2000-12-14', '2002-05-13'], ['CF', '', '2004-09-14', 'a'], ['TD', '', '2009-08-18', 'a'],
  ['CL', '2000-12-13', '2004-11-29'], ['CN', '2000-12-12', '2003-09-23'], ['CO', '2000-12-12', '2004-08-04'],
  ['KM', '', '2003-09-25', 'a'], ['CG', '2000-12-14', ''], ['CR', '2001-03-16', '2003-07-24'],
  ['CI', '2000-12-15', '2012-10-25'], ['HR', '2000-12-12', '2003-01-24'], ['CU', '2000-12-13', '2007-02-09'],
  ['CY', '2000-12-12', '2003-04-22'], ['CZ', '2000-12-12', '2013-09-24'], ['CD', '', '2005-10-28', 'a'],
  ['DK', '2000-12-12', '2003-09-30'], ['DJ', '', '2005-04-20', 'a'], ['DM', '', '2013-05-17', 'a'],
  ['DO', '2000-12-13', '2006-10-26'], ['EC', '2000-12-13', '2002-09-17'], ['EG', '2000-12-13', '2004-03-05'],
  ['SV', '2000-12-14', '2004-03-18'], ['GQ', '2000-12-14', '2003-02-07'], ['EE', '2000-12-14', '2003-02-10'],
  ['ET', '2000-12-14', '2007-07-23'], ['FI', '2000-12-12', '2004-02-10'], ['FR', '2000-12-12', '2002-10-29'],
  ['GA', '', '2004-12-15', 'a'], ['GM', '2000-12-14', '2003-05-05'], ['GE', '2000-12-13', '2006-09-05'],
  ['DE', '2000-12-12', '2006-06-14'], ['GH', '', '2012-08-21', 'a'], ['GR', '2000-12-13', '2011-01-11'],
  ['GD', '', '2004-05-21', 'a'], ['GT', '2000-12-12', '2003-09-25'], ['GN', '', '2004-11-09', 'a'],
  ['GW', '2000-12-14', '2007-09-10'], ['GY', '', '2004-09-14', 'a'], ['HT', '2000-12-13', '2011-04-19'],
  ['HN', '2000-12-14', '2003-12-02'], ['HU', '2000-12-14', '2006-12-22'], ['IS', '2000-12-13', '2010-05-13'],
  ['IN', '2002-12-12', '2011-05-05'], ['ID', '2000-12-12', '2009-04-20'], ['IR', '2000-12-12', ''],
  ['IQ', '', '2008-03-17', 'a'], ['IE', '2000-12-13', '2010-06-17'], ['IL', '2000-12-13', '2006-12-27'],
  ['IT', '2000-12-12', '2006-08-02'], ['JM', '2001-09-26', '2003-09-29'], ['JP', '2000-12-12', ''],
  ['JO', '2002-11-26', '2009-05-22'], ['KZ', '2000-12-13', '2008-07-31'], ['KE', '', '2004-06-16', 'a'],
  ['KI', '', '2005-09-15', 'a'], ['KW', '2000-12-12', '2006-05-12'], ['KG', '2000-12-13', '2003-10-02'],
  ['LA', '', '2003-09-26', 'a'], ['LV', '2000-12-13', '2001-12-07'], ['LB', '2001-12-18', '2005-10-05'],
  ['LS', '2000-12-14', '2003-09-24'], ['LR', '', '2004-09-22', 'a'], ['LY', '2001-11-13', '2004-06-18'],
  ['LI', '2000-12-12', '2008-02-20'], ['LT', '2000-12-13', '2002-05-09'], ['LU', '2000-12-13', '2008-05-12'],
  ['MG', '2000-12-14', '2005-09-15'], ['MW', '2000-12-13', '2005-03-17'], ['MY', '2002-09-26', '2004-09-24'],
  ['MV', '', '2013-02-04', 'a'], ['ML', '2000-12-15', '2002-04-12'], ['MT', '2000-12-14', '2003-09-24'],
  ['MH', '', '2011-06-15', 'a'], ['MR', '', '2005-07-22', 'a'], ['MU', '2000-12-12', '2003-04-21'],
  ['MX', '2000-12-13', '2003-03-04'], ['FM', '', '2004-05-24', 'a'], ['MC', '2000-12-13', '2001-06-05'],
  ['MN', '', '2008-06-27', 'a'], ['ME', '', '2006-10-23', 'd'], ['MA', '2000-12-13', '2002-09-19'],
  ['MZ', '2000-12-15', '2006-09-20'], ['MM', '', '2004-03-30', 'a'], ['NA', '2000-12-13', '2002-08-16'],
  ['NR', '2001-11-12', '2012-07-12'], ['NP', '2002-12-12', '2011-12-23'], ['NL', '2000-12-12', '2004-05-26'],
  ['NZ', '2000-12-14', '2002-07-19'], ['NI', '2000-12-14', '2002-09-09'], ['NE', '2001-08-21', '2004-09-30'],
  ['NG', '2000-12-13', '2001-06-28'], ['NO', '2000-12-13', '2003-09-23'], ['OM', '', '2005-05-13', 'a'],
  ['PK', '2000-12-14', '2010-01-13'], ['PA', '2000-12-13', '2004-08-18'], ['PY', '2000-12-12', '2004-09-22'],
  ['PE', '2000-12-14', '2002-01-23'], ['PH', '2000-12-14', '2002-05-28'], ['PL', '2000-12-12', '2001-11-12'],
  ['PT', '2000-12-12', '2004-05-10'], ['QA', '', '2008-03-10', 'a'], ['KR', '2000-12-13', ''],
  ['MD', '2000-12-14', '2005-09-16'], ['RO', '2000-12-14', '2002-12-04'], ['RU', '2000-12-12', '2004-05-26'],
  ['RW', '2000-12-14', '2003-09-26'], ['SM', '2000-12-14', '2010-07-20'], ['ST', '', '2006-04-12', 'a'],
  ['SA', '2000-12-12', '2005-01-18'], ['SN', '2000-12-13', '2003-10-27'], ['RS', '2000-12-12', '2001-09-06'],
  ['SC', '2000-12-12', '2003-04-22'], ['SL', '2001-11-27', ''], ['SG', '2000-12-13', '2007-08-28'],
  ['SK', '2000-12-14', '2003-12-03'], ['SI', '2000-12-12', '2004-05-21'], ['ZA', '2000-12-14', '2004-02-20'],
  ['ES', '2000-12-13', '2002-03-01'], ['LK', '2000-12-13', '2006-09-22'], ['KN', '2001-11-20', '2004-05-21'],
  ['LC', '2001-09-26', '2013-07-16'], ['VC', '2002-07-24', '2010-10-29'], ['SD', '2000-12-15', '2004-12-10'],
  ['SR', '', '2007-05-25', 'a'], ['SZ', '2000-12-14', '2012-09-24'], ['SE', '2000-12-12', '2004-04-30'],
  ['CH', '2000-12-12', '2006-10-27'], ['SY', '2000-12-13', '2009-04-08'], ['TJ', '2000-12-12', '2002-07-08'],
  ['TH', '2000-12-13', '2013-10-17'], ['MK', '2000-12-12', '2005-01-12'], ['TL', '', '2009-11-09', 'a'],
  ['TG', '2000-12-12', '2004-07-02'], ['TT', '2001-09-26', '2007-11-06'], ['TN', '2000-12-13', '2003-06-19'],
  ['TR', '2000-12-13', '2003-03-25'], ['TM', '', '2005-03-28', 'a'], ['UG', '2000-12-12', '2005-03-09'],
  ['UA', '2000-12-12', '2004-05-21'], ['AE', '2002-12-09', '2007-05-07'], ['GB', '2000-12-14', '2006-02-09'],
  ['TZ', '2000-12-13', '2006-05-24'], ['US', '2000-12-13', '2005-11-03'], ['UY', '2000-12-13', '2005-03-04'],
  ['UZ', '2000-12-13', '2003-12-09'], ['VU', '', '2006-01-04', 'a'], ['VE', '2000-12-14', '2002-05-13'],
  ['VN', '2000-12-13', '2012-06-08'], ['YE', '2000-12-15', '2010-02-08'], ['ZM', '', '2005-04-24', 'a'],
  ['ZW', '2000-12-12', '2007-12-12'],
];

const UNTOC_LATER: Record<string, PartyTerms> = {
  CH: deposit(
    '2006-10-27',
    UNTOC_RULE,
    `${UNTOC_LIST}; SR 0.311.54: instrument deposited 27 Oct 2006, in force for Switzerland 26 Nov 2006 (https://www.global-regulation.com/translation/switzerland/2975184/rs-0.311.54-15-november-2000-united-nations-convention-against-transnational-organized-crime.html)`,
  ),
  US: deposit(
    '2005-11-03',
    UNTOC_RULE,
    `${UNTOC_LIST}; US State Department statement of 3 Nov 2005 (https://2001-2009.state.gov/r/pa/prs/ps/2005/56006.htm)`,
  ),
  JP: deposit(
    '2017-07-11',
    UNTOC_RULE,
    'Acceptance 11 Jul 2017 (Lexology, https://www.lexology.com/library/detail.aspx?g=5149f586-be38-49c8-b62d-9f7204bcfae8; ' +
      'UNODC statement of 12 Jul 2017, http://intlawinfo.globelaw.info/unodc-chief-welcomes-japans-decision-to-join-crime-and-corruption-conventions/)',
  ),
};

const UNTOC_TERMS = termsOf(UNTOC_ROWS, UNTOC_RULE, UNTOC_LIST, UNTOC_LATER);

/** A party whose date was not read: bound from the convention's own entry into force. */
function unread(what: string): PartyTerms {
  return { uncertain: `Party; ${what} was not read, so the convention's own entry into force is used.` };
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

function shippedPartiesOf(terms: Record<string, PartyTerms>, order: readonly string[]): string[] {
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
    parties: partiesOf(UNTOC_TERMS),
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
      'involving an organized criminal group is not modelled. Parties that are not jurisdictions here: the European ' +
      'Union (approval 21 May 2004), the Cook Islands (2004), the Holy See (2012) and Niue (2012) per the UNTC list, and ' +
      'the State of Palestine. Iran signed (12 Dec 2000) and is not listed as a party: its accession was approved ' +
      'domestically in May 2025 (Mehr News), the deposit with the UN was not confirmed.',
  },
  {
    id: 'UNCAC-ART-46',
    title: 'United Nations Convention against Corruption (Mérida, 2003), art. 46',
    kind: 'mlat',
    parties: shippedPartiesOf(UNCAC_TERMS, ORDER),
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
    parties: shippedPartiesOf(VIENNA_TERMS, ORDER),
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
