import { Router } from 'express';
import type { Catalog } from '../catalog.ts';
import { AppError } from '../errors.ts';
import type { RateLimiter } from '../limiter.ts';
import { ValidateBodySchema, type ScenarioLibrary } from '../protocol.ts';
import { bodyOf, rateLimited } from './guards.ts';
import type { Engine } from './offload.ts';

export function scenarioRoutes(catalog: Catalog, limiter: RateLimiter, engine: Engine): Router {
  const router = Router();

  router.get('/api/scenarios', (_req, res) => {
    const library: ScenarioLibrary = { scenarios: catalog.list(), invalid: catalog.invalid() };
    res.json(library);
  });

  router.get('/api/scenarios/:id', (req, res) => {
    const scenario = catalog.get(req.params.id);
    if (!scenario) throw new AppError('not-found', `There is no scenario "${req.params.id}" in the library. GET /api/scenarios lists them.`);
    res.json(scenario);
  });

  // The same checks and errors as `rogatory validate`; a file with errors is a successful answer,
  // unless it passes a limit of scenarios/limits.ts: then it was not checked, and that is a 422.
  // Parsing and playing the script happen in the engine's threads.
  router.post('/api/scenarios/validate', rateLimited(limiter, 'validations'), async (req, res) => {
    let yaml: string;
    let file = 'scenario.yaml';
    let full = false;
    if (typeof req.body === 'string') {
      yaml = req.body;
      if (typeof req.query.file === 'string' && req.query.file.length <= 200) file = req.query.file;
    } else if (req.body !== undefined) {
      const body = bodyOf(req, ValidateBodySchema);
      yaml = body.yaml;
      file = body.file ?? file;
      full = body.full ?? false;
    } else {
      throw new AppError('invalid', 'Send the scenario file as the body, with "Content-Type: text/plain" (or text/yaml), or as JSON { "yaml": "..." }.');
    }
    const answer = await engine.run(req, res, () => ({ kind: 'check', yaml, file, keep: full }));
    if (!answer) return;
    if (answer.kind !== 'checked') throw new Error(`a check answered ${answer.kind}`);
    if (answer.exceeded) {
      const [first] = answer.errors;
      const where = first ? ` Line ${first.line}, column ${first.column}${first.path ? `, ${first.path}` : ''}: ${first.message}.` : '';
      throw new AppError('unprocessable', `The scenario is too large to check.${where}`, { errors: answer.errors });
    }
    res.json({ valid: answer.errors.length === 0, scenario: answer.summary, errors: answer.errors, ...(full && answer.scenario && { full: answer.scenario }) });
  });

  return router;
}
