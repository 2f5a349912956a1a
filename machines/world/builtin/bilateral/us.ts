import type { Instrument, IsoDate } from '../../types.ts';
import { ALL, CLOUD_AGREEMENT_DAYS, MLAT_GENERIC, requestsToUS, UK_OVERSEAS_PRODUCTION_ORDER_DAYS } from '../durations.ts';
import { bilateralTreaty } from './treaty.ts';

/**
 * The United States' bilateral network: CLOUD Act data-access agreements and mutual legal
 * assistance treaties (including the instruments under the 2003 US-EU Agreement). Pure data.
 * `[S#]` refers to docs/sources.md.
 *
 * Which MLATs are in force follows the State Department's INCSR 2015 list (the newest official list
 * read); the State Department's Treaties in Force itself was not readable here, so a date of entry
 * into force is given only where a TIAS text, a Senate report or an official statement read states
 * it, and otherwise `uncertain` says the date is unknown. The US-Hong Kong agreement is in
 * hong-kong-macao.ts. Every US MLAT takes the published figure for requests to the US (MLAT_TO_US, as
 * `pairDays` from the partner) and MLAT_GENERIC (basis 'default') for requests the US sends: no figure
 * was found for that direction.
 */

/** US relation with an EU member, supplemented or created by the 2003 US-EU Agreement. */
function usEu(id: string, name: string, bilateral: string, from = '2010-02-01', uncertain?: string): Instrument {
  return bilateralTreaty({
    id: `US-${id}-MLAT`,
    title: `United States-${name} mutual legal assistance (as applied under the US-EU Agreement)`,
    parties: ['US', id],
    pairDays: requestsToUS(['US', id]),
    source:
      `${bilateral}; Agreement on Mutual Legal Assistance between the US and the EU (signed 25 Jun 2003) and the bilateral ` +
      `instrument under its art. 3(2) (Senate Treaty Doc. 109-13; Exec. Rept. 110-13), in force 1 Feb 2010; US State ` +
      `Department INCSR 2015 lists an MLAT in force with ${name}`,
    inForce: { from },
    uncertain:
      uncertain ??
      (from === '2010-02-01'
        ? `inForce.from is the date the US-EU instruments took effect; an earlier bilateral treaty with ${name}, if any, ` +
          'may have been in force before, but its date was not confirmed.'
        : undefined),
  });
}

/** State Department INCSR 2015 (vol. II), which lists the countries with which the US has MLATs in force. */
const INCSR_2015 =
  'US State Department, INCSR 2015 vol. II, "Mutual Legal Assistance Treaties" (https://2009-2017.state.gov/j/inl/rls/nrcrpt/2015/vol2/239045.htm): MLAT in force';

/**
 * A bilateral US mutual legal assistance treaty; `from` only where a source states entry into force, otherwise
 * `{ notBefore }`: the signature (or a later ratification) its source names, the earliest day it can have applied.
 */
function usMlat(id: string, name: string, source: string, when?: IsoDate | { notBefore: IsoDate }, uncertain?: string): Instrument {
  const from = typeof when === 'string' ? when : undefined;
  return bilateralTreaty({
    id: `US-${id}-MLAT`,
    title: `United States-${name} Treaty on Mutual Legal Assistance in Criminal Matters`,
    parties: ['US', id],
    pairDays: requestsToUS(['US', id]),
    source,
    inForce: typeof when === 'object' ? { notBefore: when.notBefore } : from ? { from } : {},
    uncertain:
      uncertain ??
      (from
        ? undefined
        : typeof when === 'object'
          ? 'Date unknown: no source read states the day it entered into force; it applies from the earliest day its source allows.'
          : 'Date unknown: no source read states the day it entered into force, nor when it was signed: not even a year is ' +
            'known, so the entry applies on any date.'),
  });
}

