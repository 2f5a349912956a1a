import { Router } from 'express';
import { runScenario, ScriptError } from '../../machines/run/script.ts';
import { sampleScenario } from '../../machines/run/sample.ts';
import type { Catalog } from '../catalog.ts';
import { AppError } from '../errors.ts';
import type { RateLimiter } from '../limiter.ts';
import { RunBodySchema } from '../protocol.ts';
import { bodyOf, rateLimited } from './guards.ts';
import { resolveScenario } from './resolve.ts';

/** A whole run at once (deterministic, or a seeded sample): the run result of SCENARIO-FORMAT.md. */
export function runRoutes(catalog: Catalog, limiter: RateLimiter): Router {
  const router = Router();
  router.post('/api/runs', rateLimited(limiter, 'runs'), (req, res) => {
    const body = bodyOf(req, RunBodySchema);
    const scenario = resolveScenario(body, catalog);
    try {
      res.json(body.sample === undefined ? runScenario(scenario) : sampleScenario(scenario, body.sample, body.seed ?? scenario.seed ?? 1));
    } catch (error) {
      if (!(error instanceof ScriptError)) throw error;
      // Under an overridden regime a script can meet a state its author did not plan for.
      const index = scenario.script.indexOf(error.step);
      const errors = [{ file: scenario.file ?? scenario.id, line: error.line ?? 1, column: 1, path: index >= 0 ? `script[${index}]` : 'script', message: error.message }];
      throw new AppError('unprocessable', `The scenario's script cannot be played: ${error.message}`, { errors });
    }
  });
  return router;
}
