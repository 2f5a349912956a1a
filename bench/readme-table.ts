import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLASSES_GOAL_MS } from './classes.ts';
import { FIRST_LOAD_GOAL_KB, INTERACTIVE_GOAL_MS } from './client.ts';
import { FANOUT_GOAL } from './fanout.ts';
import { EXTRA_P99_GOAL_MS, POOL_SAMPLES_GOAL_S } from './pool.ts';
import { RECOVERY_GOAL_MS } from './recovery.ts';
import { ENGINE_RATIO_GOAL, SAMPLES_GOAL_S, type Results } from './report.ts';
import { growth, median, percentile } from './stats.ts';

/**
 * The README's "## Performance" figures, written from bench/results.json and from nothing else
 * (issue 19: figures that cannot drift). `npm run bench` calls writeReadmeTable after it writes
 * the results; `npx tsx bench/readme-table.ts` rewrites the README from the file as it stands;
 * test/bench/readme-table.test.ts fails when the README and the file disagree.
 */
export const TABLE_START = '<!-- bench:table:start -->';
export const TABLE_END = '<!-- bench:table:end -->';

/** When and how each part was measured: a partial run keeps the other parts' figures and dates. */
export interface Measured {
  at: string;
  quick: boolean;
  node: string;
}

export type BenchResults = Results & {
  machine: Results['machine'] & { cpu?: string };
  measured?: Partial<Record<string, Measured>>;
};

const PARTS_IN_TABLE = ['engine', 'recovery', 'fanout', 'client', 'isolation', 'classes', 'connections', 'stores', 'processes'] as const;

const x = (v: number) => `${v.toFixed(2)}×`;
const ms = (v: number, digits = 1) => `${v.toFixed(digits)} ms`;
const int = (v: number) => Math.round(v).toLocaleString('en');
const met = (value: number, goal: number) => (value <= goal ? 'met' : 'missed');
/** A repeated timing as the README says it: its median, the middle half, and how many. */
const spreadOf = (values: readonly number[], digits: number, unit: string) => {
  const f = (v: number) => v.toFixed(digits);
  return `median ${f(median(values))} ${unit} (p25–p75 ${f(percentile(values, 25))}–${f(percentile(values, 75))} ${unit}, n=${values.length})`;
};
const ratioSpread = (r: { median: number; p25: number; p75: number; n: number }) =>
  `${x(r.median)} (p25–p75 ${x(r.p25)}–${x(r.p75)}, n=${r.n})`;
const notMeasured = (part: string) => `not in bench/results.json (\`npm run bench -- ${part}\`)`;

