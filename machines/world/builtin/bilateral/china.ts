import type { Instrument } from '../../types.ts';
import { ALL, MLAT_GENERIC } from '../durations.ts';
import { bilateralTreaty } from './treaty.ts';

/**
 * China's bilateral treaties on mutual legal assistance (judicial assistance) in criminal matters:
 * the criminal-only treaties (刑事司法协助条约) and the civil-and-criminal judicial-assistance treaties
 * (民事和刑事司法协助条约) that cover criminal matters. Pure data. `[S#]` refers to
 * docs/sources.md.
 *
 * Main sources:
 * - MFA list "司法协助类条约缔约情况一览表" (status as of Sep 2018: 44 criminal MLA treaties, 35 in
 *   force; 19 civil-and-criminal treaties, all in force), as reproduced at
 *   https://lkhlawyer.fabao365.com/article/view_553969_199499.html ("MFA list 2018" below). Only the
 *   first rows of its table could be read; rows not read are sourced elsewhere or marked.
 * - NPC Standing Committee approvals as reported by Xinhua / npc.gov.cn / gov.cn, and the partner's
 *   gazette or parliament where found (each entry names its page).
 * Hong Kong and Macao are not covered by these treaties: see ./hong-kong-macao.ts.
 * The US-China agreement (2000) lives in ./us.ts.
 */

const MFA_2018 =
  'MFA list of judicial-assistance treaties as of Sep 2018 (https://lkhlawyer.fabao365.com/article/view_553969_199499.html)';

const AFRICA_2010 =
  'Xinhua report on the 2nd FOCAC legal forum, via chinacourt.org, 6 Oct 2010, ' +
  'https://chinacourt.org/article/detail/2010/10/id/430069.shtml: the criminal MLA treaties with Tunisia, South Africa, ' +
  'Namibia and Algeria and the 1994 civil, commercial and criminal agreement with Egypt are all in force';

const MOJ_19 =
  'Ministry of Justice list of China\'s civil-and-criminal (and civil, commercial and criminal) judicial-assistance ' +
  'treaties with 19 states (http://subsites.chinadaily.com.cn/ministries/justice/2017-08/16/c_84505.htm); the MFA list ' +
  'of Sep 2018 counts 19 such treaties, "all in force" (' +
  'https://lkhlawyer.fabao365.com/article/view_553969_199499.html)';

/**
 * One of China's bilateral criminal-assistance treaties; `from` only where a source gives the day, otherwise
 * `{ notBefore }`: the latest day its source names that the entry into force cannot precede (signature, a
 * party's approval or ratification, the exchange of instruments), or 1 January of the treaty's year.
 */
function cn(
  partner: string,
  id: string,
  title: string,
  source: string,
  from: string | { notBefore: string } | undefined,
  uncertain?: string,
): Instrument {
  const inForce = typeof from === 'object' ? { notBefore: from.notBefore } : from ? { from } : {};
  return bilateralTreaty({ id, title, parties: ['CN', partner], source, inForce, uncertain });
}

