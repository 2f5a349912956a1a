import type { Instrument } from '../../types.ts';
import { bilateralTreaty } from './treaty.ts';

/**
 * Bilateral mutual legal assistance treaties of G20 states not covered by another file (the US,
 * China, Russia and Central Asia, and the UK, Canada, Australia, India and New Zealand have their
 * own): Japan, Korea, Brazil, Mexico, Argentina, South Africa, Saudi Arabia, Türkiye, Indonesia.
 * Pure data. Each entry is listed only where a government source (a promulgation decree, a
 * foreign ministry notice, an official journal) confirms it; `inForce.from` only where that source
 * states the date. No published duration figures: MLAT_GENERIC (basis 'default').
 *
 * The EU-Japan Agreement (in force 2 Jan 2011) cannot be a party list: the engine would read it as
 * binding EU members to each other. It is modelled as one relation per member state, as
 * bilateral/us.ts does for the US-EU Agreement (JP-XX-EUJ-MLA below).
 *
 * Argentina-Switzerland and Mexico-Switzerland, once leads here, are now listed from the Swiss Classified Compilation.
 *
 * Found but NOT listed, because no source read says they are in force (leads for a later pass):
 *  * Argentina-Portugal (signed 7 Apr 2003, approved by Law 26.440 of 2008, http://servicios.infoleg.gob.ar/infolegInternet/anexos/145000-149999/149153/norma.htm),
 * the MERCOSUR Protocol of San Luis (1996; in force for Brazil 27 Apr 2000, Decree
 * 3,468 of 17 May 2000) and the CPLP Convention (Praia, 2005; Brazil's Decree 8,833 of 2016), whose other parties' dates
 * were not read,
 * Mexico-Brazil (text only, docplayer.es), Indonesia-Korea and Indonesia-Viet Nam (texts only),
 * South Africa-Argentina (ratification memorandum to Parliament, 2007, https://pmg.org.za/docs/2007/070801memo.htm),
 * South Africa-Nigeria (signed 28 Mar 2002; Nigeria ratified 30 Nov 2002, https://lawcarenigeria.com/),
 * South Africa-Egypt (signed 22 Oct 2001; Egyptian decree 77/2003), Argentina-Viet Nam
 * (ratified by Viet Nam Oct 2023, https://vietnamnews.vn/politics-laws/1605721/). Korea reports
 * 28 bilateral MLA treaties signed, 3 not in force (UNCAC review, http://uncac.cn/show.asp?id=4145),
 * and 77 states linked by bilateral or multilateral MLA treaties in force on 24 Jul 2024
 * (https://lawissue.co.kr/view.php?ud=2024072417583165219a8c8bf58f_12); only those read are listed.
 * Saudi Arabia's and Indonesia's bilateral networks were not found in the sources searched.
 * Korea's treaties with Indonesia, South Africa and Peru were signed but not in force in Sep 2013 (ajunews.com, above) and
 * its treaty with the UAE was signed 28 Feb 2014 (asiae.co.kr, https://www.asiae.co.kr/article/2014022814275605981); no
 * later notice of their entry into force was read, so none is listed (neither live nor pending).
 */

function mlat(
  id: string,
  a: string,
  b: string,
  title: string,
  source: string,
  from: string | { notBefore: string } | undefined,
  uncertain?: string,
): Instrument {
  // { notBefore }: no source states the entry into force; the latest step it must follow (signature, approval, the
  // last notification or exchange of instruments) or the first day of the month or year a source names.
  const inForce = typeof from === 'object' ? { notBefore: from.notBefore } : from ? { from } : {};
  return bilateralTreaty({ id, title, parties: [a, b], source, inForce, uncertain });
}

// ------------------------------------------------------------------------------ EU-Japan Agreement

const EUJ_SOURCE =
  'Agreement between the European Union and Japan on mutual legal assistance in criminal matters (signed 30 Nov and ' +
  '15 Dec 2009, OJ L 39, 12.2.2010, p. 20; concluded by Council Decision 2010/616/EU), in force 2 Jan 2011; it applies ' +
  'between Japan and each member state through central authorities; before it no member state had an MLA treaty with ' +
  'Japan (EUR-Lex summary, http://eur-lex.europa.eu/summary/EN/URISERV:jl0048; European Parliament OEIL 2009/0188(NLE))';

