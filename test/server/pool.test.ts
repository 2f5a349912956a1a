import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { runScenario } from '../../machines/run/script.ts';
import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';
import { findScenarioFiles, loadScenarioFile, parseScenario } from '../../scenarios/load.ts';
import { DEFAULT_COSTS } from '../../server/limiter.ts';
import { costOf } from '../../server/pool/cost.ts';
import { SAMPLE_MAX } from '../../server/protocol.ts';
import { BLOCKING, Cleanup, LIBRARY, api, testApp, testServer } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const SCENARIOS = join(import.meta.dirname, '..', '..', 'scenarios');
const shipped = (name: string) => readFileSync(join(SCENARIOS, `${name}.yaml`), 'utf8');

/**
 * Figures printed by the engine before samples moved to worker threads (commit 00fbdbd, calling
 * sampleScenario on the main thread). A sample draws every run from one seeded stream: the same
 * scenario and seed must give these figures wherever it runs. (The Skype figures replace a Microsoft
 * Ireland 2013 pin whose route moved with the location principle; printed by `rogatory run --sample
 * 500 --seed 3 --json`, which samples on the main thread.)
 */
const PINNED = [
  {
    body: { yaml: shipped('fictional/preservation-race-lost'), sample: 2000, seed: 7 },
    figures: { scenario: 'preservation-race-lost', runs: 2000, seed: 7, outcomes: { 'data-lost': 1724, delivered: 276 }, channels: { mlat: 2000 }, days: { p10: 107, p50: 150, p90: 174 } },
  },
  {
    body: { yaml: shipped('fictional/agreement-consent-delay'), sample: 2000, seed: 2026 },
    figures: { scenario: 'agreement-consent-delay', runs: 2000, seed: 2026, outcomes: { delivered: 2000 }, channels: { agreement: 2000 }, days: { p10: 55, p50: 70, p90: 98 } },
  },
  {
    body: { yaml: shipped('real/skype-belgium-eio-2018'), sample: 500, seed: 3 },
    figures: { scenario: 'skype-belgium-eio-2018', runs: 500, seed: 3, outcomes: { delivered: 500 }, channels: { mlat: 500 }, days: { p10: 67, p50: 89, p90: 118 } },
  },
  {
    body: { yaml: shipped('fictional/agreement-consent-delay'), sample: 300, seed: 5, regime: 'provider-control' },
    figures: { scenario: 'agreement-consent-delay', runs: 300, seed: 5, outcomes: { delivered: 300 }, channels: { agreement: 300 }, days: { p10: 55, p50: 69, p90: 101 } },
  },
];

describe('the engine\'s worker threads', () => {
  it('give the figures the engine gave on the event loop, for the same seed, several at once', async () => {
    const { server } = await testServer(cleanup, { pool: { threads: 2 } });
    const answers = await Promise.all(PINNED.map((p) => api(server.url, 'POST', '/api/runs', p.body)));
    answers.forEach((answer, i) => {
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject(PINNED[i]!.figures);
      // The days per channel (issue 14) split the delivered runs, no more and no fewer.
      const byChannel = Object.values(answer.body.byChannel ?? {}) as { delivered: number }[];
      expect(byChannel.reduce((n, c) => n + c.delivered, 0)).toBe(PINNED[i]!.figures.outcomes.delivered ?? 0);
    });
  });

  it('answer a script error under an overridden regime as before: 422, located on the line of its event', async () => {
    const { server } = await testServer(cleanup);
    const yaml = shipped('fictional/preservation-manual-saved');
    const index = parseScenario(yaml, 'scenario.yaml', BUILTIN_WORLD).scenario!.script.findIndex((s) => s.line === 61);
    const { app } = await testApp(cleanup);
    for (const body of [{ yaml, regime: { maxExtensions: 0 } }, { yaml, regime: { maxExtensions: 0 }, sample: 50, seed: 1 }]) {
      const threaded = await api(server.url, 'POST', '/api/runs', body);
      expect(threaded.status).toBe(422);
      expect(threaded.body.detail).toMatch(/^The scenario's script cannot be played: (sampled run 1 of 50 \(seed 1\): )?line 61: EXTEND_PRESERVATION on day 75 in state mlat\.requestedReview: the regime allows no extension of a preservation/);
      expect(threaded.body.errors).toEqual([{ file: 'scenario.yaml', line: 61, column: 1, path: `script[${index}]`, message: expect.stringContaining('EXTEND_PRESERVATION on day 75') }]);
      // The same answer as the engine gives on this thread (the REST app alone, InlinePool).
      const inline = await request(app).post('/api/runs').send(body);
      expect(inline.status).toBe(422);
      expect(threaded.body).toEqual(inline.body);
    }
  });

  it('check posted YAML for validation and new sessions', async () => {
    const { server } = await testServer(cleanup);
    const yaml = readFileSync(join(LIBRARY, 'blocking.yaml'), 'utf8');
    const valid = await api(server.url, 'POST', '/api/scenarios/validate', { yaml });
    expect(valid.body).toMatchObject({ valid: true, errors: [], scenario: { id: BLOCKING } });
    const broken = await api(server.url, 'POST', '/api/scenarios/validate', { yaml: 'id: [', file: 'x.yaml' });
    expect(broken.body).toMatchObject({ valid: false, scenario: null, errors: [{ file: 'x.yaml', line: expect.any(Number) }] });
    const created = await api(server.url, 'POST', '/api/sessions', { yaml, regime: 'provider-control' });
    expect(created.status).toBe(201);
    const session = await api(server.url, 'GET', `/api/sessions/${created.body.id}`);
    expect(session.body.scenario).toMatchObject({ id: BLOCKING, regime: { name: 'provider-control' } });
    const refused = await api(server.url, 'POST', '/api/sessions', { yaml: 'id: x\n' });
    expect(refused.status).toBe(422);
    expect(refused.body.errors.map((e: { path: string; message: string }) => [e.path, e.message])).toEqual([
      ['title', 'missing required field title'], ['summary', 'missing required field summary'], ['request', 'missing required field request'],
    ]);
  });
});

describe('the cost of a request', () => {
  it('is runs × transitions × (1 + third countries consulted), and the default lets every shipped scenario sample in full', () => {
    let largest = { id: '', units: 0 };
    for (const file of findScenarioFiles([SCENARIOS])) {
      const scenario = loadScenarioFile(file, BUILTIN_WORLD).scenario!;
      const transitions = runScenario(scenario).transitions.length;
      const cost = costOf(scenario, SAMPLE_MAX, transitions);
      expect(cost.units).toBe(SAMPLE_MAX * transitions * (1 + cost.thirdCountries));
      if (cost.units > largest.units) largest = { id: scenario.id, units: cost.units };
    }
    // The dearest shipped sample (see DEFAULT_COSTS) and the room the maximum leaves above it.
    expect(largest).toEqual({ id: 'objection-closes-agreement', units: 52_000 });
    expect(DEFAULT_COSTS.perRequest / largest.units).toBeGreaterThan(5);
  });
});