function row(cells: string[]): string {
  return `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
}

function engineRows(r: BenchResults): string[][] {
  const e = r.engine;
  if (!e) {
    return [
      ['engine: a deterministic run / bare XState stepped alike', notMeasured('engine'), `≤ ${ENGINE_RATIO_GOAL}×`],
      [`engine: 10,000 sampled runs of a shipped scenario`, notMeasured('engine'), `< ${SAMPLES_GOAL_S} s`],
    ];
  }
  const s = e.samples.seconds;
  return [
    [`engine: a deterministic run / bare XState stepped alike (a flat ring with as many transitions, from a cached first snapshot), over ${e.rounds} paired rounds`,
      ratioSpread(e.ratio), `≤ ${ENGINE_RATIO_GOAL}× (${met(e.ratio.median, ENGINE_RATIO_GOAL)})`],
    ['beside it, the same-shape floor: the ring nested as the request machine nests its stages, stepped alike / the flat ring', ratioSpread(e.floorRatio), '—'],
    ['beside it, an actor per run: the nested ring through `createActor` / stepped', ratioSpread(e.actorRatio), '—'],
    [`engine: ${e.samples.runs.toLocaleString('en')} sampled runs of ${e.samples.scenario}`,
      spreadOf(e.samples.each, 2, 's'), `< ${SAMPLES_GOAL_S} s (${met(s.median, SAMPLES_GOAL_S)})`],
  ];
}

function recoveryRows(r: BenchResults): string[][] {
  const c = r.recovery;
  if (!c) return [['first GET of a 10,000-input session after a restart', notMeasured('recovery'), `< ${RECOVERY_GOAL_MS} ms`]];
  const largest = c.bySize.reduce((a, b) => (b.inputs > a.inputs ? b : a));
  return [[`first GET of a ${largest.inputs.toLocaleString('en')}-input session after a restart, a fresh server process each time`,
    spreadOf(largest.serveRuns, 0, 'ms'), `< ${c.goalMs} ms (${met(largest.serveMs, c.goalMs)})`]];
}

function fanoutRows(r: BenchResults): string[][] {
  const f = r.fanout;
  const what = 'trainer\'s command → last of N participants has the new state, p95';
  if (!f) return [[what, notMeasured('fanout'), `≤ ${FANOUT_GOAL} × raw socket.io`]];
  const rounds = f.byN[0]?.rounds.length ?? 0;
  return [[`${what} (median of ${rounds} rounds)`, f.byN.map((n) => `N=${n.n}: ${ms(n.rogatory.p95)}`).join(', '),
    `≤ ${f.goal} × raw socket.io: ${f.byN.map((n) => `${x(n.ratio.p95)} (${met(n.ratio.p95, f.goal)}; rounds ${x(Math.min(...n.rounds.map((o) => o.ratio.p95)))}–${x(Math.max(...n.rounds.map((o) => o.ratio.p95)))})`).join(', ')}`]];
}

function clientRows(r: BenchResults): string[][] {
  const k = r.client;
  const what = 'first page\'s JavaScript, gzip / interactive in Chromium';
  const goal = `< ${FIRST_LOAD_GOAL_KB} KB / < ${INTERACTIVE_GOAL_MS / 1000} s`;
  if (!k) return [[what, notMeasured('client'), goal]];
  if ('error' in k) return [[what, `not measured: ${k.error}`, goal]];
  const kb = k.firstLoad.gzipBytes / 1024;
  return [[what, `${kb.toFixed(1)} KB / ${spreadOf(k.interactiveMs.runs, 0, 'ms')}`,
    `${goal} (${met(kb, FIRST_LOAD_GOAL_KB)} / ${met(k.interactiveMs.median, INTERACTIVE_GOAL_MS)})`]];
}

function isolationRows(r: BenchResults): string[][] {
  const i = r.isolation;
  if (!i) {
    return [
      ['10,000 sampled runs on the engine\'s threads', notMeasured('isolation'), `< ${POOL_SAMPLES_GOAL_S} s`],
      ['another session\'s command, p99, beside samples and alias bombs', notMeasured('isolation'), `idle + < ${EXTRA_P99_GOAL_MS} ms`],
    ];
  }
  const s = i.samples;
  const l = i.latency;
  const goal = l.idle.p99 + EXTRA_P99_GOAL_MS;
  const extra = (v: { p99: number }) => `${ms(v.p99)} (+${(v.p99 - l.idle.p99).toFixed(1)})`;
  return [
    [`the same on the engine's threads (one seeded stream, so one thread; median of ${s.reps})`, `${s.poolSeconds.toFixed(2)} s; split over ${s.split.tasks} threads with a seed each, other figures: ${s.split.seconds.toFixed(2)} s`,
      `< ${POOL_SAMPLES_GOAL_S} s (${met(s.poolSeconds, POOL_SAMPLES_GOAL_S)})`],
    [`another session's command, p99, idle / with 2,000-run samples in flight (${l.commands} steps a row)`, `${ms(l.idle.p99)} / ${extra(l.sample)}`, `+ < ${EXTRA_P99_GOAL_MS} ms (${met(l.sample.p99, goal)})`],
    [`the same with ${(l.bombBytes / 1000).toFixed(0)} KB alias bombs back to back (${l.bombsPerSecond.toFixed(0)} a second) / with those and the samples`,
      `${extra(l.bomb)} / ${extra(l.both)}`, `+ < ${EXTRA_P99_GOAL_MS} ms (${met(l.bomb.p99, goal)} / ${met(l.both.p99, goal)})`],
    ['the same with a bomb a second (what `LIMIT_RUNS` lets one address send) and the samples', extra(l.paced), `+ < ${EXTRA_P99_GOAL_MS} ms (${met(l.paced.p99, goal)})`],
  ];
}

function classesRows(r: BenchResults): string[][] {
  const c = r.classes;
  const what = 'a class of classes: sessions × participants on one process, command → last participant of its session';
  if (!c) return [[what, notMeasured('classes'), `p95 < ${CLASSES_GOAL_MS} ms`]];
  const o = c.options;
  const l = c.latency;
  return [[`a class of classes: ${o.sessions} sessions × ${o.participants} participants on one process, command → last participant of its session, p50 / p95 / p99 / max`,
    `${l.p50.toFixed(1)} / ${l.p95.toFixed(1)} / ${l.p99.toFixed(1)} / ${l.max.toFixed(0)} ms; ${c.lost + c.outOfOrder} of ${int(c.received)} broadcasts lost or out of order; ` +
      `${int(o.sessions * o.participants)} joined in ${(c.setup.joinWallMs / 1000).toFixed(1)} s`,
    `p95 < ${c.goalMs} ms (${met(l.p95, c.goalMs)})`]];
}