/** Japan's relation with one EU member under the EU-Japan Agreement. */
function euJapan(member: string, name: string, to?: string, uncertain?: string): Instrument {
  const inst = mlat(
    `JP-${member}-EUJ-MLA`,
    'JP',
    member,
    `Japan-${name} mutual legal assistance under the EU-Japan Agreement`,
    EUJ_SOURCE,
    '2011-01-02',
    uncertain,
  );
  if (to) inst.inForce = { ...inst.inForce, to };
  return inst;
}

/** The 26 current EU members that were members on 2 Jan 2011 (Croatia joined on 1 Jul 2013). */
const EUJ_MEMBERS: [string, string][] = [
  ['AT', 'Austria'], ['BE', 'Belgium'], ['BG', 'Bulgaria'], ['CY', 'Cyprus'], ['CZ', 'Czechia'], ['DE', 'Germany'],
  ['DK', 'Denmark'], ['EE', 'Estonia'], ['ES', 'Spain'], ['FI', 'Finland'], ['FR', 'France'], ['GR', 'Greece'],
  ['HU', 'Hungary'], ['IE', 'Ireland'], ['IT', 'Italy'], ['LT', 'Lithuania'], ['LU', 'Luxembourg'], ['LV', 'Latvia'],
  ['MT', 'Malta'], ['NL', 'Netherlands'], ['PL', 'Poland'], ['PT', 'Portugal'], ['RO', 'Romania'], ['SE', 'Sweden'],
  ['SI', 'Slovenia'], ['SK', 'Slovakia'],
];

const EU_JAPAN: Instrument[] = [
  ...EUJ_MEMBERS.map(([id, name]) => euJapan(id, name)),
  euJapan(
    'GB',
    'United Kingdom',
    '2020-12-31',
    'The UK was bound as an EU member and, after leaving on 31 Jan 2020, through the transition period ending 31 Dec ' +
      '2020; the end date is inferred from the end of that period, and no UK-Japan successor treaty was found.',
  ),
];
// Croatia is left out: whether the Agreement extends to it from its accession (1 Jul 2013) was not read.

// ------------------------------------------------------------------------------ bilateral treaties

