import { expect, inject } from 'vitest';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import { createApp } from '../../server/app.ts';
import type { TrustProxy } from '../../server/client-address.ts';
import { Catalog } from '../../server/catalog.ts';
import { startServer, type RunningServer } from '../../server/http.ts';
import { DEFAULT_LIMITS, type CostLimits, type Limits } from '../../server/limiter.ts';
import { memoryLogger } from '../../server/log.ts';
import { InlinePool, type PoolOptions } from '../../server/pool/pool.ts';
import type { ClientToServerEvents, PresenceBroadcast, PresenceEntry, ServerToClientEvents, Snapshot, TrainerCommand } from '../../server/protocol.ts';
import { mergePresence } from '../../client/model/presence.ts';
import { SessionService } from '../../server/sessions/service.ts';
import { openStore, type AnyStore, type StorePlace } from '../../server/store/open.ts';
import { SqliteStore } from '../../server/store/sqlite.ts';
import { sqlOnce } from '../postgres/cluster.ts';
import { silentLogger } from '../../server/log.ts';

export const LIBRARY = join(import.meta.dirname, 'fixtures', 'library');
export const BLOCKING = 'server-blocking';
export const CONSENT = 'server-consent';

/** Everything a test leaves behind goes through here, so a failing test still cleans up. */
export class Cleanup {
  private readonly steps: (() => unknown)[] = [];
  add(step: () => unknown): void {
    this.steps.push(step);
  }
  async run(): Promise<void> {
    while (this.steps.length) await this.steps.pop()!();
  }
}

export function tempDataDir(cleanup: Cleanup): string {
  const dir = mkdtempSync(join(tmpdir(), 'rogatory-test-'));
  cleanup.add(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * The store the server tests run on: SQLite by default; PostgreSQL in the `postgres` project
 * (vitest.config.ts), which runs the same files again with ROGATORY_TEST_STORE=postgres.
 */
export const TEST_STORE: 'sqlite' | 'postgres' = process.env.ROGATORY_TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';

/**
 * A new, empty place for a store: a data folder, or a schema of its own in the test PostgreSQL
 * database (dropped at cleanup, after every store on it has closed). Open it again to restart.
 */
export function testPlace(cleanup: Cleanup): StorePlace {
  if (TEST_STORE === 'sqlite') return { dataDir: tempDataDir(cleanup) };
  const databaseUrl = inject('databaseUrl');
  const schema = `t_${randomBytes(8).toString('hex')}`;
  cleanup.add(() => sqlOnce(databaseUrl, `DROP SCHEMA IF EXISTS ${schema} CASCADE`));
  return { databaseUrl, schema };
}

/** A store opened on a place (a new one by default), closed at cleanup. */
export async function testStore(cleanup: Cleanup, place: StorePlace = testPlace(cleanup)): Promise<AnyStore> {
  const store = await openStore(place, silentLogger);
  cleanup.add(() => store.close());
  return store;
}

/**
 * Everything the store holds, as text, to show what is not in it (a token kept only as its hash):
 * SQLite's files as they are on disk (the -wal beside the database), every row of every table on PostgreSQL.
 */
export async function storedText(store: AnyStore): Promise<string> {
  if (store instanceof SqliteStore) return Buffer.concat([store.file, `${store.file}-wal`].filter(existsSync).map((f) => readFileSync(f))).toString('latin1');
  const tables = ['sessions', 'inputs', 'participants', 'votes', 'ballots', 'links', 'command_keys'];
  const rows = await Promise.all(tables.map((table) => store.pool.query(`SELECT * FROM ${table}`).then((r) => JSON.stringify(r.rows))));
  return rows.join('\n');
}

/** What startServer takes for a place. */
export function serverStore(place: StorePlace): { dataDir: string; database: { url: string; schema?: string } | null } {
  return 'dataDir' in place ? { dataDir: place.dataDir, database: null } : { dataDir: '', database: { url: place.databaseUrl, schema: place.schema } };
}

/** The real app on a real store, for supertest; the engine's work runs inline (the real threads: testServer). */
export async function testApp(cleanup: Cleanup, limits: Limits = DEFAULT_LIMITS, clientDist: string | null = null, trustProxy: TrustProxy = false, publicUrl: string | null = null) {
  const log = memoryLogger();
  const store = await testStore(cleanup);
  const catalog = Catalog.fromFolder(LIBRARY, log);
  const sessions = new SessionService({ store, log, tickMs: 20 });
  cleanup.add(() => sessions.close());
  // The API alone unless a test asks for a client build: the browser tests cover the real one.
  return { app: createApp({ sessions, scenarios: catalog, pool: new InlinePool(), log, limits, clientDist, trustProxy, addresses: () => ({ publicUrl, urls: [] }) }), store, sessions, catalog, log };
}

/**
 * The whole server on 127.0.0.1 and an ephemeral port, with one engine thread unless `pool` asks
 * for more (most tests never run anything heavy, and each thread takes about a second to start).
 */
export async function testServer(
  cleanup: Cleanup,
  options: {
    place?: StorePlace; limits?: Limits; tickMs?: number; trustProxy?: TrustProxy; idleMs?: number; pool?: PoolOptions; costs?: CostLimits; addedScenarioDirs?: string[];
    /** Several processes on one PostgreSQL schema: this one's name. */
    processName?: string;
  } = {},
) {
  const log = memoryLogger();
  const server: RunningServer = await startServer({
    port: 0, host: '127.0.0.1', ...serverStore(options.place ?? testPlace(cleanup)), scenariosDir: LIBRARY,
    log, tickMs: options.tickMs ?? 20, limits: options.limits, trustProxy: options.trustProxy, idleMs: options.idleMs,
    pool: { threads: 1, ...options.pool }, costs: options.costs, addedScenarioDirs: options.addedScenarioDirs,
    process: options.processName ? { name: options.processName } : undefined,
  });
  cleanup.add(() => server.close());
  return { server, log };
}

export type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A test server with one session of `scenario` created over REST, and its trainer's socket, past its first snapshot. */
export async function trainerSession(cleanup: Cleanup, scenario: string) {
  const { server } = await testServer(cleanup);
  const s = (await api(server.url, 'POST', '/api/sessions', { scenario })).body as { id: string; joinCode: string; trainerToken: string };
  const trainer = await client(cleanup, server.url, { sessionId: s.id, trainerToken: s.trainerToken });
  await trainer.snapshot;
  return { server, s, trainer };
}

/**
 * A socket.io client over websocket to 127.0.0.1, connected (or refused) before this resolves.
 * `snapshot` is the first snapshot the server sends (to a socket that showed a token).
 */
export async function client(
  cleanup: Cleanup, url: string, auth: object = {}, extraHeaders: Record<string, string> = {},
): Promise<Client & { snapshot: Promise<Snapshot> }> {
  const socket: Client = connect(url, { transports: ['websocket'], auth, extraHeaders, forceNew: true, reconnectionDelay: 50, reconnectionDelayMax: 200, timeout: 5000 });
  cleanup.add(() => socket.disconnect());
  const snapshot = new Promise<Snapshot>((resolve) => socket.once('snapshot', resolve));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => {
      socket.disconnect();
      reject(error);
    });
  });
  return Object.assign(socket, { snapshot });
}

