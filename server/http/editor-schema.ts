import { readFileSync } from 'node:fs';
import { Router } from 'express';
import { SCENARIO_SCHEMA_URL_PATH } from '../../scenarios/json-schema.ts';

/** The committed editor schema (`npm run schema` writes it; a test keeps it equal to scenarios/schema.ts). */
const SCHEMA_FILE = new URL('../../scenarios/scenario.schema.json', import.meta.url);

/**
 * The scenario format's JSON Schema at a stable address, so that an editor can be pointed at the
 * server (`yaml.schemas` with a URL) instead of a path relative to each file. Read once: it changes
 * only with a new version of the server. Any origin may read it: it is public, and browser-based
 * editors fetch it cross-origin.
 */
export function editorSchemaRoutes(): Router {
  const router = Router();
  const body = readFileSync(SCHEMA_FILE, 'utf8');
  router.get(SCENARIO_SCHEMA_URL_PATH, (_req, res) => {
    res.set({ 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-cache' });
    res.type('application/schema+json').send(body);
  });
  return router;
}
