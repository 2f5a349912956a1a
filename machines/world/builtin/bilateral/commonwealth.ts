import type { Instrument, OffenceCategory } from '../../types.ts';
import { ALL, MLAT_GENERIC } from '../durations.ts';
import { bilateralTreaty } from './treaty.ts';

/**
 * Bilateral mutual legal assistance treaties of India, Canada, Australia, New Zealand and the United
 * Kingdom, other than those with the United States (us.ts), China, Hong Kong or Macao (china.ts,
 * hong-kong-macao.ts) and Russia or Central Asia (russia-central-asia.ts). Pure data. `[S#]` refers to
 * docs/sources.md; other sources are named in full.
 *
 * What was read, and what it supports:
 * - India: the Ministry of External Affairs' list of "operational" MLATs with a year for each. The year
 *   is the year the treaty became operational (for the US treaty it is 2005, the year it entered into
 *   force, 3 Oct 2005), not a day, so no `inForce.from` is set and `uncertain` says so.
 * - Canada: treaty texts in the Canada Treaty Series (CTS), as published by CommonLII or Global Affairs
 *   Canada. A CTS number means Canada records the treaty as in force; CommonLII dates its entries, but
 *   the page does not say whether that date is the signature or the entry into force, so it is quoted
 *   in `source` and not used as `inForce.from`.
 * - Australia and New Zealand: the regulations that apply their mutual assistance Acts to a treaty
 *   partner (the treaty is scheduled to them). A regulation's commencement is quoted, not taken as the
 *   treaty's entry into force.
 * - United Kingdom: the Government's own list of its bilateral MLA treaties (Hansard written answer,
 *   7 Feb 2007), without dates or scope; the UK also gives assistance without a treaty under the
 *   Crime (International Co-operation) Act 2003. Its treaties with EU members on that list (IE, ES,
 *   IT, NL, SE, RO) are left out: the 1959 Convention and, since 2021, the EU-UK Trade and
 *   Cooperation Agreement govern those relations, and their scope was not read. The one with
 *   Australia on the list is left out too: the text read (1997) covers the proceeds of crime only.
 * No published duration figures were found for any of these relations: all use MLAT_GENERIC.
 */

const INDIA_MEA =
  'Ministry of External Affairs of India, "List of countries with operational Mutual Legal Assistance Treaties in ' +
  'Criminal Matters" (http://www.mea.gov.in/mlatcriminal.htm; same list at ' +
  'https://www.indianembassyqatar.gov.in/mutual_legal_assistance_in_criminal_matters); the Ministry of Home Affairs is ' +
  "India's central authority";

function mlat(
  id: string,
  parties: [string, string],
  title: string,
  source: string,
  uncertain: string,
  offences?: OffenceCategory[],
  notBefore?: string,
): Instrument {
  // notBefore: the earliest day the entry can have applied (signature, or the first day of a year the source names).
  return bilateralTreaty({ id, title, parties, source, inForce: notBefore ? { notBefore } : {}, uncertain, offences });
}

const UK_2007 =
  'The UK Government\'s list of its bilateral MLA treaties, written answer of 7 Feb 2007 (Hansard, HC, "Criminal ' +
  'Convictions Information", https://hansard.parliament.uk/Commons/2007-02-07/debates/0702081000017/CriminalConvictionsInformation)';

/** A UK bilateral treaty known only from the 2007 list: neither its date nor its scope was read. */
function uk(other: string, name: string): Instrument {
  return mlat(
    `GB-${other}-MLAT`,
    ['GB', other],
    `United Kingdom-${name} mutual legal assistance treaty`,
    `${UK_2007}: ${name}`,
    'Date unknown: the 2007 list names the treaty without dates. Its scope was not read either: several UK bilateral ' +
      'agreements of 1988-1997 cover drug trafficking and the proceeds of crime only, which would make this entry too wide. ' +
      'No date at all: not even a year is known, so the entry applies on any date.',
  );
}

