import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Catalog } from '../server/catalog.ts';
import { silentLogger } from '../server/log.ts';
import type { InputRecord } from '../server/protocol.ts';
import { SessionService } from '../server/sessions/service.ts';
import { SqliteStore } from '../server/store/sqlite.ts';
import { recordClass } from './session-log.ts';
import { median } from './stats.ts';

/**
 * `npx tsx bench/store-checks.ts [inputs]`: what the store's safety checks cost (issue 10, findings 11 and 12).
 * - the integrity check at start: PRAGMA quick_check and integrity_check on a store holding one
 *   class of `inputs` inputs (default 10,000, recorded through the session service as bench/recovery.ts does);
 * - the check before every write (the database file, its WAL and the lock still the ones opened),
 *   against the durable append it precedes;
 * - the dearest answer to a command sent again with its idempotency key (finding 12).
 */
const INPUTS = Number(process.argv[2] ?? 10_000);
const SCENARIOS_DIR = join(import.meta.dirname, '..', 'scenarios', 'fictional');
const RUNS = 7;

const dataDir = mkdtempSync(join(tmpdir(), 'rogatory-bench-'));
try {
  const store = await SqliteStore.inFolder(dataDir);
  const sessions = new SessionService({ store, log: silentLogger });
  const scenario = Catalog.fromFolder(SCENARIOS_DIR, silentLogger).get('blocking-statute-mlat')!;
  const recorded = await recordClass(sessions, scenario, INPUTS);
  // The dearest retry: a keyed command answered again once another input followed it, so that its
  // state is replayed from the whole log.
  const live = await sessions.get(recorded.id);
  const keyed = { key: 'bench', callerToken: recorded.trainerToken };
  const retried = { type: 'advance', to: Math.round(live.sim.time * 1000) / 1000 } as const;
  await sessions.command(live, retried, keyed);
  await sessions.command(live, { type: 'step' });
  const retries: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await sessions.command(live, retried, keyed);
    retries.push(performance.now() - started);
  }
  await sessions.close();
  await store.close();
  const file = join(dataDir, 'rogatory.sqlite');
  const mb = statSync(file).size / 1024 / 1024;

  // Each check on a fresh connection, as at start-up (the pages may still be in the OS cache: a warm start).
  const timeCheck = (pragma: string) => {
    const runs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const db = new Database(file, { readonly: true });
      const started = performance.now();
      const answer = db.pragma(pragma, { simple: true });
      runs.push(performance.now() - started);
      db.close();
      if (answer !== 'ok') throw new Error(`${pragma}: ${String(answer)}`);
    }
    return median(runs);
  };
  const quick = timeCheck('quick_check');
  const full = timeCheck('integrity_check');

  // The check before each write, alone and beside the durable append (synchronous = FULL) it precedes.
  const again = await SqliteStore.inFolder(dataDir);
  const checks: number[] = [];
  for (let round = 0; round < RUNS; round++) {
    const n = 20_000;
    const started = performance.now();
    for (let i = 0; i < n; i++) again.checkWritable();
    checks.push(((performance.now() - started) * 1000) / n);
  }
  const appends: number[] = [];
  const { id } = recorded;
  let seq = (await again.inputs(id)).length;
  for (let round = 0; round < RUNS; round++) {
    const n = 300;
    const started = performance.now();
    for (let i = 0; i < n; i++) {
      const record: InputRecord = { seq: ++seq, input: { kind: 'step' }, actor: 'trainer', voteId: null, recordedAt: new Date().toISOString() };
      await again.appendInput(id, record);
    }
    appends.push(((performance.now() - started) * 1000) / n);
  }
  await again.close();

  const check = median(checks);
  const append = median(appends);
  const c = recorded.composition;
  console.log(`one class of ${INPUTS.toLocaleString('en')} inputs (${c.advance} advances, ${c.vote} votes of 25 ballots, ${c.inject} injects, ${c.step} steps): ${mb.toFixed(2)} MB`);
  console.log(`integrity at start (median of ${RUNS}): quick_check ${quick.toFixed(2)} ms, integrity_check ${full.toFixed(2)} ms (${(full / mb).toFixed(2)} ms/MB)`);
  console.log(`check before each write (median of ${RUNS} rounds): ${check.toFixed(1)} µs; a durable append with it: ${append.toFixed(0)} µs (the check is ${((100 * check) / append).toFixed(1)}%)`);
  console.log(`a keyed command sent again one input later, its state replayed from ${(live.seq - 1).toLocaleString('en')} inputs: ${median(retries).toFixed(1)} ms (median of ${RUNS})`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
