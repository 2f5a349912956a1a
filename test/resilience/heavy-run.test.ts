import { afterEach, describe, expect, it } from 'vitest';
import type { CreatedSession } from '../../server/protocol.ts';
import { DEFAULT_COSTS } from '../../server/limiter.ts';
import { BLOCKING, Cleanup, api, testServer, until } from '../server/helpers.ts';
import { heavyWorldYaml } from './heavy-world.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

/** A command must answer within this while the heavy run is under way (it takes milliseconds when idle). */
const BOUND_MS = 1000;
/** How long commands are timed while the heavy run is in flight. */
const WINDOW_MS = 3000;
const GAP_MS = 250;
/** No limit on cost: the heavy run is accepted and really runs (for as long as the test lets it). */
const UNBOUNDED = { perRequest: Infinity, perMinute: Infinity, perSession: Infinity };

// As many consulted third countries as the scenario format's limits let through (scenarios/limits.ts:
// 5,000 values); the thousand of the original finding are refused before anything runs (last test).
const HEAVY_COUNTRIES = 200;
const HEAVY_YAML = heavyWorldYaml(HEAVY_COUNTRIES);
const sleepUntil = (t: number) => new Promise((r) => setTimeout(r, Math.max(0, t - performance.now())));

interface Answer { status: number; retryAfter: string | null; type: string | null; body: any }

