import type { Jurisdiction, World } from '../types.ts';
import { INSTRUMENTS } from './instruments.ts';
import { JURISDICTIONS } from './jurisdictions.ts';
import { OFFENCE_TREATIES } from './multilateral/un.ts';
import { ORDERS } from './orders.ts';
import { PROVIDERS } from './providers.ts';
import { RULES } from './rules.ts';

/**
 * The shipped real-world data that `world.extends: builtin` starts from. Every rule and instrument
 * names its source; see docs/world.md for what it covers and what is uncertain. Pure data: no I/O,
 * no clock.
 */
const INSTRUMENT_LIST = [...INSTRUMENTS, ...OFFENCE_TREATIES];

/**
 * A jurisdiction's memberships: its organisation tokens, then every multilateral instrument whose
 * party list names it (by id), so treaty membership is read from the party lists, never kept twice.
 */
function withTreatyMemberships(jurisdiction: Jurisdiction): Jurisdiction {
  const treaties = INSTRUMENT_LIST.filter((i) => i.parties.length > 2 && i.parties.includes(jurisdiction.id)).map((i) => i.id);
  return { ...jurisdiction, memberships: [...(jurisdiction.memberships ?? []), ...treaties] };
}

export const BUILTIN_WORLD: World = {
  jurisdictions: JURISDICTIONS.map(withTreatyMemberships),
  providers: PROVIDERS,
  rules: RULES,
  // The UN conventions serve only requests of their offence category (see multilateral/un.ts).
  instruments: INSTRUMENT_LIST,
  orders: ORDERS,
};

/** The date the shipped data describe (material reaching mid-2026). */
export const BUILTIN_AS_OF = '2026-11-22';

export { PENDING_INSTRUMENTS } from './instruments.ts';
export { SEED_STATES, withMembership } from './jurisdictions.ts';
