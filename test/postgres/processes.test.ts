import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../server/limiter.ts';
import { memoryLogger } from '../../server/log.ts';
import { PostgresStore } from '../../server/store/postgres.ts';
import { BLOCKING, Cleanup, api, client, testPlace, testServer, until } from '../server/helpers.ts';
import { sqlOnce } from './cluster.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

/** The place as PostgreSQL's: this file runs only in the postgres project. */
function place() {
  const p = testPlace(cleanup);
  if (!('databaseUrl' in p)) throw new Error('test/postgres runs in the postgres project only');
  return { databaseUrl: p.databaseUrl, schema: p.schema! };
}

/** Ends the PostgreSQL connection that holds a session's lock, as if its process had died; whether one did. */
async function cutLockOf(url: string, schema: string, sessionId: string): Promise<boolean> {
  const rows = await sqlOnce<{ cut: boolean }>(url,
    `SELECT pg_terminate_backend(pid) AS cut FROM pg_locks, (SELECT hashtextextended($1, 0) AS k) key
      WHERE locktype = 'advisory' AND granted AND classid = ((k >> 32) & 4294967295)::oid AND objid = (k & 4294967295)::oid`,
    [`rogatory:${schema}:${sessionId}`]);
  return rows.length === 1 && rows[0]!.cut;
}

describe('several server processes on one PostgreSQL schema', () => {
  it('serves each session from one process: the other forwards its REST calls there and sends its sockets there', async () => {
    const shared = place();
    const a = await testServer(cleanup, { place: shared, processName: 'pa' });
    const b = await testServer(cleanup, { place: shared, processName: 'pb' });
    const s = (await api(a.server.url, 'POST', '/api/sessions', { scenario: BLOCKING })).body;
    // The first process asked takes the session; a command sent to the other is applied there, once.
    expect((await api(a.server.url, 'GET', `/api/sessions/${s.id}`)).body.seq).toBe(0);
    const viaB = await api(b.server.url, 'POST', `/api/sessions/${s.id}/commands`, { type: 'step' }, s.trainerToken);
    expect(viaB.status).toBe(200);
    expect((await api(a.server.url, 'GET', `/api/sessions/${s.id}`)).body.seq).toBe(1);
    expect((await api(b.server.url, 'GET', `/api/sessions/${s.id}/log`, undefined, s.trainerToken)).body.inputs).toHaveLength(1);
    // A wrong token is refused by the owner, through the other, as it would be directly.
    expect((await api(b.server.url, 'POST', `/api/sessions/${s.id}/commands`, { type: 'step' }, 'wrong')).status).toBe(401);
    // b's log says where the session's calls went, once for all of them.
    expect(b.log.lines.filter((l) => l.message.includes(s.id)).map((l) => l.message)).toEqual([`sends the calls about session ${s.id} on to process pa, which serves it`]);

    // A trainer's socket that reaches the other process is told which one serves the session.
    const refused = await client(cleanup, b.server.url, { sessionId: s.id, trainerToken: s.trainerToken }).catch((error) => error);
    expect(refused.data).toMatchObject({ code: 'elsewhere', process: 'pa' });
    // So is a participant who types the code there.
    const anonymous = await client(cleanup, b.server.url);
    const join = await anonymous.timeout(5000).emitWithAck('join', { code: s.joinCode, name: 'Ana' });
    expect(join).toMatchObject({ ok: false, error: { code: 'elsewhere', process: 'pa' } });
    // Nothing of it is in b's memory: no second copy to diverge.
    expect(await b.server.sessions.get(s.id).catch((error) => error.code)).toBe('elsewhere');
  });

  it('lets another process take a session over, at the same seq, once the connection holding its lock is gone', async () => {
    const shared = place();
    const a = await testServer(cleanup, { place: shared, processName: 'pa' });
    const b = await testServer(cleanup, { place: shared, processName: 'pb' });
    const s = (await api(a.server.url, 'POST', '/api/sessions', { scenario: BLOCKING })).body;
    await api(a.server.url, 'POST', `/api/sessions/${s.id}/commands`, { type: 'step' }, s.trainerToken);
    expect(await cutLockOf(shared.databaseUrl, shared.schema, s.id)).toBe(true);
    // The process that lost its hold refuses to write (another may serve its sessions by now) and says so once.
    await until('a logs the lost connection', () => a.log.lines.some((l) => l.level === 'error'));
    const res = await api(a.server.url, 'POST', `/api/sessions/${s.id}/commands`, { type: 'step' }, s.trainerToken);
    expect(res).toMatchObject({ status: 503, body: { type: 'urn:rogatory:problem:unavailable', detail: expect.stringMatching(/^Nothing was recorded: this server lost its hold on its database/) } });
    expect(a.log.lines.filter((l) => l.level === 'error').map((l) => l.message)).toEqual([
      expect.stringMatching(/^the connection holding this server's locks on its sessions was lost \(.+\): every write is refused from now on \(503\)/),
    ]);
    // The other takes it over by replaying its log, and goes on from there.
    expect((await api(b.server.url, 'GET', `/api/sessions/${s.id}`)).body.seq).toBe(1);
    expect(b.log.lines.filter((l) => l.level === 'info' && l.message.startsWith('took session')).map((l) => l.message))
      .toEqual([`took session ${s.id} over from process pa, whose hold on it had ended`]);
    expect((await api(b.server.url, 'POST', `/api/sessions/${s.id}/commands`, { type: 'step' }, s.trainerToken)).status).toBe(200);
    expect((await api(b.server.url, 'GET', `/api/sessions/${s.id}`)).body.seq).toBe(2);
  });
});

describe('a session idle in memory', () => {
  it('stays with its process while a screen of it is connected there, and is free for another once none is', async () => {
    const shared = place();
    // Presence updates quickly, so that none of its own reloads the session after the release below.
    const limits = { ...DEFAULT_LIMITS, presence: { ...DEFAULT_LIMITS.presence, throttleMs: 10 } };
    const a = await testServer(cleanup, { place: shared, processName: 'pa', idleMs: 60_000, limits });
    const b = await testServer(cleanup, { place: shared, processName: 'pb', idleMs: 60_000, limits });
    const s = (await api(a.server.url, 'POST', '/api/sessions', { scenario: BLOCKING })).body;
    const trainer = await client(cleanup, a.server.url, { sessionId: s.id, trainerToken: s.trainerToken });
    await trainer.snapshot;
    await new Promise((r) => setTimeout(r, 200));
    const later = () => Date.now() + 60_001;
    expect(await a.server.sessions.releaseIdle(later())).toEqual([s.id]);
    // Out of a's memory, still a's: b would otherwise serve it while its trainer listens on a.
    expect(await b.server.sessions.get(s.id).catch((error) => error.code)).toBe('elsewhere');
    trainer.disconnect();
    await until('a sees the trainer leave', () => a.server.io.of('/').sockets.size === 0);
    await a.server.sessions.releaseIdle(later());
    expect((await b.server.sessions.get(s.id)).seq).toBe(0);
  });
});

describe('the store\'s errors', () => {
  it('names the database without its password when it cannot be reached', async () => {
    await expect(PostgresStore.open('postgres://rogatory:secret@127.0.0.1:1/none', { log: memoryLogger() })).rejects.toThrow(
      /^could not open the PostgreSQL store at postgres:\/\/rogatory:\*\*\*@127\.0\.0\.1:1\/none: /);
  });
});
