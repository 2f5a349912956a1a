import type { DurationProfile, Instrument, PartyTerms } from '../../types.ts';
import { requestsToUS } from '../durations.ts';

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

/**
 * No published duration figures for requests under these conventions: the format's MLAT defaults.
 * Requests to the US take the published figure for that direction (`pairDays`, durations.ts).
 */
const UN_MLA_DAYS: DurationProfile = {
  median: 300,
  p90: 540,
  source:
    'No published duration figures for requests under this convention; the scenario format\'s MLAT defaults (300/540) ' +
    'are used (requests to the US: the published figure for that direction, in pairDays).',
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

/** A state a source names as a party without the date of its deposit: bound, from a date not known. */
function dateUnknown(what: string, source: string): PartyTerms {
  return { source, uncertain: `date unknown: ${what}` };
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
  // Each row cites the list and the rule briefly: the full citations are in the instrument's `source`,
  // and a party's entry travels with every session's frozen scenario (186 parties each).
  const brief = `${list.slice(0, list.indexOf(','))}) as at July 2014, cited in full in the instrument's source; ${rule.text.slice(0, rule.text.indexOf(';'))}`;
  for (const [id, signed, deposited, act] of rows) {
    const t: PartyTerms = signed ? { signed } : {};
    if (deposited) {
      Object.assign(t, { ratified: deposited, from: bindsFrom(deposited, rule), source: brief });
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
        ? { signed: before.signed, ...t, source: t.source?.includes(list) ? t.source : `${t.source}; signature: ${list}` }
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

// [id, signed, deposited, act], as the UNTC list of July 2014 has them
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

// Later deposits and further sources. A UNTOC status article of 2017 names the nine UN members then not
// parties (Bhutan, Congo, Iran, Palau, Papua New Guinea, the Solomon Islands, Somalia, South Sudan and
// Tuvalu) and counts 184 UN members as parties: the list's 175, JP, BB, KR, and SL, FJ, KP, TO, WS, ER,
// whose dates were not read. Bhutan and South Sudan joined in 2023.
const UNTOC_2017 =
  'Party by Sep 2017: not among the nine UN members a 2017 status article names as non-parties ' +
  '(https://www.mizanonline.ir/en/news/1281/palermo-reservations-and-national-interests)';
const UNTC_2024 =
  'UNTC status page as at 4 May 2024 (http://treaties.un.org/Pages/ShowMTDSGDetails.aspx?src=UNTSONLINE&tabid=3&mtdsg_no=XVIII-12&chapter=18&lang=en)';

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
  BB: deposit('2014-11-11', UNTOC_RULE, UNTC_2024),
  KR: deposit(
    '2015-11-05',
    UNTOC_RULE,
    'Instrument delivered to the UN Legal Counsel in New York on Thursday 5 Nov 2015 (Korea Herald/Yonhap, 6 Nov 2015, https://m.koreaherald.com/view.php?ud=20151106000324)',
  ),
  SS: {
    ...deposit(
      '2023-10-20',
      UNTOC_RULE,
      'UN depositary statement as reported by One Citizen Daily, 23 Oct 2023: act of 20 Oct 2023, in force for South Sudan 19 Nov 2023 under art. 38(2) (https://onecitizendaily.com/index.php/2023/10/23/govt-signs-un-conventions-on-transnational-crimes/)',
    ),
    uncertain:
      'The report calls the act of 20 Oct 2023 a signature; the entry into force it quotes means an instrument of accession. ' +
      'The national assembly ratified in Aug 2024 (Eye Radio, https://www.eyeradio.org/kiir-signs-conventions-against-terrorism-drugs-trafficking-and-transnational-crimes/).',
  },
  SL: dateUnknown(
    'Parliament ratified on 24 Jul 2014 (Sierra Express Media, https://sierraexpressmedia.com/?p=69418); the deposit was not read.',
    UNTOC_2017,
  ),
  FJ: dateUnknown(
    'Fiji ratified in 2017 (statement of Fiji to the 9th Conference of the Parties, 15 Oct 2018, http://geneva.foreignaffairs.gov.fj/index.php/30-speeches/215-fiji-national-statement-at-9th-session-of-the-conference-of-the-parties-to-the-untoc); the day was not read.',
    UNTOC_2017,
  ),
  KP: dateUnknown(
    'ratified by the Standing Committee of the Supreme People\'s Assembly on 16 Jun 2016, instrument to be deposited (KCNA as reported by Daily NK, https://dailynk.jp/archives/68918); the deposit was not read.',
    UNTOC_2017,
  ),
  BT: {
    ...deposit(
      '2023-03-21',
      UNTOC_RULE,
      'Instrument of accession handed to the Chief of the UN Treaty Section on 21 Mar 2023 (Ministry of Foreign Affairs of Bhutan, press release of 23 Mar 2023, https://www.mfa.gov.bt/press-release-585/)',
    ),
    uncertain: 'The press release gives 22 Mar 2023 as the date of entry into force, which art. 38(2) does not yield; the rule is applied.',
  },
  TO: dateUnknown('joined between July 2014 and Sep 2017; the deposit was not read.', UNTOC_2017),
  WS: dateUnknown('joined between July 2014 and Sep 2017; the deposit was not read.', UNTOC_2017),
  ER: dateUnknown('joined between July 2014 and Sep 2017; the deposit was not read.', UNTOC_2017),
};

const UNTOC_TERMS = termsOf(UNTOC_ROWS, UNTOC_RULE, UNTOC_LIST, UNTOC_LATER);

// ---------------------------------------------------------------------------------------------- UNCAC

const UNCAC_RULE: EntryRule = {
  days: 30,
  notBefore: '2005-12-14',
  text:
    'UNCAC art. 68(2): in force on the 30th day after deposit, or on the Convention\'s own entry into force if later; ' +
    'art. 68(1): in force 14 Dec 2005, the 90th day after the 30th instrument (deposited 15 Sep 2005, UN press release ' +
    'L/T/4389, https://press.un.org/en/2005/lt4389.doc.htm)',
};
const UNCAC_LIST = scraped('XVIII-14', UNCAC_PAGE, 'treaties/18-14.csv');

// [id, signed, deposited, act], as the UNTC list of July 2014 has them
const UNCAC_ROWS: readonly Row[] = [
  ['AF', '2004-02-20', '2008-08-25'], ['AL', '2003-12-18', '2006-05-25'], ['DZ', '2003-12-09', '2004-08-25'],
  ['AO', '2003-12-10', '2006-08-29'], ['AG', '', '2006-06-21', 'a'], ['AR', '2003-12-10', '2006-08-28'],
  ['AM', '2005-05-19', '2007-03-08'], ['AU', '2003-12-09', '2005-12-07'], ['AT', '2003-12-10', '2006-01-11'],
  ['AZ', '2004-02-27', '2005-11-01'], ['BS', '', '2008-01-10', 'a'], ['BH', '2005-02-08', '2010-10-05'],
  ['BD', '', '2007-02-27', 'a'], ['BB', '2003-12-10', ''], ['BY', '2004-04-28', '2005-02-17'],
  ['BE', '2003-12-10', '2008-09-25'], ['BJ', '2003-12-10', '2004-10-14'], ['BT', '2005-09-15', ''],
  ['BO', '2003-12-09', '2005-12-05'], ['BA', '2005-09-16', '2006-10-26'], ['BW', '', '2011-06-27', 'a'],
  ['BR', '2003-12-09', '2005-06-15'], ['BN', '2003-12-11', '2008-12-02'], ['BG', '2003-12-10', '2006-09-20'],
  ['BF', '2003-12-10', '2006-10-10'], ['BI', '', '2006-03-10', 'a'], ['CV', '2003-12-09', '2008-04-23'],
  ['KH', '', '2007-09-05', 'a'], ['CM', '2003-12-10', '2006-02-06'], ['CA', '2004-05-21', '2007-10-02'],
  ['CF', '2004-02-11', '2006-10-06'], ['CL', '2003-12-11', '2006-09-13'], ['CN', '2003-12-10', '2006-01-13'],
  ['CO', '2003-12-10', '2006-10-27'], ['KM', '2003-12-10', '2012-10-11'], ['CG', '', '2006-07-13', 'a'],
  ['CR', '2003-12-10', '2007-03-21'], ['CI', '2003-12-10', '2012-10-25'], ['HR', '2003-12-10', '2005-04-24'],
  ['CU', '2005-12-09', '2007-02-09'], ['CY', '2003-12-09', '2009-02-23'], ['CZ', '2005-04-22', '2013-11-29'],
  ['CD', '', '2010-09-23', 'a'], ['DK', '2003-12-10', '2006-12-26'], ['DJ', '2004-06-17', '2005-04-20'],
  ['DM', '', '2010-05-28', 'a'], ['DO', '2003-12-10', '2006-10-26'], ['EC', '2003-12-10', '2005-09-15'],
  ['EG', '2003-12-09', '2005-02-25'], ['SV', '2003-12-10', '2004-07-01'], ['EE', '', '2010-04-12', 'a'],
  ['ET', '2003-12-10', '2007-11-26'], ['FJ', '', '2008-05-14', 'a'], ['FI', '2003-12-09', '2006-06-20', 'A'],
  ['FR', '2003-12-09', '2005-07-11'], ['GA', '2003-12-10', '2007-10-01'], ['GE', '', '2008-11-04', 'a'],
  ['DE', '2003-12-09', ''], ['GH', '2004-12-09', '2007-06-27'], ['GR', '2003-12-10', '2008-09-17'],
  ['GT', '2003-12-09', '2006-11-03'], ['GN', '2005-07-15', '2013-05-29'], ['GW', '', '2007-09-10', 'a'],
  ['GY', '', '2008-04-16', 'a'], ['HT', '2003-12-10', '2009-09-14'], ['HN', '2004-05-17', '2005-05-23'],
  ['HU', '2003-12-10', '2005-04-19'], ['IS', '', '2011-03-01', 'a'], ['IN', '2005-12-09', '2011-05-09'],
  ['ID', '2003-12-18', '2006-09-19'], ['IR', '2003-12-09', '2009-04-20'], ['IQ', '', '2008-03-17', 'a'],
  ['IE', '2003-12-09', '2011-11-09'], ['IL', '2005-11-29', '2009-02-04'], ['IT', '2003-12-09', '2009-10-05'],
  ['JM', '2005-09-16', '2008-03-05'], ['JP', '2003-12-09', ''], ['JO', '2003-12-09', '2005-02-24'],
  ['KZ', '', '2008-06-18', 'a'], ['KE', '2003-12-09', '2003-12-09'], ['KI', '', '2013-09-27', 'a'],
  ['KW', '2003-12-09', '2007-02-16'], ['KG', '2003-12-10', '2005-09-16'], ['LA', '2003-12-10', '2009-09-25'],
  ['LV', '2005-05-19', '2006-01-04'], ['LB', '', '2009-04-22', 'a'], ['LS', '2005-09-16', '2005-09-16'],
  ['LR', '', '2005-09-16', 'a'], ['LY', '2003-12-23', '2005-06-07'], ['LI', '2003-12-10', '2010-07-08'],
  ['LT', '2003-12-10', '2006-12-21'], ['LU', '2003-12-10', '2007-11-06'], ['MG', '2003-12-10', '2004-09-22'],
  ['MW', '2004-09-21', '2007-12-04'], ['MY', '2003-12-09', '2008-09-24'], ['MV', '', '2007-03-22', 'a'],
  ['ML', '2003-12-09', '2008-04-18'], ['MT', '2005-05-12', '2008-04-11'], ['MH', '', '2011-11-17', 'a'],
  ['MR', '', '2006-10-25', 'a'], ['MU', '2003-12-09', '2004-12-15'], ['MX', '2003-12-09', '2004-07-20'],
  ['FM', '', '2012-03-21', 'a'], ['MN', '2005-04-29', '2006-01-11'], ['ME', '', '2006-10-23', 'd'],
  ['MA', '2003-12-09', '2007-05-09'], ['MZ', '2004-05-25', '2008-04-09'], ['MM', '2005-12-02', '2012-12-20'],
  ['NA', '2003-12-09', '2004-08-03'], ['NR', '', '2012-07-12', 'a'], ['NP', '2003-12-10', '2011-03-29'],
  ['NL', '2003-12-10', '2006-10-31', 'A'], ['NZ', '2003-12-10', ''], ['NI', '2003-12-10', '2006-02-15'],
  ['NE', '', '2008-08-11', 'a'], ['NG', '2003-12-09', '2004-12-14'], ['NO', '2003-12-09', '2006-06-29'],
  ['OM', '', '2014-01-09', 'a'], ['PK', '2003-12-09', '2007-08-31'], ['PW', '', '2009-03-24', 'a'],
  ['PA', '2003-12-10', '2005-09-23'], ['PG', '2004-12-22', '2007-07-16'], ['PY', '2003-12-09', '2005-06-01'],
  ['PE', '2003-12-10', '2004-11-16'], ['PH', '2003-12-09', '2006-11-08'], ['PL', '2003-12-10', '2006-09-15'],
  ['PT', '2003-12-11', '2007-09-28'], ['QA', '2005-12-01', '2007-01-30'], ['KR', '2003-12-10', '2008-03-27'],
  ['MD', '2004-09-28', '2007-10-01'], ['RO', '2003-12-09', '2004-11-02'], ['RU', '2003-12-09', '2006-05-09'],
  ['RW', '2004-11-30', '2006-10-04'], ['ST', '2005-12-08', '2006-04-12'], ['SA', '2004-01-09', '2013-04-29'],
  ['SN', '2003-12-09', '2005-11-16'], ['RS', '2003-12-11', '2005-12-20'], ['SC', '2004-02-27', '2006-03-16'],
  ['SL', '2003-12-09', '2004-09-30'], ['SG', '2005-11-11', '2009-11-06'], ['SK', '2003-12-09', '2006-06-01'],
  ['SI', '', '2008-04-01', 'a'], ['SB', '', '2012-01-06', 'a'], ['ZA', '2003-12-09', '2004-11-22'],
  ['ES', '2005-09-16', '2006-06-19'], ['LK', '2004-03-15', '2004-03-31'], ['LC', '', '2011-11-18', 'a'],
  ['SD', '2005-01-14', ''], ['SZ', '2005-09-15', '2012-09-24'], ['SE', '2003-12-09', '2007-09-25'],
  ['CH', '2003-12-10', '2009-09-24'], ['SY', '2003-12-09', ''], ['TJ', '', '2006-09-25', 'a'],
  ['TH', '2003-12-09', '2011-03-01'], ['MK', '2005-08-18', '2007-04-13'], ['TL', '2003-12-10', '2009-03-27'],
  ['TG', '2003-12-10', '2005-07-06'], ['TT', '2003-12-11', '2006-05-31'], ['TN', '2004-03-30', '2008-09-23'],
  ['TR', '2003-12-10', '2006-11-09'], ['TM', '', '2005-03-28', 'a'], ['UG', '2003-12-09', '2004-09-09'],
  ['UA', '2003-12-11', '2009-12-02'], ['AE', '2005-08-10', '2006-02-22'], ['GB', '2003-12-09', '2006-02-09'],
  ['TZ', '2003-12-09', '2005-05-25'], ['US', '2003-12-09', '2006-10-30'], ['UY', '2003-12-09', '2007-01-10'],
  ['UZ', '', '2008-07-29', 'a'], ['VU', '', '2011-07-12', 'a'], ['VE', '2003-12-10', '2009-02-02'],
  ['VN', '2003-12-10', '2009-08-19'], ['YE', '2003-12-11', '2005-11-07'], ['ZM', '2003-12-11', '2007-12-07'],
  ['ZW', '2004-02-20', '2007-03-08'],
];

const UNCAC_2024 =
  'UNTC status page as at 20 Apr 2024 (https://treaties.un.org/Pages/ShowMTDSGDetails.aspx?src=UNTSONLINE&tabid=3&mtdsg_no=XVIII-14&chapter=18&lang=en)';
const UNCAC_WCA =
  'Party by Oct 2018: with Chad\'s accession the parties include all West and Central African countries (UNODC, ' +
  'https://www.unodc.org/westandcentralafrica/en/2018-10-22-tchad-ratification-uncac.html)';
const UNCAC_PACIFIC =
  'Party by Feb 2020: Tonga was the 14th and last Pacific Island country to accede (Loop Tonga, ' +
  'https://www.looptonga.com/tonga-news/tonga-accedes-un-convention-against-corruption-90040)';

// Later deposits and further sources for dates in the list.
const UNCAC_LATER: Record<string, PartyTerms> = {
  US: deposit(
    '2006-10-30',
    UNCAC_RULE,
    `${UNCAC_LIST}; US State Department release of 29 Nov 2006 (as reproduced at http://thesop.org/story/politics/2006/11/29/united-states-joins-united-nations-convention-against-corruption.php)`,
  ),
  IN: deposit('2011-05-09', UNCAC_RULE, `${UNCAC_LIST}; Lok Sabha answer, Ministry of External Affairs`),
  IR: deposit(
    '2009-04-20',
    UNCAC_RULE,
    `${UNCAC_LIST}; UNODC Iran (https://www.unodc.org/islamicrepublicofiran/en/national-meeting-on-anti-corruption-matters-in-tehran.html)`,
  ),
  JP: deposit(
    '2017-07-11',
    UNCAC_RULE,
    'Acceptance submitted 11 Jul 2017 (Lexology, https://www.lexology.com/library/detail.aspx?g=5149f586-be38-49c8-b62d-9f7204bcfae8; ' +
      'UNODC statement of 12 Jul 2017, http://intlawinfo.globelaw.info/unodc-chief-welcomes-japans-decision-to-join-crime-and-corruption-conventions/)',
  ),
  DE: {
    ...deposit(
      '2014-11-12',
      UNCAC_RULE,
      'Ratification 12 Nov 2014, BGBl. 2014 II p. 762 (German Wikipedia status box, as mirrored at https://de.zxc.wiki/wiki/UN-Konvention_gegen_Korruption)',
    ),
    uncertain:
      'Transparency International Germany announced the deposit on 14 Nov 2014 as made "today" ' +
      '(https://www.transparency.de/aktuelles/detail/article/deutschland-hat-un-konvention-gegen-korruption-ratifiziert/); if so, from is 14 Dec 2014.',
  },
  BB: deposit('2023-10-10', UNCAC_RULE, UNCAC_2024),
  BZ: deposit('2016-12-12', UNCAC_RULE, UNCAC_2024),
  BT: {
    ...deposit('2023-09-27', UNCAC_RULE, UNCAC_2024),
    uncertain:
      'The UNTC lists an accession of 27 Sep 2023 with a footnote that was not read; Bhutan had first deposited an ' +
      'instrument on 21 Sep 2016 without the reservation its parliament had made, and the objections to the late ' +
      'reservation were not resolved (https://kuenselonline.com/all-fingers-pointing-at-ministry-of-foreign-affairs-for-lapses-in-uncac/). ' +
      'Whether Bhutan was bound from Oct 2016 was not read.',
  },
  SD: deposit(
    '2014-09-05',
    UNCAC_RULE,
    'Sudan became a party on 5 Sep 2014 (Arab Anti-Corruption and Integrity Network, via UNDP-ACIAC, http://www.undp-aciac.org/resources/ac/newsDetails.aspx?nid=1190)',
  ),
  TD: deposit(
    '2018-06-26',
    UNCAC_RULE,
    'Chad acceded on 26 Jun 2018 (UNODC West and Central Africa, https://www.unodc.org/westandcentralafrica/en/2019-01-30-chad-workshop-on-the-convention.html)',
  ),
  GQ: dateUnknown('joined between July 2014 and Oct 2018; the deposit was not read.', UNCAC_WCA),
  GM: dateUnknown('joined between July 2014 and Oct 2018; the deposit was not read.', UNCAC_WCA),
  TO: dateUnknown(
    'acceded as the 187th party, announced on 5-6 Feb 2020 (Prime Minister\'s Office of Tonga, https://pmo.gov.to/tonga-attends-its-first-conference-of-the-state-parties-of-the-united-nations-convention-against-corruption-atlanta-united-states-of-america-11-15-december-2023); the deposit was not read.',
    'Tonga Prime Minister\'s Office, 11 Dec 2023; Loop Tonga (https://www.looptonga.com/tonga-news/tonga-accedes-un-convention-against-corruption-90040)',
  ),
  WS: dateUnknown('joined between July 2014 and Feb 2020; the deposit was not read.', UNCAC_PACIFIC),
  TV: dateUnknown('joined between July 2014 and Feb 2020; the deposit was not read.', UNCAC_PACIFIC),
  NZ: deposit(
    '2015-12-01',
    UNCAC_RULE,
    'New Zealand formally ratified on 1 Dec 2015 (Ministry of Justice, http://www.justice.govt.nz/policy/criminal-justice/bribery-and-corruption)',
  ),
  // China applied the Convention to Hong Kong from its own entry into force (Basic Law art. 153).
  HK: {
    ratified: '2006-01-13',
    from: '2006-02-12',
    source:
      'HKSAR Government press release of 14 Feb 2006: the Convention came into force for China on 12 Feb 2006 and applies to ' +
      'the HKSAR (https://www.cmab.gov.hk/en/press/press_430.htm); China\'s deposit from the UNTC list. Hong Kong applies ' +
      'its Mutual Legal Assistance in Criminal Matters Ordinance (Cap. 525) to the States Parties through the Mutual Legal ' +
      'Assistance in Criminal Matters (Corruption) Order (Secretary for Security, LegCo, 5 Dec 2007, ' +
      'https://www.info.gov.hk/gia/general/200712/05/P200712050163_print.htm)',
  },
};

const UNCAC_TERMS = termsOf(UNCAC_ROWS, UNCAC_RULE, UNCAC_LIST, UNCAC_LATER);

// --------------------------------------------------------------------------------- Vienna 1988

const VIENNA_RULE: EntryRule = {
  days: 90,
  notBefore: '1990-11-11',
  text:
    'Convention of 1988 art. 29(2): in force on the 90th day after deposit; art. 29(1): the Convention itself in force ' +
    '11 Nov 1990, the 90th day after the 20th instrument (deposited 13 Aug 1990; UNTS vol. 1582, No. 27627)',
};
const VIENNA_LIST = scraped('VI-19', VIENNA_PAGE, 'treaties/6-19.csv');

// [id, signed, deposited, act], as the UNTC list of July 2014 has them
const VIENNA_ROWS: readonly Row[] = [
  ['AF', '1988-12-20', '1992-02-14'], ['AL', '', '2001-06-27', 'a'], ['DZ', '1988-12-20', '1995-05-09'],
  ['AD', '', '1999-07-23', 'a'], ['AO', '', '2005-10-26', 'a'], ['AG', '', '1993-04-05', 'a'],
  ['AR', '1988-12-20', '1993-06-28'], ['AM', '', '1993-09-13', 'a'], ['AU', '1989-02-14', '1992-11-16'],
  ['AT', '1989-09-25', '1997-07-11'], ['AZ', '', '1993-09-22', 'a'], ['BS', '1988-12-20', '1989-01-30'],
  ['BH', '1989-09-28', '1990-02-07'], ['BD', '1989-04-14', '1990-10-11'], ['BB', '', '1992-10-15', 'a'],
  ['BY', '1989-02-27', '1990-10-15'], ['BE', '1989-05-22', '1995-10-25'], ['BZ', '', '1996-07-24', 'a'],
  ['BJ', '', '1997-05-23', 'a'], ['BT', '', '1990-08-27', 'a'], ['BO', '1988-12-20', '1990-08-20'],
  ['BA', '', '1993-09-01', 'd'], ['BW', '', '1996-08-13', 'a'], ['BR', '1988-12-20', '1991-07-17'],
  ['BN', '1989-10-26', '1993-11-12'], ['BG', '1989-05-19', '1992-09-24'], ['BF', '', '1992-06-02', 'a'],
  ['BI', '', '1993-02-18', 'a'], ['CV', '', '1995-05-08', 'a'], ['KH', '', '2005-07-07', 'a'],
  ['CM', '1989-02-27', '1991-10-28'], ['CA', '1988-12-20', '1990-07-05'], ['CF', '', '2001-10-15', 'a'],
  ['TD', '', '1995-06-09', 'a'], ['CL', '1988-12-20', '1990-03-13'], ['CN', '1988-12-20', '1989-10-25'],
  ['CO', '1988-12-20', '1994-06-10'], ['KM', '', '2000-03-01', 'a'], ['CG', '', '2004-03-03', 'a'],
  ['CR', '1989-04-25', '1991-02-08'], ['CI', '1988-12-20', '1991-11-25'], ['HR', '', '1993-07-26', 'd'],
  ['CU', '1989-04-07', '1996-06-12'], ['CY', '1988-12-20', '1990-05-25'], ['CZ', '', '1993-12-30', 'd'],
  ['KP', '', '2007-03-19', 'a'], ['CD', '1988-12-20', '2005-10-28'], ['DK', '1988-12-20', '1991-12-19'],
  ['DJ', '', '2001-02-22', 'a'], ['DM', '', '1993-06-30', 'a'], ['DO', '', '1993-09-21', 'a'],
  ['EC', '1989-06-21', '1990-03-23'], ['EG', '1988-12-20', '1991-03-15'], ['SV', '', '1993-05-21', 'a'],
  ['ER', '', '2002-01-30', 'a'], ['EE', '', '2000-07-12', 'a'], ['ET', '', '1994-10-11', 'a'],
  ['FJ', '', '1993-03-25', 'a'], ['FI', '1989-02-08', '1994-02-15', 'A'], ['FR', '1989-02-13', '1990-12-31', 'AA'],
  ['GA', '1989-12-20', '2006-07-10'], ['GM', '', '1996-04-23', 'a'], ['GE', '', '1998-01-08', 'a'],
  ['DE', '1989-01-19', '1993-11-30'], ['GH', '1988-12-20', '1990-04-10'], ['GR', '1989-02-23', '1992-01-28'],
  ['GD', '', '1990-12-10', 'a'], ['GT', '1988-12-20', '1991-02-28'], ['GN', '', '1990-12-27', 'a'],
  ['GW', '', '1995-10-27', 'a'], ['GY', '', '1993-03-19', 'a'], ['HT', '', '1995-09-18', 'a'],
  ['HN', '1988-12-20', '1991-12-11'], ['HU', '1989-08-22', '1996-11-15'], ['IS', '', '1997-09-02', 'a'],
  ['IN', '', '1990-03-27', 'a'], ['ID', '1989-03-27', '1999-02-23'], ['IR', '1988-12-20', '1992-12-07'],
  ['IQ', '', '1998-07-22', 'a'], ['IE', '1989-12-14', '1996-09-03'], ['IL', '1988-12-20', '2002-03-20'],
  ['IT', '1988-12-20', '1990-12-31', 'AA'], ['JM', '1989-10-02', '1995-12-29'], ['JP', '1989-12-19', '1992-06-12'],
  ['JO', '1988-12-20', '1990-04-16'], ['KZ', '', '1997-04-29', 'a'], ['KE', '', '1992-10-19', 'a'],
  ['KW', '1989-10-02', '2000-11-03'], ['KG', '', '1994-10-07', 'a'], ['LA', '', '2004-10-01', 'a'],
  ['LV', '', '1994-02-24', 'a'], ['LB', '', '1996-03-11', 'a'], ['LS', '', '1995-03-28', 'a'],
  ['LR', '', '2005-09-16', 'a'], ['LY', '', '1996-07-22', 'a'], ['LI', '', '2007-03-09', 'a'],
  ['LT', '', '1998-06-08', 'a'], ['LU', '1989-09-26', '1992-04-29'], ['MG', '', '1991-03-12', 'a'],
  ['MW', '', '1995-10-12', 'a'], ['MY', '1988-12-20', '1993-05-11'], ['MV', '1989-12-05', '2000-09-07'],
  ['ML', '', '1995-10-31', 'a'], ['MT', '', '1996-02-28', 'a'], ['MH', '', '2010-11-05', 'a'],
  ['MR', '1988-12-20', '1993-07-01'], ['MU', '1988-12-20', '2001-03-06'], ['MX', '1989-02-16', '1990-04-11'],
  ['FM', '', '2004-07-06', 'a'], ['MC', '1989-02-24', '1991-04-23'], ['MN', '', '2003-06-25', 'a'],
  ['ME', '', '2006-10-23', 'd'], ['MA', '1988-12-28', '1992-10-28'], ['MZ', '', '1998-06-08', 'a'],
  ['MM', '', '1991-06-11', 'a'], ['NA', '', '2009-03-06', 'a'], ['NR', '', '2012-07-12', 'a'],
  ['NP', '', '1991-07-24', 'a'], ['NL', '1989-01-18', '1993-09-08', 'A'], ['NZ', '1989-12-18', '1998-12-16'],
  ['NI', '1988-12-20', '1990-05-04'], ['NE', '', '1992-11-10', 'a'], ['NG', '1989-03-01', '1989-11-01'],
  ['NO', '1988-12-20', '1994-11-14'], ['OM', '', '1991-03-15', 'a'], ['PK', '1989-12-20', '1991-10-25'],
  ['PA', '1988-12-20', '1994-01-13'], ['PY', '1988-12-20', '1990-08-23'], ['PE', '1988-12-20', '1992-01-16'],
  ['PH', '1988-12-20', '1996-06-07'], ['PL', '1989-03-06', '1994-05-26'], ['PT', '1989-12-13', '1991-12-03'],
  ['QA', '', '1990-05-04', 'a'], ['KR', '', '1998-12-28', 'a'], ['MD', '', '1995-02-15', 'a'],
  ['RO', '', '1993-01-21', 'a'], ['RU', '1989-01-19', '1990-12-17'], ['RW', '', '2002-05-13', 'a'],
  ['WS', '', '2005-08-19', 'a'], ['SM', '', '2000-10-10', 'a'], ['ST', '', '1996-06-20', 'a'],
  ['SA', '', '1992-01-09', 'a'], ['SN', '1988-12-20', '1989-11-27'], ['RS', '', '2001-03-12', 'd'],
  ['SC', '', '1992-02-27', 'a'], ['SL', '1989-06-09', '1994-06-06'], ['SG', '', '1997-10-23', 'a'],
  ['SK', '', '1993-05-28', 'd'], ['SI', '', '1992-07-06', 'd'], ['ZA', '', '1998-12-14', 'a'],
  ['ES', '1988-12-20', '1990-08-13'], ['LK', '', '1991-06-06', 'a'], ['KN', '', '1995-04-19', 'a'],
  ['LC', '', '1995-08-21', 'a'], ['VC', '', '1994-05-17', 'a'], ['SD', '1989-01-30', '1993-11-19'],
  ['SR', '1988-12-20', '1992-10-28'], ['SZ', '', '1995-10-03', 'a'], ['SE', '1988-12-20', '1991-07-22'],
  ['CH', '1989-11-16', '2005-09-14'], ['SY', '', '1991-09-03', 'a'], ['TJ', '', '1996-05-06', 'a'],
  ['TH', '', '2002-05-03', 'a'], ['MK', '', '1993-10-13', 'a'], ['TL', '', '2014-06-03', 'a'],
  ['TG', '1989-08-03', '1990-08-01'], ['TO', '', '1996-04-29', 'a'], ['TT', '1989-12-07', '1995-02-17'],
  ['TN', '1989-12-19', '1990-09-20'], ['TR', '1988-12-20', '1996-04-02'], ['TM', '', '1996-02-21', 'a'],
  ['UG', '', '1990-08-20', 'a'], ['UA', '1989-03-16', '1991-08-28'], ['AE', '', '1990-04-12', 'a'],
  ['GB', '1988-12-20', '1991-06-28'], ['TZ', '1988-12-20', '1996-04-17'], ['US', '1988-12-20', '1990-02-20'],
  ['UY', '1989-12-19', '1995-03-10'], ['UZ', '', '1995-08-24', 'a'], ['VU', '', '2006-01-26', 'a'],
  ['VE', '1988-12-20', '1991-07-16'], ['VN', '', '1997-11-04', 'a'], ['YE', '1988-12-20', '1996-03-25'],
  ['ZM', '1989-02-09', '1993-05-28'], ['ZW', '', '1993-07-30', 'a'],
];

const VIENNA_LATER: Record<string, PartyTerms> = {
  // Not in the July 2014 list; among the 186 UN members that were parties in June 2020.
  PW: dateUnknown(
    'joined between July 2014 and June 2020; the deposit was not read.',
    'Party in June 2020: not among the seven UN members then not parties ' +
      '(https://wiki.richxsearch.com/view_html.php?q=United_Nations_Convention_Against_Illicit_Traffic_in_Narcotic_Drugs_and_Psychotropic_Substances)',
  ),
  SS: {
    ...deposit(
      '2023-10-20',
      VIENNA_RULE,
      'Act at UN Headquarters on 20 Oct 2023 in the presence of the Treaty Section (One Citizen Daily, 23 Oct 2023, https://onecitizendaily.com/index.php/2023/10/23/govt-signs-un-conventions-on-transnational-crimes/)',
    ),
    uncertain:
      'The report calls it a signature; the Convention closed for signature in 1989 (art. 26), so it is taken as accession. ' +
      'The national assembly ratified in Aug 2024 (Eye Radio, https://www.eyeradio.org/kiir-signs-conventions-against-terrorism-drugs-trafficking-and-transnational-crimes/).',
  },
};

const VIENNA_TERMS = termsOf(VIENNA_ROWS, VIENNA_RULE, VIENNA_LIST, VIENNA_LATER);

export const OFFENCE_TREATIES: Instrument[] = [
  {
    id: 'UNTOC-ART-18',
    title: 'United Nations Convention against Transnational Organized Crime (Palermo, 2000), art. 18',
    kind: 'mlat',
    parties: partiesOf(UNTOC_TERMS),
    offences: ['organised-crime'],
    data: [...ALL],
    days: UN_MLA_DAYS,
    pairDays: requestsToUS(partiesOf(UNTOC_TERMS)),
    excludes: [],
    source:
      'UNTOC (New York, 15 Nov 2000), art. 18: the widest measure of mutual legal assistance for the offences the ' +
      'Convention covers (art. 3: offences under arts. 5, 6, 8 and 23 and serious crime, i.e. punishable by at least ' +
      'four years, that is transnational and involves an organized criminal group); paras. 9-29 apply where the ' +
      'parties are not bound by a treaty of mutual legal assistance (art. 18(7)); refusal grounds art. 18(21); ' +
      `in force 29 Sep 2003 (art. 38). Status: ${UNTOC_PAGE}. Party dates: ${UNTOC_LIST}; ${UNTOC_RULE.text}`,
    inForce: { from: '2003-09-29' },
    partyTerms: UNTOC_TERMS,
    uncertain:
      'The offence scope is reduced to one category (organised-crime): whether a given offence is "serious crime" ' +
      'involving an organized criminal group is not modelled. Parties that are not jurisdictions here: the European ' +
      'Union (approval 21 May 2004), the Cook Islands (2004), the Holy See (2012) and Niue (2012) per the UNTC list, and ' +
      'the State of Palestine. Iran signed (12 Dec 2000) and is not listed as a party: its accession was approved ' +
      'domestically in May 2025 (Mehr News), the deposit with the UN was not confirmed. Somalia is not listed: its ' +
      'accession was signed in Mogadishu in Nov 2024 (AllAfrica, https://allafrica.com/stories/202411250052.html), the ' +
      'deposit was not read. The UNTC counted 192 parties on 4 May 2024 (187 UN members): besides Bhutan and South ' +
      'Sudan, one of Congo, Palau, Papua New Guinea, the Solomon Islands and Tuvalu had joined after 2017; which was not ' +
      'read, so none is listed. ' +
      'Hong Kong and Macao are not listed: no declaration by China extending the Convention to them was read.',
  },
  {
    id: 'UNCAC-ART-46',
    title: 'United Nations Convention against Corruption (Mérida, 2003), art. 46',
    kind: 'mlat',
    parties: partiesOf(UNCAC_TERMS),
    offences: ['corruption'],
    data: [...ALL],
    days: UN_MLA_DAYS,
    pairDays: requestsToUS(partiesOf(UNCAC_TERMS)),
    excludes: [],
    source:
      'UNCAC (New York, 31 Oct 2003), art. 46: the widest measure of mutual legal assistance for the offences ' +
      'established under the Convention; paras. 9-29 apply where the parties are not bound by a treaty of mutual legal ' +
      'assistance (art. 46(7)); refusal grounds art. 46(21); in force 14 Dec 2005 (art. 68; 30th instrument deposited ' +
      `15 Sep 2005, UN press release L/T/4389). Status: ${UNCAC_PAGE}. Party dates: ${UNCAC_LIST}; ${UNCAC_RULE.text}`,
    inForce: { from: '2005-12-14' },
    partyTerms: UNCAC_TERMS,
    uncertain:
      'Parties that are not jurisdictions here: the European Union (approval 12 Nov 2008), the Cook Islands (2011) and ' +
      'the State of Palestine (2014) per the UNTC list, and the Holy See. States that became parties after July 2014 ' +
      'are listed only where a source read gives the date or says they are parties; HK by China\'s application. The UNTC ' +
      'counted 190 parties on 20 Apr 2024; states that may have joined after July 2014 and are not listed because no ' +
      'source was read: Andorra, Grenada, Monaco, San Marino, Somalia, South Sudan, Suriname, Saint Kitts and Nevis, ' +
      'Saint Vincent and the Grenadines (Syria, a signatory, was not read either). Macao is not listed: no declaration ' +
      'extending the Convention to it was read.',
  },
  {
    id: 'VIENNA-1988-ART-7',
    title: 'United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances (Vienna, 1988), art. 7',
    kind: 'mlat',
    parties: partiesOf(VIENNA_TERMS),
    offences: ['drug-trafficking'],
    data: [...ALL],
    days: UN_MLA_DAYS,
    pairDays: requestsToUS(partiesOf(VIENNA_TERMS)),
    excludes: [],
    source:
      'Convention of 20 Dec 1988, art. 7: the widest measure of mutual legal assistance for the offences established ' +
      'under art. 3(1) (illicit traffic); paras. 8-19 apply where the parties are not bound by a treaty of mutual legal ' +
      'assistance (art. 7(6)); refusal grounds art. 7(15); in force 11 Nov 1990 (art. 29(1)). 191 parties in June 2020: ' +
      'every UN member but Equatorial Guinea, Kiribati, Papua New Guinea, the Solomon Islands, Somalia, South Sudan and ' +
      'Tuvalu (https://wiki.richxsearch.com/view_html.php?q=United_Nations_Convention_Against_Illicit_Traffic_in_Narcotic_Drugs_and_Psychotropic_Substances). ' +
      `Status: ${VIENNA_PAGE}. Party dates: ${VIENNA_LIST}; ${VIENNA_RULE.text}`,
    inForce: { from: '1990-11-11' },
    partyTerms: VIENNA_TERMS,
    uncertain:
      'Parties that are not jurisdictions here: the European Union (formal confirmation 31 Dec 1990), the Cook Islands ' +
      '(2005), the Holy See (2012) and Niue (2012) per the UNTC list, and the State of Palestine. Hong Kong and Macao ' +
      'are not listed: the Convention\'s application to them (extended by the UK and Portugal, continued by China) was ' +
      'not read. Whether any of the seven UN members not parties in June 2020 joined later, other than South Sudan, was ' +
      'not read. Successor states (BA, HR, CZ, ME, RS, SK, SI) are dated from their notification of succession.',
  },
];

// ------------------------------------------------------------------------------ Cybercrime (Hanoi)

const HANOI_PAGE = 'https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml';
const NOT_IN_FORCE = 'NOT IN FORCE: the Convention enters into force on the 90th day after the 40th ratification (art. 65(1)).';
const HANOI_UNTC = `UNTC status, MTDSG XVIII-16 (${HANOI_PAGE}): signature 25 Oct 2025 [S42]`;
const HANOI_REPORT =
  'Signed at the Hanoi ceremony of 25-26 Oct 2025 (newshour.media, 29 Oct 2025, ' +
  'https://newshour.media/2025/10/29/in-hanoi-72-states-ratify-the-un-convention-on-cybercrime); the day was not read';
const HANOI_RATIFIED =
  'Reported among the first three ratifiers by May 2026 (Azerbaijan, Qatar, Viet Nam), citing Wikipedia ' +
  '(https://machineherald-io.pages.dev/article/2026-05/21-un-cybercrime-convention-stalls-at-one-ratification-as-implementation-deadlock-deepens); ' +
  'a single secondary source, the date of deposit was not read';

/** Signatories whose signature date the UNTC page shows (the part of the list that was read: Algeria to Jamaica). */
const HANOI_SIGNED_25_OCT = [
  'DZ', 'AO', 'AU', 'AT', 'AZ', 'BY', 'BE', 'BR', 'BN', 'BF', 'KH', 'CL', 'CN', 'CR', 'CI', 'CU', 'CZ', 'KP', 'CD', 'DJ',
  'DO', 'EC', 'EG', 'FR', 'GH', 'GR', 'GW', 'IR', 'IE', 'JM',
] as const;
/** Signatories named by a report of the ceremony, the day not read. */
const HANOI_SIGNED_REPORTED = ['GB', 'LU', 'PL', 'PT', 'SK', 'SI', 'ES', 'SE', 'VE', 'NI'] as const;

const HANOI_TERMS: Record<string, PartyTerms> = {};
for (const id of HANOI_SIGNED_25_OCT) HANOI_TERMS[id] = { signed: '2025-10-25', source: HANOI_UNTC, uncertain: NOT_IN_FORCE };
for (const id of HANOI_SIGNED_REPORTED) HANOI_TERMS[id] = { source: HANOI_REPORT, uncertain: NOT_IN_FORCE };
Object.assign(HANOI_TERMS, {
  RU: {
    signed: '2025-10-25',
    source: 'Signed on 25 Oct 2025 by the Prosecutor General (https://utahheadline.com/over-70-nations-sign-un-cybercrime-convention-amid-global-security-concerns)',
    uncertain: NOT_IN_FORCE,
  },
  VN: {
    signed: '2025-10-25',
    source: `First to sign, at the opening on 25 Oct 2025 (Quan Doi Nhan Dan, https://en.qdnd.vn/foreign-affairs/multilateral-relations/hanoi-convention-vietnam-s-key-role-in-multilateral-cooperation-584013); ${HANOI_RATIFIED}`,
    uncertain: `${NOT_IN_FORCE} Reported ratified; date not read.`,
  },
  FJ: {
    source: 'Signed in New York after the Hanoi ceremony, the 74th signatory (FBC News, https://www.fbcnews.com.fj/news/fiji-signs-historic-un-cybercrime-convention)',
    uncertain: `${NOT_IN_FORCE} The day of signature was not read.`,
  },
  QA: { source: HANOI_RATIFIED, uncertain: `${NOT_IN_FORCE} Reported ratified; date not read.` },
});
HANOI_TERMS.AZ = { ...HANOI_TERMS.AZ, source: `${HANOI_UNTC}; ${HANOI_RATIFIED}`, uncertain: `${NOT_IN_FORCE} Reported ratified; date not read.` };

/**
 * Signed but not in force on the as-of date: kept out of the built-in world, as a sourced template a
 * what-if scenario can copy. `parties` are the states reported to have ratified.
 */
export const UN_PENDING: Instrument[] = [
  {
    id: 'UN-CYBERCRIME-2024',
    title: 'United Nations Convention against Cybercrime (Hanoi Convention, New York, 24 Dec 2024)',
    kind: 'mlat',
    parties: ['AZ', 'QA', 'VN'],
    data: [...ALL],
    days: UN_MLA_DAYS,
    excludes: [],
    source:
      'UN Convention against Cybercrime; Strengthening International Cooperation for Combating Certain Crimes Committed by ' +
      'Means of ICT Systems and for the Sharing of Evidence in Electronic Form of Serious Crimes, adopted by UNGA res. ' +
      '79/243 of 24 Dec 2024; open for signature in Hanoi 25-26 Oct 2025, then in New York until 31 Dec 2026 (art. 64); ' +
      'mutual legal assistance for the offences it establishes and for electronic evidence of serious crime (punishable ' +
      'by at least four years) [S42][S42d]; 72 signatories on the UNTC page read. Status: ' +
      HANOI_PAGE,
    inForce: { notBefore: '2025-10-25' }, // opened for signature: nothing binds before it
    partyTerms: HANOI_TERMS,
    uncertain:
      `${NOT_IN_FORCE} Parties listed are the three states one secondary source reports as having ratified by May 2026 ` +
      '(Azerbaijan, Qatar, Viet Nam); no deposit date was read. Signatories listed: those on the part of the UNTC list ' +
      'that was read (Algeria to Jamaica, all 25 Oct 2025), plus those a report of the ceremony names, Russia, Viet Nam ' +
      'and Fiji; the other signatories among the 72 (the EU among them, not a jurisdiction here) were not read. Canada ' +
      'reportedly signed in Jul 2026 (unverified, [S69c]) and is not listed. The article numbers of the ' +
      'cooperation chapter were not verified, so none is cited.',
  },
];