/** POST /api/runs, abortable: the caller going away is part of what is tested. */
function postRun(cleanup: Cleanup, url: string, body: object): { answer: Promise<Answer | 'aborted'>; leave: () => void; settled: () => boolean } {
  const gone = new AbortController();
  cleanup.add(() => gone.abort());
  let settled = false;
  const answer = fetch(`${url}/api/runs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: gone.signal })
    .then(async (res): Promise<Answer> => ({ status: res.status, retryAfter: res.headers.get('retry-after'), type: res.headers.get('content-type'), body: await res.json() }))
    .then((a) => { settled = true; return a; }, () => 'aborted' as const);
  return { answer, leave: () => gone.abort(), settled: () => settled };
}

async function settledAnswer(run: { answer: Promise<Answer | 'aborted'> }): Promise<Answer> {
  const a = await run.answer;
  if (a === 'aborted') throw new Error('the request was aborted');
  return a;
}

describe('a sampled run over 200 consulted third countries', () => {
  it('does not hold the event loop: another session\'s commands answer while it runs', async () => {
    const { server } = await testServer(cleanup, { costs: UNBOUNDED });
    const url = server.url;
    const session = (await api<CreatedSession>(url, 'POST', '/api/sessions', { scenario: BLOCKING })).body;
    // A first run has the engine's thread started (about a second): what is timed is the heavy run alone.
    expect((await api(url, 'POST', '/api/runs', { scenario: BLOCKING })).status).toBe(200);

    expect(HEAVY_YAML.length).toBeLessThan(190_000);
    const heavy = postRun(cleanup, url, { yaml: HEAVY_YAML, sample: 2000, seed: 1 });

    // Each command is due at a set time; its lag is counted from then, so that a frozen event loop
    // (the server shares this process) shows even when it delays the timer that sends the command.
    const start = performance.now();
    const lags: number[] = [];
    for (let due = start + GAP_MS; due < start + WINDOW_MS; due += GAP_MS) {
      await sleepUntil(due);
      const res = await api(url, 'POST', `/api/sessions/${session.id}/commands`, { type: 'step' }, session.trainerToken);
      expect([200, 409]).toContain(res.status);
      lags.push(performance.now() - due);
    }
    // The heavy run was in flight, on a thread, the whole time: the commands were timed beside it.
    expect(heavy.settled()).toBe(false);
    expect(server.pool.load).toEqual({ running: 1, queued: 0 });
    expect(Math.max(...lags), `lags: ${lags.map((l) => l.toFixed(0)).join(' ')} ms`).toBeLessThan(BOUND_MS);
    heavy.leave();
    expect(await heavy.answer).toBe('aborted');
  });

  it('is refused under the default budget, with the figures and how many runs would be accepted', async () => {
    const { server } = await testServer(cleanup);
    const refused = await settledAnswer(postRun(cleanup, server.url, { yaml: HEAVY_YAML, sample: 2000, seed: 1 }));
    expect(refused.status).toBe(422);
    expect(refused.type).toMatch(/^application\/problem\+json/);
    const { cost, maxCost, maxRuns } = refused.body;
    expect(refused.body.type).toBe('urn:rogatory:problem:too-costly');
    expect(cost).toMatchObject({ runs: 2000, thirdCountries: HEAVY_COUNTRIES });
    expect(cost.units).toBe(cost.runs * cost.transitions * (1 + cost.thirdCountries));
    const perRun = cost.transitions * (1 + cost.thirdCountries);
    expect(maxRuns * perRun).toBeLessThanOrEqual(maxCost);
    expect((maxRuns + 1) * perRun).toBeGreaterThan(maxCost);
    for (const figure of [cost.units, maxCost, maxRuns, cost.thirdCountries]) expect(refused.body.detail).toContain(figure.toLocaleString('en'));
    expect(refused.body.detail).toMatch(/at most [\d,]+ runs, or consult fewer third countries/);

    // What the refusal proposes is accepted.
    const accepted = await settledAnswer(postRun(cleanup, server.url, { yaml: HEAVY_YAML, sample: maxRuns, seed: 1 }));
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ runs: maxRuns, outcomes: { delivered: maxRuns } });
  });

  it('is refused as a live session, whose steps would run on the event loop, with the figures and where to study it instead', async () => {
    const { server } = await testServer(cleanup);
    const refused = await api(server.url, 'POST', '/api/sessions', { yaml: HEAVY_YAML });
    expect(refused.status).toBe(422);
    expect(refused.body.type).toBe('urn:rogatory:problem:too-costly');
    expect(refused.body.cost).toMatchObject({ thirdCountries: HEAVY_COUNTRIES });
    expect(refused.body.detail).toMatch(/may cost at most 5,000\. Consult fewer third countries, or study it with POST \/api\/runs/);
    // Whatever its script: one that withdraws at once is no cheaper for a trainer who picks the treaty live.
    const withdrawing = HEAVY_YAML.replace('  - {day: 0, event: CHOOSE_MLAT}', '  - {day: 0, event: WITHDRAW}');
    expect(withdrawing).not.toBe(HEAVY_YAML);
    expect((await api(server.url, 'POST', '/api/sessions', { yaml: withdrawing })).body.type).toBe('urn:rogatory:problem:too-costly');
    // A world of a few third countries is a class like any other.
    expect((await api(server.url, 'POST', '/api/sessions', { yaml: heavyWorldYaml(5) })).status).toBe(201);
  });

  it('counts what each address spends, and answers 429 with Retry-After once it has spent its minute', async () => {
    // A sample of the blocking scenario costs 9 a run (9 transitions, no third country); the
    // budget refills at 19,800 a minute (330 a second).
    const { server } = await testServer(cleanup, { costs: { ...DEFAULT_COSTS, perMinute: 19_800 } });
    const sample = { scenario: BLOCKING, sample: 2000, seed: 1 };
    expect((await settledAnswer(postRun(cleanup, server.url, sample))).status).toBe(200);
    const second = await settledAnswer(postRun(cleanup, server.url, sample));
    expect(second.status).toBe(429);
    expect(second.type).toMatch(/^application\/problem\+json/);
    expect(second.body).toMatchObject({ type: 'urn:rogatory:problem:rate-limited', cost: { runs: 2000, transitions: 9, thirdCountries: 0, units: 18_000 }, perMinute: 19_800 });
    expect(second.body.detail).toMatch(/more than this address has left of its 19,800 a minute: try again in \d+ s, or ask for fewer runs/);
    // About 16,200 were missing: some 49 s at 330 a second (less what came back meanwhile).
    expect(Number(second.retryAfter)).toBeGreaterThanOrEqual(30);
    expect(Number(second.retryAfter)).toBeLessThanOrEqual(50);
    // What is left is still there for a smaller sample.
    expect((await settledAnswer(postRun(cleanup, server.url, { ...sample, sample: 150 }))).status).toBe(200);
  });

  it('lets samples sent together overspend once, then makes the address wait until the debt is repaid', async () => {
    const { server } = await testServer(cleanup, { pool: { threads: 2 }, costs: { ...DEFAULT_COSTS, perMinute: 19_800 } });
    const sample = { scenario: BLOCKING, sample: 2000, seed: 1 };
    // Both start on a full budget (each within it), and together cost 36,000.
    const both = await Promise.all([postRun(cleanup, server.url, sample), postRun(cleanup, server.url, sample)].map(settledAnswer));
    expect(both.map((a) => a.status)).toEqual([200, 200]);
    const spent = await settledAnswer(postRun(cleanup, server.url, { scenario: BLOCKING }));
    expect(spent.status).toBe(429);
    expect(spent.body.detail).toMatch(/has spent its 19,800 units of engine work a minute: try again in \d+ s/);
    // A debt of about 16,200 at 330 a second.
    expect(Number(spent.retryAfter)).toBeGreaterThanOrEqual(30);
    expect(Number(spent.retryAfter)).toBeLessThanOrEqual(50);
  });

  it('answers 503 with Retry-After when every thread is busy and the queue is full', async () => {
    const { server } = await testServer(cleanup, { costs: UNBOUNDED, pool: { threads: 1, queue: 1 } });
    const running = postRun(cleanup, server.url, { yaml: HEAVY_YAML, sample: 2000, seed: 1 });
    await until('the heavy run on the thread', () => server.pool.load.running === 1, 10_000);
    const waiting = postRun(cleanup, server.url, { yaml: HEAVY_YAML, sample: 2000, seed: 2 });
    await until('the second run in the queue', () => server.pool.load.queued === 1, 10_000);

    const refused = await settledAnswer(postRun(cleanup, server.url, { scenario: BLOCKING }));
    expect(refused.status).toBe(503);
    expect(refused.type).toMatch(/^application\/problem\+json/);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(refused.body).toMatchObject({ type: 'urn:rogatory:problem:busy', status: 503 });
    expect(refused.body.detail).toMatch(/try again in \d+ s/);
    // Validation and sessions from YAML wait in the same queue.
    const validate = await api(server.url, 'POST', '/api/scenarios/validate', { yaml: 'id: x\n' });
    expect(validate.status).toBe(503);

    running.leave();
    waiting.leave();
    await until('the pool is empty again', () => server.pool.load.running === 0 && server.pool.load.queued === 0, 10_000);
  });

  it('stops the task when the caller goes away, which frees its thread for the next request', async () => {
    const { server, log } = await testServer(cleanup, { costs: UNBOUNDED, pool: { threads: 1 } });
    const abandoned = postRun(cleanup, server.url, { yaml: HEAVY_YAML, sample: 2000, seed: 1 });
    await until('the heavy run on the thread', () => server.pool.load.running === 1, 10_000);
    // Left to run, the sample would hold the only thread for about 45 s.
    abandoned.leave();
    expect(await abandoned.answer).toBe('aborted');
    await until('the task stopped', () => server.pool.load.running === 0, 1000);

    // The thread that ran it is stopped and a fresh one started in its place (about a second here).
    const started = performance.now();
    const next = await settledAnswer(postRun(cleanup, server.url, { scenario: BLOCKING, sample: 200, seed: 1 }));
    const ms = performance.now() - started;
    expect(next.status).toBe(200);
    expect(next.body).toMatchObject({ runs: 200 });
    expect(ms).toBeLessThan(5000);
    expect(log.lines.filter((e) => e.level === 'error')).toEqual([]);
  });

  it('stops a task that runs past the deadline, and says so', async () => {
    const { server } = await testServer(cleanup, { costs: UNBOUNDED, pool: { threads: 1, taskMs: 1000 } });
    const stopped = await settledAnswer(postRun(cleanup, server.url, { yaml: HEAVY_YAML, sample: 2000, seed: 1 }));
    expect(stopped.status).toBe(422);
    expect(stopped.body).toMatchObject({ type: 'urn:rogatory:problem:too-costly', limitSeconds: 1 });
    expect(stopped.body.detail).toMatch(/did not finish within the 1 s a request may take, and was stopped/);
    expect(server.pool.load).toEqual({ running: 0, queued: 0 });
  });

  it('over the thousand third countries of the original finding, is refused before any engine work, naming the limit it passed', async () => {
    const { server } = await testServer(cleanup);
    const refused = await api(server.url, 'POST', '/api/runs', { yaml: heavyWorldYaml(1000), sample: 2000, seed: 1 });
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0].message).toMatch(/more than 5,000 values, the limit for a scenario/);
  });
});