function connectionRows(r: BenchResults): string[][] {
  const n = r.connections;
  const what = 'idle sockets one address holds / a newcomer from that address meanwhile / another address';
  if (!n) return [[what, notMeasured('connections'), 'the limit / served / served']];
  return [[what, `${int(n.held)} (${int(n.opened)} opened) / ${n.sameAddress.status} in ${ms(n.sameAddress.ms)} / ${n.otherAddress.status} in ${ms(n.otherAddress.ms)}`,
    `the limit, ${int(n.limit)} / served / served (${n.held <= n.limit && n.sameAddress.status === 200 && n.otherAddress.status === 200 ? 'met' : 'missed'})`]];
}

function storeRows(r: BenchResults): string[][] {
  const st = r.stores;
  const what = (store: string) => `one durable commit (an input appended in its own transaction), ${store}`;
  if (!st) return [[what('SQLite / PostgreSQL'), notMeasured('stores'), '—']];
  if ('error' in st) return [[what('SQLite / PostgreSQL'), `not measured: ${st.error}`, '—']];
  const label = { sqlite: 'SQLite (synchronous = FULL)', postgres: 'PostgreSQL 15 on loopback (fsync and synchronous_commit on)' } as const;
  return st.commits.map((c) => [what(label[c.store]),
    `median ${c.micros.median.toFixed(0)} µs (p25–p75 ${c.micros.p25.toFixed(0)}–${c.micros.p75.toFixed(0)} µs, n=${c.micros.n} rounds of ${c.commitsPerRound})`, '—']);
}

function processesRows(r: BenchResults): string[][] {
  const pr = r.processes;
  const what = (processes: string) => `classes on PostgreSQL, ${processes}: sessions × participants, command → last participant of its session, p50 / p95 / p99 / max`;
  if (!pr) return [[what('1 process / 3 behind nginx'), notMeasured('processes'), `p95 < ${CLASSES_GOAL_MS} ms`]];
  if ('error' in pr) return [[what('1 process / 3 behind nginx'), `not measured: ${pr.error}`, `p95 < ${CLASSES_GOAL_MS} ms`]];
  return pr.runs.map((c) => {
    const o = c.options;
    const l = c.latency;
    return [what(`${c.processes === 1 ? 'one process' : `${c.processes} processes behind nginx`}, ${o.sessions} × ${o.participants}`),
      `${l.p50.toFixed(1)} / ${l.p95.toFixed(1)} / ${l.p99.toFixed(1)} / ${l.max.toFixed(0)} ms; ${c.lost + c.outOfOrder} of ${int(c.received)} broadcasts lost or out of order`,
      `p95 < ${c.goalMs} ms (${met(l.p95, c.goalMs)})`];
  });
}

function whenMeasured(r: BenchResults): string {
  const parts = PARTS_IN_TABLE.filter((p) => r[p]);
  if (parts.length === 0) return 'No part has been measured yet.';
  const dates = parts.map((p) => {
    const m = r.measured?.[p];
    return `${p} ${m ? `${m.at.slice(0, 10)}${m.quick ? ' (BENCH_QUICK: do not quote)' : ''}` : 'undated'}`;
  });
  const node = [...new Set(parts.map((p) => r.measured?.[p]?.node ?? r.machine.node))].join(', ');
  return `Measured on ${r.machine.cpus} cores${r.machine.cpu ? ` (${r.machine.cpu})` : ''} shared with other work, Node ${node}: ${dates.join('; ')}.`;
}

function engineProse(r: BenchResults): string[] {
  const e = r.engine;
  if (!e) return [];
  return [
    `A deterministic run costs about ${(e.runMicros / e.transitionsPerRun).toFixed(0)} µs per transition ` +
      `(${int(e.runsPerSecond)} runs per second over the library's ${e.scenarios} scenarios, ${e.transitionsPerRun.toFixed(1)} transitions a run); ` +
      `a scenario's very first run, which also assesses its request, about ${int(e.coldMicros)} µs. The baseline is stepped as the engine ` +
      `steps (\`machines/run/step.ts\`: the machine's transition function from a first snapshot made once), so neither side pays for ` +
      `starting an actor. The same-shape floor is what XState charges for the statechart's shape alone; the request machine does ` +
      `more per transition (it sets and clears deadlines, its guards read the assessment, every step writes its reason and citations) ` +
      `and costs ${x(e.overFloorRatio.median)} that floor (p25–p75 ${x(e.overFloorRatio.p25)}–${x(e.overFloorRatio.p75)}).`,
  ];
}

