import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Catalog } from '../../server/catalog.ts';
import { AppError } from '../../server/errors.ts';
import { memoryLogger } from '../../server/log.ts';
import type { InputRecord } from '../../server/protocol.ts';
import { hashToken } from '../../server/sessions/tokens.ts';
import { SqliteStore } from '../../server/store/sqlite.ts';
import type { SessionRow } from '../../server/store/store.ts';
import { BLOCKING, Cleanup, LIBRARY, api, tempDataDir, testServer } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const scenario = Catalog.fromFolder(LIBRARY, memoryLogger()).get(BLOCKING)!;
const row = (id: string, joinCode: string): SessionRow => ({
  id, scenario, joinCode, trainerTokenHash: hashToken('secret'), status: 'ready', parent: null, createdAt: new Date().toISOString(), admission: 'open', worldEvents: true,
});
const step = (seq: number): InputRecord => ({ seq, input: { kind: 'step' }, actor: 'trainer', voteId: null, recordedAt: new Date().toISOString() });
const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

async function open(dataDir: string, log = memoryLogger()) {
  const store = await SqliteStore.inFolder(dataDir, { log });
  cleanup.add(() => store.close());
  return { store, log };
}

/** A pid that ran on this host and no longer does. */
function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ['-e', '']);
  return pid!;
}

const writeLock = (dataDir: string, holder: object) => writeFileSync(join(dataDir, 'rogatory.lock'), JSON.stringify(holder), { mode: 0o600 });

describe("the data folder's lock", () => {
  it('lets one store in, refuses the next with the holder named, and is released on close', async () => {
    const dataDir = tempDataDir(cleanup);
    const { store } = await open(dataDir);
    const lock = JSON.parse(readFileSync(join(dataDir, 'rogatory.lock'), 'utf8'));
    expect(lock).toEqual({ pid: process.pid, host: hostname(), since: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });

    await expect(SqliteStore.inFolder(dataDir)).rejects.toThrow(`in use by another Rogatory server (pid ${process.pid} on host ${hostname()}, since ${lock.since}`);
    await store.close();
    expect(existsSync(join(dataDir, 'rogatory.lock'))).toBe(false);
    await open(dataDir);
  });

  it('takes over a lock whose process no longer runs on this host, and says so', async () => {
    const dataDir = tempDataDir(cleanup);
    const pid = deadPid();
    writeLock(dataDir, { pid, host: hostname(), since: '2026-01-01T00:00:00.000Z' });
    const { log } = await open(dataDir);
    expect(log.lines).toContainEqual(expect.objectContaining({ level: 'warn', message: expect.stringContaining(`took over a stale lock on ${dataDir}: pid ${pid} on this host`) }));
    expect(JSON.parse(readFileSync(join(dataDir, 'rogatory.lock'), 'utf8')).pid).toBe(process.pid);
  });

  it('takes over a lock naming its own pid (a container restarted: the same pid, an earlier life)', async () => {
    const dataDir = tempDataDir(cleanup);
    writeLock(dataDir, { pid: process.pid, host: hostname(), since: '2026-01-01T00:00:00.000Z' });
    expect((await open(dataDir)).log.lines.map((l) => l.message)).toContainEqual(expect.stringContaining('took over a stale lock'));
  });

  it('never takes over a lock from another host, nor one whose process runs', async () => {
    const dataDir = tempDataDir(cleanup);
    writeLock(dataDir, { pid: deadPid(), host: 'elsewhere.example', since: '2026-01-01T00:00:00.000Z' });
    await expect(SqliteStore.inFolder(dataDir)).rejects.toThrow(/host elsewhere\.example.*taken on another host/);
    writeLock(dataDir, { pid: process.ppid, host: hostname(), since: '2026-01-01T00:00:00.000Z' });
    await expect(SqliteStore.inFolder(dataDir)).rejects.toThrow(`pid ${process.ppid} on host ${hostname()}`);
    // Refused, it leaves the holder's lock as it was.
    expect(JSON.parse(readFileSync(join(dataDir, 'rogatory.lock'), 'utf8')).pid).toBe(process.ppid);
  });
});

