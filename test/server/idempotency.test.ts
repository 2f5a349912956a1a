import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { Catalog } from '../../server/catalog.ts';
import { memoryLogger } from '../../server/log.ts';
import type { CommandPayload, InputRecord } from '../../server/protocol.ts';
import { fingerprintOf, openToken, sealToken } from '../../server/sessions/keys.ts';
import { SessionService } from '../../server/sessions/service.ts';
import { hashToken } from '../../server/sessions/tokens.ts';
import type { StorePlace } from '../../server/store/open.ts';
import type { CommandKeyRow, SessionRow } from '../../server/store/store.ts';
import { BLOCKING, CONSENT, Cleanup, LIBRARY, api, client, command as socketCommand, testApp, testPlace, testServer, testStore } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const scenario = Catalog.fromFolder(LIBRARY, memoryLogger()).get(BLOCKING)!;
const row = (id: string, joinCode: string, parent: SessionRow['parent'] = null): SessionRow => ({
  id, scenario, joinCode, trainerTokenHash: hashToken('secret'), status: 'ready', parent, createdAt: new Date().toISOString(), admission: 'open', worldEvents: true,
});
const step = (seq: number): InputRecord => ({ seq, input: { kind: 'step' }, actor: 'trainer', voteId: null, recordedAt: new Date().toISOString() });
const keyFor = (sessionId: string, key: string, seq: number, recordedAt = new Date().toISOString()): CommandKeyRow => ({
  sessionId, key, fingerprint: 'f'.repeat(64), seq, created: null, recordedAt,
});
const LONG_AGO = '2000-01-01T00:00:00.000Z';

const openStore = (place?: StorePlace) => testStore(cleanup, place);

describe('idempotency keys in the store', () => {
  it('are written in the same transaction as the input: a refused append leaves no key behind', async () => {
    const store = await openStore();
    await store.createSession(row('s1', 'AAAAAA'), []);
    await store.appendInput('s1', step(1), keyFor('s1', 'k1', 1));
    expect(await store.commandKey('s1', 'k1', LONG_AGO)).toEqual(keyFor('s1', 'k1', 1, expect.any(String)));
    await expect(store.appendInput('s1', step(5), keyFor('s1', 'k2', 5))).rejects.toThrow(/does not follow/);
    expect(await store.commandKey('s1', 'k2', LONG_AGO)).toBeUndefined();
  });

  it('go with a created session, a status, a vote opened or closed, or alone', async () => {
    const store = await openStore();
    await store.createSession(row('s1', 'AAAAAA'), []);
    const created = { id: 's2', joinCode: 'BBBBBB', seq: 0, sealedToken: 'sealed' };
    await store.createSession(row('s2', 'BBBBBB', { id: 's1', atSeq: 0 }), [], { ...keyFor('s1', 'branch', 0), created });
    expect((await store.commandKey('s1', 'branch', LONG_AGO))!.created).toEqual(created);
    await store.setStatus('s1', 'running', keyFor('s1', 'start', 0));
    const vote = { id: 'v1', sessionId: 's1', options: [], openedAtSeq: 0, openedAt: new Date().toISOString(), closesAt: null, closedAt: null, result: null, ballots: new Map(),
      settings: { prompt: null, tie: 'trainer' as const, hideResults: false, explain: false, seconds: null }, leftMs: null, revealedAt: null, explanations: new Map() };
    await store.openVote(vote, keyFor('s1', 'open', 0));
    await store.closeVote('s1', 'v1', new Date().toISOString(), { winner: null, event: null, applied: false, seq: null, message: '' }, null, keyFor('s1', 'close', 0));
    await store.putCommandKey(keyFor('s1', 'alone', 0));
    for (const key of ['start', 'open', 'close', 'alone']) expect([key, (await store.commandKey('s1', key, LONG_AGO))?.seq]).toEqual([key, 0]);
    // A key is per session.
    expect(await store.commandKey('s2', 'start', LONG_AGO)).toBeUndefined();
  });

  it('expire: an old key answers nothing, is forgotten by the sweep, and its name can be used again', async () => {
    const store = await openStore();
    await store.createSession(row('s1', 'AAAAAA'), []);
    await store.appendInput('s1', step(1), keyFor('s1', 'old', 1, '2026-01-01T00:00:00.000Z'));
    await store.appendInput('s1', step(2), keyFor('s1', 'new', 2, '2026-01-02T00:00:00.000Z'));
    expect(await store.commandKey('s1', 'old', '2026-01-01T12:00:00.000Z')).toBeUndefined();
    expect(await store.commandKey('s1', 'new', '2026-01-01T12:00:00.000Z')).toBeDefined();
    await store.appendInput('s1', step(3), keyFor('s1', 'old', 3, '2026-01-02T00:00:00.000Z'));
    expect((await store.commandKey('s1', 'old', '2026-01-01T12:00:00.000Z'))!.seq).toBe(3);
    expect(await store.forgetCommandKeys('2026-01-03T00:00:00.000Z')).toBe(2);
    expect(await store.commandKey('s1', 'new', LONG_AGO)).toBeUndefined();
  });
});