export const CHINA_BILATERAL: Instrument[] = [
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
    inForce: { notBefore: '1995-05-30' },
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
      'would harm sovereignty, security or public order; ratified by Kyrgyzstan by Law No. 21 of 15 Apr 1997 (text as ' +
      'published by the Kyrgyz consulate, http://kyrgyzconsulate.ru/?p=169)',
    inForce: { notBefore: '1997-04-15' },
    uncertain:
      'Entry-into-force date not found (date unknown). The Kyrgyz consulate\'s reprint dates the signature 4 Jun 1996, not ' +
      '4 Jul 1996.',
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
    inForce: { notBefore: '1998-04-29' },
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
    inForce: { notBefore: '2007-08-01' },
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
    inForce: { notBefore: '2006-07-12' },
    uncertain: 'Entry-into-force date not found (promulgated in Brazil on 3 Dec 2007).',
  },

  {
    id: 'JP-CN-MLAT',
    title: 'Japan-China Treaty on Mutual Legal Assistance in Criminal Matters',
    kind: 'mlat',
    parties: ['JP', 'CN'],
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'Treaty signed at Beijing 1 Dec 2007 (Xinhua, Aug 2008); approved by the NPC Standing Committee 29 Aug 2008 (Chinese ' +
      'embassy note on the Supreme People\'s Court site, https://english.court.gov.cn/2015-08/07/c_761690.htm); came into ' +
      'effect in 2008 (Japan MoJ White Paper on Crime 2011)',
    inForce: { notBefore: '2008-08-29' },
    uncertain: 'In force since 2008; the exact day was not found.',
  },

  // ================================================================ Added for the whole world (issue 12)
  cn('EE', 'CN-EE-MLA-2002', 'China-Estonia Treaty on Mutual Legal Assistance in Criminal Matters',
    `Treaty signed 12 Jun 2002, in force 31 Mar 2011 (${MFA_2018})`, '2011-03-31'),
  cn('BG', 'CN-BG-MLA-1995', 'China-Bulgaria Treaty on Mutual Legal Assistance in Criminal Matters',
    `Treaty signed 7 Apr 1995, in force 27 May 1996 (${MFA_2018}); China's second criminal-only MLA treaty`, '1996-05-27'),
  cn('PH', 'CN-PH-MLA-2000', 'China-Philippines Treaty concerning Mutual Legal Assistance in Criminal Matters',
    'Treaty signed 16 Oct 2000 (text: Philippine Supreme Court E-Library, https://elibrary.judiciary.gov.ph/thebookshelf/showdocs/35/10500); ' +
    'China ratified in 2001, the Philippine Senate concurred on 8 May 2012 (Senate Resolution 734, ' +
    'http://legacy.senate.gov.ph/press_release/2012/0508_prib1.asp); instruments exchanged 19 Oct 2012, in force 18 Nov 2012 ' +
    '(Xinhua in Global Times, http://www.globaltimes.cn/content/739411.shtml)', '2012-11-18'),
  cn('ES', 'CN-ES-MLA-2005', 'China-Spain Treaty on Mutual Legal Assistance in Criminal Matters',
    'Treaty signed at Beijing 21 Jul 2005; Spanish instrument of ratification 11 Jul 2006, BOE no. 77 of 30 Mar 2007 ' +
    '(BOE-A-2007-6719), in force 15 Apr 2007 (https://noticias.juridicas.com/base_datos/Penal/ir190307-je.t3.html; ' +
    'http://boe.vlex.es/vid/ratificacion-tratado-popular-china-pekin-26747762); enters into force on the 30th day after ' +
    'the exchange of ratifications (art. 25(1))', '2007-04-15'),
  cn('MX', 'CN-MX-MLA-2005', 'China-Mexico Treaty on Mutual Legal Assistance in Criminal Matters',
    'Treaty signed at Mexico City 24 Jan 2005; approved by the Mexican Senate 8 Sep 2005 (DOF 18 Jan 2006); instruments of ' +
    'ratification exchanged at Beijing 30 Nov 2006 under art. 24(1); promulgation decree of 22 Dec 2006, DOF 28 Dec 2006 ' +
    '(https://vlex.com.mx/vid/china-mutua-penal-veinticuatro-cinco-27291168)', { notBefore: '2006-11-30' },
    'In force since the exchange of ratifications of 30 Nov 2006 (art. 24(1)); the exact entry-into-force day was not read ' +
    '(date unknown).'),
  cn('AU', 'CN-AU-MLA-2006', 'China-Australia Treaty on Mutual Legal Assistance in Criminal Matters',
    'Treaty done at Canberra 3 Apr 2006 (Mutual Assistance in Criminal Matters (The People\'s Republic of China) Regulations ' +
    '2007, SLI 2007 No. 7, commencing when the treaty enters into force, ' +
    'https://www.global-regulation.com/law/australia/247003/); approved by the NPC Standing Committee 31 Oct 2006 ' +
    '(http://english.china.org.cn/2006-11/02/content_1187228.htm); in use: 13 requests exchanged in the two years to ' +
    '26 May 2021 (Australian Attorney-General\'s Department, reported by The Guardian)', { notBefore: '2006-10-31' },
    'Entry-into-force date not found (date unknown); the treaty was in force and used by 2019-2021.'),
  cn('NZ', 'CN-NZ-MLA-2006', 'China-New Zealand Treaty on Mutual Legal Assistance in Criminal Matters',
    'Treaty signed at Wellington 6 Apr 2006, 22 articles (Xinhua, http://english.china.org.cn/2007-06/30/content_1215589.htm); ' +
    'approved by the NPC Standing Committee 29 Jun 2007 (Xinhua, https://news.sohu.com/20070629/n250839726.shtml); New ' +
    'Zealand\'s Mutual Assistance in Criminal Matters (Prescribed Foreign Country) (People\'s Republic of China) ' +
    'Regulations 2007 (SR 2007/355) came into force 1 Jan 2008 (https://www.global-regulation.com/law/new-zealand/63736/)',
    { notBefore: '2007-06-29' },
    'Entry-into-force date of the treaty not found (date unknown); New Zealand applied Part 3 of its Act to China from ' +
    '1 Jan 2008.'),
  cn('GB', 'CN-GB-MLA-2013', 'China-United Kingdom Treaty on Mutual Legal Assistance in Criminal Matters',
    'Treaty signed 2 Dec 2013; approved by the NPC Standing Committee 29 Aug 2015 (Xinhua via ecns, ' +
    'http://ecns.cn/2015/08-30/179182.shtml); covers investigation and evidence collection, testimony, asset freezing ' +
    'and proceeds of crime; in force 15 Jan 2016 (Lexology, http://www.lexology.com/library/detail.aspx?g=c6ab3234-1313-4899-9f08-1ecb41315bf7)',
    '2016-01-15'),
  cn('AR', 'CN-AR-MLA-2012', 'China-Argentina Treaty on Mutual Legal Assistance in Criminal Matters',
    'Treaty signed at Buenos Aires 25 Jun 2012, 24 articles; central authorities: the Ministry of Justice (China) and the ' +
    'Ministry of Foreign Affairs and Worship (Argentina); approved by the NPC Standing Committee 24 Apr 2014 ' +
    '(Xinhua, http://www.npc.gov.cn/zgrdw/npc/xinwen/2014-04/25/content_1861214.htm)', { notBefore: '2014-04-24' },
    'Entry-into-force date not found (date unknown); Argentine approval not read.'),
  cn('IT', 'CN-IT-MLA-2010', 'China-Italy Treaty on Mutual Legal Assistance in Criminal Matters',
    'Treaty done at Rome 7 Oct 2010; Italian ratification authorised by Law No. 64 of 29 Apr 2015 (GU no. 114 of ' +
    '19 May 2015), the treaty entering into force under its art. 22 ' +
    '(http://www.larassegna.isgi.cnr.it/docs/legge-29-aprile-2015-n-64-ratifica-ed-esecuzione-del-trattato-tra-il-governo-della-repubblica-italiana-ed-il-governo-della-repubblica-popolare-cinese-in-materia-di-reciproca-assistenza-giudiziaria/)',
    { notBefore: '2015-04-29' }, 'Entry-into-force date not found (date unknown; after the Italian law of 29 Apr 2015).'),
  cn('LK', 'CN-LK-MLA-2014', 'China-Sri Lanka Treaty on Mutual Legal Assistance in Criminal Matters',
    'Treaty signed at Colombo 16 Sep 2014, 24 articles; central authorities: the Ministry of Justice (China) and the ' +
    'Secretary of the Ministry of Justice (Sri Lanka); approved by the NPC Standing Committee 7 Nov 2016 (Xinhua, ' +
    'http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2016-11/07/content_5129727.htm)', { notBefore: '2016-11-07' },
    'Entry-into-force date not found (date unknown).'),
  cn('NA', 'CN-NA-MLA-2006', 'China-Namibia Treaty on Mutual Legal Assistance in Criminal Matters',
    'Treaty signed at Beijing 26 May 2006; submitted to the NPC Standing Committee for approval in Aug 2008 (Xinhua, ' +
    'http://english.china.org.cn/international/2008-08/26/content_16335190.htm); in force by Oct 2010 (' + AFRICA_2010 + ')',
    { notBefore: '2008-08-01' }, 'In force by Oct 2010; the entry-into-force day was not found (date unknown).'),
  cn('PK', 'CN-PK-MLA-2007', 'China-Pakistan Agreement on Mutual Legal Assistance in Criminal Matters',
    'Agreement signed at Beijing 17 Apr 2007; submitted to the NPC Standing Committee for approval in Aug 2008 (Xinhua, ' +
    'http://english.china.org.cn/international/2008-08/26/content_16335190.htm)', { notBefore: '2008-08-01' },
    'Entry-into-force date not found (date unknown).'),
  cn('VE', 'CN-VE-MLA-2008', 'China-Venezuela Treaty on Mutual Legal Assistance in Criminal Matters',
    'Treaty signed at Beijing in Sep 2008, 24 articles; central authorities: the Ministry of Justice and the Supreme ' +
    'People\'s Procuratorate (China) and the Public Ministry (Venezuela); put to the NPC Standing Committee at its 8th session ' +
    '(11th NPC) (https://economiclaws.net/sifa_451820, reporting the vice-minister\'s explanation)', { notBefore: '2008-09-01' },
    'Entry-into-force date not found (date unknown).'),
  cn('VN', 'CN-VN-MLA-1998', 'China-Viet Nam Agreement on Judicial Assistance in Civil and Criminal Matters',
    'Agreement signed 19 Oct 1998; ratified by Viet Nam by Presidential Decision 61/QD-CTN of 3 Jun 1999 ' +
    '(https://thuvienphapluat.vn/van-ban/Trach-nhiem-hinh-su/Quyet-dinh-61QD-CTN-phe-chuan-Hiep-dinh-tuong-tro-tu-phap-van-de-dan-su-hinh-su-giua-Viet-Nam-va-Trung-hoa-49927.aspx); ' +
    'covers service of documents and taking of evidence in criminal matters', { notBefore: '1999-06-03' },
    'Entry-into-force date not found (date unknown).'),
  cn('KR', 'CN-KR-MLA-1998', 'China-Republic of Korea Treaty on Mutual Legal Assistance in Criminal Matters',
    'Treaty signed at Beijing 12 Nov 1998 by the foreign ministers during the Korean President\'s state visit; applies also ' +
    'to offences committed before its entry into force (Dong-A Ilbo, https://www.donga.com/news/Politics/article/all/19981112/7394984/1; ' +
    'Japanese text at https://worldjpn.net/documents/texts/CHKR/19981112.T2J.html; Korean ' +
    'study: Korea made 46 requests to China and received 3 in 2001-2006, https://scholar.kyobobook.co.kr/article/detail/4010025840806)',
    { notBefore: '1998-11-12' }, 'Entry-into-force date not found (date unknown).'),
  cn('LV', 'CN-LV-MLA-2004', 'China-Latvia Treaty on Mutual Legal Assistance in Criminal Matters',
    'Treaty signed in 2004; approved by the NPC Standing Committee 1 Jul 2005 together with the Brazil treaty (CRI, ' +
    'http://japanese.cri.cn/151/2005/07/01/1@44055.htm)', { notBefore: '2005-07-01' },
    'Exact signature day and entry-into-force date not found (date unknown).'),
  cn('BB', 'CN-BB-MLA', 'China-Barbados Treaty on Mutual Legal Assistance in Criminal Matters',
    'Approved by the NPC Standing Committee 23 Apr 2019 (China Daily, ' +
    'https://chinaservicesinfo.com/s/201904/24/WS5cbfd589498e079e6801edc6/new-treaties-on-judicial-affairs-okd.html)', { notBefore: '2019-04-23' },
    'Signature and entry-into-force dates not found (date unknown).'),
  cn('ZA', 'CN-ZA-MLA', 'China-South Africa Treaty on Mutual Legal Assistance in Criminal Matters',
    'Treaty put to the South African Parliament for approval in 2003 (explanatory memorandum, ' +
    'http://www.pmg.org.za/docs/2003/appendices/030618china.htm): in force on the 30th day after the exchange of ' +
    'ratifications (art. 24(1)); listed among China\'s criminal judicial-assistance agreements by the Ministry of Justice ' +
    '(http://subsites.chinadaily.com.cn/ministries/justice/2017-08/16/c_99936.htm); in force by Oct 2010 (' + AFRICA_2010 + ')',
    { notBefore: '2003-01-01' }, 'In force by Oct 2010; signature and entry-into-force dates not found (date unknown).'),
  cn('TH', 'CN-TH-MLA', 'China-Thailand Treaty on Mutual Legal Assistance in Criminal Matters',
    'Instruments of ratification exchanged on 21 Jan, the treaty taking effect on 20 Feb (Supreme People\'s Court English ' +
    'site, http://english.court.gov.cn/2015-08/07/content_21530531.htm); listed among China\'s criminal ' +
    'judicial-assistance agreements by the Ministry of Justice (http://subsites.chinadaily.com.cn/ministries/justice/2017-08/16/c_99936.htm)',
    undefined,
    'The page gives day and month (in force 20 Feb) but its year is not stated (page dated 2015, republished); signature ' +
    'year not read: entry-into-force date unknown. Not even a year is known, so the entry applies on any date.'),
  cn('ID', 'CN-ID-MLA', 'China-Indonesia Treaty on Mutual Legal Assistance in Criminal Matters',
    'Treaty text (Indonesian) at https://adoc.pub/pasall-ruang-lingkup-penerapan-perjanjian.html: central authorities the ' +
    'ministries of justice (art. 3); in force since 28 Jul 2006 (Indonesian Department of Foreign Affairs, reported by ' +
    'ANTARA, https://antaranews.com/berita/65955/ri-china-gelar-putaran-ii-perundingan-ekstradisi)', '2006-07-28',
    'Signature date not read.'),
  cn('CO', 'CN-CO-MLA-1999', 'China-Colombia Treaty on Judicial Assistance in Criminal Matters',
    'Treaty signed at Beijing 14 May 1999; approved by Colombian Law 761 of 31 Jul 2002, Diario Oficial 44,889 of ' +
    '5 Aug 2002 (https://www.global-regulation.com/translation/colombia/6404462/); listed among China\'s criminal ' +
    'judicial-assistance agreements by the Ministry of Justice (http://subsites.chinadaily.com.cn/ministries/justice/2017-08/16/c_99936.htm)',
    { notBefore: '2002-07-31' }, 'Entry-into-force date not found (date unknown).'),
  cn('CA', 'CN-CA-MLA', 'China-Canada Treaty on Mutual Legal Assistance in Criminal Matters',
    'Treaty text published by the Chinese MFA ' +
    '(https://www.fmprc.gov.cn/mfa_eng/wjb_663304/zzjg_663340/tyfls_665260/tyfl_665264/2631_665276/200204/t20020419_600070.html): ' +
    'service, evidence, search and seizure, proceeds of crime (art. 2); listed among China\'s criminal ' +
    'judicial-assistance agreements by the Ministry of Justice (http://subsites.chinadaily.com.cn/ministries/justice/2017-08/16/c_99936.htm)',
    undefined,
    'Signature and entry-into-force dates not found (date unknown). instruments.ts had listed a China-Canada agreement ' +
    'as "status not confirmed"; the Ministry of Justice list confirms it. The text was published by 2002, which bounds ' +
    'the date from above only: not even a year is known, so the entry applies on any date.'),
  cn('DZ', 'CN-DZ-MLA-2006', 'China-Algeria Treaty on Mutual Legal Assistance in Criminal Matters',
    'Treaty signed at Beijing 6 Nov 2006, 24 articles; put to the NPC Standing Committee for approval 24 Jun 2008 ' +
    '(Xinhua via gov.cn, http://big5.www.gov.cn/gate/big5/www.gov.cn/govweb/jrzg/2008-06/24/content_1026367.htm); ' +
    'in force by Oct 2010 (' + AFRICA_2010 + ')', { notBefore: '2008-06-24' },
    'In force by Oct 2010; the entry-into-force day was not found (date unknown).'),
  cn('TN', 'CN-TN-MLA-1999', 'China-Tunisia Treaty on Mutual Legal Assistance in Criminal Matters',
    'Treaty signed at Beijing 30 Nov 1999; approved by the NPC Standing Committee (9th NPC, 16th session) with its decision ' +
    'of 8 Jul 2000; dual criminality required (art. 1(1)); refusal for political or purely military offences or harm ' +
    'to sovereignty and security (art. 2) (decision and text, http://sh148.org/web/law/4249.htm); in force by Oct 2010 ' +
    '(' + AFRICA_2010 + ')', { notBefore: '2000-07-08' },
    'In force by Oct 2010; the entry-into-force day was not found (date unknown).'),
  cn('EG', 'CN-EG-MLA-1994', 'China-Egypt Agreement on Judicial Assistance in Civil, Commercial and Criminal Matters',
    'Agreement of 1994 covering civil, commercial and criminal matters: service of criminal documents, taking of ' +
    'evidence, locating persons; in force by Oct 2010 (' + AFRICA_2010 + ')', { notBefore: '1994-01-01' },
    'Exact signature day and entry-into-force date not found (date unknown).'),
  cn('PL', 'CN-PL-MLA-1987', 'China-Poland Agreement on Judicial Assistance in Civil and Criminal Matters',
    'China\'s first bilateral treaty covering criminal judicial assistance, 1987 (https://www.daowen.com/book/content/235876698/4800328.html); ' + MOJ_19, { notBefore: '1987-01-01' },
    'Exact signature day and entry-into-force date not found (date unknown).'),
  cn('GR', 'CN-GR-MLA-1994', 'China-Greece Agreement on Judicial Assistance in Civil and Criminal Matters',
    'Agreement of 1994; art. 29 lists the grounds for refusing criminal assistance, including a final judgment for the same offence in the requested state (http://www.uv63h8.cn/lunwen/faxuelunwen/lftzyjlw/201304/549710.html); ' + MOJ_19, { notBefore: '1994-01-01' },
    'Exact signature day and entry-into-force date not found (date unknown).'),
  cn('RO', 'CN-RO-MLA', 'China-Romania Treaty on Judicial Assistance in Civil and Criminal Matters',
    MOJ_19, undefined,
    'Signature and entry-into-force dates not found (date unknown). Not even a year is known, so the entry applies on any date.'),
  cn('UA', 'CN-UA-MLA', 'China-Ukraine Treaty on Judicial Assistance in Civil and Criminal Matters',
    MOJ_19, undefined,
    'Signature and entry-into-force dates not found (date unknown). Not even a year is known, so the entry applies on any date.'),
  cn('LT', 'CN-LT-MLA', 'China-Lithuania Treaty on Judicial Assistance in Civil and Criminal Matters',
    MOJ_19, undefined,
    'Signature and entry-into-force dates not found (date unknown). Not even a year is known, so the entry applies on any date.'),
  cn('MN', 'CN-MN-MLA', 'China-Mongolia Treaty on Judicial Assistance in Civil and Criminal Matters',
    MOJ_19, undefined,
    'Signature and entry-into-force dates not found (date unknown). Not even a year is known, so the entry applies on any date.'),
  cn('TR', 'CN-TR-MLA', 'China-Turkey Agreement on Judicial Assistance in Civil, Commercial and Criminal Matters',
    MOJ_19, undefined,
    'Signature and entry-into-force dates not found (date unknown). Not even a year is known, so the entry applies on any date.'),
  cn('CY', 'CN-CY-MLA', 'China-Cyprus Treaty on Judicial Assistance in Civil, Commercial and Criminal Matters',
    MOJ_19, undefined,
    'Signature and entry-into-force dates not found (date unknown). Not even a year is known, so the entry applies on any date.'),
  cn('LA', 'CN-LA-MLA', 'China-Laos Treaty on Judicial Assistance in Civil and Criminal Matters',
    MOJ_19, undefined,
    'Signature and entry-into-force dates not found (date unknown). Not even a year is known, so the entry applies on any date.'),
  cn('KP', 'CN-KP-MLA', 'China-DPR Korea Treaty on Judicial Assistance in Civil and Criminal Matters',
    MOJ_19, undefined,
    'Signature and entry-into-force dates not found (date unknown). Not even a year is known, so the entry applies on any date.'),
  cn('CU', 'CN-CU-MLA', 'China-Cuba Agreement on Judicial Assistance in Civil and Criminal Matters',
    MOJ_19, undefined,
    'Signature and entry-into-force dates not found (date unknown). Not even a year is known, so the entry applies on any date.'),
  cn('PT', 'CN-PT-MLA-2005', 'China-Portugal Agreement on Mutual Legal Assistance in Criminal Matters',
    'Agreement signed at Lisbon 9 Dec 2005; approved by Resolution of the Assembly of the Republic No. 23/2009 ' +
    '(approved 5 Feb 2009, published 1 Apr 2009), https://dre.tretas.org/dre/249143/resolucao-da-assembleia-da-republica-23-2009-de-1-de-abril',
    { notBefore: '2009-02-05' }, 'Entry-into-force date not found (date unknown; after the Portuguese approval of 2009).'),
  cn('PE', 'CN-PE-MLA-2005', 'China-Peru Treaty on Mutual Legal Assistance in Criminal Matters',
    'Treaty signed at Lima 27 Jan 2005; approved by Peruvian Legislative Resolution No. 28786 of 27 Jun 2006 and ratified by ' +
    'Supreme Decree No. 040-2006-RE of 18 Jul 2006; in force 14 Mar 2009 (Peruvian practitioner\'s note, ' +
    'http://ahuapayao.blogspot.com/2009/07/entrada-en-vigencia-del-tratado-entre.html)', '2009-03-14',
    'The entry-into-force date comes from a practitioner\'s blog citing the official acts, not from El Peruano itself.'),
  cn('AE', 'CN-AE-MLA-2008', 'China-United Arab Emirates Treaty on Mutual Legal Assistance in Criminal Matters',
    'Treaty signed at Beijing 3 Apr 2008 by the foreign ministers; approved by the NPC Standing Committee 27 Dec 2008; ' +
    'covers taking of evidence and refusal grounds (China Daily, Supreme People\'s Court subsite, ' +
    'https://subsites.chinadaily.com.cn/supremepeoplescourt/2015-07/22/c_761688.htm)', { notBefore: '2008-12-27' },
    'Entry-into-force date not found (date unknown).'),
];

