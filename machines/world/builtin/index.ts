import type { World } from '../types.ts';

/**
 * The shipped real-world data that `world.extends: builtin` starts from. Every rule and instrument
 * names its source; see docs/world.md for what it covers and what is uncertain.
 */
export const BUILTIN_WORLD: World = {
  jurisdictions: [],
  providers: [],
  rules: [],
  instruments: [],
};
