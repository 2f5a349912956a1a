import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parse } from 'yaml';
import { Cleanup, tempDataDir, testApp } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const committed = readFileSync(fileURLToPath(new URL('../../scenarios/scenario.schema.json', import.meta.url)), 'utf8');
const example = parse(readFileSync(fileURLToPath(new URL('../fixtures/valid/contract-example.yaml', import.meta.url)), 'utf8'));

describe('GET /scenario.schema.json, the editor schema at a stable address', () => {
  it('serves the committed JSON Schema as a JSON Schema document any origin may read', async () => {
    const { app } = await testApp(cleanup);
    const res = await request(app).get('/scenario.schema.json').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/schema\+json/);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.text).toBe(committed);
  });

  it('is a schema an editor can check with: the contract\'s example passes, a misspelt field does not', async () => {
    const { app } = await testApp(cleanup);
    const res = await request(app).get('/scenario.schema.json').expect(200);
    const schema = z.fromJSONSchema(JSON.parse(res.text));
    expect(schema.safeParse(example).success).toBe(true);
    expect(schema.safeParse({ ...example, request: { ...example.request, provder: 'nimbus' } }).success).toBe(false);
  });

  it('is answered even when the built client is served, not replaced by the app\'s page', async () => {
    const dist = tempDataDir(cleanup);
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>client</title>');
    const { app } = await testApp(cleanup, undefined, dist);
    const res = await request(app).get('/scenario.schema.json').set('Accept', 'text/html,application/json').expect(200);
    expect(res.text).toBe(committed);
    // The page itself is still served where a page is asked for.
    await request(app).get('/library').set('Accept', 'text/html').expect(200, /client/);
  });
});
