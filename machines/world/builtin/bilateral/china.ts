import type { Instrument } from '../../types.ts';
import { ALL, MLAT_GENERIC } from '../durations.ts';

/**
 * China's bilateral treaties on mutual legal assistance (judicial assistance) in criminal matters.
 * Pure data. `[S#]` refers to ../shared/domain/facts.md.
 */

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
    inForce: {},
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
      'would harm sovereignty, security or public order',
    inForce: {},
    uncertain: 'Entry-into-force date not found.',
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
    inForce: {},
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
    inForce: {},
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
    inForce: {},
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
      'Treaty signed at Beijing 1 Dec 2007 (Xinhua, Aug 2008); came into effect in 2008 (Japan MoJ White Paper on Crime 2011)',
    inForce: {},
    uncertain: 'In force since 2008; the exact day was not found.',
  },
];
