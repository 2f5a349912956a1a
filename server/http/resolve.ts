import type { Request, Response } from 'express';
import type { Scenario } from '../../machines/scenario.ts';
import type { Catalog, ScenarioError } from '../catalog.ts';
import { AppError } from '../errors.ts';
import type { CreateSessionBody, SessionVariant } from '../protocol.ts';
import { variantAsked, type Answer, type VariantAsked } from '../pool/tasks.ts';
import { withRegime } from '../regime.ts';
import type { Engine } from './offload.ts';

/** The steps a live session's cost is counted for, whatever its script: the 200-country world's MLAT run takes 51. */
const LIVE_TRANSITIONS = 50;

/** The answer to a posted file that is not one (a scenario, a what-if overlay): every error, the first in the sentence. */
function invalidFile(what: string, errors: ScenarioError[]): AppError {
  const first = errors[0];
  const where = first ? ` First: line ${first.line}, column ${first.column}${first.path ? `, ${first.path}` : ''}: ${first.message}` : '';
  return new AppError('unprocessable', `${what} has ${errors.length} error${errors.length === 1 ? '' : 's'}.${where}`, { errors });
}

export const invalidScenario = (errors: ScenarioError[]): AppError => invalidFile('The scenario', errors);
export const invalidOverlay = (errors: ScenarioError[]): AppError => invalidFile('The what-if overlay', errors);

/** What a run or an exploration asks about: a library scenario by id, or a posted file checked in the engine's threads. */
export function sourceOf(body: { scenario?: string; yaml?: string }, catalog: Catalog): { scenario: Scenario } | { yaml: string } {
  if (body.scenario === undefined) return { yaml: body.yaml ?? '' };
  const scenario = catalog.get(body.scenario);
  if (!scenario) throw new AppError('not-found', `There is no scenario "${body.scenario}" in the library. GET /api/scenarios lists them.`);
  return { scenario };
}

/** The date and what-if a body asks for, if any. */
export function variantOfBody(body: { date?: string; overlay?: string }): VariantAsked | undefined {
  return body.date !== undefined || body.overlay !== undefined ? { date: body.date, overlay: body.overlay } : undefined;
}

/**
 * Send what the engine's threads answered to a run or an exploration, or throw the error a person can
 * act on. Under a variant the result says what it changed: its own fields, and `variant` beside them.
 */
export function sendRan(answer: Answer, engine: Engine, req: Request, res: Response): void {
  switch (answer.kind) {
    case 'ran':
      res.json(answer.variant ? { ...answer.result, variant: answer.variant } : answer.result);
      return;
    case 'invalid':
      throw invalidScenario(answer.errors);
    case 'invalid-overlay':
      throw invalidOverlay(answer.errors);
    case 'unplayable':
      // Under an overridden regime a script can meet a state its author did not plan for.
      throw new AppError('unprocessable', `The scenario's script cannot be played: ${answer.message}`, { errors: answer.errors });
    case 'over-budget':
      throw engine.overBudget(req, answer.cost);
    default:
      throw new Error(`the engine answered ${answer.kind}`);
  }
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
    // Library scenarios are the operator's; a posted one must be cheap enough to step on the event
    // loop. Not by its script's path alone: the trainer may take any channel, so a long class of at
    // least LIVE_TRANSITIONS steps, each carrying every third country any channel consults.
    const cost = answer.cost;
    const units = cost ? Math.max(cost.transitions, LIVE_TRANSITIONS) * (1 + cost.thirdCountries) : 0;
    if (cost && units > engine.costs.perSession) {
      throw new AppError('too-costly', `A live session steps this scenario on the server's main thread: a class of ${Math.max(cost.transitions, LIVE_TRANSITIONS)} steps × (1 + ${cost.thirdCountries.toLocaleString('en')} third countries its channels consult) costs ${units.toLocaleString('en')}, and a session's scenario may cost at most ${engine.costs.perSession.toLocaleString('en')}. Consult fewer third countries, or study it with POST /api/runs, which runs in the engine's threads.`, {
        cost: { ...cost, transitions: Math.max(cost.transitions, LIVE_TRANSITIONS), units }, maxCost: engine.costs.perSession,
      });
    }
    scenario = answer.scenario;
  }
  return withRegime(scenario, body.regime);
}

/**
 * A session's scenario under the body's date and what-if: the session runs the variant itself (so a
 * replay, a branch and a restart ask it the same way), and keeps what it changed and the overlay's
 * text. On the event loop: an overlay is small (OVERLAY_MAX_CHARS) and read in linear time, and the
 * comparison is eight assessments.
 */
export function sessionVariant(scenario: Scenario, body: CreateSessionBody): { scenario: Scenario; variant?: SessionVariant } {
  if (body.date === undefined && body.overlay === undefined) return { scenario };
  const asked = variantAsked(scenario, { date: body.date, overlay: body.overlay });
  if ('errors' in asked) throw invalidOverlay(asked.errors);
  return { scenario: asked.scenario, variant: { ...asked.report, ...(body.overlay !== undefined && { overlay: body.overlay }) } };
}
