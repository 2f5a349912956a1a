import { Router } from 'express';
import type { Catalog } from '../catalog.ts';
import type { RateLimiter } from '../limiter.ts';
import { EXPLORE_MAX_PATHS, ExplorationBodySchema } from '../protocol.ts';
import { bodyOf, rateLimited } from './guards.ts';
import type { Engine } from './offload.ts';
import { sendRan, sourceOf, variantOfBody } from './resolve.ts';

/**
 * Every outcome a scenario can reach (issue 14): what `rogatory explore FILE --json` prints. The body
 * is a run's (a library id or a whole file, a regime); the exploration runs in the engine's threads,
 * charged like a run, and stops where the request's budget ends.
 */
export function explorationRoutes(catalog: Catalog, limiter: RateLimiter, engine: Engine): Router {
  const router = Router();
  router.post('/api/explorations', rateLimited(limiter, 'runs'), async (req, res) => {
    const body = bodyOf(req, ExplorationBodySchema);
    const source = sourceOf(body, catalog);
    const variant = variantOfBody(body);
    const answer = await engine.run(req, res, (budget) => ({ kind: 'explore', source, regime: body.regime, maxPaths: body.maxPaths ?? EXPLORE_MAX_PATHS, budget, ...(variant && { variant }) }));
    if (answer) sendRan(answer, engine, req, res);
  });
  return router;
}
