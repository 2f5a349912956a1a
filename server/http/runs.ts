import { Router } from 'express';
import type { Catalog } from '../catalog.ts';
import { AppError } from '../errors.ts';
import type { RateLimiter } from '../limiter.ts';
import { RunBodySchema } from '../protocol.ts';
import { bodyOf, rateLimited } from './guards.ts';
import type { Engine } from './offload.ts';
import { invalidOverlay, invalidScenario } from './resolve.ts';

/**
 * A whole run at once (deterministic, or a seeded sample): the run result of SCENARIO-FORMAT.md.
 * Parsing, the run and the sample happen in the engine's threads, within a cost budget.
 */
export function runRoutes(catalog: Catalog, limiter: RateLimiter, engine: Engine): Router {
  const router = Router();
  router.post('/api/runs', rateLimited(limiter, 'runs'), async (req, res) => {
    const body = bodyOf(req, RunBodySchema);
    let source;
    if (body.scenario !== undefined) {
      const scenario = catalog.get(body.scenario);
      if (!scenario) throw new AppError('not-found', `There is no scenario "${body.scenario}" in the library. GET /api/scenarios lists them.`);
      source = { scenario };
    } else {
      source = { yaml: body.yaml ?? '' };
    }
    const variant = body.date !== undefined || body.overlay !== undefined ? { date: body.date, overlay: body.overlay } : undefined;
    const answer = await engine.run(req, res, (budget) => ({ kind: 'run', source, regime: body.regime, sample: body.sample, seed: body.seed, budget, ...(variant && { variant }) }));
    if (!answer) return;
    switch (answer.kind) {
      case 'ran':
        // Under a variant the result says what it changed: the run result's fields, and `variant` beside them.
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
        throw new Error(`a run answered ${answer.kind}`);
    }
  });
  return router;
}
