import type { InForce, Instrument } from '../../types.ts';
import { requestsToUS } from '../durations.ts';
import { bilateralTreaty } from './treaty.ts';

/**
 * Hong Kong's and Macao's own agreements on mutual legal assistance in criminal matters. Pure data.
 *
 * Why mainland China's treaties (./china.ts) do not carry requests to or from HK and MO: each
 * region makes its own arrangements with foreign states for reciprocal juridical assistance, with
 * the assistance or authorisation of the Central People's Government (HK Basic Law art. 96,
 * https://en.wikisource.org/wiki/Page:Basic_Law_of_Hong_Kong.djvu/41; Macao Basic Law art. 94, as
 * cited by the Macao Government when signing its agreements, https://cdn.gcs.gov.mo/detail/zh-hans/N19EPoUgoT),
 * and runs its own criminal justice system. Hong Kong gives effect to each agreement by an order
 * under s. 4 of the Mutual Legal Assistance in Criminal Matters Ordinance (Cap. 525), approved by
 * the Legislative Council (LegCo paper LS 56/98-99, http://www.legco.gov.hk/yr98-99/english/hc/papers/hc301056.htm);
 * Macao regulates its cooperation with states outside the PRC by Law 6/2006 (Lei da cooperação
 * judiciária em matéria penal, art. 1, http://docplayer.com.br/8085765-Regiao-administrativa-especial.html).
 * The Department of Justice's own table of agreements with dates could not be read; each entry
 * names what was read instead. Where only the Cap. 525 order's commencement was found, that is the
 * day the agreement became operative in Hong Kong law and is used as `from` (the entry says so).
 *
 * Suspensions: in July-November 2020, on the Central People's Government's instruction, Hong Kong
 * suspended its MLA agreements with Australia, Canada, the United Kingdom (28 Jul 2020), New Zealand
 * (3 Aug 2020), and the Netherlands and Ireland (Nov 2020). A suspended agreement carries no
 * requests, so its `inForce.to` is the day before the suspension.
 */

/**
 * An MLA agreement of Hong Kong or Macao with a state; `from` only where a source gives the day, otherwise
 * `notBefore`: the signature or a step the entry into force must follow (the Cap. 525 order put to LegCo, which
 * is Hong Kong's requirement before the notes are exchanged; the partner's approval), or the first day of the
 * month or year a source names.
 */
function sar(
  region: 'HK' | 'MO',
  partner: string,
  id: string,
  title: string,
  source: string,
  inForce: InForce,
  uncertain?: string,
): Instrument {
  // Requests to the US carry the published figure for that direction (durations.ts).
  const pairDays = partner === 'US' ? requestsToUS([region, partner]) : undefined;
  return bilateralTreaty({ id, title, parties: [region, partner], source, inForce, uncertain, pairDays });
}

const SUSPENDED_2020_JULY =
  'suspended by Hong Kong on 28 Jul 2020 by notices to the consulates, on the instruction of the Central People\'s ' +
  'Government (HKSAR Government statement, People\'s Daily, http://en.people.cn/n3/2020/0729/c90000-9715836.html; ' +
  'MFA spokesperson, https://www.freepressjournal.in/world/china-suspends-hk-extradition-judiciary-assistance-treaties-with-canada-australia-britain)';

