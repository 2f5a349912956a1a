import { afterEach, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../server/log.ts';
import { PostgresStore } from '../../server/store/postgres.ts';
import { BLOCKING, Cleanup, api, testPlace, testServer } from '../server/helpers.ts';
import { sqlOnce } from './cluster.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

/** The place as PostgreSQL's: this file runs only in the postgres project. */
function place() {
  const p = testPlace(cleanup);
  if (!('databaseUrl' in p)) throw new Error('test/postgres runs in the postgres project only');
  return { url: p.databaseUrl, schema: p.schema! };
}

describe('one server per PostgreSQL schema', () => {
  it('refuses a second server on the same schema, saying why, and lets one start once the first has stopped', async () => {
    const { url, schema } = place();
    const first = await PostgresStore.open(url, { schema });
    await expect(PostgresStore.open(url, { schema })).rejects.toThrow(
      `another Rogatory server is using this database (schema ${schema}). Two servers on one store would each keep their own copy of every session and diverge.`);
    // Another schema of the same database is another store.
    const other = await PostgresStore.open(url, { schema: `${schema}_b` });
    await other.close();
    await sqlOnce(url, `DROP SCHEMA ${schema}_b CASCADE`);
    await first.close();
    const second = await PostgresStore.open(url, { schema });
    await second.close();
  });

  it('refuses every write with a 503 once the connection holding the lock is gone, and records nothing', async () => {
    const { url, schema } = place();
    const { server, log } = await testServer(cleanup, { place: { databaseUrl: url, schema } });
    const s = (await api(server.url, 'POST', '/api/sessions', { scenario: BLOCKING })).body;
    const killed = await sqlOnce<{ killed: boolean }>(url,
      `SELECT pg_terminate_backend(pid) AS killed FROM pg_locks
        WHERE locktype = 'advisory' AND granted AND objid = (hashtext($1)::bigint & 4294967295)::oid`, [`rogatory:${schema}`]);
    expect(killed).toEqual([{ killed: true }]);
    const deadline = Date.now() + 5000;
    while (!log.lines.some((l) => l.level === 'error') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const res = await api(server.url, 'POST', `/api/sessions/${s.id}/commands`, { type: 'step' }, s.trainerToken);
    expect(res).toMatchObject({ status: 503, body: { type: 'urn:rogatory:problem:unavailable', detail: expect.stringMatching(/^Nothing was recorded: this server lost its hold on its database/) } });
    expect((await api(server.url, 'GET', `/api/sessions/${s.id}`)).body.seq).toBe(0);
    expect(log.lines.filter((l) => l.level === 'error').map((l) => l.message)).toEqual([
      expect.stringMatching(/^the connection holding this server's lock on its database was lost \(.+\): every write is refused from now on \(503\)/),
    ]);
  });
});

describe('the store\'s errors', () => {
  it('names the database without its password when it cannot be reached', async () => {
    await expect(PostgresStore.open('postgres://rogatory:secret@127.0.0.1:1/none', { log: memoryLogger() })).rejects.toThrow(
      /^could not open the PostgreSQL store at postgres:\/\/rogatory:\*\*\*@127\.0\.0\.1:1\/none: /);
  });
});
