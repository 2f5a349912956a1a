import { z } from 'zod';
import { ScenarioFileSchema } from './schema.ts';

/** Where the server serves the schema (server/http/editor-schema.ts), for editors pointed at a URL. */
export const SCENARIO_SCHEMA_URL_PATH = '/scenario.schema.json';

/**
 * The JSON Schema editors use to check scenario files as they are typed, as the text committed in
 * scenarios/scenario.schema.json. It describes the file as written (`io: 'input'`), so fields with
 * a default are optional. Cross-references and checks written as code are not in it: the loader
 * remains the judge.
 */
export function scenarioJsonSchema(): string {
  const schema = z.toJSONSchema(ScenarioFileSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