export const HONG_KONG_MACAO_BILATERAL: Instrument[] = [
  // ================================================================ Hong Kong (Cap. 525)
  sar('HK', 'AU', 'HK-AU-MLA-1997', 'Hong Kong-Australia Agreement concerning Mutual Legal Assistance in Criminal Matters',
    'Signed before 1 Jul 1997 (LegCo paper CB(2) 716/98-99, http://www.legco.gov.hk/yr98-99/english/hc/papers/h2711716.htm); ' +
    'Cap. 525 order approved by LegCo Dec 1998 (Secretary for Security, 9 Dec 1998); Australian Mutual Assistance in ' +
    'Criminal Matters (Hong Kong) Regulations 1999 (https://www.legislation.gov.au/F1999B00031/asmade/1999-02-23/text); ' +
    SUSPENDED_2020_JULY,
    { notBefore: '1998-12-09', to: '2020-07-27' },
    'Entry-into-force date not found (date unknown); suspended since 28 Jul 2020. Australia-mainland requests go under ' +
    'CN-AU-MLA-2006, not this agreement.'),
  sar('HK', 'FR', 'HK-FR-MLA-1997', 'Hong Kong-France Agreement concerning Mutual Legal Assistance in Criminal Matters',
    'Signed at Hong Kong 25 Jun 1997 (French National Assembly bill 2018, https://2017-2022.nosdeputes.fr/15/document/1419); ' +
    'brought into force in 1999 (Secretary for Justice, 4 May 2017, ' +
    'https://hanweb.kanhan.com/TuniS/www.info.gov.hk/gia/general/201705/04/P2017050400736.htm)', { notBefore: '1999-01-01' },
    'In force since 1999; the exact day was not found (date unknown).'),
  sar('HK', 'NZ', 'HK-NZ-MLA-1998', 'Hong Kong-New Zealand Agreement concerning Mutual Legal Assistance in Criminal Matters',
    'Done at Hong Kong 3 Apr 1998; New Zealand\'s regulations applying its Act to Hong Kong under the agreement came into ' +
    'force 1 Mar 1999 (SR 1999/11, http://www.legislation.govt.nz/regulation/public/1999/0011/latest/whole.html); Cap. 525 ' +
    'order moved in LegCo Nov 1998 (LegCo paper LS 56/98-99); suspended by Hong Kong on 3 Aug 2020 by notice to the New Zealand Consulate General (CGTN, ' +
    'https://news.cgtn.com/news/2020-08-03/China-suspends-HK-s-extradition-judiciary-assistance-treaties-with-NZ-SECAExxUXe/index.html)',
    { notBefore: '1998-11-01', to: '2020-08-02' }, 'Entry-into-force date not found (date unknown); suspended since 3 Aug 2020.'),
  sar('HK', 'GB', 'HK-GB-MLA-1998', 'Hong Kong-United Kingdom Agreement concerning Mutual Legal Assistance in Criminal Matters',
    'Listed among the agreements signed by the HKSAR Government (LegCo paper CB(2) 716/98-99); Cap. 525 order moved in ' +
    'LegCo Nov 1998 (LegCo paper LS 56/98-99); ' + SUSPENDED_2020_JULY,
    { notBefore: '1998-11-01', to: '2020-07-27' }, 'Signature and entry-into-force dates not found (date unknown); suspended since 28 Jul 2020.'),
  sar('HK', 'US', 'HK-US-MLA-1997', 'Hong Kong-United States Agreement on Mutual Legal Assistance in Criminal Matters',
    'Signed at Hong Kong 15 Apr 1997, transmitted to the US Senate 5 May 1997 with the PRC\'s approval through the ' +
    'Sino-British Joint Liaison Group (Senate Treaty Doc. 105-6, https://www.congress.gov/treaty-document/105th-congress/6/document-text); ' +
    'Cap. 525 order moved in LegCo by the Secretary for Security on 10 Nov 1999 ' +
    '(http://www.info.gov.hk/gia/general/199911/10/1110249.htm)', { notBefore: '1999-11-10' },
    'Entry-into-force date not found (date unknown). The 2020 suspensions did not include this agreement in the sources read.'),
  sar('HK', 'KR', 'HK-KR-MLA-1998', 'Hong Kong-Republic of Korea Agreement concerning Mutual Legal Assistance in Criminal Matters',
    'Signed at Hong Kong 17 Nov 1998, entered into force 25 Feb 2000 (text as published by ADB/OECD, ' +
    'http://www.docstoc.com/docs/168906060/Hong-Kong-China-Korea-MLA-Treaty---OECD); Cap. 525 order approved by LegCo ' +
    '19 Jan 2000 (http://hanweb.kanhan.com/TuniS/www.info.gov.hk/gia/general/200001/19/0119277.htm)', { from: '2000-02-25' }),
  sar('HK', 'IT', 'HK-IT-MLA-1998', 'Hong Kong-Italy Agreement concerning Mutual Legal Assistance in Criminal Matters',
    'Signed by Dec 1998 (Secretary for Security, 9 Dec 1998, listing seven agreements signed, ' +
    'http://hanweb.kanhan.com/TuniS/www.info.gov.hk/gia/general/199812/09/1209213.htm); Cap. 525 order approved by LegCo ' +
    '19 Jan 2000 (http://hanweb.kanhan.com/TuniS/www.info.gov.hk/gia/general/200001/19/0119277.htm)', { notBefore: '2000-01-19' },
    'Signature and entry-into-force dates not found (date unknown).'),
  sar('HK', 'CH', 'HK-CH-MLA-1999', 'Hong Kong-Switzerland Agreement concerning Mutual Legal Assistance in Criminal Matters',
    'Signed 15 Mar 1999 (Swiss Federal Gazette text, https://bundesblatt.weblaw.ch/?method=dump&bbl_id=92459&format=htm; ' +
    'SR 0.351.941.6); Cap. 525 order moved in LegCo 27 Jun 2000 ' +
    '(http://hanweb.kanhan.com/TuniS/www.info.gov.hk/gia/general/200006/27/0627244.htm)', { notBefore: '2000-06-27' },
    'Entry-into-force date not found (date unknown).'),
  sar('HK', 'SG', 'HK-SG-MLA-2003', 'Hong Kong-Singapore Agreement concerning Mutual Legal Assistance in Criminal Matters',
    'Signed Jul 2003, the 15th such agreement of Hong Kong (news.gov.hk, ' +
    'https://news.gov.hk/isd/ebulletin/en/category/lawandorder/030723/html/030723en08001.htm)', { notBefore: '2003-07-01' },
    'Exact signature day and entry-into-force date not found (date unknown).'),
  sar('HK', 'PH', 'HK-PH-MLA', 'Hong Kong-Philippines Agreement concerning Mutual Legal Assistance in Criminal Matters',
    'Mutual Legal Assistance in Criminal Matters (Philippines) Order, Cap. 525K, L.N. 41 of 2004, in operation from ' +
    '24 Mar 2004 (https://lawhero.io/ordinances/2350/cap-525k-mutual-legal-assistance-in-criminal-matters-philippines-order)',
    { from: '2004-03-24' },
    '`from` is the commencement of the Cap. 525 order; the agreement\'s own signature and entry-into-force dates were not read.'),
  sar('HK', 'PT', 'HK-PT-MLA-2001', 'Hong Kong-Portugal Agreement concerning Mutual Legal Assistance in Criminal Matters',
    'Signed at Hong Kong 24 May 2001; approved by Resolution of the Assembly of the Republic No. 54/2004 (approved ' +
    '27 May 2004, published 21 Jul 2004), https://vlex.pt/vid/julho-33140197', { notBefore: '2004-05-27' },
    'Entry-into-force date not found (date unknown).'),
  sar('HK', 'IL', 'HK-IL-MLA', 'Hong Kong-Israel Agreement concerning Mutual Legal Assistance in Criminal Matters',
    'Mutual Legal Assistance in Criminal Matters (Israel) Order, Cap. 525S, L.N. 273 of 2006, version of 28 Dec 2006 ' +
    '(http://www.legislation.gov.hk/blis_ind.nsf/CurAllEngDoc/8F303E78B9443704482571A30033B6E3?OpenDocument)',
    { from: '2006-12-28' },
    '`from` is the date of the Cap. 525 order\'s first version; the agreement\'s own signature and entry-into-force dates ' +
    'were not read.'),
  sar('HK', 'DE', 'HK-DE-MLA-2006', 'Hong Kong-Germany Agreement concerning Mutual Legal Assistance in Criminal Matters',
    'Signed at Hong Kong 26 May 2006, the 20th MLA agreement of Hong Kong (HKSAR Government press release, ' +
    'https://sc.isd.gov.hk/gb/www.info.gov.hk/gia/general/200605/26/P200605260169.htm)', { notBefore: '2006-05-26' },
    'Entry-into-force date not found (date unknown); whether the 2020 suspensions reached this agreement was not found.'),
  sar('HK', 'MY', 'HK-MY-MLA-2006', 'Hong Kong-Malaysia Agreement concerning Mutual Legal Assistance in Criminal Matters',
    'Signed 17 Oct 2006, the 21st such agreement of Hong Kong (HKSAR Government press release, ' +
    'https://sc.isd.gov.hk/gb/www.info.gov.hk/gia/general/200610/17/P200610170159_print.htm); Cap. 525 order moved in LegCo ' +
    'by the Secretary for Security on 31 Oct 2007 (http://www.info.gov.hk/gia/general/200710/31/P200710310180.htm)', { notBefore: '2007-10-31' },
    'Entry-into-force date not found (date unknown).'),
  sar('HK', 'ID', 'HK-ID-MLA', 'Hong Kong-Indonesia Agreement concerning Mutual Legal Assistance in Criminal Matters',
    'Cap. 525 order (Indonesia) moved in LegCo on 11 Mar 2009, the same day as the Japan order; like the Japan agreement it ' +
    'has no death-penalty refusal clause, the essential-interests ground standing in (Secretary for Security, ' +
    'http://www.info.gov.hk/gia/general/200903/11/P200903110223_print.htm)', { notBefore: '2009-03-11' },
    'Signature and entry-into-force dates not found (date unknown).'),
  sar('HK', 'IN', 'HK-IN-MLA-2009', 'Hong Kong-India Agreement on Mutual Legal Assistance in Criminal Matters',
    'Signed at New Delhi 14 Sep 2009, the 27th such agreement of Hong Kong (Xinhua, ' +
    'http://www.china.org.cn/international/2009-09/15/content_18527804.htm); Cap. 525 order moved in LegCo 11 May 2011 ' +
    '(http://www.info.gov.hk/gia/general/201105/11/P201105110212.htm)', { notBefore: '2011-05-11' },
    'Entry-into-force date not found (date unknown).'),
  sar('HK', 'ZA', 'HK-ZA-MLA', 'Hong Kong-South Africa Agreement on Mutual Legal Assistance in Criminal Matters',
    'Cap. 525 order (South Africa) moved in LegCo by the Secretary for Security on 7 Jul 2010 ' +
    '(http://www.info.gov.hk/gia/general/201007/07/P201007070261.htm)', { notBefore: '2010-07-07' },
    'Signature and entry-into-force dates not found (date unknown).'),
  sar('HK', 'FI', 'HK-FI-MLA-2007', 'Hong Kong-Finland Agreement on Mutual Legal Assistance in Criminal Matters',
    'Signed Oct 2007 by the Secretary for Justice and the Finnish Minister of Justice (DoJ annual review 2008, ' +
    'https://www.doj.gov.hk/publications/doj2008/eng/c5.htm)', { notBefore: '2007-10-01' },
    'Exact signature day and entry-into-force date not found (date unknown).'),
  sar('HK', 'JP', 'HK-JP-MLA-2008', 'Hong Kong-Japan Agreement on Mutual Legal Assistance in Criminal Matters',
    'Signed at Hong Kong 23 May 2008, the 24th such agreement of Hong Kong; in force 30 days after the exchange of notes ' +
    '(http://sc.isd.gov.hk/gb/www.info.gov.hk/gia/general/200805/23/P200805230179.htm); Mutual Legal Assistance in ' +
    'Criminal Matters (Japan) Order, Cap. 525AA, L.N. 176 of 2009, in operation from 24 Sep 2009 ' +
    '(https://lawhero.io/ordinances/2366/cap-525aa-mutual-legal-assistance-in-criminal-matters-japan-order)',
    { from: '2009-09-24' },
    '`from` is the commencement of the Cap. 525 order; the day of the exchange of notes was not read.'),
  sar('HK', 'CA', 'HK-CA-MLA', 'Hong Kong-Canada Agreement on Mutual Legal Assistance in Criminal Matters',
    'Text in the Canada Treaty Information database, E103865 (https://treaty-accord.gc.ca/text-texte.aspx?id=103865); ' +
    SUSPENDED_2020_JULY,
    { to: '2020-07-27' },
    'Signature and entry-into-force dates not found (date unknown); suspended since 28 Jul 2020. Not even a year is ' +
      'known, so the entry applies on any date until then.'),
  sar('HK', 'NL', 'HK-NL-MLA', 'Hong Kong-Netherlands Agreement concerning Mutual Legal Assistance in Criminal Matters',
    'Suspended by Hong Kong in Nov 2020 together with the surrender agreement (Global Times, 10 Nov 2020, ' +
    'https://www.globaltimes.cn/page/202011/1206381.shtml)', { to: '2020-11-09' },
    'Signature and entry-into-force dates not found (date unknown); `to` is the day before the announcement of ' +
    '10 Nov 2020, the day the suspension took effect was not read. Not even a year is known, so the entry applies on ' +
    'any date until then.'),
  sar('HK', 'IE', 'HK-IE-MLA', 'Hong Kong-Ireland Agreement concerning Mutual Legal Assistance in Criminal Matters',
    'Suspended by Hong Kong in Nov 2020 together with the surrender agreement (Global Times, 10 Nov 2020, ' +
    'https://www.globaltimes.cn/page/202011/1206381.shtml)', { to: '2020-11-09' },
    'Signature and entry-into-force dates not found (date unknown); `to` is the day before the announcement of ' +
    '10 Nov 2020, the day the suspension took effect was not read. Not even a year is known, so the entry applies on ' +
    'any date until then.'),

  // ================================================================ Macao (Law 6/2006)
  sar('MO', 'KR', 'MO-KR-MLA-2019', 'Macao-Republic of Korea Agreement on Mutual Legal Assistance in Criminal Matters',
    'Concluded Oct 2019; entry into force announced in the Macao Official Gazette of 31 Mar 2021 after both sides notified ' +
    'completion of their internal formalities (Hoje Macau, ' +
    'https://hojemacau.com.mo/2021/04/01/direito-penal-acordo-judiciario-com-coreia-do-sul-entra-em-vigor/)', { notBefore: '2019-10-01' },
    'In force by 31 Mar 2021; the exact entry-into-force day was not read (date unknown).'),
];

