import type { Request, Response } from 'express';
import type { Scenario } from '../../machines/scenario.ts';
import type { Catalog, ScenarioError } from '../catalog.ts';
import { AppError } from '../errors.ts';
import type { CreateSessionBody } from '../protocol.ts';
import { withRegime } from '../regime.ts';
import type { Engine } from './offload.ts';

/** The answer to YAML that is no scenario: every error, the first in the sentence. */
export function invalidScenario(errors: ScenarioError[]): AppError {
  const first = errors[0];
  const where = first ? ` First: line ${first.line}, column ${first.column}${first.path ? `, ${first.path}` : ''}: ${first.message}` : '';
  return new AppError('unprocessable', `The scenario has ${errors.length} error${errors.length === 1 ? '' : 's'}.${where}`, { errors });
}

/**
 * The scenario a body names (by library id, or whole as YAML, parsed and checked in the engine's
 * threads), with its regime overridden if asked. Undefined when the caller went away meanwhile.
 */
export async function resolveScenario(body: CreateSessionBody, catalog: Catalog, engine: Engine, req: Request, res: Response): Promise<Scenario | undefined> {
  let scenario: Scenario;
  if (body.scenario !== undefined) {
    const found = catalog.get(body.scenario);
    if (!found) throw new AppError('not-found', `There is no scenario "${body.scenario}" in the library. GET /api/scenarios lists them.`);
    scenario = found;
  } else {
    const answer = await engine.run(req, res, () => ({ kind: 'check', yaml: body.yaml ?? '', file: 'scenario.yaml', keep: true }));
    if (!answer) return undefined;
    if (answer.kind !== 'checked') throw new Error(`a check answered ${answer.kind}`);
    if (!answer.scenario) throw invalidScenario(answer.errors);
    // Library scenarios are the operator's; a posted one must be cheap enough to step on the event loop.
    const cost = answer.cost;
    if (cost && cost.units > engine.costs.perSession) {
      throw new AppError('too-costly', `A live session steps this scenario on the server's main thread, and one run of it costs ${cost.transitions} transitions × (1 + ${cost.thirdCountries.toLocaleString('en')} third countries consulted) = ${cost.units.toLocaleString('en')}; a session's scenario may cost at most ${engine.costs.perSession.toLocaleString('en')}. Consult fewer third countries, or study it with POST /api/runs, which runs in the engine's threads.`, {
        cost, maxCost: engine.costs.perSession,
      });
    }
    scenario = answer.scenario;
  }
  return withRegime(scenario, body.regime);
}
