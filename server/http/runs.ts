import { Router } from 'express';
import type { Catalog } from '../catalog.ts';
import type { RateLimiter } from '../limiter.ts';
import { RunBodySchema } from '../protocol.ts';
import { bodyOf, rateLimited } from './guards.ts';
import type { Engine } from './offload.ts';
import { sendRan, sourceOf, variantOfBody } from './resolve.ts';

/**
 * A whole run at once (deterministic, or a seeded sample): the run result of SCENARIO-FORMAT.md.
 * Parsing, the run and the sample happen in the engine's threads, within a cost budget.
 */
export function runRoutes(catalog: Catalog, limiter: RateLimiter, engine: Engine): Router {
  const router = Router();
  router.post('/api/runs', rateLimited(limiter, 'runs'), async (req, res) => {
    const body = bodyOf(req, RunBodySchema);
    const source = sourceOf(body, catalog);
    const variant = variantOfBody(body);
    const answer = await engine.run(req, res, (budget) => ({ kind: 'run', source, regime: body.regime, sample: body.sample, seed: body.seed, budget, ...(variant && { variant }) }));
    if (answer) sendRan(answer, engine, req, res);
  });
  return router;
}
