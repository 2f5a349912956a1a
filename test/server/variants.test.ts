import { readFileSync } from 'node:fs';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { Catalog } from '../../server/catalog.ts';
import { memoryLogger } from '../../server/log.ts';
import { Cleanup, client, command, testPlace, testApp, testServer, expectProblem, api } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

/** A real case: a UK order to Google under the UK-US agreement, in force since 3 Oct 2022. */
const ukOrder = readFileSync('scenarios/real/uk-us-agreement-order.yaml', 'utf8');
const dropUkUs = readFileSync('scenarios/what-if/drop-uk-us-agreement.yaml', 'utf8');

describe('POST /api/runs with a date and a what-if', () => {
  it('a run dated before the agreement took effect goes through the MLAT, and the answer names the agreement that made the difference, with its source', async () => {
    const { app } = await testApp(cleanup);
    const written = await request(app).post('/api/runs').send({ yaml: ukOrder }).expect(200);
    expect(written.body).toMatchObject({ channel: 'agreement' });
    expect(written.body.variant).toBeUndefined();

    const res = await request(app).post('/api/runs').send({ yaml: ukOrder, date: '2021-06-01' }).expect(200);
    expect(res.body).toMatchObject({ scenario: 'uk-us-agreement-order', outcome: 'delivered', channel: 'mlat', cites: ['US-GB-MLAT'] });
    expect(res.body.variant).toMatchObject({ date: '2021-06-01', ownDate: '2024-06-03' });
    const agreement = res.body.variant.differences.find((d: { channel: string }) => d.channel === 'agreement');
    expect(agreement).toMatchObject({ before: { open: true, days: 6 }, after: { open: false }, because: ['US-GB-CLOUD-2019'] });
    expect(res.body.variant.entries['US-GB-CLOUD-2019']).toMatchObject({ title: expect.stringContaining('UK-US Agreement'), source: expect.stringContaining('in force 3 Oct 2022') });
  });

  it('an overlay dropping the agreement changes the run in the engine\'s threads too, and a sample is drawn under it', async () => {
    const { server } = await testServer(cleanup);
    const res = await api(server.url, 'POST', '/api/runs', { yaml: ukOrder, overlay: dropUkUs });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ channel: 'mlat', variant: { whatIf: { title: expect.stringContaining('did not apply'), drops: ['US-GB-CLOUD-2019'], adds: [] } } });
    const sample = await api(server.url, 'POST', '/api/runs', { yaml: ukOrder, overlay: dropUkUs, sample: 20, seed: 3 });
    expect(sample.status).toBe(200);
    // Without the agreement no run of the sample delivers through it.
    expect(sample.body).toMatchObject({ runs: 20 });
    expect(sample.body.channels.agreement ?? 0).toBe(0);
    expect(sample.body.channels.mlat).toBeGreaterThan(0);
    expect(sample.body.variant.differences.map((d: { channel: string }) => d.channel)).toContain('agreement');
  });

  it('a bad date or a bad overlay is refused with a message that says what to fix, placed in the overlay', async () => {
    const { app } = await testApp(cleanup);
    expectProblem(await request(app).post('/api/runs').send({ yaml: ukOrder, date: '2021-02-30' }), 400, /date: expected a real calendar day written YYYY-MM-DD/);
    const unknown = await request(app).post('/api/runs').send({ yaml: ukOrder, overlay: 'drop:\n  - US-GB-CLOUD-2018\n' });
    expectProblem(unknown, 422, /^The what-if overlay has 1 error\. First: line 2, column 5, drop\[0\]: unknown instrument, rule or order "US-GB-CLOUD-2018" \(did you mean "US-GB-CLOUD-2019"\?\)/);
    expect(unknown.body.errors[0]).toMatchObject({ file: 'overlay.yaml', line: 2, column: 5, path: 'drop[0]' });
    const syntax = await request(app).post('/api/runs').send({ yaml: ukOrder, overlay: 'add: [\n' });
    expectProblem(syntax, 422, /^The what-if overlay has \d+ errors?\. First: line \d+, column \d+, add: YAML syntax: .*Hint: close the \{ or \[ opened here/);
  });
});

