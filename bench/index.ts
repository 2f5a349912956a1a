import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { atlasFigures } from './atlas.ts';
import { CLASSES_FULL, CLASSES_QUICK, classesFigures } from './classes.ts';
import type { ClientFigures } from './client.ts';
import { connectionFigures } from './connections.ts';
import { engineFigures } from './engine.ts';
import { exploreFigures, formatExploreFigures } from './explore.ts';
import { fanoutFigures } from './fanout.ts';
import { isolationFigures } from './pool.ts';
import { mergeResults } from './merge-results.ts';
import { RESULTS_FILE, writeReadmeTable } from './readme-table.ts';
import { report } from './report.ts';
import { recoveryFigures } from './recovery.ts';
import { storeFigures } from './stores.ts';
import { PROCESSES_FULL, PROCESSES_QUICK, processesFigures } from './processes.ts';

/**
 * `npm run bench`: every figure of issue 6 beside its goal, then how each grows with its work;
 * writes bench/results.json. `npm run bench -- fanout recovery` runs only those parts (engine,
 * fanout, recovery, client, isolation, connections, classes, atlas, explore, stores, processes);
 * BENCH_QUICK=1 takes fewer samples (for a smoke run, not for figures to quote). The parts run
 * replace theirs in bench/results.json, the others keep their figures and their dates (`measured`),
 * and the README's table is written again from the file (bench/readme-table.ts).
 */
const PARTS = ['engine', 'fanout', 'recovery', 'client', 'isolation', 'connections', 'classes', 'atlas', 'explore', 'stores', 'processes'] as const;
const asked = process.argv.slice(2).filter((a) => (PARTS as readonly string[]).includes(a));
const run = (part: (typeof PARTS)[number]) => asked.length === 0 || asked.includes(part);
const quick = process.env.BENCH_QUICK === '1';

const log = (line: string) => process.stderr.write(`${line}\n`);
const results = {
  measuredAt: new Date().toISOString(),
  machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', platform: process.platform },
  quick,
  engine: run('engine') ? (log('engine: runs over the library, bare XState stepped alike, 10,000 samples repeated…'), engineFigures({ sampleRepeats: quick ? 3 : 7 })) : null,
  fanout: run('fanout')
    ? (log('fan-out: 50, 200, 500 clients in a child process, Rogatory and raw socket.io…'),
      await fanoutFigures(quick ? { ns: [50, 200, 500], rounds: 2, perRound: 15, warmup: 10, gapMs: 10 } : { ns: [50, 200, 500], rounds: 7, perRound: 50, warmup: 20, gapMs: 10 }))
    : null,
  recovery: run('recovery')
    ? (log('recovery: recording a 10,000-input class, then restarting the server process…'),
      await recoveryFigures({ sizes: [1000, 5000, 10000], restarts: quick ? 2 : 5 }))
    : null,
  client: run('client') ? (log('client: building the client, then cold loads in Chromium…'), await client()) : null,
  isolation: run('isolation')
    ? (log('isolation: 10,000 sampled runs on the engine\'s threads, then commands timed beside an alias bomb and samples…'), await isolationFigures({ quick }))
    : null,
  connections: run('connections') ? (log('connections: idle sockets from one address until the server refuses…'), await connectionFigures()) : null,
  classes: run('classes')
    ? (log('classes: 100 sessions × 50 participants joining one server process, then the trainers\' commands round-robin…'),
      await classesFigures(classesOptions()))
    : null,
  atlas: run('atlas') ? (log('atlas: every pair of states × 3 categories, then a what-if…'), atlasFigures({ repeats: quick ? 1 : 3 })) : null,
  stores: run('stores')
    ? (log('stores: one durable commit on SQLite, then on PostgreSQL in a throwaway cluster…'), await storeFigures(quick ? { rounds: 3, perRound: 100 } : { rounds: 7, perRound: 300 }))
    : null,
  processes: run('processes')
    ? (log('processes: the classes bench on PostgreSQL, one server process then three behind nginx…'), await processesFigures(quick ? PROCESSES_QUICK : PROCESSES_FULL))
    : null,
  explore: run('explore') ? (log('explore: every outcome of each shipped scenario…'), exploreFigures(quick ? 1 : 5)) : null,
};

/**
 * BENCH_CLASSES_RATE sets the trainers' commands per second (all sessions together) and
 * BENCH_CLASSES_SECONDS how long they run, to find where the goal breaks.
 */
function classesOptions() {
  const options = quick ? CLASSES_QUICK : CLASSES_FULL;
  const positive = (name: string) => {
    const value = Number(process.env[name]);
    return Number.isFinite(value) && value > 0 ? value : undefined;
  };
  return { ...options, rate: positive('BENCH_CLASSES_RATE') ?? options.rate, seconds: positive('BENCH_CLASSES_SECONDS') ?? options.seconds };
}

/** The client's figures (bench/client.ts, issue 5); a machine without Chromium still gets every other figure. */
async function client(): Promise<ClientFigures | { error: string }> {
  try {
    const { clientFigures } = await import('./client.ts');
    return await clientFigures();
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  }
}

console.log(report(results));
if (results.explore) console.log(`\n${formatExploreFigures(results.explore)}`);
mkdirSync('bench', { recursive: true });
const previous = existsSync(RESULTS_FILE) ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Record<string, unknown>) : {};
const merged = mergeResults(previous, results, PARTS, { at: results.measuredAt, quick, node: process.version });
writeFileSync(RESULTS_FILE, `${JSON.stringify(merged, null, 2)}\n`);
writeReadmeTable();
console.log('\nwritten: bench/results.json, and the README\'s table from it');

