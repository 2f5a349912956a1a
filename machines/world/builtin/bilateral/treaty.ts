import type { Instrument } from '../../types.ts';
import { ALL, MLAT_GENERIC } from '../durations.ts';

/** What a bilateral treaty entry must say; the rest takes the defaults every family shares. */
export type TreatyFields = Omit<Instrument, 'kind' | 'data' | 'days' | 'excludes' | 'legalForm'> & Partial<Pick<Instrument, 'data' | 'days' | 'excludes'>>;

/**
 * A bilateral treaty on mutual legal assistance in criminal matters: every category of data, no
 * exclusions and, unless given, no published durations (the format's defaults). Fields left
 * undefined are left out, so an entry without `uncertain` has none.
 */
export function bilateralTreaty(fields: TreatyFields): Instrument {
  const given = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as TreatyFields;
  return { kind: 'mlat', legalForm: 'treaty', data: [...ALL], days: MLAT_GENERIC, excludes: [], ...given };
}