describe('POST /api/sessions with a date and a what-if', () => {
  it('the session runs the variant, says what it changed, and keeps it through a branch and a server restart', async () => {
    const place = testPlace(cleanup);
    const first = await testServer(cleanup, { place });
    const created = await api(first.server.url, 'POST', '/api/sessions', { yaml: ukOrder, date: '2021-06-01', overlay: dropUkUs });
    expect(created.status).toBe(201);
    const { id, trainerToken } = created.body;
    const described = (await api(first.server.url, 'GET', `/api/sessions/${id}`, undefined, trainerToken)).body;
    expect(described.scenario.request.date).toBe('2021-06-01');
    expect(described.scenario.world.instruments.map((i: { id: string }) => i.id)).not.toContain('US-GB-CLOUD-2019');
    expect(described.variant).toMatchObject({ date: '2021-06-01', ownDate: '2024-06-03', whatIf: { drops: ['US-GB-CLOUD-2019'] }, overlay: dropUkUs });
    expect(described.variant.differences[0]).toMatchObject({ channel: 'agreement', because: ['US-GB-CLOUD-2019'] });

    // The agreement is not there to choose: the trainer's choice of it is refused, the MLAT is taken.
    const trainer = await client(cleanup, first.server.url, { sessionId: id, trainerToken });
    expect((await trainer.snapshot).variant).toMatchObject({ date: '2021-06-01' });
    await command(trainer, { type: 'event', event: { type: 'CHOOSE_MLAT' } });
    const branch = (await command(trainer, { type: 'branch', atSeq: 1 })).created!;
    trainer.disconnect();
    await first.server.close();

    const second = await testServer(cleanup, { place });
    for (const session of [{ id, token: trainerToken }, { id: branch.id, token: branch.trainerToken }]) {
      const after = (await api(second.server.url, 'GET', `/api/sessions/${session.id}`, undefined, session.token)).body;
      expect(after.scenario.request.date).toBe('2021-06-01');
      expect(after.variant).toEqual(described.variant);
      expect(after.state.state).toMatch(/^mlat/);
    }
  });

  it('a library scenario on another date; a bad overlay gets a 422 placed in the overlay, a bad date a 400', async () => {
    const { app } = await testApp(cleanup);
    const ok = await request(app).post('/api/sessions').send({ scenario: 'server-blocking', date: '2019-01-01' }).expect(201);
    const described = await request(app).get(`/api/sessions/${ok.body.id}`).set('Authorization', `Bearer ${ok.body.trainerToken}`).expect(200);
    expect(described.body.scenario.request.date).toBe('2019-01-01');
    expect(described.body.variant).toMatchObject({ date: '2019-01-01', differences: expect.any(Array) });
    expectProblem(await request(app).post('/api/sessions').send({ yaml: ukOrder, overlay: 'title: x\nadd:\n  rules:\n    - { id: R }\n' }), 422, /^The what-if overlay has \d+ errors\. First: line 4, column 7, add\.rules\[0\]/);
    expectProblem(await request(app).post('/api/sessions').send({ yaml: ukOrder, date: '1 June 2021' }), 400, /date: expected a real calendar day/);
    expectProblem(await request(app).post('/api/sessions').send({ yaml: ukOrder, overlay: 'x'.repeat(70_000) }), 400, /a what-if overlay is at most 64,000 characters/);
  });
});

describe('the library', () => {
  it('does not take the shipped what-ifs for scenarios: nothing under scenarios/what-if is read or warned about', () => {
    const log = memoryLogger();
    const catalog = Catalog.fromFolder('scenarios', log);
    expect(catalog.get('uk-us-agreement-order')).toBeDefined();
    // Read as scenarios, the overlays would be skipped as invalid, with a warning each.
    expect(log.lines.filter((l) => l.level === 'warn')).toEqual([]);
  });
});