export const US_BILATERAL: Instrument[] = [
  // ================================================================ CLOUD Act agreements
  {
    id: 'US-GB-CLOUD-2019',
    title: 'UK-US Agreement on Access to Electronic Data for the Purpose of Countering Serious Crime',
    kind: 'agreement',
    parties: ['US', 'GB'],
    data: [...ALL],
    days: CLOUD_AGREEMENT_DAYS,
    // UK orders to US providers: the 2019 Act's default time to produce.
    pairDays: [{ from: 'GB', to: 'US', days: UK_OVERSEAS_PRODUCTION_ORDER_DAYS }],
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
    days: MLAT_GENERIC,
    pairDays: requestsToUS(['US', 'GB']),
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
    days: MLAT_GENERIC,
    pairDays: requestsToUS(['US', 'CH']),
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
    days: MLAT_GENERIC,
    pairDays: requestsToUS(['US', 'CA']),
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
    days: MLAT_GENERIC,
    pairDays: requestsToUS(['US', 'AU']),
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
    days: MLAT_GENERIC,
    pairDays: requestsToUS(['US', 'JP']),
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
    days: MLAT_GENERIC,
    pairDays: requestsToUS(['US', 'BR']),
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
    days: MLAT_GENERIC,
    pairDays: requestsToUS(['US', 'IN']),
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
    days: MLAT_GENERIC,
    pairDays: requestsToUS(['US', 'RU']),
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
    days: MLAT_GENERIC,
    pairDays: requestsToUS(['US', 'CN']),
    excludes: [],
    source:
      'Agreement signed at Beijing 19 Jun 2000 (text: US Department of State, via the GRIPS "World and Japan" database), ' +
      'submitted to the NPC Standing Committee in Dec 2000 (Xinhua); described as in force since 2001 by a US Embassy ' +
      'Beijing cable of 2009 and as the 2001 MLAT in academic notes (NYU Law Review 2019, GWU Law Review 2018)',
    inForce: { notBefore: '2001-01-01' },
    uncertain:
      'In force since 2001; the exact day was not found, so it applies from 1 Jan 2001. An executive agreement, not a ' +
      'treaty, on the US side.',
  },


  // ---------------------------------------------------------------- further EU members (US-EU Agreement instruments)
  usEu('BG', 'Bulgaria', 'Instrument under art. 3(2) signed 19 Sep 2007 (Senate Treaty Doc. 110-12)'),
  usEu('CY', 'Cyprus', 'Instrument signed 20 Jan 2006 (Senate Treaty Doc. 109-13)'),
  usEu('LV', 'Latvia', 'Bilateral MLAT and instrument signed 7 Dec 2005 (Senate Treaty Doc. 109-13)'),
  usEu('LT', 'Lithuania', 'Bilateral MLAT and instrument signed 15 Jun 2005 (Senate Treaty Doc. 109-13)'),
  usEu('MT', 'Malta', 'Instrument signed 18 May 2006 (Senate Treaty Doc. 109-13)'),
  usEu('SK', 'Slovakia', 'Instrument under art. 3(2) of the US-EU Agreement listed in Senate Exec. Rept. 110-13'),
  usEu('SI', 'Slovenia', 'Instrument under art. 3(2) of the US-EU Agreement listed in Senate Exec. Rept. 110-13'),

  // ---------------------------------------------------------------- other bilateral MLATs in force (INCSR 2015 list)
  usMlat(
    'AG',
    'Antigua and Barbuda',
    `Treaty signed at St. John's 31 Oct 1996, one of four OECS treaties transmitted together (Senate Treaty Doc. 105-24, ` +
      `3 Sep 1997, https://www.congress.gov/treaty-document/105th-congress/24); ${INCSR_2015}`,
    { notBefore: '1996-10-31' },
  ),
  usMlat(
    'DM',
    'Dominica',
    'Treaty signed at Roseau 10 Oct 1996 (Senate Treaty Doc. 105-24; Exec. Rept. 105-22), Senate advice and consent 21 Oct ' +
      '1998, ratified by Dominica 23 May 2000 (TIAS 00-525.1, State Department text as copied at ' +
      'https://pdfslide.net/documents/law-enforcement-mutual-legal-assistance-stategov-signed-at-roseau-october.html)',
    '2000-05-25',
    'Entry-into-force day read from the TIAS number 00-525.1, two days after Dominica\'s ratification; the copy read breaks ' +
      'off before the exchange of instruments.',
  ),
  usMlat(
    'GD',
    'Grenada',
    `Treaty signed at St. George's 30 May 1996 (Senate Treaty Doc. 105-24, https://www.congress.gov/treaty-document/105th-congress/24); ${INCSR_2015}`,
    { notBefore: '1996-05-30' },
  ),
  usMlat(
    'LC',
    'Saint Lucia',
    'Treaty signed at Castries 18 Apr 1996 (Senate Treaty Doc. 105-24, https://www.congress.gov/treaty-document/105th-congress/24); ' +
      'a Saint Lucian request of 15 Dec 2015 was made under it (US application under 18 USC 3512, S.D. Fla. 2017, ' +
      `https://assets.documentcloud.org/documents/4779321/St-Lucia-MLAT.txt); ${INCSR_2015}`,
    { notBefore: '1996-04-18' },
  ),
  usMlat(
    'KN',
    'Saint Kitts and Nevis',
    'Treaty signed at Basseterre 18 Sep 1997 with an exchange of notes (Senate Treaty Doc. 105-37; Exec. Rept. 105-22), ' +
      'ratifications exchanged at Washington and in force 23 Feb 2000 (TIAS 12884, State Department text as copied at ' +
      'https://vdocuments.net/mutual-legal-assistance.html)',
    '2000-02-23',
  ),
  usMlat(
    'VC',
    'Saint Vincent and the Grenadines',
    'Treaty with protocol signed at Kingstown 8 Jan 1998 (Senate Treaty Doc. 105-44; Exec. Rept. 105-22), ratifications ' +
      'exchanged at Washington and in force 8 Sep 1999 (TIAS 12917, http://www.state.gov/s/l/treaty/tias/107234.htm)',
    '1999-09-08',
  ),
  usMlat(
    'BB',
    'Barbados',
    'Treaty signed at Bridgetown 28 Feb 1996 (Senate Treaty Doc. 105-23; Exec. Rept. 105-22), Senate advice and consent 21 ' +
      'Oct 1998, ratifications exchanged at Washington and in force 3 Mar 2000 (TIAS 00-303.1, State Department text as ' +
      `copied at https://docslib.org/doc/2445327/mutual-legal-assistance); ${INCSR_2015}`,
    '2000-03-03',
  ),
  usMlat(
    'TT',
    'Trinidad and Tobago',
    'Treaty signed at Port of Spain 4 Mar 1996 (Senate Treaty Doc. 105-22, https://www.congress.gov/treaty-document/105th-congress/22); ' +
      'applied in Trinidad and Tobago by the Mutual Assistance (Agreement between Trinidad and Tobago and the United States of ' +
      'America) Order, LN 46/2003, under the Mutual Assistance in Criminal Matters Act, Chap. 11:24 ' +
      `(https://www.global-regulation.com/law/trinidad-and-tobago/2939855/mutual-assistance-in-criminal-matters.html); ${INCSR_2015}`,
    { notBefore: '1996-03-04' },
  ),
  usMlat('BS', 'Bahamas', `${INCSR_2015}; also among the nineteen US MLATs in force in FindLaw's older list`),
  usMlat(
    'BZ',
    'Belize',
    'Treaty signed at Belize 19 Sep 2000 with an exchange of notes of 18 and 22 Sep 2000 (Senate Treaty Doc. 107-13; Exec. ' +
      'Rept. 107-15, http://purl.access.gpo.gov/GPO/LPS25742); ratified by Belize 8 Jan 2001 and given effect by the Mutual ' +
      'Legal Assistance in Criminal Matters (Belize/USA) Act, Cap. 103.01 (Attorney General\'s Ministry of Belize, ' +
      `https://agm.gov.bz/legalAffairsUnit); ${INCSR_2015}`,
    { notBefore: '2001-01-08' },
  ),
  usMlat('JM', 'Jamaica', `${INCSR_2015}; also in FindLaw's older list of nineteen`),
  usMlat('MX', 'Mexico', `Treaty on cooperation for mutual legal assistance; ${INCSR_2015}; also in FindLaw's older list of nineteen`),
  usMlat(
    'PA',
    'Panama',
    'Treaty on Mutual Assistance in Criminal Matters signed at Panama 11 Apr 1991, transmitted to the Senate 24 Oct 1991 ' +
      '(Senate Exec. Rept. 104-3, https://www.govinfo.gov/content/pkg/CRPT-104erpt3/html/CRPT-104erpt3.htm); ' +
      `${INCSR_2015}; also in FindLaw's older list of nineteen`,
    { notBefore: '1991-04-11' },
  ),
  usMlat('AR', 'Argentina', `${INCSR_2015}; also in FindLaw's older list of nineteen`),
  usMlat('UY', 'Uruguay', `${INCSR_2015}; also in FindLaw's older list of nineteen`),
  usMlat(
    'VE',
    'Venezuela',
    'Treaty signed at Caracas 12 Oct 1997 (Senate Treaty Doc. 105-38; Exec. Rept. 105-22), Senate advice and consent 21 Oct ' +
      '1998, in force 1 Mar 2004 (TIAS 12941, http://www.state.gov/s/l/treaty/tias/111531.htm); ' + INCSR_2015,
    '2004-03-01',
  ),
  usMlat(
    'LI',
    'Liechtenstein',
    'Treaty signed at Vaduz 8 Jul 2002 with an exchange of notes (Senate Treaty Doc. 107-16; Exec. Rept. 107-15, ' +
      `http://purl.access.gpo.gov/GPO/LPS25742); ${INCSR_2015}`,
    { notBefore: '2002-07-08' },
  ),
  usMlat('MA', 'Morocco', `${INCSR_2015}; also in FindLaw's older list of nineteen`),
  usMlat(
    'EG',
    'Egypt',
    'Treaty signed at Cairo 3 May 1998; approved by Egyptian Presidential Decree 465 of 9 Dec 2000, approved by the ' +
      "People's Assembly 16 Jan 2001, published in the Official Gazette No. 8 of 26 Feb 2002 " +
      `(https://smartdigitallawfirm.com/LegalLibraryDetails.aspx?Id=12); ${INCSR_2015}`,
    { notBefore: '2001-01-16' },
  ),
  usMlat(
    'IL',
    'Israel',
    'Treaty signed 26 Jan 1998 with an exchange of notes (at Tel Aviv per the transmittal, at Jerusalem per the TIAS text; ' +
      'Senate Treaty Doc. 105-40; Exec. Rept. 105-22), Senate advice and consent 21 Oct 1998, ratifications exchanged at ' +
      'Washington and in force 25 May 1999 (TIAS 12925, http://www.state.gov/s/l/treaty/tias/107497.htm)',
    '1999-05-25',
  ),
  usMlat(
    'ZA',
    'South Africa',
    'Treaty signed at Washington 16 Sep 1999 (Senate Treaty Doc. 106-36; Exec. Rept. 106-24), Senate advice and consent 18 ' +
      'Oct 2000, ratifications exchanged at Pretoria and in force 25 Jun 2001 (TIAS 13061, ' +
      'http://www.state.gov/s/l/treaty/tias/1999/124256.htm)',
    '2001-06-25',
  ),
  usMlat(
    'NG',
    'Nigeria',
    'Treaty signed 13 Sep 1989, cited as T.I.A.S. No. 03-114.1 by the Second Circuit (In re Federal Republic of Nigeria, ' +
      '2022, https://law.com/newyorklawjournal/almID/1644415559NY203909cv); in effect since 2003 according to the Nigerian ' +
      'presidency (The Nation, https://thenationonlineng.net/u-s-to-help-nigeria-recover-ill-gotten-wealth/); ' +
      INCSR_2015,
    '2003-01-14',
    'Entry-into-force day read from the TIAS number 03-114.1 (the same reading as US-AU-MLAT); consistent with the year ' +
      '2003 given by the Nigerian presidency, but no source read states the day.',
  ),
  usMlat(
    'MY',
    'Malaysia',
    'Treaty signed at Kuala Lumpur 28 Jul 2006 (Senate Treaty Doc. 109-22; Exec. Rept. 110-14); instruments of ratification ' +
      'exchanged at the State Department on 21 Jan 2009, the day it entered into force (Bernama, 24 Jan 2009, ' +
      'https://oananews.org/node/42490); TIAS 09-121',
    '2009-01-21',
    'Bernama reports the exchange on "Wednesday", the first full day of the new administration, i.e. 21 Jan 2009; the ' +
      'TIAS number 09-121 agrees.',
  ),
  usMlat(
    'KR',
    'Republic of Korea',
    'Treaty signed at Washington 23 Nov 1993 with an exchange of notes (Senate Treaty Doc. 104-1; Exec. Rept. 104-22, ' +
      'https://www.govinfo.gov/content/pkg/CRPT-104erpt22/html/CRPT-104erpt22.htm); instruments of ratification exchanged ' +
      'at the State Department in Washington on 23 May 1997, the day it entered into force (Ministry of Foreign Affairs ' +
      'announcement of 20 May 1997, as reported by Seoul Economic Daily, https://m.sedaily.com/NewsView/1HPBEOKCWB, and ' +
      `JoongAng Ilbo, https://www.joongang.co.kr/article/3457350); ${INCSR_2015}`,
    '1997-05-23',
  ),
  usMlat(
    'PH',
    'Philippines',
    'Treaty signed at Manila 13 Nov 1994 (Senate Treaty Doc. 104-18; Exec. Rept. 104-26, ' +
      `https://www.govinfo.gov/content/pkg/CRPT-104erpt26/html/CRPT-104erpt26.htm); ${INCSR_2015}`,
    { notBefore: '1994-11-13' },
  ),
  usMlat('TH', 'Thailand', `${INCSR_2015}; also in FindLaw's older list of nineteen`),
  {
    ...usMlat(
      'TR',
      'Turkey',
      'Treaty on Extradition and Mutual Assistance in Criminal Matters, in force 1 Jan 1981 (32 UST 3111; TIAS 9891) ' +
        `(FindLaw list of US MLATs, https://corporate.findlaw.com/law-library/mutual-legal-assistance-in-criminal-matters-treaties.html); ${INCSR_2015}`,
      '1981-01-01',
    ),
    title: 'United States-Türkiye Treaty on Extradition and Mutual Assistance in Criminal Matters',
  },
  usMlat(
    'UA',
    'Ukraine',
    'Treaty signed at Kiev 22 Jul 1998 with annex (Senate Treaty Doc. 106-16; Exec. Rept. 106-24), applied provisionally ' +
      'under an exchange of notes of 30 Sep 1999; Senate advice and consent 18 Oct 2000, ratifications exchanged and in ' +
      'force 27 Feb 2001 (TIAS 12978, http://www.state.gov/s/l/treaty/tias/120019.htm)',
    '2001-02-27',
    'Applied provisionally from the exchange of notes of 30 Sep 1999, before its entry into force; that earlier period is ' +
      'not modelled.',
  ),
  usMlat(
    'DZ',
    'Algeria',
    'Treaty on Mutual Legal Assistance in Criminal Matters; the US Embassy\'s remarks at the exchange of instruments of ' +
      'ratification say it entered into force with that exchange, the first bilateral MLA treaty between the two ' +
      '(https://dz.usembassy.gov/united-states-algeria-exchange-instruments-ratification-u-s-algeria-criminal-legal-assistance-treaty/)',
    undefined,
    'Date unknown: the embassy page read gives no date for the exchange of instruments; not in the INCSR 2015 list, so ' +
      'probably later, but that is no bound: not even a year is known, so the entry applies on any date.',
  ),
];