/** A trainer's command over the socket; its result, or the test fails with the server's refusal. */
export async function command(trainer: Client, command: TrainerCommand) {
  const answer = await trainer.timeout(5000).emitWithAck('command', command);
  if (!answer.ok) throw new Error(`${command.type} refused: ${answer.error.message}`);
  return answer.result;
}

/** Wait for `predicate`, polling; fails the test with `what` after `ms`. */
export async function until(what: string, predicate: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The next `event` a socket receives. */
export function next<E extends keyof ServerToClientEvents>(socket: Client, event: E, ms = 5000): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${String(event)}`)), ms);
    socket.once(event as 'input', ((payload: Parameters<ServerToClientEvents[E]>[0]) => {
      clearTimeout(timer);
      resolve(payload);
    }) as never);
  });
}

/** The trainer's list of participants, merged from presence broadcasts as the console merges them. */
export function rosterOf(trainer: Client) {
  let list: PresenceEntry[] = [];
  const seen: PresenceBroadcast[] = [];
  trainer.on('presence', (b) => {
    seen.push(b);
    list = mergePresence(list, b);
  });
  return {
    get list() {
      return list;
    },
    /** Every broadcast received, oldest first. */
    broadcasts: seen,
  };
}

/**
 * A JSON request to the running server over 127.0.0.1. The wait is long enough for thousands of
 * sampled runs, or a worker thread's first start, on a busy 2-core machine: a test that hangs still
 * fails, one that is slow does not.
 */
export async function api<T = any>(base: string, method: string, path: string, body?: object, token?: string): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = {};
  if (body) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${base}${path}`, { method, headers, body: body && JSON.stringify(body), signal: AbortSignal.timeout(30_000) });
  return { status: res.status, body: (await res.json()) as T };
}

/** RFC 4180 read back: quoted cells with doubled quotes, commas and line breaks inside them. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += c;
  }
  return rows;
}

/** An error answer: its status, an RFC 9457 problem, and a sentence for a person. */
export function expectProblem(res: { status: number; headers: Record<string, string>; body: { detail?: string } }, status: number, detail: RegExp): void {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body.detail).toMatch(detail);
}
