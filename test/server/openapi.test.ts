import { Validator } from '@seriousme/openapi-schema-validator';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { Cleanup, testApp } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Every route the Express app serves, as `METHOD /path/{param}`. Routers are mounted at the root. */
function routesOf(stack: Layer[]): string[] {
  return stack.flatMap((layer) => {
    if (layer.route) {
      const path = layer.route.path.replace(/:(\w+)/g, '{$1}');
      return Object.keys(layer.route.methods).filter((m) => m !== '_all').map((m) => `${m.toUpperCase()} ${path}`);
    }
    return layer.handle?.stack ? routesOf(layer.handle.stack) : [];
  });
}

describe('the OpenAPI document', () => {
  it('is served, and a real validator accepts it as OpenAPI 3.1', async () => {
    const { app } = await testApp(cleanup);
    const res = await request(app).get('/api/openapi.json').expect(200);
    expect(res.body.openapi).toBe('3.1.0');
    const validator = new Validator();
    const result = await validator.validate(res.body);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('lists exactly the routes the app serves', async () => {
    const { app } = await testApp(cleanup);
    const doc = (await request(app).get('/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`));
    const served = routesOf((app as unknown as { router: { stack: Layer[] } }).router.stack);
    expect(served.length).toBeGreaterThan(10);
    expect([...new Set(served)].sort()).toEqual([...documented].sort());
  });

  it('describes the trainer commands with the schema that validates them', async () => {
    const { app } = await testApp(cleanup);
    const doc = (await request(app).get('/api/openapi.json')).body;
    const commands = doc.components.schemas.TrainerCommand.oneOf.map((s: { properties: { type: { const: string } } }) => s.properties.type.const);
    expect(commands).toEqual(['start', 'pause', 'step', 'advance', 'play', 'event', 'openVote', 'closeVote', 'reveal', 'breakTie', 'branch', 'reset', 'admission', 'worldEvents', 'admit', 'admitAll', 'rename', 'remove', 'roles', 'assignRole']);
  });
});
