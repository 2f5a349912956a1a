import type { StateValue } from 'xstate';

/** Final states of the request machine, by the outcome names of the contract. */
export const FINAL_OUTCOMES = {
  delivered: 'delivered',
  refused: 'refused',
  blocked: 'blocked',
  dataLost: 'data-lost',
  withdrawn: 'withdrawn',
} as const;

function dotted(value: StateValue): string {
  if (typeof value === 'string') return value;
  const [key, child] = Object.entries(value)[0]!;
  return child === undefined ? key : `${key}.${dotted(child as StateValue)}`;
}

/**
 * A state as users read it: the path inside the channel region ("mlat.drafting"), the custody region
 * ("preservation.preserved"), or the final state ("delivered").
 */
export function regionPaths(value: StateValue): { channel: string; custody: string } {
  if (typeof value === 'string') return { channel: value, custody: value };
  const active = (value as { active: { channel: StateValue; preservation: StateValue } }).active;
  return { channel: dotted(active.channel), custody: `preservation.${dotted(active.preservation)}` };
}