describe('a created session\'s token, kept for a retry', () => {
  it('opens only with the caller\'s token and the same key; the store never holds it in clear', () => {
    const sealed = sealToken('the-new-token', 'callers-token', 'key-1');
    expect(sealed).not.toContain('the-new-token');
    expect(openToken(sealed, 'callers-token', 'key-1')).toBe('the-new-token');
    expect(openToken(sealed, 'another-token', 'key-1')).toBeUndefined();
    expect(openToken(sealed, 'callers-token', 'key-2')).toBeUndefined();
  });

  it('fingerprints a command whatever the order of its fields', () => {
    expect(fingerprintOf({ type: 'openVote', options: [{ type: 'WITHDRAW' }], seconds: 5 } as never))
      .toBe(fingerprintOf(JSON.parse('{"seconds":5,"options":[{"type":"WITHDRAW"}],"type":"openVote"}')));
    expect(fingerprintOf({ type: 'advance', to: 1 })).not.toBe(fingerprintOf({ type: 'advance', to: 2 }));
  });
});

describe('the session service with keys', () => {
  it('applies a keyed command once however often it is sent, even at once, and answers each the same', async () => {
    const store = await openStore();
    const sessions = new SessionService({ store, log: memoryLogger() });
    cleanup.add(() => sessions.close());
    const broadcasts: number[] = [];
    sessions.on('input', (b) => broadcasts.push(b.seq));
    const { id, trainerToken } = await sessions.create(scenario);
    const session = await sessions.get(id);
    const keyed = { key: 'k1', callerToken: trainerToken };
    const answers = await Promise.all([1, 2, 3].map(() => sessions.command(session, { type: 'step' }, keyed)));
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(broadcasts).toEqual([1]);
    expect(session.seq).toBe(1);
  });

  it('answers a command sent again after later ones with the state it left, replayed', async () => {
    const store = await openStore();
    const sessions = new SessionService({ store, log: memoryLogger() });
    cleanup.add(() => sessions.close());
    const { id, trainerToken } = await sessions.create(scenario);
    const session = await sessions.get(id);
    const first = await sessions.command(session, { type: 'advance', to: 3 }, { key: 'a', callerToken: trainerToken });
    await sessions.command(session, { type: 'advance', to: 9 });
    const again = await sessions.command(session, { type: 'advance', to: 3 }, { key: 'a', callerToken: trainerToken });
    expect(again).toEqual(first);
    expect(session.seq).toBe(2);
  });

  it('keeps keys across a restart, branch tokens included, and forgets them after their time', async () => {
    const place = testPlace(cleanup);
    let store = await openStore(place);
    let sessions = new SessionService({ store, log: memoryLogger() });
    const { id, trainerToken } = await sessions.create(scenario);
    const keyed = { key: 'branch-1', callerToken: trainerToken };
    await sessions.command(await sessions.get(id), { type: 'step' });
    const branched = await sessions.command(await sessions.get(id), { type: 'branch', atSeq: 1 }, keyed);
    expect(branched.created).toMatchObject({ seq: 1, trainerToken: expect.any(String) });
    await sessions.close();
    await store.close();

    store = await openStore(place);
    sessions = new SessionService({ store, log: memoryLogger() });
    cleanup.add(() => sessions.close());
    expect(await sessions.command(await sessions.get(id), { type: 'branch', atSeq: 1 }, keyed)).toEqual(branched);
    const log = memoryLogger();
    const later = new SessionService({ store, log, keyTtlMs: 0 });
    cleanup.add(() => later.close());
    const anew = await later.command(await later.get(id), { type: 'branch', atSeq: 1 }, keyed);
    expect(anew.created!.id).not.toBe(branched.created!.id);
  });

  it('records nothing for a refused command, so that sent again it is tried again', async () => {
    const store = await openStore();
    const sessions = new SessionService({ store, log: memoryLogger() });
    cleanup.add(() => sessions.close());
    const { id, trainerToken } = await sessions.create(scenario);
    const session = await sessions.get(id);
    const keyed = { key: 'close', callerToken: trainerToken };
    await expect(sessions.command(session, { type: 'closeVote' }, keyed)).rejects.toThrow(/No vote is open/);
    expect(await store.commandKey(id, 'close', LONG_AGO)).toBeUndefined();
  });

  it('keeps the key of a command that changed nothing durable', async () => {
    const store = await openStore();
    const sessions = new SessionService({ store, log: memoryLogger() });
    cleanup.add(() => sessions.close());
    const { id, trainerToken } = await sessions.create(scenario);
    const session = await sessions.get(id);
    await sessions.command(session, { type: 'start' });
    await sessions.command(session, { type: 'start' }, { key: 'start-again', callerToken: trainerToken });
    expect(await store.commandKey(id, 'start-again', LONG_AGO)).toMatchObject({ seq: 0 });
  });

  it('never lets a later write (a play tick) carry the key of the command that started it', async () => {
    const store = await openStore();
    const sessions = new SessionService({ store, log: memoryLogger(), tickMs: 5 });
    cleanup.add(() => sessions.close());
    const { id, trainerToken } = await sessions.create(scenario);
    const session = await sessions.get(id);
    const played = await sessions.command(session, { type: 'play', speed: 1 }, { key: 'play', callerToken: trainerToken });
    await new Promise((r) => setTimeout(r, 100));
    expect(session.seq).toBeGreaterThan(played.seq);
    expect((await store.commandKey(id, 'play', LONG_AGO))!.seq).toBe(played.seq);
  });
});