/** An Indian MLAT from the MEA list: only the year it became operational is known. */
function india(other: string, name: string, year: number): Instrument {
  return mlat(
    `IN-${other}-MLAT`,
    ['IN', other],
    `India-${name} Treaty on Mutual Legal Assistance in Criminal Matters`,
    `${INDIA_MEA}: ${name}, operational since ${year}`,
    `Date unknown: the MEA list gives only the year (${year}) the treaty became operational; the day it entered into ` +
      'force and the signature date were not read. It applies from 1 January of that year.',
    undefined,
    `${year}-01-01`,
  );
}

/** A Canadian treaty published in the Canada Treaty Series. */
/** `day` is `dated` as an ISO day: either reading of it (signature or entry into force) is on or before the entry into force. */
function canada(id: string, other: string, title: string, cts: string, url: string, dated: string, day?: string, offences?: OffenceCategory[]): Instrument {
  return mlat(
    id,
    ['CA', other],
    title,
    `${title}, ${cts} (text: ${url}; the entry there is dated ${dated})`,
    `Date unknown: CommonLII/Global Affairs dates the ${cts} entry ${dated} without saying whether that is the ` +
      'signature or the entry into force; a CTS number means Canada records the treaty as in force.' +
      (day ? ' Either way it applies from that day.' : ' No date at all: not even a year is known, so the entry applies on any date.'),
    offences,
    day,
  );
}

