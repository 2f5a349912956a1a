import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../server/limiter.ts';
import { BLOCKING, CONSENT, Cleanup, LIBRARY, storedText, tempDataDir, testApp } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const blockingYaml = readFileSync(join(LIBRARY, 'blocking.yaml'), 'utf8');

/** Every error answer is an RFC 9457 problem with a sentence for a person. */
function expectProblem(res: request.Response, status: number, detail: RegExp) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, type: expect.any(String), title: expect.any(String) });
  expect(res.body.detail).toMatch(detail);
}

async function newSession(app: Parameters<typeof request>[0], scenario = BLOCKING) {
  const res = await request(app).post('/api/sessions').send({ scenario }).expect(201);
  return res.body as { id: string; joinCode: string; trainerToken: string; seq: number };
}

function command(app: Parameters<typeof request>[0], id: string, token: string, body: object) {
  return request(app).post(`/api/sessions/${id}/commands`).set('Authorization', `Bearer ${token}`).send(body);
}

describe('scenarios', () => {
  it('lists the library, skipping invalid files with a logged warning', async () => {
    const { app, log } = await testApp(cleanup);
    const res = await request(app).get('/api/scenarios').expect(200);
    expect(res.body.scenarios.map((s: { id: string }) => s.id)).toEqual([BLOCKING, CONSENT]);
    expect(res.body.scenarios[0]).toMatchObject({ title: 'A blocking statute sends the request to the treaty', objectives: [expect.any(String)] });
    expect(log.lines.some((l) => l.level === 'warn' && /broken\.yaml/.test(l.message))).toBe(true);
  });

  it('reads one scenario with its world, and answers 404 for an unknown id', async () => {
    const { app } = await testApp(cleanup);
    const res = await request(app).get(`/api/scenarios/${BLOCKING}`).expect(200);
    expect(res.body.world.rules[0].source).toBe('Arcadia Data Act s.12 (fictional)');
    expectProblem(await request(app).get('/api/scenarios/nope'), 404, /no scenario "nope".*GET \/api\/scenarios/);
  });

  it('validates YAML sent as text or JSON, with the errors `rogatory validate` gives', async () => {
    const { app } = await testApp(cleanup);
    const ok = await request(app).post('/api/scenarios/validate').type('text/plain').send(blockingYaml).expect(200);
    expect(ok.body).toMatchObject({ valid: true, errors: [], scenario: { id: BLOCKING } });

    const broken = blockingYaml.replace('provider: nimbus', 'provider: nobody');
    const res = await request(app).post('/api/scenarios/validate?file=mine.yaml').type('text/plain').send(broken).expect(200);
    expect(res.body.valid).toBe(false);
    // blocking.yaml line 36 is "  provider: nimbus": the value starts in column 13.
    expect(res.body.errors).toEqual([
      { file: 'mine.yaml', line: 36, column: 13, path: 'request.provider', message: 'unknown provider "nobody"; known: nimbus' },
    ]);

    const asJson = await request(app).post('/api/scenarios/validate').send({ yaml: 'id: [', file: 'x.yaml' }).expect(200);
    expect(asJson.body.errors[0]).toMatchObject({ file: 'x.yaml', line: 1, message: expect.stringMatching(/^YAML syntax/) });
  });

  it('answers the checked scenario whole when asked (issue 16: the compare page studies a pasted file), and nothing more when not', async () => {
    const { app, catalog } = await testApp(cleanup);
    const whole = await request(app).post('/api/scenarios/validate').send({ yaml: blockingYaml, file: 'blocking.yaml', full: true }).expect(200);
    expect(whole.body).toMatchObject({ valid: true, scenario: { id: BLOCKING } });
    expect(whole.body.full).toEqual(JSON.parse(JSON.stringify(catalog.get(BLOCKING))));
    const plain = await request(app).post('/api/scenarios/validate').send({ yaml: blockingYaml }).expect(200);
    expect(plain.body).not.toHaveProperty('full');
    const broken = await request(app).post('/api/scenarios/validate').send({ yaml: blockingYaml.replace('provider: nimbus', 'provider: nobody'), full: true }).expect(200);
    expect(broken.body).toMatchObject({ valid: false, errors: [expect.objectContaining({ path: 'request.provider' })] });
    expect(broken.body).not.toHaveProperty('full');
    expectProblem(await request(app).post('/api/scenarios/validate').send({ yaml: blockingYaml, full: 'yes' }), 400, /full/);
  });

  it('reports a script the request cannot play on the line of its event', async () => {
    const { app } = await testApp(cleanup);
    const yaml = blockingYaml.replace('  - { event: CHOOSE_MLAT }', '  - { event: CHOOSE_AGREEMENT }');
    const res = await request(app).post('/api/scenarios/validate').type('text/plain').send(yaml).expect(200);
    const line = yaml.split('\n').findIndex((l) => l.includes('CHOOSE_AGREEMENT')) + 1;
    expect(res.body.errors).toEqual([expect.objectContaining({ line, path: 'script[1]', message: expect.stringContaining('CHOOSE_AGREEMENT') })]);
  });

  it('rate-limits the checking of files per address, 120 a minute by default, apart from creations', async () => {
    const { app } = await testApp(cleanup);
    for (let i = 0; i < DEFAULT_LIMITS.validations.limit; i++) {
      await request(app).post('/api/scenarios/validate').type('text/plain').send('id: draft\n').expect(200);
    }
    const res = await request(app).post('/api/scenarios/validate').type('text/plain').send('id: draft\n');
    expectProblem(res, 429, /Too many validations from this address: try again in \d+ s/);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(50);
    expect(DEFAULT_LIMITS.validations).toEqual({ limit: 120, windowMs: 60_000 });
    await newSession(app);
  });

  it('answers a file past a limit of the format with a 422 that names the limit and places it', async () => {
    const { app } = await testApp(cleanup);
    const res = await request(app).post('/api/scenarios/validate?file=deep.yaml').type('text/plain').send(`a: ${'['.repeat(100)}${']'.repeat(100)}\n`);
    expectProblem(res, 422, /^The scenario is too large to check\. Line 1, column 67, a(\[0\]){63}: nested more than 64 levels deep/);
    expect(res.body.errors).toEqual([expect.objectContaining({ file: 'deep.yaml', line: 1, column: 67 })]);
  });

  it('refuses a validation request without a body', async () => {
    const { app } = await testApp(cleanup);
    expectProblem(await request(app).post('/api/scenarios/validate'), 400, /text\/plain/);
  });
});

