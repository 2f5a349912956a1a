import { underRegime } from '../machines/run/regime.ts';
import type { Scenario } from '../machines/scenario.ts';
import type { CreateSessionBody } from './protocol.ts';

export type RegimeOverride = CreateSessionBody['regime'];

/** The scenario under the regime a body asks for: a named one, or fields of its own overridden. */
export function withRegime(scenario: Scenario, regime: RegimeOverride): Scenario {
  if (typeof regime === 'string') return underRegime(scenario, regime);
  if (!regime) return scenario;
  // A named regime no longer describes a regime someone has changed.
  const { name: _name, ...own } = scenario.regime;
  return { ...scenario, regime: { ...own, ...regime } };
}
