import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../scenarios/json-schema.ts';

const committedPath = fileURLToPath(new URL('../../scenarios/scenario.schema.json', import.meta.url));
const committed = readFileSync(committedPath, 'utf8');
const example = parse(readFileSync(fileURLToPath(new URL('../fixtures/valid/contract-example.yaml', import.meta.url)), 'utf8'));
// Read back through zod's JSON Schema reader: it checks the committed file itself, not the zod schema.
const editorSchema = z.fromJSONSchema(JSON.parse(committed));

describe('scenarios/scenario.schema.json', () => {
  it('is what `npm run schema` generates from scenarios/schema.ts now', () => {
    expect(committed, 'the JSON Schema is stale: run `npm run schema`').toBe(scenarioJsonSchema());
  });

  it('accepts the whole example of the contract', () => {
    expect(editorSchema.safeParse(example).error?.issues).toBeUndefined();
  });

  it('refuses a misspelt field, as the loader does', () => {
    const typo = { ...example, request: { ...example.request, provder: 'nimbus' } };
    expect(editorSchema.safeParse(typo).success).toBe(false);
  });
});