describe('the files of the data folder', () => {
  it('runs in WAL mode with synchronous = FULL, set explicitly', async () => {
    expect((await open(tempDataDir(cleanup))).store.pragmas()).toEqual({ journalMode: 'wal', synchronous: 2 });
  });

  it('are private to this user: a new folder 0700, the database, -wal, -shm and lock 0600', async () => {
    const dataDir = join(tempDataDir(cleanup), 'a', 'new', 'folder');
    await open(dataDir);
    expect(mode(dataDir)).toBe('700');
    for (const name of ['rogatory.sqlite', 'rogatory.sqlite-wal', 'rogatory.sqlite-shm', 'rogatory.lock']) expect([name, mode(join(dataDir, name))]).toEqual([name, '600']);
  });

  it('narrows the files an older version left readable by everyone', async () => {
    const dataDir = tempDataDir(cleanup);
    const { store } = await open(dataDir);
    await store.createSession(row('s1', 'AAAAAA'), [step(1)]);
    // What a store made before this version looked like: every file 0644, the WAL still full.
    for (const name of ['rogatory.sqlite', 'rogatory.sqlite-wal', 'rogatory.sqlite-shm']) chmodSync(join(dataDir, name), 0o644);
    await store.close();
    expect(mode(join(dataDir, 'rogatory.sqlite'))).toBe('644');
    const again = (await open(dataDir)).store;
    for (const name of ['rogatory.sqlite', 'rogatory.sqlite-wal', 'rogatory.sqlite-shm']) expect([name, mode(join(dataDir, name))]).toEqual([name, '600']);
    expect(await again.inputs('s1')).toHaveLength(1);
  });
});

describe('the integrity check at start', () => {
  it('refuses a damaged database before writing anything, and frees the folder', async () => {
    const dataDir = tempDataDir(cleanup);
    const { store } = await open(dataDir);
    for (let i = 0; i < 40; i++) await store.createSession(row(`s${i}`, `C${String(i).padStart(5, '0')}`), [step(1), step(2)]);
    await store.close();
    const file = join(dataDir, 'rogatory.sqlite');
    const size = statSync(file).size;
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(size - 4096, 0xa5), 0, size - 4096, 4096);
    closeSync(fd);
    const before = readFileSync(file);

    await expect(SqliteStore.inFolder(dataDir)).rejects.toThrow(new RegExp(`the database ${file} is damaged \\(.+\\)\\. Nothing was changed\\..*from a backup`));
    expect(readFileSync(file)).toEqual(before);
    expect(existsSync(join(dataDir, 'rogatory.lock'))).toBe(false);
  });

  it('refuses a file that is not a database at all', async () => {
    const dataDir = tempDataDir(cleanup);
    writeFileSync(join(dataDir, 'rogatory.sqlite'), 'these are not the pages you are looking for '.repeat(200));
    await expect(SqliteStore.inFolder(dataDir)).rejects.toThrow(/is damaged \(file is not a database\)/);
  });
});

