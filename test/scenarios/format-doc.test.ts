import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderFormatDoc, undescribedProperties, type JsonSchemaNode } from '../../scenarios/format-doc.ts';

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
const committedDoc = read('../../docs/scenario-format.md');
const committedSchema = JSON.parse(read('../../scenarios/scenario.schema.json')) as JsonSchemaNode;

/** Every description the editor shows, wherever it sits in the schema. */
function descriptions(node: unknown, into: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => descriptions(n, into));
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'description' && typeof value === 'string') into.push(value);
      else descriptions(value, into);
    }
  }
  return into;
}

describe('docs/scenario-format.md, the reference of every field', () => {
  it('is what `npm run format:doc` writes from scenarios/schema.ts now', () => {
    expect(committedDoc, 'docs/scenario-format.md is stale: run `npm run format:doc`').toBe(renderFormatDoc());
  });

  it('every property of the editor schema has a description', () => {
    expect(undescribedProperties(committedSchema)).toEqual([]);
  });

  it('a property without a description is found, however deep, and the page refuses to be written', () => {
    const schema: JsonSchemaNode = {
      type: 'object',
      properties: {
        world: {
          type: 'object', description: 'the world',
          properties: { providers: { type: 'array', description: 'providers', items: { type: 'object', properties: { home: { type: 'string' } } } } },
        },
      },
    };
    expect(undescribedProperties(schema)).toEqual(['world.providers[].home']);
    expect(() => renderFormatDoc(schema)).toThrow(/world\.providers\[\]\.home/);
  });

  it('shows every description the editor shows, so hover text and reference say the same', () => {
    const cell = (s: string) => s.replace(/\|/g, '\\|');
    const absent = [...new Set(descriptions(committedSchema))].filter((d) => !committedDoc.includes(cell(d)));
    expect(absent).toEqual([]);
  });

  it('gives each field its type and default: an instrument\'s days default by kind, a provider\'s responseDays 10', () => {
    expect(committedDoc).toMatch(/\| `median` \| number ≥ 0 \| {2}\| `300` \(mlat\), `30` \(agreement\), `20` \(direct-cooperation\) \|/);
    expect(committedDoc).toMatch(/\| `responseDays` \| whole number ≥ 0 \| {2}\| `10` \| /);
    expect(committedDoc).toMatch(/\| `provider` \| id \| yes \| {2}\| /);
  });
});
