import type { Scenario } from '../scenario.ts';
import { DEFAULT_REGIME } from '../world/types.ts';
import { namedRegime } from '../world/regimes.ts';

/**
 * The scenario as it would run under another regime: a named one, or "contract" (the format's
 * defaults). The scenario's own regime is replaced whole, so runs under different names compare
 * doctrines and nothing else.
 */
export function underRegime(scenario: Scenario, name: string | undefined): Scenario {
  if (name === undefined) return scenario;
  const regime = name === 'contract' ? { ...DEFAULT_REGIME, name: 'contract' } : namedRegime(name)?.regime;
  if (!regime) throw new Error(`Unknown regime "${name}"`);
  return { ...scenario, regime };
}
