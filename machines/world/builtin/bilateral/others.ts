import type { Instrument } from '../../types.ts';
import { ALL, MLAT_GENERIC } from '../durations.ts';

/** Other bilateral treaties between jurisdictions. Pure data. `[S#]` refers to ../shared/domain/facts.md. */

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
    inForce: {},
    uncertain: 'In force since 2011; the exact day was not found.',
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
];