export const G20_BILATERAL: Instrument[] = [
  ...EU_JAPAN,
  mlat(
    'JP-KR-MLAT',
    'JP',
    'KR',
    'Treaty between Japan and the Republic of Korea on Mutual Legal Assistance in Criminal Matters',
    'Signed at Tokyo 20 Jan 2006; ratifications exchanged 27 Dec 2006; in force 26 Jan 2007 (Japan MOFA, ' +
      'https://www.mofa.go.jp/mofaj/gaiko/treaty/shomei_15_hk.html); central authorities: Japan\'s Minister of Justice or ' +
      'National Public Safety Commission, Korea\'s Minister of Justice',
    '2007-01-26',
  ),
  mlat(
    'JP-VN-MLAT',
    'JP',
    'VN',
    'Treaty between Viet Nam and Japan on Mutual Legal Assistance in Criminal Matters',
    'Signed at Tokyo 24 Nov 2021; in force 31 Aug 2022 (Viet Nam Ministry of Foreign Affairs notice 24/2022/TB-LPQT of ' +
      '18 Aug 2022, https://thuvienphapluat.vn/van-ban/Trach-nhiem-hinh-su/Thong-bao-24-2022-TB-LPQT-hieu-luc-Hiep-dinh-tuong-tro-tu-phap-hinh-su-voi-Nhat-Ban-529213.aspx)',
    '2022-08-31',
  ),
  mlat(
    'KR-VN-MLAT',
    'KR',
    'VN',
    'Treaty between Viet Nam and the Republic of Korea on Mutual Legal Assistance in Criminal Matters',
    'Signed 15 Sep 2003; in force 19 Apr 2005 (Viet Nam Ministry of Foreign Affairs notice 45/2005/LPQT of 29 Apr 2005, ' +
      'https://hethongphapluat.com/hiep-dinh-so-45-2005-lpqt-ve-hinh-su-giua-cong-hoa-xa-hoi-chu-nghia-viet-nam-va-dai-han-dan-quoc.html); ' +
      'covers tax, customs and exchange-control offences (art. 1(2))',
    '2005-04-19',
  ),
  mlat(
    'KR-PH-MLAT',
    'KR',
    'PH',
    'Treaty between the Republic of Korea and the Philippines on Mutual Legal Assistance in Criminal Matters',
    'The Philippines had MLATs in force with Australia, the US, Hong Kong, Switzerland, the Republic of Korea and Spain in ' +
      'May 2012 (Senator L. Legarda, chair of the Senate Committee on Foreign Relations, 8 May 2012, ' +
      'https://www.lorenlegarda.com.ph/legarda-leads-approval-of-three-intl-treaties/)',
    undefined,
    'date unknown: signature and entry-into-force dates were not read; in force by May 2012. Not even a year is known ' +
      'before which it was not in force, so the entry applies on any date.',
  ),
  mlat(
    'KR-FR-MLAT',
    'KR',
    'FR',
    'Treaty between the Republic of Korea and France on Mutual Legal Assistance in Criminal Matters',
    'Signed 2 Mar 1995 during the Korean President\'s visit to France (Hankyung, 2 Mar 1995, ' +
      'https://www.hankyung.com/article/1995030200601); in force by May 1997, when the Foreign Ministry named France, with ' +
      'Australia and Canada, among the states with which Korea\'s MLA treaties were already in force (Hankook Ilbo, 21 May 1997, ' +
      'https://www.hankookilbo.com/News/Read/199705210079882827; JoongAng Ilbo, https://www.joongang.co.kr/article/3457350)',
    { notBefore: '1995-03-02' },
    'date unknown: signed 2 Mar 1995 and in force by 20 May 1997; the day of entry into force was not read. Korea and ' +
      'France are also both parties to ETS 30 (for Korea from 29 Dec 2011).',
  ),
  mlat(
    'KR-MN-MLAT',
    'KR',
    'MN',
    'Treaty between the Republic of Korea and Mongolia on Mutual Legal Assistance in Criminal Matters',
    'Signed May 1999; instruments of ratification to be exchanged by the two justice ministers during the Korean ' +
      'minister\'s visit to Mongolia on 27-28 Jan 2000, the treaty entering into force on the exchange (Dong-A Ilbo, ' +
      '21 Jan 2000, https://www.donga.com/news/Inter/article/all/20000121/7502242/1)',
    { notBefore: '1999-05-01' },
    'date unknown: the source, written a week before, announces the exchange of ratifications for 27-28 Jan 2000; the day ' +
      'the exchange took place was not read.',
  ),
  mlat(
    'KR-MY-MLAT',
    'KR',
    'MY',
    'Treaty between the Republic of Korea and Malaysia on Mutual Legal Assistance in Criminal Matters',
    'Signed 2010; in force 26 Sep 2013 (Korea Ministry of Foreign Affairs announcement of 23 Sep 2013, reported by ' +
      'Aju Business Daily, https://ajunews.com/view/20130923000475); Korea had then signed 28 MLA treaties, with those with ' +
      'Indonesia, South Africa and Peru awaiting entry into force',
    '2013-09-26',
  ),
  mlat(
    'BR-KR-MLAT',
    'BR',
    'KR',
    'Agreement between Brazil and the Republic of Korea on Mutual Judicial Assistance in Criminal Matters',
    'Signed at Brasília 13 Dec 2002; approved by Legislative Decree 786 of 8 Jul 2005; in force 8 Feb 2006 under art. 21(1); ' +
      'promulgated by Decree 5,721 of 13 Mar 2006 (http://brasil.justia.com/nacionales/decretos/5-721-de-13-3-2006/gdoc/)',
    '2006-02-08',
  ),
  mlat(
    'BR-TR-MLAT',
    'BR',
    'TR',
    'Agreement between Brazil and Türkiye on Mutual Legal Assistance in Criminal Matters',
    'Signed at Ankara 7 Oct 2011; approved by Legislative Decree 271 of 18 Jul 2014; in force internationally for Brazil ' +
      '16 Jul 2015 under art. 21; promulgated by Decree 9,065 of 31 May 2017 (https://dou.vlex.com.br/vid/decreto-n-9-065-681839845); ' +
      'central authorities: the two ministries of justice',
    '2015-07-16',
  ),
  mlat(
    'BR-ES-MLAT-2006',
    'BR',
    'ES',
    'Agreement on Cooperation and Mutual Legal Assistance in Criminal Matters between Brazil and Spain',
    'Signed at Brasília 22 May 2006; approved by Legislative Decree 299 of 26 Oct 2007; in force internationally 1 Feb ' +
      '2008 under art. 27(1); promulgated by Decree 6,681 of 8 Dec 2008 (https://dou.vlex.com.br/vid/juridico-mutuo-penal-reino-espanha-47199992)',
    '2008-02-01',
  ),
  mlat(
    'BR-PT-MLAT-1991',
    'BR',
    'PT',
    'Treaty on Mutual Assistance in Criminal Matters between Brazil and Portugal',
    'Signed at Brasília 7 May 1991; approved by Brazil\'s Legislative Decree 77 of 19 Nov 1992 and Portugal\'s Assembly ' +
      'Resolution 4/94; in force 1 Dec 1994 under art. 20(2); promulgated by Decree 1,320 of 30 Nov 1994 ' +
      '(https://dou.vlex.com.br/vid/tratado-auxilio-mutuo-penal-portuguesa-34308151)',
    '1994-12-01',
  ),
  mlat(
    'BR-FR-MLA-1996',
    'BR',
    'FR',
    'Agreement on Judicial Cooperation in Criminal Matters between Brazil and France',
    'Signed at Paris 28 May 1996; approved by Legislative Decree 74 of 3 Sep 1999; in force 1 Feb 2000 under art. 20(2); ' +
      'promulgated by Decree 3,324 of 30 Dec 1999 (https://dou.vlex.com.br/vid/judiciaria-materia-penal-francesa-paris-34332013)',
    '2000-02-01',
  ),
  mlat(
    'BR-IT-MLA-1989',
    'BR',
    'IT',
    'Treaty on Judicial Cooperation in Criminal Matters between Brazil and Italy',
    'Signed at Rome 17 Oct 1989; approved by Legislative Decree 78 of 20 Nov 1992; ratifications exchanged at Brasília 14 ' +
      'Jun 1993; in force 1 Aug 1993 under art. 18(2); promulgated by Decree 862 of 9 Jul 1993 ' +
      '(https://www2.camara.leg.br/legin/fed/decret/1993/decreto-862-9-julho-1993-336650-publicacaooriginal-1-pe.html)',
    '1993-08-01',
  ),
  mlat(
    'BR-CO-MLA-1997',
    'BR',
    'CO',
    'Agreement on Judicial Cooperation and Mutual Assistance in Criminal Matters between Brazil and Colombia',
    'Signed at Cartagena de Indias 7 Nov 1997; approved by Legislative Decree 41 of 18 Jun 1999; in force 29 Jun 2001; ' +
      'promulgated by Decree 3,895 of 23 Aug 2001 (http://planalto.gov.br/CCIVil_03/decreto/2001/D3895.htm)',
    '2001-06-29',
  ),
  mlat(
    'BR-MX-MLAT-2007',
    'BR',
    'MX',
    'Treaty on International Legal Cooperation in Criminal Matters between Brazil and Mexico',
    'Signed at Mexico City 6 Aug 2007; approved by the Brazilian Senate 1 Sep 2009 (Agência Senado); promulgated by Decree ' +
      '7,595 of 1 Nov 2011 (https://legjur.com/legislacao/art/dec_00075952011-3); listed as a legal basis with Mexico by ' +
      'Brazil\'s Ministry of Justice (https://gov.br/mj/pt-br/assuntos/sua-protecao/cooperacao-internacional/cooperacao-juridica-internacional-em-materia-penal/orientacoes-por-pais/mexico); ' +
      'assistance regardless of double criminality except for coercive measures (art. 1(2))',
    { notBefore: '2009-09-01' },
    'date unknown: the decree\'s recital giving the day of entry into force was not read; in force by 1 Nov 2011.',
  ),
  mlat(
    'BR-PE-MLA',
    'BR',
    'PE',
    'Agreement on Legal Assistance in Criminal Matters between Brazil and Peru',
    'Listed as a legal basis for cooperation with Peru by Brazil\'s Ministry of Justice (page updated 6 Sep 2023, ' +
      'https://gov.br/mj/pt-br/assuntos/sua-protecao/cooperacao-internacional/cooperacao-juridica-internacional-em-materia-penal/orientacoes-por-pais/peru)',
    undefined,
    'date unknown: the agreement\'s signature, promulgation decree and entry into force were not read. Not even a year ' +
      'is known, so the entry applies on any date.',
  ),
  mlat(
    'MX-ES-MLAT-2006',
    'MX',
    'ES',
    'Treaty of Mutual Legal Assistance in Criminal Matters between Spain and Mexico',
    'Done at Las Palmas de Gran Canaria 29 Sep 2006; in force 26 Jul 2007 (BOE-A-2007-14588, https://vlex.es/vid/tratado-mutua-unidos-mexicanos-29147019; ' +
      'La Jornada, 27 Jul 2007); assistance also for tax, customs and exchange-control offences and regardless of double ' +
      'criminality except for coercive measures (art. 1)',
    '2007-07-26',
    'An earlier Spain-Mexico Treaty of Extradition and Mutual Assistance in Criminal Matters (21 Nov 1978, in force 1 Jun ' +
      '1980, BOE-A-1980-12240) is not listed separately; how far the 2006 treaty replaced its assistance part was not read.',
  ),
  mlat(
    'MX-IT-MLAT-2011',
    'MX',
    'IT',
    'Treaty on Mutual Legal Assistance in Criminal Matters between Mexico and Italy',
    'Signed at Rome 28 Jul 2011; approved by the Mexican Senate 13 Mar 2012; the notifications under art. 25 were ' +
      'received on 24 Apr 2012 and 6 Aug 2015; promulgation decree published in the DOF on 28 Sep 2015 ' +
      '(http://www.dof.gob.mx/nota_detalle.php?codigo=5409617&fecha=28/09/2015)',
    { notBefore: '2015-08-06' },
    'date unknown: the entry-into-force rule of art. 25 was not read, so the day after the last notification (6 Aug 2015) ' +
      'from which it applies is not stated; it was in force by the promulgation of 28 Sep 2015.',
  ),
  mlat(
    'MX-HN-MLAT-2004',
    'MX',
    'HN',
    'Treaty on Mutual Legal Assistance in Criminal Matters between Mexico and Honduras',
    'Signed at Tegucigalpa 24 Mar 2004; approved by the Mexican Senate 4 Nov 2004; notifications under art. XXV on 7 Dec ' +
      '2004 and 31 Oct 2006; promulgation decree in force 30 Nov 2006 (DOF 29 Nov 2006, ' +
      'https://fdocumento.com/document/tratado-sobre-asistencia-juridica-mutua-en-materia-penal-2010-7-26-tratado.html)',
    { notBefore: '2006-10-31' },
    'date unknown: the entry-into-force rule of art. XXV was not read; it was in force by 30 Nov 2006.',
  ),
  mlat(
    'MX-AR-MLAT-2002',
    'MX',
    'AR',
    'Treaty of Cooperation between Mexico and Argentina on Legal Assistance in Criminal Matters',
    'Signed at Buenos Aires 4 Jul 2002; approved by the Mexican Senate 10 Oct 2002; ratifications exchanged at Buenos ' +
      'Aires 24 Nov 2008 (art. XXII(1)); promulgation decree in force 24 Dec 2008 (DOF 23 Dec 2008, ' +
      'https://vdocuments.mx/tratados-internacionales-558f38dc328b4.html)',
    { notBefore: '2008-11-24' },
    'date unknown: the rule of art. XXII for entry into force after the exchange of 24 Nov 2008 was not read.',
  ),
  mlat(
    'MX-ZA-MLAT-2013',
    'MX',
    'ZA',
    'Treaty between Mexico and South Africa on Mutual Legal Assistance in Criminal Matters',
    'Signed at Mexico City 1 Nov 2013 and Pretoria 24 Mar 2014; approved by the Mexican Senate 25 Apr 2018; instruments ' +
      'of ratification exchanged at Pretoria 8 Dec 2021 and 21 Feb 2022 (art. 24(1)); promulgated in the DOF 18 May 2022 ' +
      '(http://www.diariooficial.segob.gob.mx/nota_detalle.php?codigo=5652479&fecha=18/05/2022)',
    { notBefore: '2022-02-21' },
    'date unknown: the entry-into-force rule of art. 24 was not read; in force by the promulgation of 18 May 2022.',
  ),
  mlat(
    'MX-CH-MLAT-2005',
    'MX',
    'CH',
    'Treaty on Mutual Legal Assistance in Criminal Matters between Switzerland and Mexico',
    'Concluded 11 Nov 2005; approved by the Swiss Federal Assembly 20 Mar 2008; in force by exchange of notes 15 Sep 2008 ' +
      '(Swiss Classified Compilation SR 0.351.956.3, as reproduced at https://lexaris.io/book/version/documentflat/head/303664)',
    '2008-09-15',
  ),
  mlat(
    'MX-CO-MLA-1998',
    'MX',
    'CO',
    'Agreement on Cooperation in Legal Assistance between Mexico and Colombia',
    'Signed at Mexico City 7 Dec 1998; approved by the Mexican Senate 29 Apr 1999; diplomatic notes under art. XXIII ' +
      'exchanged at Bogota 2 Jun 1999 and 6 Apr 2001; promulgation decree published in the DOF 1 Jun 2001 (as reproduced at ' +
      'https://es.scribd.com/document/333142024/Acuerdo-de-Cooperacion-en-Materia-de-Asistencia-Juridica-Entre-El-Gobierno-de-Los-Estados-Unidos-Mexicanos-y-El-Gobierno-de-La-Republica-de-Colombia)',
    { notBefore: '2001-04-06' },
    'date unknown: the entry-into-force rule of art. XXIII was not read; in force by the promulgation of 1 Jun 2001. ' +
      'The agreement\'s scope beyond criminal matters was not read.',
  ),
  mlat(
    'MX-CU-MLAT-2013',
    'MX',
    'CU',
    'Treaty on Mutual Legal Assistance in Criminal Matters between Mexico and Cuba',
    'Signed at Mexico City 1 Nov 2013; approved by the Mexican Senate 11 Dec 2014; notifications under art. XXVI(1) ' +
      'received at Mexico City 30 Apr 2014 and Havana 30 Mar 2015; promulgation decree published in the DOF 18 May 2015 ' +
      '(https://dof.vlex.com.mx/vid/decreto-promulgatorio-tratado-asistencia-570098390)',
    { notBefore: '2015-03-30' },
    'date unknown: the entry-into-force rule of art. XXVI was not read; in force by the promulgation of 18 May 2015.',
  ),
  mlat(
    'TR-EG-MLA-1988',
    'TR',
    'EG',
    'Convention on Judicial Cooperation in Criminal Matters and Extradition between Egypt and Turkey',
    'Signed at Ankara 4 Apr 1988; approved by Egyptian Presidential Decree No. 222 of 1989, published in the Official ' +
      'Gazette No. 52 of 26 Dec 1991 (text reproduced at https://ahmedazimelgamel.blogspot.com/search?max-results=40&' +
      'reverse-paginate=true&updated-max=2021-09-21T15%3A52%3A00-02%3A00); art. 1: judicial cooperation "in the widest ' +
      'measure" for any proceeding on offences within the requesting state\'s jurisdiction',
    { notBefore: '1989-01-01' },
    'date unknown: the exchange of ratifications was not read; the Egyptian publication of Dec 1991 is the latest date ' +
      'read before it applied. In 2015 Egypt\'s Assistant Minister of Justice for international cooperation said Egypt had ' +
      'stopped all judicial cooperation with Turkey (Elbalad, https://www.elbalad.news/1488387); whether that was a formal ' +
      'suspension and whether it has been lifted was not read, so the model keeps the convention in force.',
  ),
  mlat(
    'AR-ES-MLA-1987',
    'AR',
    'ES',
    'Treaty of Extradition and Judicial Assistance in Criminal Matters between Spain and Argentina',
    'Signed at Buenos Aires 3 Mar 1987; Spanish instrument of ratification 26 Feb 1990; in force 15 Jul 1990 ' +
      '(BOE-A-1990-16893, https://vlex.es/vid/extradicion-argentina-buenos-aires-229046355); Title II: judicial assistance',
    '1990-07-15',
  ),
  mlat(
    'ZA-AE-MLAT-2018',
    'ZA',
    'AE',
    'Treaty on Mutual Legal Assistance in Criminal Matters between South Africa and the United Arab Emirates',
    'Signed at Abu Dhabi 25 Sep 2018; approved by the South African Parliament 15 Nov 2018; ratified by UAE Federal Decree ' +
      '42 of 2021 (https://uaelaw.protaha.com/document.php?id=995); instruments of ratification exchanged 10 Jun 2021, in force ' +
      '30 days later, 10 Jul 2021 (statement of the Minister of Justice and Correctional Services, 11 Jun 2021, ' +
      'https://politicsweb.co.za/documents/sa-and-uae-finalisation-of-ratification-of-treatie)',
    '2021-07-10',
  ),
  mlat(
    'AR-CH-MLAT-2009',
    'AR',
    'CH',
    'Treaty on Mutual Assistance in Criminal Matters between Switzerland and Argentina',
    'Concluded 10 Nov 2009; approved by the Swiss Federal Assembly 30 Sep 2011; in force by exchange of notes 16 Feb 2013 ' +
      '(Swiss Classified Compilation SR 0.351.915.4, as reproduced at https://www.global-regulation.com/translation/switzerland/2975497/); ' +
      'bank secrecy may not be invoked to refuse assistance (art. 1(3)); list of competent authorities: Swiss Federal Office ' +
      'of Justice (https://www.rhf.admin.ch/rhf/de/home/strafrecht/rechtsgrundlagen/bilateral/sr-0-351-915-4/behoerden.html)',
    '2013-02-16',
  ),
  mlat(
    'ID-CH-MLAT-2019',
    'ID',
    'CH',
    'Treaty on Mutual Legal Assistance in Criminal Matters between Switzerland and Indonesia',
    'Concluded at Bern 4 Feb 2019; approved by the Swiss Federal Assembly 19 Mar 2021; in force by exchange of notes ' +
      '14 Sep 2021 (Swiss Classified Compilation SR 0.351.942.7, AS 2021 490, ' +
      'https://fedlex.admin.ch/filestore/fedlex.data.admin.ch/eli/cc/2021/490/20210914/de/html/fedlex-data-admin-ch-eli-cc-2021-490-20210914-de-html.html)',
    '2021-09-14',
  ),
];