function recoveryProse(r: BenchResults): string[] {
  const c = r.recovery;
  if (!c) return [];
  const k = c.composition;
  const total = k.advance + k.vote + k.inject + k.step;
  const pct = (v: number) => `${((v / total) * 100).toFixed(1)}%`;
  const largest = c.bySize.reduce((a, b) => (b.inputs > a.inputs ? b : a));
  return [
    `The recovered session is ${c.scenario} played by a class through the session service: of its ${int(total)} inputs, ` +
      `${int(k.advance)} are play ticks (${pct(k.advance)}), ${int(k.vote)} the outcomes of class votes, each opened, answered by every participant and closed (${pct(k.vote)}), ` +
      `${int(k.inject)} the trainer's preservation injects (${pct(k.inject)}) and ${int(k.step)} steps (${pct(k.step)}); at its last input the request is on day ${k.day} in ${k.state}. ` +
      `Reading its ${int(largest.inputs)} inputs and votes takes ${ms(largest.parts.readMs)} and replaying them ${ms(largest.parts.replayMs)} ` +
      `(medians of ${largest.serveRuns.length}, timed in the bench's own warm process); the same GET a second time, on the same server process, ${ms(largest.warmMs)}.`,
  ];
}

function fanoutProse(r: BenchResults): string[] {
  const f = r.fanout;
  if (!f || f.byN.length === 0) return [];
  const last = f.byN[f.byN.length - 1]!;
  const g = growth(f.byN.map((n) => ({ size: n.n, value: n.rogatory.p50 })));
  return [
    `At N=${last.n} a command costs the server ${ms(last.serverMs.total, 2)} of its event loop, ${ms(last.serverMs.commit, 2)} of it the durable SQLite commit ` +
      `(\`synchronous = FULL\`), against ${ms(last.serverMs.rawBroadcast, 2)} for raw socket.io's broadcast; fan-out grows by about ${(g.perUnit * 1000).toFixed(0)} µs per client (p50).`,
  ];
}

function classesProse(r: BenchResults): string[] {
  const c = r.classes;
  if (!c) return [];
  const o = c.options;
  const cpu = c.cpu.serverMsPerCommand;
  return [
    `The classes row sends ${int(c.sent)} trainer commands at ${o.rate} a second, round-robin over the ${o.sessions} sessions: advances, and every ${o.voteEvery} turns ` +
      `a vote that all ${o.participants} participants answer (${int(c.ballots.cast)} ballots).` +
      (cpu === null ? '' : ` The server spent ${cpu.toFixed(1)} ms of CPU per command, ballots and broadcasts included.`),
  ];
}

/** The Markdown between the markers: when and where, the table, then the figures the prose quotes. */
export function performanceTable(results: BenchResults): string {
  const rows = [
    ...fanoutRows(results), ...recoveryRows(results), ...clientRows(results), ...engineRows(results),
    ...isolationRows(results), ...classesRows(results), ...processesRows(results), ...connectionRows(results), ...storeRows(results),
  ];
  const prose = [...engineProse(results), ...recoveryProse(results), ...fanoutProse(results), ...classesProse(results)];
  return [
    whenMeasured(results),
    '',
    row(['figure', 'measured', 'goal']),
    '| --- | --- | --- |',
    ...rows.map(row),
    ...prose.flatMap((p) => ['', p]),
  ].join('\n');
}

/** `readme` with the text between the markers replaced by `block`; the markers must be there, once each. */
export function withTable(readme: string, block: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start || readme.indexOf(TABLE_START, start + 1) >= 0) {
    throw new Error(`the README needs one ${TABLE_START} before one ${TABLE_END}`);
  }
  return `${readme.slice(0, start + TABLE_START.length)}\n${block}\n${readme.slice(end)}`;
}

/** The text between the markers, as performanceTable wrote it. */
export function tableIn(readme: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`no ${TABLE_START} … ${TABLE_END} in the README`);
  return readme.slice(start + TABLE_START.length + 1, end - 1);
}

const ROOT = join(import.meta.dirname, '..');
export const RESULTS_FILE = join(ROOT, 'bench', 'results.json');
export const README_FILE = join(ROOT, 'README.md');

export function writeReadmeTable(resultsFile = RESULTS_FILE, readmeFile = README_FILE): void {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as BenchResults;
  writeFileSync(readmeFile, withTable(readFileSync(readmeFile, 'utf8'), performanceTable(results)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeReadmeTable();
  console.log(`written: the table of ${README_FILE} from ${RESULTS_FILE}`);
}