describe('runs', () => {
  it('runs a library scenario to its end: its script, then the treaty\'s stages to its median', async () => {
    const { app } = await testApp(cleanup);
    const res = await request(app).post('/api/runs').send({ scenario: BLOCKING }).expect(200);
    // blocking.yaml: SEND_DIRECT is blocked by AR-DATA-ACT-12, CHOOSE_MLAT takes AR-BO-MLAT, median 240 days.
    expect(res.body).toMatchObject({
      scenario: BLOCKING, outcome: 'delivered', channel: 'mlat', attempts: ['direct', 'mlat'], days: 240, cites: ['AR-DATA-ACT-12', 'AR-BO-MLAT'],
    });
    expect(res.body.transitions.map((t: { day: number; from: string; to: string }) => [t.day, t.from, t.to])).toEqual([
      [0, 'intake', 'direct.blocked'],
      [0, 'direct.blocked', 'mlat.drafting'],
      [12, 'mlat.drafting', 'mlat.requestingReview'],
      [24, 'mlat.requestingReview', 'mlat.transmission'],
      [36, 'mlat.transmission', 'mlat.requestedReview'],
      [108, 'mlat.requestedReview', 'mlat.domesticOrder'],
      [144, 'mlat.domesticOrder', 'mlat.production'],
      [204, 'mlat.production', 'mlat.return'],
      [240, 'mlat.return', 'delivered'],
    ]);
  });

  it('samples with a seed: the same seed gives the same figures', async () => {
    const { app } = await testApp(cleanup);
    const a = await request(app).post('/api/runs').send({ scenario: BLOCKING, sample: 40, seed: 3 }).expect(200);
    const b = await request(app).post('/api/runs').send({ scenario: BLOCKING, sample: 40, seed: 3 }).expect(200);
    expect(a.body).toMatchObject({ scenario: BLOCKING, runs: 40, seed: 3 });
    expect(a.body).toEqual(b.body);
  });

  it('runs YAML sent whole, with the regime overridden or named', async () => {
    const { app } = await testApp(cleanup);
    const res = await request(app).post('/api/runs').send({ yaml: blockingYaml, regime: { requestedState: 'provider-home', maxExtensions: 0 } }).expect(200);
    // Nimbus is at home where it stores the data (Arcadia): either doctrine asks Arcadia.
    expect(res.body).toMatchObject({ outcome: 'delivered', channel: 'mlat', attempts: ['direct', 'mlat'], days: 240, cites: ['AR-DATA-ACT-12', 'AR-BO-MLAT'] });
    // Under the location principle Arcadia's law, where the data is, is cited as well: the regime was applied.
    const named = await request(app).post('/api/runs').send({ scenario: BLOCKING, regime: 'location-principle' }).expect(200);
    expect(named.body).toMatchObject({
      outcome: 'delivered', channel: 'mlat', days: 240, cites: ['AR-DATA-ACT-12', 'LOCATION-PRINCIPLE-AR', 'AR-BO-MLAT'],
    });
    expectProblem(await request(app).post('/api/runs').send({ scenario: BLOCKING, regime: 'anarchy' }), 400, /regime/);
  });

  it('answers problems a person can act on', async () => {
    const { app } = await testApp(cleanup);
    expectProblem(await request(app).post('/api/runs').send({ scenario: BLOCKING, yaml: blockingYaml }), 400, /either "scenario".*or "yaml"/);
    expectProblem(await request(app).post('/api/runs').send({}), 400, /either "scenario"/);
    expectProblem(await request(app).post('/api/runs').send({ scenario: BLOCKING, sample: 0 }), 400, /sample/);
    expectProblem(await request(app).post('/api/runs').send({ scenario: 'nope' }), 404, /no scenario "nope"/);
    const invalid = await request(app).post('/api/runs').send({ yaml: 'id: x\n' });
    expectProblem(invalid, 422, /error/);
    // A file with an id alone lacks the other required fields, each placed at the top of the file.
    expect(invalid.body.errors).toEqual(['title', 'summary', 'request'].map((field) => (
      { file: 'scenario.yaml', line: 1, column: 1, path: field, message: `missing required field ${field}` })));
  });
});

