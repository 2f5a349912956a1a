import type { Instrument } from '../../types.ts';
import { bilateralTreaty } from './treaty.ts';

/**
 * Bilateral treaties on legal assistance in criminal matters of Russia, Kazakhstan, Kyrgyzstan,
 * Tajikistan, Turkmenistan and Uzbekistan with states outside the CIS conventions
 * (multilateral/cis.ts). China's treaties are in bilateral/china.ts and the United States' in
 * bilateral/us.ts; Japan-Russia in bilateral/others.ts. Pure data.
 *
 * Treaties on legal assistance "in civil and criminal matters" are listed too: their criminal part is
 * a request channel like any MLAT. No published duration figures were found for any of them, so all
 * take MLAT_GENERIC (basis 'default').
 *
 * Found but left out, because whether they are in force was not read:
 * - Russia-Mexico Treaty on mutual legal assistance in criminal matters (signed 21 Jun 2005; text at
 *   https://deploy.studylib.ru/doc/659657/dogovor-mezhdu-rossijskoj-federaciej-i-meksikoj-o-vzaimnoj);
 * - Kazakhstan-UAE Agreement on mutual legal assistance in criminal matters (signed Abu Dhabi 16 Mar 2009;
 *   ratification bill of 27 Apr 2010, https://adilet.zan.kz/rus/docs/P100000355_);
 * - Russia-Algeria Convention on mutual legal assistance in criminal matters (https://docs.cntd.ru/document/456099155);
 * - Turkmenistan-Iran intergovernmental agreement on mutual legal assistance in criminal matters, to which the
 *   Mejlis approved a protocol on transferring sentenced persons (https://www.tdh.gov.tm/tk/post/1281/resmi-habar-3-nji-iyun);
 *   its own signature and entry into force were not found (see also the note in instruments.ts);
 * - Kazakhstan-Peru treaty on mutual legal assistance (signed 23 Oct 2024; before the Mazhilis in Feb 2026,
 *   https://www.inform.kz/ru/kazahstan-i-peru-dogovorilis-o-vzaimnoy-pravovoy-pomoshi-i-peredache-osuzhdennih-da12e2);
 * - Kazakhstan-Iran agreement on legal assistance in civil and criminal matters (Tehran, 6 Oct 1999; ratification bill of
 *   19 Jun 2013, https://adilet.zan.kz/rus/docs/P1300000632);
 * - the USSR-Cuba legal-assistance treaty (signed 28 Nov 1984, in force 7 Aug 1986, per the 1995 list below), whose
 *   scope (criminal matters or not) was not read.
 * Not a treaty: Russia declared in Dec 2015 it would not become a party to the Russia-Turkey treaty of
 * 15 Dec 1997 on civil, commercial and criminal matters (Government proposal, reported at
 * http://ru.vesti.news/kabmin-predlozhil-uvedomit-turtsiu-prekrastcenii-sotrudnichestva-15122416551836.htm).
 */

/** USSR treaties that Russia continues; signature and entry-into-force dates from one 1995 list. */
const USSR_LIST =
  'Annex 2 to the State Customs Committee letter No. 01-13/6885 of 17 May 1995, list of legal-assistance treaties with ' +
  'signature and entry-into-force dates (http://www.consultant.ru/document/cons_doc_LAW_6858/7b6dfb40a9b12f61939f03cedbccbdb4c6aa378a/)';

const INDIA_MHA_LIST =
  'India, Ministry of External Affairs: list of countries with operational mutual legal assistance treaties in criminal ' +
  'matters, concluded by the Ministry of Home Affairs (http://www.mea.gov.in/mlatcriminal.htm)';

const mlat = bilateralTreaty;