/** The EU's member states, for the EU-US agreement under negotiation (the EU itself is no jurisdiction). */
const EU_MEMBERS = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
];
const EU_US_TALKS =
  'NOT IN FORCE: negotiating. Date unknown: no agreement has been signed; the Council gave the Commission its mandate on ' +
  '6 Jun 2019, talks opened 25 Sep 2019, paused, and resumed in Mar 2023 [S62b][S12b][S12].';

/**
 * Not in force on the as-of date: signed treaties with no source for their entry into force, and
 * data-access agreements under negotiation. Outside BUILTIN_WORLD; sourced templates for what-if runs.
 */
export const US_PENDING: Instrument[] = [
  {
    id: 'US-EU-EEVIDENCE',
    title: 'EU-US agreement on cross-border access to electronic evidence (under negotiation)',
    kind: 'agreement',
    parties: ['US', ...EU_MEMBERS],
    data: [...ALL],
    days: CLOUD_AGREEMENT_DAYS,
    excludes: [],
    source:
      'Council decision authorising the Commission to negotiate an EU-US agreement on cross-border access to electronic ' +
      'evidence, 6 Jun 2019 [S62b]; formal negotiations opened 25 Sep 2019 (eucrim) [S12b]; resumed Mar 2023 [S12]. ' +
      'Reported points of difference: data categories, offence scope, judicial involvement [S12b].',
    // Talks opened on this day: no agreement can have applied before it.
    inForce: { notBefore: '2019-09-25' },
    partyTerms: Object.fromEntries(
      ['US', ...EU_MEMBERS].map((id) => [id, { uncertain: EU_US_TALKS, source: 'EU-US negotiations [S62b][S12b][S12]' }]),
    ),
    uncertain:
      `${EU_US_TALKS} The parties would be the US and the EU; the EU is not a jurisdiction here, so its 27 members stand ` +
      'in. A what-if copy of this entry would also link the member states to each other, which the agreement would not do; ' +
      'whether Denmark (outside EU justice and home affairs law) would be bound is not settled in any source read.',
  },
  {
    id: 'US-CA-CLOUD',
    title: 'Canada-US agreement on access to electronic data for countering serious crime (under negotiation)',
    kind: 'agreement',
    parties: ['US', 'CA'],
    data: [...ALL],
    days: CLOUD_AGREEMENT_DAYS,
    excludes: ['party-nationals', 'party-residents'],
    source:
      'The US and Canada entered formal negotiations for an agreement under 18 USC 2523, announced by the Department of ' +
      'Justice in Mar 2022 at the Cross-Border Crime Forum (https://www.justice.gov/opa/pr/united-states-and-canada-welcome-negotiations-cloud-act-agreement; ' +
      'Canadian Press, 23 Mar 2022) [S11]',
    // Negotiations began in Mar 2022: no agreement can have applied before.
    inForce: { notBefore: '2022-03-01' },
    uncertain:
      'NOT IN FORCE: negotiating since Mar 2022 (announced in the week of 21 Mar 2022); date unknown: no signed agreement was found [S11][S69c]. ' +
      'Exclusions modelled as in the other CLOUD Act agreements (2523(b) bars targeting US persons); the text does not exist yet.',
  },
  {
    ...usMlat(
      'JO',
      'Jordan',
      'Treaty signed at Washington 1 Oct 2013, transmitted to the Senate 8 Dec 2015 (Senate Treaty Doc. 114-4, ' +
        'https://www.congress.gov/treaty-document/114th-congress/4)',
    { notBefore: '2013-10-01' },
    ),
    uncertain:
      'NOT IN FORCE (as far as found): signed 1 Oct 2013; date of entry into force unknown: no source read records Senate advice and consent or an exchange ' +
      'of instruments. Move it to US_BILATERAL if a source shows it entered into force.',
  },
  {
    ...usMlat(
      'KZ',
      'Kazakhstan',
      'Treaty signed at Washington 20 Feb 2015, transmitted to the Senate 17 Mar 2016 (Senate Treaty Doc. 114-11, ' +
        'https://www.congress.gov/treaty-document/114th-congress/11)',
    { notBefore: '2015-02-20' },
    ),
    uncertain:
      'NOT IN FORCE (as far as found): signed 20 Feb 2015; date of entry into force unknown: no source read records Senate advice and consent or an exchange ' +
      'of instruments. Move it to US_BILATERAL if a source shows it entered into force.',
  },
];
