import type { ScenarioEvent } from '../machines/request/events.ts';
import type { Scenario, ScriptStep } from '../machines/scenario.ts';
import { mergeWorld } from '../machines/world/merge.ts';
import { joinParties } from '../machines/world/join.ts';
import type { Regime, World } from '../machines/world/types.ts';
import { DEFAULT_REGIME } from '../machines/world/types.ts';
import { namedRegime } from '../machines/world/regimes.ts';
import type { ScenarioFile } from './schema.ts';

const EMPTY_WORLD: World = { jurisdictions: [], providers: [], rules: [], instruments: [] };

/** The world the scenario runs in: its own entries, laid over the built-in world unless it says `none`. */
export function resolveWorld(file: ScenarioFile, builtin: World): World {
  const { extends: base, joins = [], ...own } = file.world;
  // Joins go into the built-in world before it is cut to this request, so that a state joining a
  // treaty it was not party to keeps that treaty; then again after the file's own entries, for its own.
  const joined = base === 'builtin' ? { ...builtin, instruments: joinParties(builtin.instruments, joins) } : EMPTY_WORLD;
  const merged = mergeWorld(base === 'builtin' ? forRequestsFrom(joined, file.request.from) : EMPTY_WORLD, own);
  return { ...merged, instruments: joinParties(merged.instruments, joins) };
}

/**
 * The built-in world as a request from `from` can meet it. Every channel runs between the requesting
 * state and another, so an instrument that neither binds nor names `from` can never carry, close or
 * be cited for this request; and only the requesting state's own production orders reach a provider.
 * Leaving the rest out keeps a session's frozen scenario (stored, replayed and sent to every
 * participant) at a fraction of the whole world's size.
 */
function forRequestsFrom(world: World, from: string): World {
  return {
    ...world,
    instruments: world.instruments.filter((i) => i.parties.includes(from) || i.partyTerms?.[from] !== undefined),
    ...(world.orders && { orders: world.orders.filter((o) => o.jurisdiction === from) }),
  };
}

/**
 * The runnable scenario from a file that passed every check. `lineOf` gives the line of a field
 * path, so that the runner can name the line of a script event it cannot take.
 */
export function buildScenario(
  file: ScenarioFile,
  world: World,
  source: string,
  lineOf: (path: PropertyKey[]) => number,
): Scenario {
  const script: ScriptStep[] = file.script.map(({ day, event, ...fields }, i) => ({
    ...(day === undefined ? {} : { day }),
    event: { type: event, ...fields } as ScenarioEvent,
    line: lineOf(['script', i]),
  }));
  const { world: _world, script: _script, regime: ownRegime, ...rest } = file;
  return { ...rest, world, script, regime: resolveRegime(ownRegime), file: source };
}

/** The contract's defaults, then a named regime's settings, then the fields the file gives itself. */
export function resolveRegime(own: Partial<Regime>): Regime {
  const named = own.name === undefined ? undefined : namedRegime(own.name)?.regime;
  const given = Object.fromEntries(Object.entries(own).filter(([, v]) => v !== undefined));
  return { ...DEFAULT_REGIME, ...named, ...given };
}