/**
 * Signed or approved but not confirmed in force on the as-of date. Not part of BUILTIN_WORLD.
 */
export const G20_PENDING: Instrument[] = [
  mlat(
    'BR-AE-MLAT',
    'BR',
    'AE',
    'Treaty on Mutual Legal Assistance in Criminal Matters between Brazil and the United Arab Emirates',
    'Signed 2019; approved by the Brazilian Senate on 22 Oct 2025 (PDL 552/2021), pending promulgation ' +
      '(https://fpop.com.br/noticia/20344/senado-ratifica-acordo-de-assistencia-juridica-mutua-entre-brasil-e-emirados-arabes-unidos; ' +
      'https://anba.com.br/brasil-e-emirados-fazem-acordo-juridico)',
    { notBefore: '2025-10-22' },
    'NOT IN FORCE: approved by Brazil\'s Congress in Oct 2025; no promulgation decree or exchange of notifications was ' +
      'found; the signing day in 2019 was not read.',
  ),
  mlat(
    'KR-SG-MLAT',
    'KR',
    'SG',
    'Treaty between the Republic of Korea and Singapore on Mutual Legal Assistance in Criminal Matters',
    'Signed 24 Jul 2024 by the two justice ministers; enters into force after each side completes its domestic procedures ' +
      'and notifies the other (Korea Ministry of Justice via lawissue.co.kr, https://lawissue.co.kr/view.php?ud=2024072417583165219a8c8bf58f_12)',
    { notBefore: '2024-07-24' },
    'NOT IN FORCE: signed; a notice of entry into force was not found (last source read: Jul 2024), so the date is unknown.',
  ),
];
