import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Catalog } from '../server/catalog.ts';
import { silentLogger } from '../server/log.ts';
import type { InputRecord } from '../server/protocol.ts';
import { openStore, type AnyStore, type StorePlace } from '../server/store/open.ts';
import type { SessionRow } from '../server/store/store.ts';
import { startCluster } from '../test/postgres/cluster.ts';
import { repeated, type Repeated } from './stats.ts';

/**
 * The cost of one commit on each store (issue 17): an input appended to a session's log, alone in
 * its transaction and durable before it resolves, as every command a trainer sends is. SQLite with
 * synchronous = FULL in a temporary folder; PostgreSQL 15 (Debian's) in a throwaway cluster on
 * loopback with its defaults (fsync on, synchronous_commit on), reached over TCP by pg's pool.
 */
export interface StoreCommit {
  store: 'sqlite' | 'postgres';
  /** µs per commit over the rounds. */
  micros: Repeated;
  commitsPerRound: number;
}

export type StoreFigures = { commits: StoreCommit[] } | { error: string };

const scenario = Catalog.fromFolder(join(import.meta.dirname, '..', 'scenarios', 'fictional'), silentLogger).get('blocking-statute-mlat')!;

async function commitCost(store: AnyStore, which: StoreCommit['store'], rounds: number, perRound: number): Promise<StoreCommit> {
  const session: SessionRow = {
    id: 'bench', scenario, joinCode: 'BENCH1', trainerTokenHash: '0'.repeat(64), status: 'running', parent: null,
    createdAt: new Date().toISOString(), admission: 'open', worldEvents: true,
  };
  await store.createSession(session, []);
  let seq = 0;
  const append = () => {
    const record: InputRecord = { seq: ++seq, input: { kind: 'step' }, actor: 'trainer', voteId: null, recordedAt: new Date().toISOString() };
    return store.appendInput(session.id, record);
  };
  for (let i = 0; i < 50; i++) await append(); // warm-up: statements prepared, pool connected
  const each: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    for (let i = 0; i < perRound; i++) await append();
    each.push(((performance.now() - started) * 1000) / perRound);
  }
  return { store: which, micros: repeated(each), commitsPerRound: perRound };
}

async function measure(place: StorePlace, which: StoreCommit['store'], rounds: number, perRound: number): Promise<StoreCommit> {
  const store = await openStore(place, silentLogger);
  try {
    return await commitCost(store, which, rounds, perRound);
  } finally {
    await store.close();
  }
}

export async function storeFigures(options: { rounds: number; perRound: number }): Promise<StoreFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rogatory-bench-store-'));
  try {
    const sqlite = await measure({ dataDir }, 'sqlite', options.rounds, options.perRound);
    const cluster = await startCluster();
    try {
      const postgres = await measure({ databaseUrl: cluster.url, schema: 'bench' }, 'postgres', options.rounds, options.perRound);
      return { commits: [sqlite, postgres] };
    } finally {
      await cluster.stop();
    }
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await storeFigures({ rounds: 7, perRound: 300 }), null, 2));
