import type { Instrument } from '../../types.ts';
import { ALL, MLAT_GENERIC } from '../durations.ts';

/**
 * Commonwealth of Independent States and Shanghai Cooperation Organisation instruments. Pure data;
 * each party's own dates in `partyTerms` where read.
 */

/** Minsk Convention parties among the jurisdictions (before issue 12: the shipped CIS members). */
const MINSK_PARTIES = ['KZ', 'KG', 'TJ', 'UZ', 'RU', 'BY'];

export const CIS_INSTRUMENTS: Instrument[] = [
  {
    id: 'CIS-MINSK-1993',
    title: 'CIS Convention on Legal Assistance and Legal Relations in Civil, Family and Criminal Matters (Minsk, 1993)',
    kind: 'mlat',
    parties: MINSK_PARTIES,
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'Convention of 22 Jan 1993 (Minsk) and Protocol of 28 Mar 1997 (in force 17 Sep 1999); Kazakhstan Law No. 399-I of ' +
      '24 Jun 1999 (signatories of the Protocol); Uzbek Ministry of Justice (gazeta.uz, 4 Sep 2019: CIS relations based on ' +
      'the Minsk Convention); Chisinau Convention of 7 Oct 2002, which replaces it between its own parties',
    inForce: {},
    uncertain:
      'Entry into force (commonly given as 19 May 1994) not checked. Turkmenistan\'s participation not verified, so it is ' +
      'not listed. Between parties to the 2002 Chisinau Convention (e.g. BY, KZ, KG; UZ acceded 2019) that convention ' +
      'applies instead; both are the same kind of channel here.',
  },
];