describe('writes once the database is gone', () => {
  const refused = async (write: () => Promise<unknown>) => {
    const error = await write().then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('unavailable');
  };

  it('are refused when the database file is deleted, logged once however many are tried', async () => {
    const dataDir = tempDataDir(cleanup);
    const { store, log } = await open(dataDir);
    await store.createSession(row('s1', 'AAAAAA'), []);
    await store.appendInput('s1', step(1));
    rmSync(join(dataDir, 'rogatory.sqlite'));
    await refused(() => store.appendInput('s1', step(2)));
    await refused(() => store.setStatus('s1', 'running'));
    await refused(() => store.createSession(row('s2', 'BBBBBB'), []));
    await refused(() => store.addParticipant({ id: 'p', sessionId: 's1', name: 'A', nameKey: 'a', status: 'admitted', tokenHash: 'h', joinedAt: new Date().toISOString() }));
    expect(log.lines.filter((l) => l.level === 'error')).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^the database .*rogatory\.sqlite was deleted or replaced while the server ran: every write is refused/) }),
    ]);
  });

  it('are refused when the WAL is deleted (the acknowledged inputs in it would be lost on the next start)', async () => {
    const dataDir = tempDataDir(cleanup);
    const { store } = await open(dataDir);
    await store.createSession(row('s1', 'AAAAAA'), []);
    rmSync(join(dataDir, 'rogatory.sqlite-wal'));
    await refused(() => store.appendInput('s1', step(1)));
  });

  it('are refused when the database is replaced by another file at the same path', async () => {
    const dataDir = tempDataDir(cleanup);
    const { store } = await open(dataDir);
    await store.createSession(row('s1', 'AAAAAA'), []);
    writeFileSync(join(dataDir, 'other'), '');
    renameSync(join(dataDir, 'other'), join(dataDir, 'rogatory.sqlite'));
    await refused(() => store.appendInput('s1', step(1)));
  });

  it('are refused when the lock is no longer this process\'s', async () => {
    const dataDir = tempDataDir(cleanup);
    const { store, log } = await open(dataDir);
    await store.createSession(row('s1', 'AAAAAA'), []);
    rmSync(join(dataDir, 'rogatory.lock'));
    writeLock(dataDir, { pid: process.ppid, host: hostname(), since: new Date().toISOString() });
    await refused(() => store.appendInput('s1', step(1)));
    expect(log.lines.at(-1)!.message).toMatch(/the lock .* was removed or taken by another process/);
    // Closing leaves the other process's lock alone.
    await store.close();
    expect(JSON.parse(readFileSync(join(dataDir, 'rogatory.lock'), 'utf8')).pid).toBe(process.ppid);
  });

  it('answers 503 with a problem, and acknowledges nothing, once the database is gone', async () => {
    const dataDir = tempDataDir(cleanup);
    const { server, log } = await testServer(cleanup, { place: { dataDir } });
    const s = (await api(server.url, 'POST', '/api/sessions', { scenario: BLOCKING })).body;
    const { rmSync } = await import('node:fs');
    rmSync(`${dataDir}/rogatory.sqlite`);
    const res = await api(server.url, 'POST', `/api/sessions/${s.id}/commands`, { type: 'step' }, s.trainerToken);
    expect(res).toMatchObject({ status: 503, body: { status: 503, type: 'urn:rogatory:problem:unavailable', detail: expect.stringMatching(/^Nothing was recorded/) } });
    expect((await api(server.url, 'GET', `/api/sessions/${s.id}`)).body.seq).toBe(0);
    expect(log.lines.filter((l) => l.level === 'error')).toHaveLength(1);
  });
});

describe('votes recorded before tie rules, questions and reasons', () => {
  it('read as they were decided (the first listed option breaking a tie), and take reasons once migrated', async () => {
    const { default: Database } = await import('better-sqlite3');
    const dataDir = tempDataDir(cleanup);
    const { join } = await import('node:path');
    const old = new Database(join(dataDir, 'rogatory.sqlite'));
    // The votes and ballots tables as the first release made them.
    old.exec(`
      CREATE TABLE votes (id TEXT PRIMARY KEY, session_id TEXT NOT NULL, options_json TEXT NOT NULL, opened_at_seq INTEGER NOT NULL,
        opened_at TEXT NOT NULL, closes_at TEXT, closed_at TEXT, result_json TEXT);
      CREATE TABLE ballots (vote_id TEXT NOT NULL, participant_id TEXT NOT NULL, option INTEGER NOT NULL, cast_at TEXT NOT NULL,
        PRIMARY KEY (vote_id, participant_id)) WITHOUT ROWID;
      INSERT INTO votes VALUES ('v1', 's1', '[{"type":"CHOOSE_MLAT"},{"type":"CHOOSE_ROGATORY"}]', 0, '2026-01-01T00:00:00Z', NULL, '2026-01-01T00:01:00Z',
        '{"winner":0,"event":{"type":"CHOOSE_MLAT"},"applied":true,"seq":1,"message":"CHOOSE_MLAT won the vote and was applied."}');
      INSERT INTO ballots VALUES ('v1', 'p1', 0, '2026-01-01T00:00:30Z'), ('v1', 'p2', 1, '2026-01-01T00:00:40Z');
    `);
    old.close();
    const store = await SqliteStore.inFolder(dataDir);
    cleanup.add(() => store.close());
    const [vote] = await store.votes('s1');
    expect(vote).toMatchObject({
      settings: { tie: 'first', prompt: null, hideResults: false, explain: false, seconds: null },
      leftMs: null, revealedAt: null, ballots: new Map([['p1', 0], ['p2', 1]]), explanations: new Map(),
    });
  });
});