describe('idempotency keys over REST', () => {
  const post = (app: Parameters<typeof request>[0], path: string, token: string, body: object, key?: string) => {
    const req = request(app).post(path).set('Authorization', `Bearer ${token}`);
    return (key === undefined ? req : req.set('Idempotency-Key', key)).send(body);
  };

  it('applies a command sent twice with one key once, and answers the second as the first', async () => {
    const { app } = await testApp(cleanup);
    const s = (await request(app).post('/api/sessions').send({ scenario: BLOCKING }).expect(201)).body;
    const path = `/api/sessions/${s.id}/commands`;
    const first = await post(app, path, s.trainerToken, { type: 'advance', to: 2.5 }, 'c0ffee-1').expect(200);
    const second = await post(app, path, s.trainerToken, { type: 'advance', to: 2.5 }, '"c0ffee-1"').expect(200);
    expect(second.body).toEqual(first.body);
    const log = (await request(app).get(`/api/sessions/${s.id}/log`)).body;
    expect(log.inputs).toHaveLength(1);
  });

  it('refuses the same key with another command (422), and a key that is not one (400)', async () => {
    const { app } = await testApp(cleanup);
    const s = (await request(app).post('/api/sessions').send({ scenario: BLOCKING }).expect(201)).body;
    const path = `/api/sessions/${s.id}/commands`;
    await post(app, path, s.trainerToken, { type: 'advance', to: 1 }, 'k').expect(200);
    const other = await post(app, path, s.trainerToken, { type: 'advance', to: 2 }, 'k').expect(422);
    expect(other.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(other.body.detail).toMatch(/key "k" was already used on this session for another command.*send a new key/);
    const bad = await post(app, path, s.trainerToken, { type: 'step' }, 'two words').expect(400);
    expect(bad.body.detail).toMatch(/Idempotency-Key header is not valid: [^(]/);
    expect(bad.body.detail).not.toContain('(body)');
    await post(app, path, s.trainerToken, { type: 'step' }, 'x'.repeat(129)).expect(400);
    expect((await request(app).get(`/api/sessions/${s.id}/log`)).body.inputs).toHaveLength(1);
  });

  it('creates one branch for a branch sent twice, answering both with the same session and token', async () => {
    const { app } = await testApp(cleanup);
    const s = (await request(app).post('/api/sessions').send({ scenario: CONSENT }).expect(201)).body;
    await post(app, `/api/sessions/${s.id}/commands`, s.trainerToken, { type: 'step' }).expect(200);
    const viaRoute = await post(app, `/api/sessions/${s.id}/branch`, s.trainerToken, { atSeq: 1 }, 'b1').expect(201);
    const again = await post(app, `/api/sessions/${s.id}/branch`, s.trainerToken, { atSeq: 1 }, 'b1').expect(201);
    expect(again.body).toEqual(viaRoute.body);
    expect(again.headers.location).toBe(`/api/sessions/${viaRoute.body.id}`);
    // The token given again works: it is the new session's.
    await post(app, `/api/sessions/${again.body.id}/commands`, again.body.trainerToken, { type: 'step' }).expect(200);

    const reset = await post(app, `/api/sessions/${s.id}/commands`, s.trainerToken, { type: 'reset' }, 'r1').expect(201);
    const resetAgain = await post(app, `/api/sessions/${s.id}/commands`, s.trainerToken, { type: 'reset' }, 'r1').expect(201);
    expect(resetAgain.body).toEqual(reset.body);
    expect(reset.body.created.trainerToken).toEqual(expect.any(String));
  });
});

describe('idempotency keys over the socket', () => {
  it('applies a command sent twice with one key once, broadcasts it once, and answers the second as the first', async () => {
    const { server } = await testServer(cleanup);
    const s = (await api(server.url, 'POST', '/api/sessions', { scenario: BLOCKING })).body;
    const trainer = await client(cleanup, server.url, { sessionId: s.id, trainerToken: s.trainerToken });
    await trainer.snapshot;
    const inputs: number[] = [];
    trainer.on('input', (b) => inputs.push(b.seq));
    const payload: CommandPayload = { type: 'event', event: { type: 'SEND_DIRECT' }, idempotencyKey: '9f1c2e' };
    const [a, b] = await Promise.all([trainer.timeout(5000).emitWithAck('command', payload), trainer.timeout(5000).emitWithAck('command', payload)]);
    expect(a).toMatchObject({ ok: true, result: { seq: 1 } });
    expect(b).toEqual(a);
    await socketCommand(trainer, { type: 'step' });
    expect(inputs).toEqual([1, 2]);

    const branch = await trainer.timeout(5000).emitWithAck('command', { type: 'branch', atSeq: 1, idempotencyKey: 'branch-9' });
    expect(await trainer.timeout(5000).emitWithAck('command', { type: 'branch', atSeq: 1, idempotencyKey: 'branch-9' })).toEqual(branch);
  });

  it('refuses the same key with another command, and keys or fields that are not valid', async () => {
    const { server } = await testServer(cleanup);
    const s = (await api(server.url, 'POST', '/api/sessions', { scenario: BLOCKING })).body;
    const trainer = await client(cleanup, server.url, { sessionId: s.id, trainerToken: s.trainerToken });
    await trainer.snapshot;
    await socketCommand(trainer, { type: 'advance', to: 1, idempotencyKey: 'k' } as CommandPayload);
    const other = await trainer.timeout(5000).emitWithAck('command', { type: 'advance', to: 2, idempotencyKey: 'k' });
    expect(other).toMatchObject({ ok: false, error: { code: 'unprocessable', message: expect.stringMatching(/already used on this session for another command/) } });
    const badKey = await trainer.timeout(5000).emitWithAck('command', { type: 'step', idempotencyKey: '' });
    expect(badKey).toMatchObject({ ok: false, error: { code: 'invalid', issues: [expect.objectContaining({ path: 'idempotencyKey' })] } });
    const extra = await trainer.timeout(5000).emitWithAck('command', { type: 'step', idempotencyKey: 'ok', key: 'x' } as never);
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringMatching(/Unrecognized key: "key"/) } });
    const notAnObject = await trainer.timeout(5000).emitWithAck('command', 42 as never);
    expect(notAnObject).toMatchObject({ ok: false, error: { code: 'invalid', issues: [expect.anything()] } });
    expect((await api(server.url, 'GET', `/api/sessions/${s.id}`)).body.seq).toBe(1);
  });
});