export const RUSSIA_CENTRAL_ASIA_BILATERAL: Instrument[] = [
  // Russia
  mlat({
    id: 'RU-IN-MLAT',
    title: 'Russia-India Treaty on Mutual Legal Assistance in Criminal Matters',
    parties: ['RU', 'IN'],
    source:
      'Treaty signed at Delhi 21 Dec 1998; in force from the exchange of instruments of ratification (art. 24; text at ' +
      `https://bazanpa.ru/mezhdunarodnye-organizatsii-dogovor-ot21121998-h1762037/chast4/statya24/); ${INDIA_MHA_LIST}: Russia, 2000`,
    inForce: { notBefore: '2000-01-01' },
    uncertain: 'date unknown: India lists the treaty as operational with the year 2000; the day instruments were exchanged was not found.',
  }),
  mlat({
    id: 'RU-KR-MLAT',
    title: 'Russia-Republic of Korea Treaty on Mutual Legal Assistance in Criminal Matters',
    parties: ['RU', 'KR'],
    source:
      'Treaty signed at Moscow 28 May 1999: the broadest legal assistance in investigations, prosecutions and proceedings in ' +
      'criminal matters, including tax, customs and currency offences (art. 1; text at ' +
      'https://ruvisa.online/ru/pravo/dogovora-yuzhnaya-korea/dogovor-o-vzaimnoj-pravovoj-pomoshhi)',
    inForce: { notBefore: '1999-05-28' },
    uncertain: 'date unknown: the entry into force was not found.',
  }),
  mlat({
    id: 'RU-MN-MLA-1999',
    title: 'Russia-Mongolia Treaty on Legal Assistance and Legal Relations in Civil and Criminal Matters',
    parties: ['RU', 'MN'],
    source:
      'Treaty signed 20 Apr 1999 with its Protocol of 12 Sep 2002 (Ulaanbaatar); ratified by Federal Law No. 236-FZ of 30 Oct ' +
      '2007; in force 11 Apr 2008 (Collection of Legislation of the RF 2008 No. 22 item 2490; https://docs.cntd.ru/document/901900450)',
    inForce: { from: '2008-04-11' },
  }),
  mlat({
    id: 'RU-VN-MLA-1998',
    title: 'Russia-Vietnam Treaty on Legal Assistance and Legal Relations in Civil and Criminal Matters',
    parties: ['RU', 'VN'],
    source:
      'Treaty signed at Moscow 25 Aug 1998, amended 23 Jul 2003; its justice institutions (courts, procuracies and other bodies ' +
      'competent in criminal matters) give each other legal assistance (art. 2; https://docs.cntd.ru/document/902379430); Russian ' +
      'ratification approved by the State Duma and the Federation Council and signed by President Medvedev (Vietnam Ministry of ' +
      'Justice, https://moj.gov.vn/en/Pages/Coordination-of-International-Legal-Cooperation-Activit.aspx?ItemID=2949). The USSR-Vietnam ' +
      `treaty of 10 Dec 1981 (in force 11 Oct 1982; ${USSR_LIST}) preceded it.`,
    inForce: { notBefore: '2008-05-07' },
    uncertain:
      'date unknown: the entry into force was not found (Russia ratified between 2008 and 2012, under President Medvedev, so it ' +
      'applies from his taking office, 7 May 2008). Before it ' +
      'the 1981 USSR-Vietnam treaty applied, which is not modelled separately.',
  }),
  mlat({
    id: 'RU-IR-MLA-1996',
    title: 'Russia-Iran Treaty on Legal Assistance and Legal Relations in Civil and Criminal Matters',
    parties: ['RU', 'IR'],
    source:
      'Treaty signed at Tehran 5 Mar 1996; amended by a Protocol (central authorities for criminal matters, art. 4 as amended) ' +
      'ratified by Federal Law No. 4-FZ of 5 Feb 2018 (https://docs.cntd.ru/document/456052713)',
    inForce: { notBefore: '1996-03-05' },
    uncertain: 'date unknown: the entry into force of the 1996 treaty was not found (it was in force when the 2018 Protocol amended it).',
  }),
  mlat({
    id: 'RU-ES-MLA-1996',
    title: 'Russia-Spain Treaty on Legal Assistance in Criminal Matters',
    parties: ['RU', 'ES'],
    source:
      'Treaty signed at Moscow 25 Mar 1996 (text at https://bazanpa.ru/mezhdunarodnye-organizatsii-dogovor-ot25031996-h2181120/statya13/)',
    inForce: { notBefore: '1996-03-25' },
    uncertain: 'date unknown: the entry into force was not found.',
  }),
  mlat({
    id: 'RU-TR-MLA',
    title: 'Russia-Turkey Treaty on Mutual Legal Assistance in Criminal Matters and Extradition',
    parties: ['RU', 'TR'],
    source:
      'Treaty meant to ease the application between the parties of the European Conventions on Extradition (1957) and on Mutual ' +
      'Assistance in Criminal Matters (1959); central authorities for legal assistance named in it; ratified by Federal Law ' +
      'No. 24-FZ of 7 Mar 2017 (https://docs.cntd.ru/document/420248222)',
    inForce: { notBefore: '2017-03-07' },
    uncertain: 'date unknown: its signature and entry-into-force dates were not found (Russia ratified it in March 2017).',
  }),
  mlat({
    id: 'RU-GR-MLA-1981',
    title: 'USSR-Greece Treaty on Legal Assistance in Civil and Criminal Matters',
    parties: ['RU', 'GR'],
    source: `Treaty signed at Athens 21 May 1981 (https://www.lawmix.ru/abro/11337); in force 1 Sep 1982 (${USSR_LIST})`,
    inForce: { from: '1982-09-01' },
    uncertain: 'In force for Russia as the USSR\'s continuator; listed in force in 1995, and no later termination was found.',
  }),
  mlat({
    id: 'RU-CY-MLA-1984',
    title: 'USSR-Cyprus Treaty on Legal Assistance in Civil and Criminal Matters',
    parties: ['RU', 'CY'],
    source:
      `Treaty signed at Moscow 19 Jan 1984; in force 27 Mar 1987 (${USSR_LIST}); ratified by Cyprus Law 172/86 (Official Gazette ` +
      'No. 2167 of 14 Nov 1986)',
    inForce: { from: '1987-03-27' },
    uncertain: 'In force for Russia as the USSR\'s continuator; listed in force in 1995, and no later termination was found.',
  }),

  mlat({
    id: 'RU-LT-MLA-1992',
    title: 'Russia-Lithuania Treaty on Legal Assistance and Legal Relations in Civil, Family and Criminal Matters',
    parties: ['RU', 'LT'],
    source:
      'Treaty signed at Vilnius 21 Jul 1992, renewed every five years (Gazeta.ru / TASS, 29 May 2024, ' +
      'http://gazeta.ru/politics/news/2024/05/29/23127601.shtml); denounced by Lithuania\'s Seimas in 2024 ' +
      '(https://rus.delfi.lv/57862/abroad/120032331/seym-litvy-denonsiroval-zaklyuchennyy-s-rossiey-dogovor-o-pravovoy-pomoshchi); ' +
      'lost force on 21 Jan 2025 (https://zw.lt/litwa/po-wygasnieciu-umowy-dokumenty-wydane-w-rosji-beda-musialy-byc-potwierdzone-zaswiadczeniem/)',
    inForce: { notBefore: '1992-07-21', to: '2025-01-20' },
    uncertain: 'date unknown: the entry into force in the 1990s was not found. Its last day is the day before it lost force, 21 Jan 2025.',
  }),

  // Kazakhstan
  mlat({
    id: 'KZ-IN-MLAT',
    title: 'Kazakhstan-India Treaty on Mutual Legal Assistance in Criminal Matters',
    parties: ['KZ', 'IN'],
    source:
      'Treaty signed at New Delhi 17 Aug 1999; ratified by Kazakhstan Law No. 49-II of 17 May 2000; in force 22 Dec 2000 (Bulletin ' +
      `of International Treaties of the RK 2001 No. 6 art. 66; https://adilet.zan.kz/rus/docs/Z000000049_); ${INDIA_MHA_LIST}`,
    inForce: { from: '2000-12-22' },
  }),
  mlat({
    id: 'KZ-KR-MLAT',
    title: 'Kazakhstan-Republic of Korea Treaty on Mutual Legal Assistance in Criminal Matters',
    parties: ['KZ', 'KR'],
    source:
      'Treaty signed at Seoul 13 Nov 2003; ratified by Kazakhstan Law No. 453-IV of 8 Jul 2011; in force 10 Sep 2012 (Bulletin of ' +
      'International Treaties of the RK 2012 No. 6 art. 81; https://adilet.zan.kz/rus/docs/Z1100000453)',
    inForce: { from: '2012-09-10' },
  }),
  mlat({
    id: 'KZ-TR-MLA-1995',
    title: 'Kazakhstan-Turkey Agreement on Legal Assistance in Criminal Matters and Extradition',
    parties: ['KZ', 'TR'],
    source:
      'Agreement signed at Almaty 15 Aug 1995; approved by Kazakhstan Law No. 367-I of 6 Apr 1999; in force 12 Jun 2000 (Bulletin ' +
      'of International Treaties of the RK 2001 No. 5 art. 46); assistance covers procedural actions and handing over evidence ' +
      '(art. 1) and may be refused for political or military offences (art. 2) (https://zakonpravo.kz/en/zakony/zakon-o-ratifikatsii-' +
      'soglasheniya-mezhdu-respublikoy-kazahstan-i-turetskoy-respublikoy-o-pravovoy-pomoshi-po-ugolovnym-delam-i-vydache-lits)',
    inForce: { from: '2000-06-12' },
  }),
  mlat({
    id: 'KZ-KP-MLA-1997',
    title: 'Kazakhstan-DPRK Treaty on Mutual Legal Assistance in Civil and Criminal Matters',
    parties: ['KZ', 'KP'],
    source:
      'Treaty signed at Pyongyang 7 Apr 1997; ratified by Kazakhstan Law No. 291 of 9 Nov 1998; in force 28 Jul 2001 (Bulletin of ' +
      'International Treaties of the RK 2002 No. 2 art. 27; https://zakonpravo.kz/en/on-the-ratification-of-the-treaty-between-the-' +
      'republic-of-kazakhstan-and-the-democratic-people-s-republic-of-korea-on-mutual-legal-assistance-in-civil-and-criminal-matters)',
    inForce: { from: '2001-07-28' },
  }),
  mlat({
    id: 'KZ-ES-MLA-2011',
    title: 'Kazakhstan-Spain Convention on Mutual Legal Assistance in Criminal Matters',
    parties: ['KZ', 'ES'],
    source: 'Convention signed at Astana 17 Jun 2011; ratified by Kazakhstan Law No. 45-V of 19 Oct 2012 (https://adilet.zan.kz/kaz/docs/Z1200000045)',
    inForce: { notBefore: '2012-10-19' },
    uncertain: 'date unknown: the entry into force was not found (Kazakhstan ratified it in October 2012).',
  }),

  mlat({
    id: 'KZ-MN-MLA-1993',
    title: 'Kazakhstan-Mongolia Treaty on Mutual Legal Assistance in Civil and Criminal Matters',
    parties: ['KZ', 'MN'],
    source:
      'Treaty signed at Ulaanbaatar 22 Oct 1993; approved by Resolution of the Supreme Council of Kazakhstan of 22 Jun 1994; in ' +
      'force 18 Aug 1994 (Bulletin of International Treaties of the RK 2004 No. 2 art. 7; ' +
      'https://kaz.tengrinews.kz/zakon/kazakstan_respublikasyinyin_parlament/kazakstan_respublikasyinyin_halyikaralyik_katyinastaryi/id-B940002300_/; ' +
      'text submitted by Cabinet Resolution No. 394 of 15 Apr 1994, https://adilet.zan.kz/rus/docs/P940000394_)',
    inForce: { from: '1994-08-18' },
  }),
  mlat({
    id: 'KZ-PK-MLA-1995',
    title: 'Kazakhstan-Pakistan Treaty on Mutual Legal Assistance in Civil, Family and Criminal Matters',
    parties: ['KZ', 'PK'],
    source:
      'Treaty signed at Almaty 23 Aug 1995; ratified by Kazakhstan Law No. 293-I of 9 Nov 1998; in force 9 Feb 2001 (Bulletin of ' +
      'International Treaties of the RK 2002 No. 1 art. 6; https://adilet.zan.kz/kaz/docs/Z980000293_)',
    inForce: { from: '2001-02-09' },
  }),
  mlat({
    id: 'KZ-FR-MLAT',
    title: 'Kazakhstan-France Treaty on Mutual Legal Assistance in Criminal Matters',
    parties: ['KZ', 'FR'],
    source:
      'Treaty signed at Nur-Sultan 28 Oct 2021; ratified by Kazakhstan Law No. 200-VII of 15 Feb 2023 (https://adilet.zan.kz/kaz/docs/Z2300000200)',
    inForce: { notBefore: '2023-02-15' },
    uncertain: 'date unknown: the entry into force was not found (Kazakhstan ratified it in February 2023).',
  }),

  mlat({
    id: 'KZ-LT-MLA-1994',
    title: 'Kazakhstan-Lithuania Treaty on Legal Assistance and Legal Relations in Civil, Family and Criminal Matters',
    parties: ['KZ', 'LT'],
    source:
      'Treaty signed at Vilnius 9 Aug 1994 with its Protocol of 7 Mar 1997 (Almaty); ratified by Kazakhstan Law No. 292 of 9 Nov ' +
      '1998; legal assistance covers all procedural actions of the requested party\'s law (https://zakonpravo.kz/en/zakony/zakon-o-' +
      'ratifikatsii-dogovora-mezhdu-respublikoy-kazahstan-i-litovskoy-respublikoy-o-pravovoy-pomoshi-i-pravovyh-otnosheniyah-po-' +
      'grazhdanskim-semeynym-i-ugolovnym-delam-i-protokola-k-dogovoru-mezhdu-respublikoy-kazahstan-i-litovskoy-respublikoy-o-pravovoy-' +
      'pomoshi-i-pravovyh-otnosheniyah-po-grazhdanskim-semeynym-i-ugolovnym-delam; text https://ealegislation.com/document.fwx?rgn=8363)',
    inForce: { notBefore: '1998-11-09' },
    uncertain: 'date unknown: the entry into force was not found (Kazakhstan ratified it in November 1998).',
  }),

  // Uzbekistan and Tajikistan
  mlat({
    id: 'UZ-IN-MLAT',
    title: 'Uzbekistan-India Treaty on Mutual Legal Assistance in Criminal Matters',
    parties: ['UZ', 'IN'],
    source: `${INDIA_MHA_LIST}: Uzbekistan, 2001`,
    inForce: { notBefore: '2001-01-01' },
    uncertain: 'date unknown: India lists the treaty as operational with the year 2001; its signature and entry-into-force days were not found.',
  }),
  mlat({
    id: 'TJ-IN-MLAT',
    title: 'Tajikistan-India Treaty on Mutual Legal Assistance in Criminal Matters',
    parties: ['TJ', 'IN'],
    source: `${INDIA_MHA_LIST}: Tajikistan, 2003`,
    inForce: { notBefore: '2003-01-01' },
    uncertain: 'date unknown: India lists the treaty as operational with the year 2003; its signature and entry-into-force days were not found.',
  }),
  mlat({
    id: 'TJ-TR-MLA-1996',
    title: 'Tajikistan-Turkey Agreement on Legal Assistance in Civil, Commercial and Criminal Matters',
    parties: ['TJ', 'TR'],
    source:
      'Agreement signed at Ankara 6 May 1996; approved by Turkey\'s Law No. 4558 of 4 Apr 2000 (https://www.global-regulation.com/' +
      'translation/turkey/523192/period%253a-21-warning%253a-you-are-viewing-act%252c-the-parliamentary-general-assembly-has-already-adopted.-if-it-does-not-include-the-changes-made-later.-.html)',
    inForce: { notBefore: '2000-04-04' },
    uncertain: 'date unknown: Tajikistan\'s ratification and the entry into force were not found.',
  }),
];