/** Negotiated or signed, not in force on the as-of date (2026-11-22) as far as the sources read say. */
export const HONG_KONG_MACAO_PENDING: Instrument[] = [
  sar('MO', 'PT', 'MO-PT-MLA', 'Macao-Portugal Agreement on Mutual Legal Assistance in Criminal Matters',
    'Text agreed at technical talks in Macao, 29 Apr-3 May 2019, to be initialled and signed after internal procedures ' +
    '(Macao Government Information Bureau, https://cdn.gcs.gov.mo/detail/zh-hans/N19EFckUWM); it would implement the ' +
    'Macao-Portugal Agreement on Legal and Judicial Cooperation of 17 Jan 2001 (Aviso do Chefe do Executivo 10/2001, ' +
    'https://bo.io.gov.mo/bo/ii/2001/06/aviso10.asp), which commits both sides to conclude such agreements and, until ' +
    'then, to cooperate on reciprocity under applicable conventions and their own laws', { notBefore: '2019-04-29' },
    'NOT IN FORCE: negotiated (text agreed May 2019); no signature or entry into force was found, so the date is unknown.'),
  sar('HK', 'RU', 'HK-RU-MLA-2021', 'Hong Kong-Russia Agreement on Mutual Legal Assistance in Criminal Matters',
    'Signed by video conference in Sep 2021; not yet enacted (no Cap. 525 order) in Mar 2022, when it was expected to go ' +
    'to LegCo that year (Hong Kong Free Press, reported at ' +
    'https://www.indonesianewsgazette.com/legal-pacts-between-hong-kong-and-russia-expected-to-be-brought-to-legislature-this-year/)',
    { notBefore: '2021-09-01' }, 'NOT IN FORCE: signed Sep 2021 and not in operation in Mar 2022; no later order or entry into force was found, so ' +
    'the date is unknown.'),
  sar('HK', 'ZM', 'HK-ZM-MLA-2025', 'Hong Kong-Zambia Agreement on Mutual Legal Assistance in Criminal Matters',
    'Signed at the Central Government Offices, Hong Kong, 26 Sep 2025, with surrender and transfer agreements (Zambian ' +
    'press, https://diggers.news/local/2025/09/27/hong-kong-zambia-sign-bilateral-pact-on-surrendering-fugitive-offenders/)',
    { notBefore: '2025-09-26' }, 'NOT IN FORCE: signed 26 Sep 2025; no Cap. 525 order or entry into force was found, so the date is unknown.'),
];
