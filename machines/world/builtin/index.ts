import type { World } from '../types.ts';
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
export const BUILTIN_WORLD: World = {
  jurisdictions: JURISDICTIONS,
  providers: PROVIDERS,
  rules: RULES,
  // The UN conventions serve only requests of their offence category (see multilateral/un.ts).
  instruments: [...INSTRUMENTS, ...OFFENCE_TREATIES],
  orders: ORDERS,
};

/** The date the shipped data describe (material reaching mid-2026). */
export const BUILTIN_AS_OF = '2026-11-22';

export { PENDING_INSTRUMENTS } from './instruments.ts';
export { SEED_STATES, withMembership } from './jurisdictions.ts';
