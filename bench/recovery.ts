import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { replay } from '../machines/run/replay.ts';
import { viewOf } from '../machines/run/view.ts';
import { Catalog } from '../server/catalog.ts';
import { silentLogger } from '../server/log.ts';
import { SessionService } from '../server/sessions/service.ts';
import { SqliteStore } from '../server/store/sqlite.ts';
import { startServerProcess } from './server-process.ts';
import { ADVANCE_DAYS, CLASS_SIZE, recordClass, type Composition } from './session-log.ts';
import { median } from './stats.ts';

export const RECOVERY_GOAL_MS = 200;
const SCENARIO = 'blocking-statute-mlat';
const SCENARIOS_DIR = join(import.meta.dirname, '..', 'scenarios', 'fictional');

export interface RecoveryAtSize {
  inputs: number;
  /** Median over restarts: from the first GET of the session sent to its body read, on a fresh server process. */
  serveMs: number;
  /** Each restart's figure, for the spread. */
  serveRuns: number[];
  /** The second GET on the same process (the session now in memory): what is left once replay is done. */
  warmMs: number;
  /** Median over runs of where the first GET's time goes (measured in this process, so with a warm JIT). */
  parts: { readMs: number; replayMs: number; viewMs: number };
}

export interface RecoveryFigures {
  goalMs: number;
  scenario: string;
  session: string;
  composition: Composition;
  /** Median time from spawning `node --import tsx server/main.ts` to its "serving" line. */
  processStartMs: number;
  bySize: RecoveryAtSize[];
}

async function timedGet(url: string): Promise<number> {
  const start = performance.now();
  const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  await res.text();
  if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
  return performance.now() - start;
}

/** Where a first load's time goes: reading the log, replaying it, drawing the view. */
async function parts(dataDir: string, id: string): Promise<RecoveryAtSize['parts']> {
  const store = await SqliteStore.inFolder(dataDir);
  try {
    let t = performance.now();
    const row = (await store.getSession(id))!;
    const records = await store.inputs(id);
    // As the service reads them to serve a session: the last vote's ballots only (SessionService.load).
    await store.votes(id, 'last');
    const readMs = performance.now() - t;
    t = performance.now();
    const sim = replay(row.scenario, records.map((r) => r.input));
    const replayMs = performance.now() - t;
    t = performance.now();
    JSON.stringify(viewOf(sim));
    return { readMs, replayMs, viewMs: performance.now() - t };
  } finally {
    await store.close();
  }
}

/**
 * Recovery: a class recorded through the session service (10,000 inputs in session-log.ts's mix; the 1,000 and 5,000 are
 * branches of it at those seqs, sessions of their own), then the real server process started
 * again and again on the same DATA_DIR, each start asked for one session.
 */
export async function recoveryFigures(options: { sizes: number[]; restarts: number }): Promise<RecoveryFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rogatory-bench-'));
  try {
    const largest = Math.max(...options.sizes);
    const store = await SqliteStore.inFolder(dataDir);
    const sessions = new SessionService({ store, log: silentLogger });
    const scenario = Catalog.fromFolder(SCENARIOS_DIR, silentLogger).get(SCENARIO)!;
    const recorded = await recordClass(sessions, scenario, largest);
    const live = await sessions.get(recorded.id);
    const ids = new Map<number, string>([[largest, recorded.id]]);
    for (const size of options.sizes) if (size !== largest) ids.set(size, (await sessions.branchOf(live, size)).id);
    await sessions.close();
    await store.close();

    const starts: number[] = [];
    const runs = new Map<number, { serve: number[]; warm: number[]; parts: RecoveryAtSize['parts'][] }>(options.sizes.map((s) => [s, { serve: [], warm: [], parts: [] }]));
    for (let r = 0; r < options.restarts; r++) {
      for (const size of options.sizes) {
        const server = await startServerProcess(dataDir, SCENARIOS_DIR);
        try {
          starts.push(server.startMs);
          const url = `${server.url}/api/sessions/${ids.get(size)}`;
          runs.get(size)!.serve.push(await timedGet(url));
          runs.get(size)!.warm.push(await timedGet(url));
        } finally {
          await server.stop();
        }
        runs.get(size)!.parts.push(await parts(dataDir, ids.get(size)!));
      }
    }
    const bySize = options.sizes.map((inputs) => {
      const m = runs.get(inputs)!;
      return {
        inputs, serveMs: median(m.serve), serveRuns: m.serve, warmMs: median(m.warm),
        parts: { readMs: median(m.parts.map((p) => p.readMs)), replayMs: median(m.parts.map((p) => p.replayMs)), viewMs: median(m.parts.map((p) => p.viewMs)) },
      };
    });
    const c = recorded.composition;
    return {
      goalMs: RECOVERY_GOAL_MS, scenario: SCENARIO, composition: c, processStartMs: median(starts), bySize,
      session: `${SCENARIO} played by a class of ${CLASS_SIZE}: ${c.advance} advances of ${ADVANCE_DAYS} day, ${c.vote} votes (${CLASS_SIZE} ballots each, ${c.vote * CLASS_SIZE} in all), ` +
        `${c.inject} preservation injects, ${c.step} steps; at input ${largest} the request is on day ${c.day} in ${c.state}`,
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
