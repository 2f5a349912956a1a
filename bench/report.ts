import { classesHeadline, formatClasses, type ClassesFigures } from './classes.ts';
import { FIRST_LOAD_GOAL_KB, formatClient, INTERACTIVE_GOAL_MS, type ClientFigures } from './client.ts';
import type { ConnectionFigures } from './connections.ts';
import type { EngineFigures } from './engine.ts';
import type { FanoutFigures } from './fanout.ts';
import { EXTRA_P99_GOAL_MS, POOL_SAMPLES_GOAL_S, type IsolationFigures } from './pool.ts';
import type { RecoveryFigures } from './recovery.ts';
import type { StoreFigures } from './stores.ts';
import type { ProcessesFigures } from './processes.ts';
import { growth, median } from './stats.ts';
import { ms, table, verdict, x } from './table.ts';

export interface Results {
  machine: { node: string; cpus: number };
  quick: boolean;
  engine: EngineFigures | null;
  fanout: FanoutFigures | null;
  recovery: RecoveryFigures | null;
  client: ClientFigures | { error: string } | null;
  isolation: IsolationFigures | null;
  connections: ConnectionFigures | null;
  classes: ClassesFigures | null;
  stores?: StoreFigures | null;
  processes?: ProcessesFigures | null;
}

export const ENGINE_RATIO_GOAL = 1.5;
export const SAMPLES_GOAL_S = 1;