/** Signed, not in force on the as-of date (2026-11-22) as far as the sources read say. */
export const CHINA_PENDING: Instrument[] = [
  cn('AT', 'CN-AT-MLA-2018', 'China-Austria Treaty on Mutual Legal Assistance in Criminal Matters',
    `Treaty signed 8 Apr 2018, "not yet in force" in the ${MFA_2018}`, { notBefore: '2018-04-08' },
    'NOT IN FORCE: signed 8 Apr 2018 and not in force in Sep 2018 (MFA list); no later ratification or entry into force ' +
    'was found, so the date of any entry into force is unknown.'),
  cn('MT', 'CN-MT-MLA', 'China-Malta Treaty on Mutual Legal Assistance in Criminal Matters',
    'Treaty text published by the NPC with its Standing Committee session papers, May 2019: central authorities the ' +
    'Ministry of Justice (China) and the Attorney General (Malta) (art. 2); assistance includes searches, freezing and ' +
    'seizure (art. 1) (http://www.npc.gov.cn/cwhhdbdh/c4186/c11554/c11559/201905/t20190523_398420.html)', { notBefore: '2019-05-01' },
    'NOT IN FORCE as far as the sources read show: put to the NPC Standing Committee in 2019; neither the signature day ' +
    'nor any entry into force was found, so the date is unknown. Kept out of the routed world until a source confirms it.'),
];
