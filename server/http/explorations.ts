import { Router } from 'express';
import type { Catalog } from '../catalog.ts';
import { AppError } from '../errors.ts';
import type { RateLimiter } from '../limiter.ts';
import { EXPLORE_MAX_PATHS, ExplorationBodySchema } from '../protocol.ts';
import { bodyOf, rateLimited } from './guards.ts';
import type { Engine } from './offload.ts';
import { invalidOverlay, invalidScenario } from './resolve.ts';

/**
 * Every outcome a scenario can reach (issue 14): what `rogatory explore FILE --json` prints. The body
 * is a run's (a library id or a whole file, a regime); the exploration runs in the engine's threads,
 * charged like a run, and stops where the request's budget ends.
 */
export function explorationRoutes(catalog: Catalog, limiter: RateLimiter, engine: Engine): Router {
  const router = Router();
  router.post('/api/explorations', rateLimited(limiter, 'runs'), async (req, res) => {
    const body = bodyOf(req, ExplorationBodySchema);
    let source;
    if (body.scenario !== undefined) {
      const scenario = catalog.get(body.scenario);
      if (!scenario) throw new AppError('not-found', `There is no scenario "${body.scenario}" in the library. GET /api/scenarios lists them.`);
      source = { scenario };
    } else {
      source = { yaml: body.yaml ?? '' };
    }
    const variant = body.date !== undefined || body.overlay !== undefined ? { date: body.date, overlay: body.overlay } : undefined;
    const answer = await engine.run(req, res, (budget) => ({ kind: 'explore', source, regime: body.regime, maxPaths: body.maxPaths ?? EXPLORE_MAX_PATHS, budget, ...(variant && { variant }) }));
    if (!answer) return;
    switch (answer.kind) {
      case 'ran':
        // Under a variant the exploration says what it changed, as a run does.
        res.json(answer.variant ? { ...answer.result, variant: answer.variant } : answer.result);
        return;
      case 'invalid':
        throw invalidScenario(answer.errors);
      case 'invalid-overlay':
        throw invalidOverlay(answer.errors);
      case 'unplayable':
        throw new AppError('unprocessable', `The scenario's script cannot be played: ${answer.message}`, { errors: answer.errors });
      case 'over-budget':
        throw engine.overBudget(req, answer.cost);
      default:
        throw new Error(`an exploration answered ${answer.kind}`);
    }
  });
  return router;
}
