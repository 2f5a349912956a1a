import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { exploreScenario } from '../../machines/run/explore.ts';
import { createApp } from '../../server/app.ts';
import { Catalog } from '../../server/catalog.ts';
import { DEFAULT_COSTS, DEFAULT_LIMITS } from '../../server/limiter.ts';
import { memoryLogger } from '../../server/log.ts';
import { InlinePool } from '../../server/pool/pool.ts';
import { SessionService } from '../../server/sessions/service.ts';
import { SqliteStore } from '../../server/store/sqlite.ts';
import { BLOCKING, Cleanup, LIBRARY, tempDataDir, testApp, expectProblem } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const blockingYaml = readFileSync(join(LIBRARY, 'blocking.yaml'), 'utf8');

describe('POST /api/explorations', () => {
  it('explores a library scenario: every outcome, the paths to each, as the engine explores it', async () => {
    const { app, catalog } = await testApp(cleanup);
    const res = await request(app).post('/api/explorations').send({ scenario: BLOCKING }).expect(200);
    expect(res.body).toEqual(exploreScenario(catalog.get(BLOCKING)!));
    expect(res.body.truncated).toBe(false);
    // The default policy's way ends delivered through MLAT on day 240 (the run's own result) in most
    // sampled runs; the probabilities of all outcomes add up to one.
    expect(res.body.outcomes[0]).toMatchObject({ outcome: 'delivered', channel: 'mlat' });
    expect(res.body.outcomes[0].probability).toBeGreaterThan(0.5);
    expect(res.body.outcomes.reduce((a: number, o: { probability: number }) => a + o.probability, 0)).toBeCloseTo(1, 9);
    expect(res.body.paths[res.body.outcomes[0].paths[0]]).toMatchObject({ outcome: 'delivered', channel: 'mlat', days: 240 });
  });

  it('explores YAML sent whole, under another regime, and stops at maxPaths', async () => {
    const { app } = await testApp(cleanup);
    const whole = await request(app).post('/api/explorations').send({ yaml: blockingYaml, regime: 'provider-control' }).expect(200);
    expect(whole.body.paths.length).toBeGreaterThan(3);
    const part = await request(app).post('/api/explorations').send({ yaml: blockingYaml, regime: 'provider-control', maxPaths: 3 }).expect(200);
    expect(part.body.truncated).toBe(true);
    expect(part.body.paths).toEqual(whole.body.paths.slice(0, 3));
  });

  it('explores under a what-if: dropping the blocking statute lets the direct request deliver, and a bad overlay is placed on its line', async () => {
    const { app } = await testApp(cleanup);
    const before = await request(app).post('/api/explorations').send({ scenario: BLOCKING }).expect(200);
    const after = await request(app).post('/api/explorations').send({ scenario: BLOCKING, overlay: 'drop: [AR-DATA-ACT-12]\n' }).expect(200);
    const direct = (body: { outcomes: { outcome: string; channel: string | null }[] }) => body.outcomes.some((o) => o.outcome === 'delivered' && o.channel === 'direct');
    expect(direct(before.body)).toBe(false);
    expect(direct(after.body)).toBe(true);
    expect(after.body.variant.differences.map((d: { channel: string }) => d.channel)).toContain('direct');
    const bad = await request(app).post('/api/explorations').send({ scenario: BLOCKING, overlay: 'drop: [AR-DATA-ACT-13]\n' });
    expectProblem(bad, 422, /AR-DATA-ACT-13|overlay/);
    expect(bad.body.errors[0]).toMatchObject({ file: 'overlay.yaml', line: 1 });
  });

  it('answers problems a person can act on', async () => {
    const { app } = await testApp(cleanup);
    expectProblem(await request(app).post('/api/explorations').send({ scenario: BLOCKING, yaml: blockingYaml }), 400, /either "scenario".*or "yaml"/);
    expectProblem(await request(app).post('/api/explorations').send({ scenario: BLOCKING, maxPaths: 0 }), 400, /maxPaths/);
    expectProblem(await request(app).post('/api/explorations').send({ scenario: BLOCKING, paths: 3 }), 400, /paths/);
    expectProblem(await request(app).post('/api/explorations').send({ scenario: 'nope' }), 404, /no scenario "nope"/);
    const invalid = await request(app).post('/api/explorations').send({ yaml: 'id: x\n' });
    expectProblem(invalid, 422, /error/);
    expect(invalid.body.errors[0]).toMatchObject({ file: 'scenario.yaml', line: expect.any(Number) });
  });

  it('stops where the request\'s cost budget ends, and says so', async () => {
    const log = memoryLogger();
    const store = await SqliteStore.inFolder(tempDataDir(cleanup));
    const sessions = new SessionService({ store, log, tickMs: 20 });
    cleanup.add(() => store.close());
    cleanup.add(() => sessions.close());
    const catalog = Catalog.fromFolder(LIBRARY, log);
    const full = exploreScenario(catalog.get(BLOCKING)!);
    // Enough for a few paths of this scenario, not for all of them.
    const costs = { ...DEFAULT_COSTS, perRequest: 400 };
    const app = createApp({ sessions, scenarios: catalog, pool: new InlinePool(), log, limits: DEFAULT_LIMITS, costs, clientDist: null });
    const res = await request(app).post('/api/explorations').send({ scenario: BLOCKING }).expect(200);
    expect(res.body.truncated).toBe(true);
    expect(res.body.paths.length).toBeGreaterThan(0);
    expect(res.body.paths.length).toBeLessThan(full.paths.length);
    // Not even one path fits: refused with the figures.
    const tiny = createApp({ sessions, scenarios: catalog, pool: new InlinePool(), log, limits: DEFAULT_LIMITS, costs: { ...DEFAULT_COSTS, perRequest: 5 }, clientDist: null });
    expectProblem(await request(tiny).post('/api/explorations').send({ scenario: BLOCKING }), 422, /one request may cost at most 5/);
  });
});