export const COMMONWEALTH_BILATERAL: Instrument[] = [
  // ================================================================ India (MEA list of operational MLATs)
  india('CH', 'Switzerland', 1989),
  india('TR', 'Türkiye', 1993),
  india('GB', 'United Kingdom', 1995),
  india('CA', 'Canada', 1998),
  india('AE', 'United Arab Emirates', 2000),
  india('UA', 'Ukraine', 2003),
  india('MN', 'Mongolia', 2004),
  india('TH', 'Thailand', 2004),
  india('BH', 'Bahrain', 2005),
  india('FR', 'France', 2005),
  india('KR', 'Republic of Korea', 2005),
  india('SG', 'Singapore', 2005),
  india('ZA', 'South Africa', 2005),
  india('BY', 'Belarus', 2006),
  india('MU', 'Mauritius', 2006),
  india('KW', 'Kuwait', 2007),
  india('ES', 'Spain', 2007),
  india('BG', 'Bulgaria', 2008),
  india('VN', 'Viet Nam', 2008),
  india('MX', 'Mexico', 2009),
  india('EG', 'Egypt', 2009),
  india('BA', 'Bosnia and Herzegovina', 2010),
  india('IR', 'Iran', 2010),
  india('MM', 'Myanmar', 2010),
  india('LK', 'Sri Lanka', 2010),
  india('AU', 'Australia', 2011),
  india('BD', 'Bangladesh', 2011),

  // ================================================================ Canada (Canada Treaty Series)
  canada(
    'CA-BS-MLAT',
    'BS',
    'Treaty between Canada and the Commonwealth of The Bahamas on Mutual Legal Assistance in Criminal Matters',
    'CTS 1990 No. 3',
    'http://www.commonlii.org/ca/other/treaties/CATSer/1990/12.html',
    '10 Jul 1990',
    '1990-07-10',
  ),
  canada(
    'CA-AU-MLAT',
    'AU',
    'Treaty between Canada and Australia on Mutual Assistance in Criminal Matters',
    'CTS 1990 No. 2',
    'http://commonlii.org/ca/other/treaties/CATSer/1990/5.html',
    'an undated page',
  ),
  canada(
    'CA-GB-MLAT-DRUGS',
    'GB',
    'Treaty between Canada and the United Kingdom on Mutual Assistance in Criminal Matters (Drug Trafficking)',
    'CTS 1990 No. 16',
    'http://commonlii.org/ca/other/treaties/CATSer/1990/17.html',
    'an undated page',
    undefined,
    ['drug-trafficking'],
  ),
  canada(
    'CA-MX-MLAT',
    'MX',
    'Treaty between Canada and the United Mexican States on Mutual Legal Assistance in Criminal Matters',
    'CTS 1990 No. 34',
    'https://coralberryevents.com/mutual-legal-assistance-treaty-canada-3306 (copy of the CTS text, E101629)',
    'an undated page',
  ),
  canada(
    'CA-FR-MLAT',
    'FR',
    'Treaty between Canada and France on Mutual Assistance in Penal Matters',
    'CTS 1991 No. 34',
    'http://www.commonlii.org/ca/other/treaties/CATSer/1991/13.html, Global Affairs Canada record E101637',
    '1 May 1991',
    '1991-05-01',
  ),
  canada(
    'CA-NL-MLAT',
    'NL',
    'Treaty between Canada and the Kingdom of the Netherlands on Mutual Assistance in Criminal Matters',
    'CTS 1992 No. 9',
    'http://www.commonlii.org/ca/other/treaties/CATSer/1992/12.html',
    '1 May 1992',
    '1992-05-01',
  ),
  canada(
    'CA-TH-MLAT',
    'TH',
    'Treaty between Canada and the Kingdom of Thailand on Mutual Assistance in Criminal Matters',
    'CTS 1994 No. 20',
    'http://www.commonlii.org/ca/other/treaties/CATSer/1994/16.html',
    '3 Oct 1994',
    '1994-10-03',
  ),
  canada(
    'CA-KR-MLAT',
    'KR',
    'Treaty between Canada and the Republic of Korea on Mutual Assistance in Criminal Matters',
    'CTS 1995 No. 3',
    'https://www.treaty-accord.gc.ca/text-texte.aspx?id=101642',
    'an undated page',
  ),
  canada(
    'CA-IL-MLAT',
    'IL',
    'Treaty between Canada and the State of Israel on Mutual Assistance in Criminal Matters',
    'CTS 2000 No. 6',
    'http://www.commonlii.org/ca/other/treaties/CATSer/2000/5.html',
    '16 Mar 2000',
    '2000-03-16',
  ),
  canada(
    'CA-ZA-MLAT',
    'ZA',
    'Treaty between Canada and the Republic of South Africa on Mutual Legal Assistance in Criminal Matters',
    'CTS 2001 No. 19',
    'http://commonlii.org/ca/other/treaties/CATSer/2001/14.html',
    'an undated page',
  ),

  // ================================================================ United Kingdom (2007 list; EU members, Hong Kong, the US, Canada, India, Australia and Trinidad and Tobago are elsewhere)
  uk('UA', 'Ukraine'),
  uk('NG', 'Nigeria'),
  uk('BH', 'Bahrain'),
  uk('EC', 'Ecuador'),
  uk('MY', 'Malaysia'),
  uk('PA', 'Panama'),
  uk('BO', 'Bolivia'),
  uk('SA', 'Saudi Arabia'),
  uk('TH', 'Thailand'),
  uk('AG', 'Antigua and Barbuda'),
  uk('AR', 'Argentina'),
  uk('BS', 'Bahamas'),
  uk('BB', 'Barbados'),
  uk('CO', 'Colombia'),
  uk('GD', 'Grenada'),
  uk('GY', 'Guyana'),
  uk('PY', 'Paraguay'),
  uk('UY', 'Uruguay'),
  uk('CL', 'Chile'),
  uk('MX', 'Mexico'),
  {
    id: 'GB-PH-MLAT',
    title: 'Treaty on Mutual Legal Assistance in Criminal Matters between the United Kingdom and the Republic of the Philippines',
    kind: 'mlat',
    parties: ['GB', 'PH'],
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'Treaty signed at London 18 Sep 2009, in force 1 Jun 2012 (UK Treaty Series No. 33 (2012), Cm 8398; text as copied ' +
      'at https://studylib.net/doc/18730958/treaty-on-mutual-legal-assistance-in-criminal-matters)',
    inForce: { from: '2012-06-01' },
  },

  // ================================================================ Trinidad and Tobago's orders under its Mutual Assistance in Criminal Matters Act
  mlat(
    'CA-TT-MLAT',
    ['CA', 'TT'],
    'Agreement between Canada and Trinidad and Tobago on mutual assistance in criminal matters',
    'Applied in Trinidad and Tobago by the Mutual Assistance (Agreement between Trinidad and Tobago and Canada) Order, LN ' +
      '41/2003, under the Mutual Assistance in Criminal Matters Act, Chap. 11:24 (index of subsidiary legislation, ' +
      'https://www.global-regulation.com/law/trinidad-and-tobago/2939855/mutual-assistance-in-criminal-matters.html)',
    'Date unknown: the order dates from 2003; the agreement\'s title, signature and entry into force were not read. The ' +
      'order may postdate the entry into force, so it is no bound: not even a year is known, so the entry applies on any date.',
  ),
  mlat(
    'GB-TT-MLAT',
    ['GB', 'TT'],
    'Agreement between the United Kingdom and Trinidad and Tobago on mutual assistance in criminal matters',
    'Applied in Trinidad and Tobago by the Mutual Assistance (Agreement between Trinidad and Tobago and the United Kingdom) ' +
      'Order, LN 53/2003, under the Mutual Assistance in Criminal Matters Act, Chap. 11:24 (index of subsidiary legislation, ' +
      'https://www.global-regulation.com/law/trinidad-and-tobago/2939855/mutual-assistance-in-criminal-matters.html)',
    'Date unknown: the order dates from 2003; the agreement\'s title, signature and entry into force were not read. The ' +
      'order may postdate the entry into force, so it is no bound: not even a year is known, so the entry applies on any date.',
  ),

  // ================================================================ Australia (regulations under the Mutual Assistance in Criminal Matters Act 1987)
  mlat(
    'AU-KR-MLAT',
    ['AU', 'KR'],
    'Treaty between Australia and the Republic of Korea on Mutual Assistance in Criminal Matters',
    'Treaty done at Canberra 25 Aug 1992, scheduled to the Mutual Assistance in Criminal Matters (Republic of Korea) ' +
      'Regulations (Statutory Rules 1993 No. 305), which apply the 1987 Act to Korea subject to the treaty and commence ' +
      '19 Dec 1993 (https://www.legislation.gov.au/F1996B01839/asmade/1993-11-17/text/original/epub/OEBPS/document_1/document_1.html)',
    'Date unknown: the regulations commence 19 Dec 1993; the treaty\'s own entry into force was not read.',
    undefined,
    '1992-08-25',
  ),
  mlat(
    'AU-MX-MLAT',
    ['AU', 'MX'],
    'Treaty between Australia and the United Mexican States on Mutual Legal Assistance in Criminal Matters',
    'Treaty scheduled to the Mutual Assistance in Criminal Matters (United Mexican States) Regulations, Statutory Rules ' +
      '1992 No. 167 (http://beta.worldlii.org/au/legis/cth/num_reg/maicmmsr1992n167727/sch1.html)',
    'Date unknown: neither the signature nor the entry-into-force date was read; the regulations date from 1992, which ' +
      'bounds the signature from above only: not even a year is known, so the entry applies on any date.',
  ),
  mlat(
    'AU-MY-MLAT',
    ['AU', 'MY'],
    'Treaty between Australia and Malaysia on Mutual Assistance in Criminal Matters',
    'Treaty done at Putrajaya 15 Nov 2005 with an exchange of notes of 7 Dec 2005 (JSCOT Report, Sep 2006); the Mutual ' +
      'Assistance in Criminal Matters (Malaysia) Regulations 2006 (Select Legislative Instrument 2006 No. 292) commence on ' +
      'the day the treaty enters into force ' +
      '(https://www.global-regulation.com/law/australia/254787/mutual-assistance-in-criminal-matters-%2528malaysia%2529-regulations-2006.html)',
    'Date unknown: the regulations take effect on the treaty\'s entry into force, whose date was not read.',
    undefined,
    '2005-11-15',
  ),
  mlat(
    'AU-IL-MLAT',
    ['AU', 'IL'],
    'Treaty between Australia and the State of Israel on Mutual Assistance in Criminal Matters',
    'Treaty signed 24 Aug 1994; Israel notified Australia under art. 22 on 9 Jul 1995; given effect by the Mutual ' +
      'Assistance in Criminal Matters (State of Israel) Regulations, Statutory Rules 1995 No. 252 (explanatory statement, ' +
      'http://www4.austlii.edu.au/au/legis/cth/num_reg_es/maicmoir1995n252657.html)',
    'Date unknown: the entry into force follows Israel\'s notification of 9 Jul 1995 under art. 22, whose exact rule was ' +
      'not read; it applies from that notification.',
    undefined,
    '1995-07-09',
  ),
  {
    id: 'AU-CH-MLAT',
    title: 'Treaty between Australia and Switzerland on Mutual Assistance in Criminal Matters',
    kind: 'mlat',
    parties: ['AU', 'CH'],
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'Concluded 25 Nov 1991; approved by the Swiss Federal Assembly 2 Mar 1993; in force by exchange of notes 31 Jul 1994 ' +
      '(Swiss Classified Compilation SR 0.351.915.8, AS 1994 850, as reproduced at https://lexaris.de/book/version/documentflat/head/235063)',
    inForce: { from: '1994-07-31' },
  },
  {
    id: 'CA-CH-MLAT',
    title: 'Treaty between Canada and Switzerland on Mutual Assistance in Criminal Matters',
    kind: 'mlat',
    parties: ['CA', 'CH'],
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'Concluded at Bern 7 Oct 1993; approved by the Swiss Federal Assembly 12 Jun 1995; ratifications exchanged and in force ' +
      '17 Nov 1995 (Swiss Classified Compilation SR 0.351.923.2, AS 1996 318, as reproduced at ' +
      'https://lexaris.io/book/version/documentflat/head/5019078; Swiss federal press release of 22 Nov 1995, ' +
      'http://www.admin.ch/cp/d/1995Nov22.184858.4758@idz.bfi.admin.ch.html)',
    inForce: { from: '1995-11-17' },
  },
  {
    id: 'AU-ID-MLAT',
    title: 'Treaty between Australia and the Republic of Indonesia on Mutual Assistance in Criminal Matters',
    kind: 'mlat',
    parties: ['AU', 'ID'],
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'Done at Jakarta 27 Oct 1995; entry into force 17 Jul 1999 ([1999] ATS 10, as reproduced at ' +
      'http://diaspora.legal/index.php/en/practising-law/international-law-practice/australia-indonesia-agreements1/treaty-between-australia-and-republic-indonesia-mutual-assistance-criminal-matters/); ' +
      'applied by the Mutual Assistance in Criminal Matters (Republic of Indonesia) Regulations 1999, SR 1999 No. 50 ' +
      '(https://www.legislation.gov.au/Details/F1999B00047/Explanatory%20Statement/Text)',
    inForce: { from: '1999-07-17' },
    uncertain:
      'Scope: art. 1 covers the offences listed in the annex and, at the requested state\'s discretion, others punishable ' +
      'in both states; the model does not narrow it to the annex.',
  },
  mlat(
    'AU-SE-MLAT',
    ['AU', 'SE'],
    'Treaty between Australia and Sweden on Mutual Assistance in Criminal Matters',
    'Treaty signed at Stockholm 18 Dec 1998 (reviewed by JSCOT, Report 21, 1999); the Mutual Assistance in Criminal ' +
      'Matters (Sweden) Regulations 2001 were postponed from 1 Nov 2001 because the treaty\'s entry into force (art. 22) ' +
      'was postponed (explanatory statement to Statutory Rules 2001 No. 304, ' +
      'http://www5.austlii.edu.au/au/legis/cth/num_reg_es/maicmar200112001n304691.html)',
    'Date unknown: entry into force was postponed beyond 1 Nov 2001 and the later date was not read; it applies from ' +
      '1 Nov 2001.',
    undefined,
    '2001-11-01',
  ),

  // ================================================================ New Zealand (regulations under the Mutual Assistance in Criminal Matters Act 1992)
  mlat(
    'NZ-KR-MLAT',
    ['NZ', 'KR'],
    'Treaty between New Zealand and the Republic of Korea on Mutual Legal Assistance in Criminal Matters',
    'Treaty done at Wellington 15 Sep 1999; Part 3 of the 1992 Act applies to Korea under the Mutual Assistance in ' +
      'Criminal Matters (Prescribed Foreign Country) (Republic of Korea) Regulations 2000 (SR 2000/15), in force 30 Mar ' +
      '2000 (http://www.legislation.govt.nz/regulation/public/2000/0015/latest/whole.html)',
    'Date unknown: the regulations are in force from 30 Mar 2000; the treaty\'s own entry into force was not read.',
    undefined,
    '1999-09-15',
  ),
];