/** The headline table: figure, value, goal, and how the value stands against the goal. */
function headline(r: Results): string {
  const rows: string[][] = [];
  const e = r.engine;
  if (e) {
    const mid = (v: { p25: number; p75: number }) => `middle half ${x(v.p25)}–${x(v.p75)}`;
    rows.push(
      ['engine: deterministic runs/s over the library', e.runsPerSecond.toFixed(0), '', `${e.scenarios} scenarios, ${e.transitionsPerRun.toFixed(1)} transitions/run`],
      ['engine: µs per run / flat ring stepped, same transitions', `${e.runMicros.toFixed(1)} / ${e.bareMicros.toFixed(1)}`, '', 'both from a cached first snapshot'],
      ['engine: ratio to bare XState stepped alike', x(e.ratio.median), `<= ${ENGINE_RATIO_GOAL}x`, `${verdict(e.ratio.median, ENGINE_RATIO_GOAL)}; ${mid(e.ratio)} of ${e.rounds} rounds`],
      ['engine: same-shape floor (nested ring stepped / flat ring stepped)', x(e.floorRatio.median), '', `${mid(e.floorRatio)}; what XState charges for the shape alone`],
      ['engine: ratio to the nested ring stepped', x(e.overFloorRatio.median), '', `${mid(e.overFloorRatio)}; what the request machine adds over its shape`],
      ['engine: nested ring, actor per run / stepped', x(e.actorRatio.median), '', `${mid(e.actorRatio)}; what an actor would cost this shape`],
      ['engine: µs for a scenario\'s first run (cold)', e.coldMicros.toFixed(1), '', 'intake assessed, initial state entered'],
      [`engine: ${e.samples.runs.toLocaleString('en')} sampled runs (${e.samples.scenario}), median of ${e.samples.seconds.n}`, `${e.samples.seconds.median.toFixed(2)} s`, `< ${SAMPLES_GOAL_S} s`,
        `${verdict(e.samples.seconds.median, SAMPLES_GOAL_S)}; p25–p75 ${e.samples.seconds.p25.toFixed(2)}–${e.samples.seconds.p75.toFixed(2)} s`],
    );
  }
  const f = r.fanout;
  if (f) {
    for (const n of f.byN) {
      const o = n.rogatory;
      const b = n.raw;
      rows.push(
        [`fan-out N=${n.n}: p50 / p95 / p99, median of rounds`, `${o.p50.toFixed(1)} / ${o.p95.toFixed(1)} / ${o.p99.toFixed(1)} ms`, '', `raw socket.io ${b.p50.toFixed(1)} / ${b.p95.toFixed(1)} / ${b.p99.toFixed(1)} ms`],
        [`fan-out N=${n.n}: p95 ratio to raw socket.io`, x(n.ratio.p95), `<= ${f.goal}x`,
          `${verdict(n.ratio.p95, f.goal)}: median of the rounds ${n.rounds.map((v) => v.ratio.p95.toFixed(2)).join(' ')}; all samples pooled ${x(n.pooled.ratio.p95)}`],
      );
    }
  }
  const c = r.recovery;
  if (c) {
    for (const s of c.bySize) {
      const largest = s.inputs === Math.max(...c.bySize.map((b) => b.inputs));
      rows.push([`recovery: first GET after a restart, ${s.inputs.toLocaleString('en')} inputs`, ms(s.serveMs), largest ? `< ${c.goalMs} ms` : '', largest ? verdict(s.serveMs, c.goalMs) : '']);
    }
  }
  const st = r.stores;
  if (st && 'error' in st) rows.push(['stores: not measured', '-', '', st.error]);
  else if (st) {
    for (const c of st.commits) {
      rows.push([`stores: one durable commit (an input appended), ${c.store}`, `${c.micros.median.toFixed(0)} µs`, '', `p25–p75 ${c.micros.p25.toFixed(0)}–${c.micros.p75.toFixed(0)} µs, ${c.micros.n} rounds of ${c.commitsPerRound}`]);
    }
  }
  const n = r.connections;
  if (n) {
    rows.push(
      ['connections: idle sockets one address holds', `${n.held} of ${n.opened} opened`, `<= the limit (${n.limit})`, n.held <= n.limit ? 'met' : 'MISSED'],
      ['connections: a newcomer from that address meanwhile', `${n.sameAddress.status} in ${n.sameAddress.ms.toFixed(1)} ms`, '200 (an idle one makes room)', n.sameAddress.status === 200 ? 'met' : 'MISSED'],
      ['connections: another address meanwhile', `${n.otherAddress.status} in ${n.otherAddress.ms.toFixed(1)} ms`, '200', n.otherAddress.status === 200 ? 'met' : 'MISSED'],
    );
  }
  const k = r.client;
  if (k && 'error' in k) {
    rows.push(['client: not measured', '-', `< ${FIRST_LOAD_GOAL_KB} KB, < ${INTERACTIVE_GOAL_MS} ms`, k.error]);
  } else if (k) {
    const kb = k.firstLoad.gzipBytes / 1024;
    rows.push(
      ['client: first page JavaScript, gzip', `${kb.toFixed(1)} KB`, `< ${FIRST_LOAD_GOAL_KB} KB`, verdict(kb, FIRST_LOAD_GOAL_KB)],
      ['client: first page interactive in Chromium, median', ms(k.interactiveMs.median, 0), `< ${INTERACTIVE_GOAL_MS} ms`, `${verdict(k.interactiveMs.median, INTERACTIVE_GOAL_MS)}; max ${k.interactiveMs.max.toFixed(0)} ms`],
    );
  }
  const i = r.isolation;
  if (i) {
    const s = i.samples;
    rows.push([
      `isolation: ${s.runs.toLocaleString('en')} sampled runs on the pool (${s.scenario}, one seeded stream)`, `${s.poolSeconds.toFixed(2)} s`, `< ${POOL_SAMPLES_GOAL_S} s`,
      `${verdict(s.poolSeconds, POOL_SAMPLES_GOAL_S)}; one thread by necessity (same figures as on the loop: ${s.sameFigures ? 'yes' : 'NO'}); on the loop ${s.mainSeconds.toFixed(2)} s; ` +
        `split over ${s.split.tasks} threads with a seed each (other figures) ${s.split.seconds.toFixed(2)} s`,
    ]);
    const l = i.latency;
    const goal = l.idle.p99 + EXTRA_P99_GOAL_MS;
    const row = (what: string, v: IsolationFigures['latency']['idle']) =>
      [`isolation: command p99, ${what}`, ms(v.p99), `< ${goal.toFixed(1)} ms (idle + ${EXTRA_P99_GOAL_MS})`, `${verdict(v.p99, goal)}; +${(v.p99 - l.idle.p99).toFixed(1)} ms on idle; p50 ${v.p50.toFixed(1)} ms`];
    rows.push(
      ['isolation: command p99, idle', ms(l.idle.p99), '', `p50 ${l.idle.p50.toFixed(1)} ms; ${l.commands} steps per row over ${l.rounds} rounds, one due every ${l.gapMs} ms, timed from when due`],
      row('2,000-run samples in flight', l.sample),
      row(`${(l.bombBytes / 1000).toFixed(0)} KB alias bombs back to back (${l.bombsPerSecond.toFixed(0)}/s; LIMIT_RUNS lets one address send 1/s)`, l.bomb),
      row('the bomb and the samples in flight', l.both),
      row('a bomb a second (as much as LIMIT_RUNS lets one address send) and the samples', l.paced),
    );
  }
  if (r.classes) rows.push(...classesHeadline(r.classes));
  const pr = r.processes;
  if (pr && 'error' in pr) rows.push(['processes: not measured', '-', '', pr.error]);
  else if (pr) for (const run of pr.runs) rows.push(...classesHeadline(run).slice(0, 2).map(([what, ...rest]) => [`${what} (${run.deployed})`, ...rest] as string[]));
  return table(['figure', 'value', 'goal', 'verdict / beside it'], rows, ['l', 'r', 'l', 'l']);
}