describe('sessions', () => {
  it('creates a session with a join code and a random trainer token that is stored only as a hash', async () => {
    const { app, store } = await testApp(cleanup);
    const res = await request(app).post('/api/sessions').send({ scenario: BLOCKING }).expect(201);
    expect(res.headers.location).toBe(`/api/sessions/${res.body.id}`);
    expect(res.body).toMatchObject({ id: expect.any(String), joinCode: expect.stringMatching(/^[A-Z0-9]{6}$/), seq: 0 });
    // 32 bytes in base64url: 256 bits.
    expect(Buffer.from(res.body.trainerToken, 'base64url')).toHaveLength(32);
    const row = await store.getSession(res.body.id);
    expect(row?.trainerTokenHash).toMatch(/^[0-9a-f]{64}$/);
    const stored = await storedText(store);
    expect(stored).toContain(row!.trainerTokenHash);
    expect(stored).not.toContain(res.body.trainerToken);
  });

  it('creates a session from YAML and refuses invalid YAML with its errors', async () => {
    const { app } = await testApp(cleanup);
    const res = await request(app).post('/api/sessions').send({ yaml: blockingYaml }).expect(201);
    const session = await request(app).get(`/api/sessions/${res.body.id}`).expect(200);
    expect(session.body.scenario.id).toBe(BLOCKING);
    const bad = await request(app).post('/api/sessions').send({ yaml: blockingYaml.replace('data: content', 'data: everything') });
    expectProblem(bad, 422, /line \d+, column \d+, request\.data/);
  });

  it('reads a session: scenario, seq, state and outcome', async () => {
    const { app } = await testApp(cleanup);
    const { id } = await newSession(app);
    const res = await request(app).get(`/api/sessions/${id}`).expect(200);
    expect(res.body).toMatchObject({ id, seq: 0, status: 'ready', outcome: null, scenario: { id: BLOCKING }, state: { day: 0, state: 'intake', waiting: true } });
    expect(res.body.state.allowed).toContainEqual({ type: 'CHOOSE_MLAT' });
    expectProblem(await request(app).get('/api/sessions/nope'), 404, /no session nope/i);
  });

  it('takes the trainer commands with the token, and answers the new seq and state', async () => {
    const { app } = await testApp(cleanup);
    const { id, trainerToken } = await newSession(app);
    const direct = await command(app, id, trainerToken, { type: 'event', event: { type: 'SEND_DIRECT' } }).expect(200);
    expect(direct.body).toMatchObject({ seq: 1, state: { state: 'direct.blocked', waiting: true } });
    const mlat = await command(app, id, trainerToken, { type: 'step' }).expect(200);
    expect(mlat.body).toMatchObject({ seq: 2, state: { state: 'mlat.drafting', channel: 'mlat' } });
    const later = await command(app, id, trainerToken, { type: 'advance', to: 100 }).expect(200);
    expect(later.body).toMatchObject({ seq: 3, state: { day: 100, state: 'mlat.requestedReview' } });
    await command(app, id, trainerToken, { type: 'start' }).expect(200).expect((r) => expect(r.body.status).toBe('running'));
    await command(app, id, trainerToken, { type: 'pause' }).expect(200).expect((r) => expect(r.body.status).toBe('paused'));

    const log = await request(app).get(`/api/sessions/${id}/log`).expect(200);
    expect(log.body.seq).toBe(3);
    expect(log.body.inputs.map((r: { input: unknown; actor: string; seq: number }) => [r.seq, r.input, r.actor])).toEqual([
      [1, { kind: 'event', event: { type: 'SEND_DIRECT' } }, 'trainer'],
      [2, { kind: 'step' }, 'trainer'],
      [3, { kind: 'advance', to: 100 }, 'trainer'],
    ]);
  });

  it('refuses a command without the right token', async () => {
    const { app } = await testApp(cleanup);
    const { id } = await newSession(app);
    const other = await newSession(app);
    const none = await request(app).post(`/api/sessions/${id}/commands`).send({ type: 'step' });
    expectProblem(none, 401, /Authorization: Bearer <trainerToken>/);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    expectProblem(await command(app, id, other.trainerToken, { type: 'step' }), 401, /does not match/);
    expect((await request(app).get(`/api/sessions/${id}`)).body.seq).toBe(0);
  });

  it('refuses an event the request cannot take with the engine\'s reason, and records nothing', async () => {
    const { app } = await testApp(cleanup);
    const { id, trainerToken } = await newSession(app);
    await command(app, id, trainerToken, { type: 'step' }).expect(200);
    const before = (await request(app).get(`/api/sessions/${id}`)).body;
    const res = await command(app, id, trainerToken, { type: 'event', event: { type: 'CHOOSE_ROGATORY' } });
    expectProblem(res, 409, /CHOOSE_ROGATORY cannot be taken in state mlat\.drafting: the mutual legal assistance channel is under way/);
    expect(res.body.state).toBe('mlat.drafting');
    const after = (await request(app).get(`/api/sessions/${id}`)).body;
    expect(after).toEqual(before);
    expect((await request(app).get(`/api/sessions/${id}/log`)).body.inputs).toHaveLength(1);
    // Time cannot go back either.
    await command(app, id, trainerToken, { type: 'advance', to: 50 }).expect(200);
    expectProblem(await command(app, id, trainerToken, { type: 'advance', to: 10 }), 409, /Time cannot go back/);
  });

  it('refuses malformed, unknown and oversized commands field by field', async () => {
    const { app } = await testApp(cleanup);
    const { id, trainerToken } = await newSession(app);
    const unknown = await command(app, id, trainerToken, { type: 'event', event: { type: 'LAUNCH_MISSILES' } });
    expectProblem(unknown, 400, /The body is not valid: event\.type/);
    expect(unknown.body.issues[0]).toMatchObject({ path: 'event.type' });
    expectProblem(await command(app, id, trainerToken, { type: 'play', speed: -1 }), 400, /speed/);
    expectProblem(await command(app, id, trainerToken, { type: 'step', extra: 1 }), 400, /not valid/);
    const badJson = await request(app).post(`/api/sessions/${id}/commands`).set('Authorization', `Bearer ${trainerToken}`).type('json').send('{"type":');
    expectProblem(badJson, 400, /not valid JSON/);
    const huge = await command(app, id, trainerToken, { type: 'event', event: { type: 'REFUSE', ground: 'x'.repeat(300_000) } });
    expectProblem(huge, 413, /larger than the 200 KB/);
    expect((await request(app).get(`/api/sessions/${id}`)).body.seq).toBe(0);
  });

  it('branches at a seq into a new session with its own token', async () => {
    const { app } = await testApp(cleanup);
    const { id, trainerToken } = await newSession(app);
    await command(app, id, trainerToken, { type: 'event', event: { type: 'SEND_DIRECT' } }).expect(200);
    const atOne = (await request(app).get(`/api/sessions/${id}`)).body.state;
    await command(app, id, trainerToken, { type: 'step' }).expect(200);

    const res = await request(app).post(`/api/sessions/${id}/branch`).set('Authorization', `Bearer ${trainerToken}`).send({ atSeq: 1 }).expect(201);
    expect(res.body).toMatchObject({ seq: 1, joinCode: expect.any(String) });
    expect(res.body.id).not.toBe(id);
    const branch = (await request(app).get(`/api/sessions/${res.body.id}`)).body;
    expect(branch).toMatchObject({ seq: 1, parent: { id, atSeq: 1 } });
    expect(branch.state).toEqual(atOne);
    // What if we had tried letters rogatory?
    await command(app, res.body.id, res.body.trainerToken, { type: 'event', event: { type: 'CHOOSE_ROGATORY' } }).expect(200);
    expectProblem(await command(app, res.body.id, trainerToken, { type: 'step' }), 401, /does not match/);
    expect((await request(app).get(`/api/sessions/${id}`)).body.seq).toBe(2);

    expectProblem(await request(app).post(`/api/sessions/${id}/branch`).set('Authorization', `Bearer ${trainerToken}`).send({ atSeq: 9 }), 422, /beyond the end of the log: this session has 2 inputs/);
    expectProblem(await request(app).post(`/api/sessions/${id}/branch`).send({ atSeq: 0 }), 401, /trainer token/);
  });

  it('resets by opening a fresh session and keeping the old log', async () => {
    const { app } = await testApp(cleanup);
    const { id, trainerToken } = await newSession(app);
    await command(app, id, trainerToken, { type: 'step' }).expect(200);
    const res = await command(app, id, trainerToken, { type: 'reset' }).expect(201);
    expect(res.body.created).toMatchObject({ seq: 0, trainerToken: expect.any(String) });
    expect(res.headers.location).toBe(`/api/sessions/${res.body.created.id}`);
    expect((await request(app).get(`/api/sessions/${res.body.created.id}`)).body).toMatchObject({ seq: 0, state: { state: 'intake' }, parent: { id, atSeq: 0 } });
    expect((await request(app).get(`/api/sessions/${id}`)).body.seq).toBe(1);
  });

  it('exports the debrief as JSON and Markdown: timeline with reasons and sources, decisions, who made them', async () => {
    const { app } = await testApp(cleanup);
    const { id, trainerToken } = await newSession(app);
    await command(app, id, trainerToken, { type: 'event', event: { type: 'SEND_DIRECT' } }).expect(200);
    await command(app, id, trainerToken, { type: 'step' }).expect(200);
    await command(app, id, trainerToken, { type: 'advance', to: 300 }).expect(200);

    const json = await request(app).get(`/api/sessions/${id}/debrief`).expect(200);
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    expect(json.body.status).toMatchObject({ done: true, outcome: 'delivered', channel: 'mlat', day: 240 });
    const blocked = json.body.timeline.find((t: { to: string }) => t.to === 'direct.blocked');
    expect(blocked).toMatchObject({ day: 0, from: 'intake', input: 1, kind: 'event', by: 'trainer', reason: expect.stringContaining('blocked') });
    expect(blocked.sources).toEqual([{ id: 'AR-DATA-ACT-12', title: null, source: 'Arcadia Data Act s.12 (fictional)', uncertain: null }]);
    expect(json.body.timeline.at(-1)).toMatchObject({ to: 'delivered', day: 240, input: 3, kind: 'advance', by: 'trainer' });
    expect(json.body.decisions).toEqual([
      { input: 1, day: 0, event: { type: 'SEND_DIRECT' }, kind: 'decision', by: 'trainer', vote: null },
      { input: 2, day: 0, event: { type: 'CHOOSE_MLAT' }, kind: 'decision', by: 'default policy', vote: null },
    ]);

    const md = await request(app).get(`/api/sessions/${id}/debrief`).set('Accept', 'text/markdown').expect(200);
    expect(md.headers['content-type']).toMatch(/^text\/markdown/);
    expect(md.text).toContain('**Outcome: delivered** via mutual legal assistance (MLAT) on day 240');
    expect(md.text).toMatch(/\| 0 \| Intake → Blocked by law \| Send direct request \| .+ \| AR-DATA-ACT-12: Arcadia Data Act s\.12 \(fictional\) \| #1 event \(trainer\) \|/);
    expect(md.text).toContain('- Day 0, input #2: Choose MLAT, decided by the default policy.');
    expect(md.text).toContain('No vote was held.');
  });

  it('rate-limits the creation of sessions per address', async () => {
    const { app } = await testApp(cleanup, { ...DEFAULT_LIMITS, creates: { limit: 2, windowMs: 60_000 } });
    await newSession(app);
    await newSession(app);
    const res = await request(app).post('/api/sessions').send({ scenario: BLOCKING });
    expectProblem(res, 429, /Too many new sessions from this address: try again in \d+ s/);
    // The window is a minute and its first creation was just made: about 60 s to wait.
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(50);
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(60);
  });
  it('counts clients behind a trusted proxy by their forwarded address, and only then', async () => {
    const limits = { ...DEFAULT_LIMITS, creates: { limit: 1, windowMs: 60_000 } };
    const create = (app: Parameters<typeof request>[0], from: string) =>
      request(app).post('/api/sessions').set('X-Forwarded-For', from).send({ scenario: BLOCKING });
    // TRUST_PROXY=loopback: the supertest peer is a proxy on this machine, so each forwarded address counts alone.
    const behind = (await testApp(cleanup, limits, null, 'loopback')).app;
    expect((await create(behind, '203.0.113.1')).status).toBe(201);
    expect((await create(behind, '203.0.113.2')).status).toBe(201);
    expectProblem(await create(behind, '203.0.113.1'), 429, /Too many new sessions from this address/);
    // Without it, a forged header changes nothing: every call comes from the peer.
    const direct = (await testApp(cleanup, limits)).app;
    expect((await create(direct, '203.0.113.1')).status).toBe(201);
    expectProblem(await create(direct, '203.0.113.2'), 429, /Too many new sessions from this address/);
  });

  it('refuses to start with a TRUST_PROXY it cannot read, saying what it takes', async () => {
    await expect(testApp(cleanup, DEFAULT_LIMITS, null, 'the proxy')).rejects.toThrow(
      /TRUST_PROXY must be true, false, a number of proxy hops, or addresses and subnets such as "loopback, 10\.0\.0\.0\/8"; "the proxy" is not/);
  });
});

describe('the edge', () => {
  it('answers unknown routes with a 404 problem', async () => {
    const { app } = await testApp(cleanup);
    expectProblem(await request(app).get('/api/nothing'), 404, /There is no GET \/api\/nothing\. GET \/api\/openapi\.json lists every route/);
    expectProblem(await request(app).delete('/api/sessions'), 404, /DELETE/);
  });

  it('tells a caller who sends a scenario file as text to a JSON route how to send it', async () => {
    const { app } = await testApp(cleanup);
    const res = await request(app).post('/api/runs').set('Content-Type', 'text/yaml').send('id: x\ntitle: X\n');
    expectProblem(res, 400, /This route takes a JSON body, not text\/yaml: send JSON with "Content-Type: application\/json" \(a scenario file goes in its "yaml" field/);
  });

  it('serves a built client at / and its deep links, under the same policy, and 404s a missing asset', async () => {
    const dist = tempDataDir(cleanup);
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><main id="main"></main>');
    writeFileSync(join(dist, 'assets', 'app-1a2b.js'), 'export {};');
    const { app } = await testApp(cleanup, DEFAULT_LIMITS, dist);
    for (const path of ['/', '/library', '/session/abc']) {
      const res = await request(app).get(path).set('Accept', 'text/html').expect(200);
      expect(res.text).toContain('id="main"');
      expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    }
    expect((await request(app).get('/assets/app-1a2b.js').expect(200)).headers['cache-control']).toContain('immutable');
    await request(app).get('/assets/missing.js').expect(404);
    await request(app).get('/api/scenarios').expect(200);
  });

  it('serves the placeholder page under a strict content security policy, with scenario text escaped', async () => {
    const { app, catalog } = await testApp(cleanup);
    const res = await request(app).get('/').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.text).toContain(catalog.get(BLOCKING)!.title);
    expect(res.text).toContain('/api/sessions');
    expect(res.text).not.toMatch(/<script|style=/);
  });

  it('reports health', async () => {
    const { app } = await testApp(cleanup);
    expect((await request(app).get('/api/health').expect(200)).body).toEqual({ ok: true, scenarios: 2 });
  });
});
