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
import { BLOCKING, Cleanup, LIBRARY, tempDataDir } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const scenario = Catalog.fromFolder(LIBRARY, memoryLogger()).get(BLOCKING)!;
const row = (id: string, joinCode: string): SessionRow => ({
  id, scenario, joinCode, trainerTokenHash: hashToken('secret'), status: 'ready', parent: null, createdAt: new Date().toISOString(), admission: 'open', worldEvents: true,
});
const step = (seq: number): InputRecord => ({ seq, input: { kind: 'step' }, actor: 'trainer', voteId: null, recordedAt: new Date().toISOString() });
const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

function open(dataDir: string, log = memoryLogger()) {
  const store = SqliteStore.inFolder(dataDir, { log });
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
    const { store } = open(dataDir);
    const lock = JSON.parse(readFileSync(join(dataDir, 'rogatory.lock'), 'utf8'));
    expect(lock).toEqual({ pid: process.pid, host: hostname(), since: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });

    expect(() => SqliteStore.inFolder(dataDir)).toThrow(`in use by another Rogatory server (pid ${process.pid} on host ${hostname()}, since ${lock.since}`);
    await store.close();
    expect(existsSync(join(dataDir, 'rogatory.lock'))).toBe(false);
    open(dataDir);
  });

  it('takes over a lock whose process no longer runs on this host, and says so', () => {
    const dataDir = tempDataDir(cleanup);
    const pid = deadPid();
    writeLock(dataDir, { pid, host: hostname(), since: '2026-01-01T00:00:00.000Z' });
    const { log } = open(dataDir);
    expect(log.lines).toContainEqual(expect.objectContaining({ level: 'warn', message: expect.stringContaining(`took over a stale lock on ${dataDir}: pid ${pid} on this host`) }));
    expect(JSON.parse(readFileSync(join(dataDir, 'rogatory.lock'), 'utf8')).pid).toBe(process.pid);
  });

  it('takes over a lock naming its own pid (a container restarted: the same pid, an earlier life)', () => {
    const dataDir = tempDataDir(cleanup);
    writeLock(dataDir, { pid: process.pid, host: hostname(), since: '2026-01-01T00:00:00.000Z' });
    expect(open(dataDir).log.lines.map((l) => l.message)).toContainEqual(expect.stringContaining('took over a stale lock'));
  });

  it('never takes over a lock from another host, nor one whose process runs', () => {
    const dataDir = tempDataDir(cleanup);
    writeLock(dataDir, { pid: deadPid(), host: 'elsewhere.example', since: '2026-01-01T00:00:00.000Z' });
    expect(() => SqliteStore.inFolder(dataDir)).toThrow(/host elsewhere\.example.*taken on another host/);
    writeLock(dataDir, { pid: process.ppid, host: hostname(), since: '2026-01-01T00:00:00.000Z' });
    expect(() => SqliteStore.inFolder(dataDir)).toThrow(`pid ${process.ppid} on host ${hostname()}`);
    // Refused, it leaves the holder's lock as it was.
    expect(JSON.parse(readFileSync(join(dataDir, 'rogatory.lock'), 'utf8')).pid).toBe(process.ppid);
  });
});

describe('the files of the data folder', () => {
  it('are private to this user: a new folder 0700, the database, -wal, -shm and lock 0600', () => {
    const dataDir = join(tempDataDir(cleanup), 'a', 'new', 'folder');
    open(dataDir);
    expect(mode(dataDir)).toBe('700');
    for (const name of ['rogatory.sqlite', 'rogatory.sqlite-wal', 'rogatory.sqlite-shm', 'rogatory.lock']) expect([name, mode(join(dataDir, name))]).toEqual([name, '600']);
  });

  it('narrows the files an older version left readable by everyone', async () => {
    const dataDir = tempDataDir(cleanup);
    const { store } = open(dataDir);
    await store.createSession(row('s1', 'AAAAAA'), [step(1)]);
    // What a store made before this version looked like: every file 0644, the WAL still full.
    for (const name of ['rogatory.sqlite', 'rogatory.sqlite-wal', 'rogatory.sqlite-shm']) chmodSync(join(dataDir, name), 0o644);
    await store.close();
    expect(mode(join(dataDir, 'rogatory.sqlite'))).toBe('644');
    const again = open(dataDir).store;
    for (const name of ['rogatory.sqlite', 'rogatory.sqlite-wal', 'rogatory.sqlite-shm']) expect([name, mode(join(dataDir, name))]).toEqual([name, '600']);
    expect(await again.inputs('s1')).toHaveLength(1);
  });
});

describe('the integrity check at start', () => {
  it('refuses a damaged database before writing anything, and frees the folder', async () => {
    const dataDir = tempDataDir(cleanup);
    const { store } = open(dataDir);
    for (let i = 0; i < 40; i++) await store.createSession(row(`s${i}`, `C${String(i).padStart(5, '0')}`), [step(1), step(2)]);
    await store.close();
    const file = join(dataDir, 'rogatory.sqlite');
    const size = statSync(file).size;
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(size - 4096, 0xa5), 0, size - 4096, 4096);
    closeSync(fd);
    const before = readFileSync(file);

    expect(() => SqliteStore.inFolder(dataDir)).toThrow(new RegExp(`the database ${file} is damaged \\(.+\\)\\. Nothing was changed\\..*from a backup`));
    expect(readFileSync(file)).toEqual(before);
    expect(existsSync(join(dataDir, 'rogatory.lock'))).toBe(false);
  });

  it('refuses a file that is not a database at all', () => {
    const dataDir = tempDataDir(cleanup);
    writeFileSync(join(dataDir, 'rogatory.sqlite'), 'these are not the pages you are looking for '.repeat(200));
    expect(() => SqliteStore.inFolder(dataDir)).toThrow(/is damaged \(file is not a database\)/);
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
    const { store, log } = open(dataDir);
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
    const { store } = open(dataDir);
    await store.createSession(row('s1', 'AAAAAA'), []);
    rmSync(join(dataDir, 'rogatory.sqlite-wal'));
    await refused(() => store.appendInput('s1', step(1)));
  });

  it('are refused when the database is replaced by another file at the same path', async () => {
    const dataDir = tempDataDir(cleanup);
    const { store } = open(dataDir);
    await store.createSession(row('s1', 'AAAAAA'), []);
    writeFileSync(join(dataDir, 'other'), '');
    renameSync(join(dataDir, 'other'), join(dataDir, 'rogatory.sqlite'));
    await refused(() => store.appendInput('s1', step(1)));
  });

  it('are refused when the lock is no longer this process\'s', async () => {
    const dataDir = tempDataDir(cleanup);
    const { store, log } = open(dataDir);
    await store.createSession(row('s1', 'AAAAAA'), []);
    rmSync(join(dataDir, 'rogatory.lock'));
    writeLock(dataDir, { pid: process.ppid, host: hostname(), since: new Date().toISOString() });
    await refused(() => store.appendInput('s1', step(1)));
    expect(log.lines.at(-1)!.message).toMatch(/the lock .* was removed or taken by another process/);
    // Closing leaves the other process's lock alone.
    await store.close();
    expect(JSON.parse(readFileSync(join(dataDir, 'rogatory.lock'), 'utf8')).pid).toBe(process.ppid);
  });
});