function linearity(points: { size: number; value: number }[], unit: string, per: string): string {
  const g = growth(points);
  const shape = g.worstStray < 0.15 ? 'linear' : 'not a straight line';
  return `least-squares line of ${unit}: ${g.fixed.toFixed(2)} ms + ${(g.perUnit * 1000).toFixed(2)} µs per ${per}; the furthest point is ${(g.worstStray * 100).toFixed(0)}% off it (${shape})`;
}

function engineScale(e: EngineFigures): string {
  const sizes = [...new Set(e.bySize.map((s) => s.transitions))].sort((a, b) => a - b);
  const groups = sizes.map((t) => {
    const of = e.bySize.filter((s) => s.transitions === t);
    return { t, n: of.length, run: median(of.map((s) => s.runMicros)), bare: median(of.map((s) => s.bareMicros)) };
  });
  const rows = groups.map((g) => [String(g.t), String(g.n), g.run.toFixed(1), g.bare.toFixed(1), x(g.run / g.bare), (g.run / g.t).toFixed(1)]);
  return [
    'run cost by size (one deterministic run; medians over the scenarios of each size; every scenario in results.json):',
    table(['transitions', 'scenarios', 'run µs', 'bare µs', 'ratio', 'µs/transition'], rows, ['r', 'r', 'r', 'r', 'r', 'r']),
    linearity(groups.map((g) => ({ size: g.t, value: g.run / 1000 })), 'the run', 'transition'),
  ].join('\n');
}

