import { existsSync, openSync, readFileSync, rmSync, statSync, writeSync, closeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BLOCKING, Cleanup, LIBRARY, api, client, tempDataDir } from '../server/helpers.ts';
import { freePort, refusedMain, startMain } from './processes.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const envFor = async (dataDir: string) => ({ PORT: String(await freePort()), DATA_DIR: dataDir, SCENARIOS_DIR: LIBRARY });
const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

/** A session with `inputs` inputs (a tenth of a day each), over REST. */
async function sessionWith(url: string, inputs: number) {
  const s = (await api(url, 'POST', '/api/sessions', { scenario: BLOCKING })).body;
  for (let i = 1; i <= inputs; i++) expect((await api(url, 'POST', `/api/sessions/${s.id}/commands`, { type: 'advance', to: i / 10 }, s.trainerToken)).status).toBe(200);
  return s as { id: string; trainerToken: string; joinCode: string };
}

describe('one DATA_DIR, one server process', () => {
  it('refuses a second process on the same DATA_DIR, naming the one that holds it, and hands over once it is gone', async () => {
    const dataDir = tempDataDir(cleanup);
    const first = await startMain(cleanup, await envFor(dataDir));

    const second = await refusedMain(cleanup, await envFor(dataDir));
    expect(second.code).toBe(1);
    expect(second.output).toMatch(/cannot start: /);
    expect(second.output).toContain(`pid ${first.child.pid}`);
    expect(second.output).toContain(hostname());
    expect(second.output).toMatch(/since \d{4}-\d\d-\d\dT/);
    expect(second.output).toContain(join(dataDir, 'rogatory.lock'));
    expect(second.output).toMatch(/stop that server|another DATA_DIR/i);

    // The first one was not disturbed.
    const s = await sessionWith(first.url, 1);

    // Killed, it leaves its lock behind: the next start takes the stale lock over and says so.
    first.child.kill('SIGKILL');
    await first.exited();
    const third = await startMain(cleanup, await envFor(dataDir));
    expect(third.output()).toMatch(new RegExp(`stale lock.*pid ${first.child.pid}`));
    expect((await api(third.url, 'GET', `/api/sessions/${s.id}`)).body.seq).toBe(1);

    // Stopped cleanly, it releases the lock.
    third.child.kill('SIGTERM');
    expect(await third.exited()).toBe(0);
    expect(existsSync(join(dataDir, 'rogatory.lock'))).toBe(false);
  });
});

describe('the database deleted while the server runs', () => {
  it('refuses the next command with a 503 problem (REST) and an `unavailable` error (socket), and acknowledges nothing', async () => {
    const dataDir = tempDataDir(cleanup);
    const server = await startMain(cleanup, await envFor(dataDir));
    const s = await sessionWith(server.url, 1);
    const trainer = await client(cleanup, server.url, { sessionId: s.id, trainerToken: s.trainerToken });
    await trainer.snapshot;

    for (const suffix of ['', '-wal', '-shm']) rmSync(join(dataDir, `rogatory.sqlite${suffix}`), { force: true });

    const res = await fetch(`${server.url}/api/sessions/${s.id}/commands`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.trainerToken}` },
      body: JSON.stringify({ type: 'step' }), signal: AbortSignal.timeout(5000),
    });
    expect(res.status).toBe(503);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await res.json()).detail).toMatch(/deleted or replaced/);

    const answer = await trainer.timeout(5000).emitWithAck('command', { type: 'step' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect((await api(server.url, 'POST', '/api/sessions', { scenario: BLOCKING })).status).toBe(503);

    // Nothing was acknowledged, so nothing moved; and the operator is told once, not once per write.
    expect((await api(server.url, 'GET', `/api/sessions/${s.id}`)).body.seq).toBe(1);
    expect(server.output().match(/the database \S+ was deleted or replaced/g)).toHaveLength(1);
  });
});

describe('a damaged database', () => {
  it('is refused at start, with the file named and what to do', async () => {
    const dataDir = tempDataDir(cleanup);
    const env = await envFor(dataDir);
    const server = await startMain(cleanup, env);
    await sessionWith(server.url, 20);
    server.child.kill('SIGTERM');
    expect(await server.exited()).toBe(0);

    // Page 1 (the header and the schema) intact, every page after it overwritten.
    const file = join(dataDir, 'rogatory.sqlite');
    const size = statSync(file).size;
    expect(size).toBeGreaterThan(4096);
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(size - 4096, 0xa5), 0, size - 4096, 4096);
    closeSync(fd);

    const refused = await refusedMain(cleanup, env);
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/cannot start: /);
    expect(refused.output).toContain(file);
    expect(refused.output).toMatch(/damaged/);
    expect(refused.output).toMatch(/backup/);
    // Refusing changed nothing: the file is as it was left, for whoever recovers it.
    expect(readFileSync(file).subarray(4096, 4100)).toEqual(Buffer.alloc(4, 0xa5));
  });
});

describe('the files of DATA_DIR', () => {
  it('are readable by the server\'s user only: the folder 0700, the database, its WAL, shared memory and lock 0600', async () => {
    const dataDir = join(tempDataDir(cleanup), 'data');
    const server = await startMain(cleanup, await envFor(dataDir));
    await sessionWith(server.url, 1);
    expect(mode(dataDir)).toBe('700');
    for (const name of ['rogatory.sqlite', 'rogatory.sqlite-wal', 'rogatory.sqlite-shm', 'rogatory.lock']) {
      expect([name, mode(join(dataDir, name))]).toEqual([name, '600']);
    }
  });
});
