import type { Instrument } from '../../types.ts';
import { ALL, MLAT_GENERIC } from '../durations.ts';

/** Other bilateral treaties between jurisdictions. Pure data. `[S#]` refers to docs/sources.md. */

export const OTHER_BILATERAL: Instrument[] = [
  {
    id: 'JP-RU-MLAT',
    title: 'Japan-Russia Treaty on Mutual Legal Assistance in Criminal Matters',
    kind: 'mlat',
    parties: ['JP', 'RU'],
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'Treaty between Japan and the Russian Federation on mutual legal assistance in criminal matters, refusal grounds art. ' +
      '3 [S64]; came into effect in 2011 (Japan MoJ White Paper on Crime 2011)',
    inForce: { notBefore: '2011-01-01' },
    uncertain: 'In force since 2011; the exact day was not found, so it applies from 1 Jan 2011.',
  },
  {
    id: 'BR-CH-MLAT-2004',
    title: 'Brazil-Switzerland Treaty on Legal Cooperation in Criminal Matters',
    kind: 'mlat',
    parties: ['BR', 'CH'],
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'Treaty signed at Bern 12 May 2004, approved by Brazil\'s Legislative Decree 300 of 13 Jul 2006, in force ' +
      'internationally 27 Jul 2009, promulgated by Decree 6,974 of 7 Oct 2009',
    inForce: { from: '2009-07-27' },
  },
  {
    id: 'ES-UY-MLAT-1991',
    title: 'Treaty of Mutual Legal Assistance in Criminal Matters between Spain and Uruguay',
    kind: 'mlat',
    legalForm: 'treaty',
    parties: ['ES', 'UY'],
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'Done at Montevideo 19 Nov 1991; Spanish instrument of ratification 30 Nov 1999; in force 7 Feb 2000 ' +
      '(BOE-A-2000-3692, https://vlex.es/vid/tratado-penales-uruguay-montevideo-15079629)',
    inForce: { from: '2000-02-07' },
  },
  {
    id: 'VN-KH-MLAT-2016',
    title: 'Agreement between Viet Nam and Cambodia on Mutual Legal Assistance in Criminal Matters',
    kind: 'mlat',
    legalForm: 'treaty',
    parties: ['VN', 'KH'],
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'Signed at Hanoi 20 Dec 2016; in force 2 Oct 2020 (Viet Nam Ministry of Foreign Affairs notice 61/2020/TB-LPQT of ' +
      '1 Dec 2020, https://thuvienphapluat.vn/van-ban/Trach-nhiem-hinh-su/Thong-bao-61-2020-TB-LPQT-hieu-luc-Hiep-dinh-tuong-tro-tu-phap-hinh-su-Viet-Nam-va-Cam-pu-chia-461353.aspx); ' +
      'both are also parties to the ASEAN MLA Treaty (multilateral/regional.ts), meant to operate alongside existing ' +
      'mechanisms (ASEAN MLAT secretariat, http://aseanmlatsec.agc.gov.my/)',
    inForce: { from: '2020-10-02' },
  },
  {
    id: 'TH-UA-MLAT-2017',
    title: 'Treaty between Thailand and Ukraine on Mutual Legal Assistance in Criminal Matters',
    kind: 'mlat',
    legalForm: 'treaty',
    parties: ['TH', 'UA'],
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'Signed at Bangkok 5 Jun 2017; ratifications exchanged 10 Jul 2019; in force 9 Aug 2019 under art. 20 (30th day after ' +
      'the exchange) (Thai Ministry of Foreign Affairs, https://mfa.go.th/en/content/5d5bd27c15e39c3060029b7b)',
    inForce: { from: '2019-08-09' },
  },
  {
    id: 'PH-ES-MLAT',
    title: 'Treaty between the Philippines and Spain on Mutual Legal Assistance in Criminal Matters',
    kind: 'mlat',
    legalForm: 'treaty',
    parties: ['PH', 'ES'],
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'Listed among the Philippines\' MLATs in force in May 2012 (Senator L. Legarda, chair of the Senate Committee on Foreign ' +
      'Relations, https://www.lorenlegarda.com.ph/legarda-leads-approval-of-three-intl-treaties/)',
    inForce: {},
    uncertain:
      'date unknown: signature and entry-into-force dates were not read; in force by May 2012. Not even a year is known ' +
      'before which it was not in force, so the entry applies on any date.',
  },
  {
    id: 'EG-PL-MLA-1992',
    title: 'Convention between Egypt and Poland on Judicial Cooperation in Criminal Matters, Transfer of Sentenced Persons and Extradition',
    kind: 'mlat',
    legalForm: 'treaty',
    parties: ['EG', 'PL'],
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'Signed at Cairo 17 May 1992; approved by Egyptian Presidential Decree No. 339 of 1992, published in the Official ' +
      'Gazette No. 9 of 4 Mar 1993 (text reproduced at https://ahmedazimelgamel.blogspot.com/search?max-results=40&' +
      'reverse-paginate=true&updated-max=2021-09-21T15%3A52%3A00-02%3A00)',
    inForce: { notBefore: '1992-05-17' },
    uncertain:
      'date unknown: the exchange of ratifications was not read; the Egyptian publication of Mar 1993 is the latest date ' +
      'read before it applied.',
  },
  {
    id: 'EG-AM-MLAT-2007',
    title: 'Agreement between Egypt and Armenia on Mutual Legal Assistance in Criminal Matters',
    kind: 'mlat',
    legalForm: 'treaty',
    parties: ['EG', 'AM'],
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'Signed at Cairo 15 Apr 2007; approved by Egyptian Presidential Decree No. 336 of 2007 (3 Oct 2007, with the reservation ' +
      'of ratification; approved by the People\'s Assembly 25 Nov 2007), published in the Official Gazette of 8 May 2008 ' +
      '(text reproduced at https://ahmedazimelgamel.blogspot.com/2025/05/336-2007.html)',
    inForce: { notBefore: '2007-11-25' },
    uncertain:
      'date unknown: the exchange of ratifications was not read; the Egyptian publication of May 2008 is the latest date read ' +
      'before it applied.',
  },
];