function fanoutScale(f: FanoutFigures): string {
  const rows = f.byN.map((n) => [
    String(n.n), n.rogatory.p50.toFixed(1), n.rogatory.p95.toFixed(1), n.rogatory.p99.toFixed(1),
    n.raw.p50.toFixed(1), n.raw.p95.toFixed(1), n.raw.p99.toFixed(1), x(n.ratio.p95),
  ]);
  const costs = f.byN.map((n) => [
    String(n.n), n.serverMs.engine.toFixed(2), n.serverMs.commit.toFixed(2), n.serverMs.broadcast.toFixed(2), n.serverMs.total.toFixed(2),
    n.serverMs.rawBroadcast.toFixed(2), n.gcMs.rogatory.toFixed(2), n.gcMs.raw.toFixed(2), String(n.payloadBytes), String(n.outOfOrder),
  ]);
  return [
    `fan-out by N (ms from the trainer's command to the last participant's copy; medians over ${f.byN[0]?.rounds.length ?? 0} rounds of ${f.byN[0]?.rounds[0]?.rogatory.samples ?? 0} commands):`,
    table(['N', 'p50', 'p95', 'p99', 'raw p50', 'raw p95', 'raw p99', 'p95 ratio'], rows, ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']),
    linearity(f.byN.map((n) => ({ size: n.n, value: n.rogatory.p50 })), 'Rogatory p50', 'client'),
    linearity(f.byN.map((n) => ({ size: n.n, value: n.raw.p50 })), 'raw p50', 'client'),
    '',
    'where the server\'s time goes, per command (medians, ms of its event loop):',
    table(['N', 'engine', 'SQLite commit', 'view + broadcast', 'whole command', 'raw broadcast', 'GC/command', 'GC/raw', 'payload bytes', 'out of order'], costs, ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']),
  ].join('\n');
}

function recoveryScale(c: RecoveryFigures): string {
  const rows = c.bySize.map((s) => [
    s.inputs.toLocaleString('en'), s.serveMs.toFixed(1), s.serveRuns.map((v) => v.toFixed(0)).join(' '), s.warmMs.toFixed(1),
    s.parts.readMs.toFixed(1), s.parts.replayMs.toFixed(1), s.parts.viewMs.toFixed(2), (((s.parts.readMs + s.parts.replayMs) / s.inputs) * 1000).toFixed(2),
  ]);
  return [
    `recovery by inputs (a fresh \`node --import tsx server/main.ts\` per figure; it starts in ${c.processStartMs.toFixed(0)} ms before it serves):`,
    table(['inputs', 'first GET', 'each restart', 'second GET', 'read log', 'replay', 'view', 'read+replay µs/input'], rows, ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']),
    linearity(c.bySize.map((s) => ({ size: s.inputs, value: s.serveMs })), 'the first GET', 'input'),
    linearity(c.bySize.map((s) => ({ size: s.inputs, value: s.parts.readMs + s.parts.replayMs })), 'read + replay', 'input'),
    `the session: ${c.session}`,
  ].join('\n');
}

function isolationNotes(i: IsolationFigures): string {
  const l = i.latency;
  const rows = (['idle', 'sample', 'bomb', 'both', 'paced'] as const).map((k) => [k, l[k].p50.toFixed(1), l[k].p95.toFixed(1), l[k].p99.toFixed(1), String(l[k].samples)]);
  return [
    `isolation on ${i.threads} engine threads (ms from when a trainer's step was due to its answer; the server in a process of its own):`,
    table(['in flight', 'p50', 'p95', 'p99', 'steps'], rows, ['l', 'r', 'r', 'r', 'r']),
    `the server's answers to the bomb: ${l.bombAnswers.join(', ') || 'none before it was abandoned'}`,
    `a sample draws every run from one seeded stream, so its runs cannot be split over threads without changing its figures; ` +
      `the pool runs it on one thread (${i.samples.poolSeconds.toFixed(2)} s against ${i.samples.mainSeconds.toFixed(2)} s on the loop) and runs different requests side by side`,
  ].join('\n');
}

export function report(r: Results): string {
  const parts = [
    `Rogatory benchmarks on Node ${r.machine.node}, ${r.machine.cpus} cores${r.quick ? ' (BENCH_QUICK: few samples, do not quote)' : ''}`,
    '',
    headline(r),
  ];
  if (r.engine) parts.push('', engineScale(r.engine));
  if (r.fanout) parts.push('', fanoutScale(r.fanout));
  if (r.recovery) parts.push('', recoveryScale(r.recovery));
  if (r.client && !('error' in r.client)) parts.push('', formatClient(r.client));
  if (r.isolation) parts.push('', isolationNotes(r.isolation));
  if (r.classes) parts.push('', formatClasses(r.classes));
  if (r.processes && !('error' in r.processes)) for (const run of r.processes.runs) parts.push('', formatClasses(run));
  return parts.join('\n');
}
