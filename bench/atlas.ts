import { atlasUnder, atlasWhole, type WholeQuestion } from '../client/model/atlas.ts';
import { BUILTIN_AS_OF, BUILTIN_WORLD } from '../machines/world/builtin/index.ts';
import type { Overlay } from '../machines/world/overlay.ts';
import { DEFAULT_REGIME } from '../machines/world/types.ts';
import { median } from './stats.ts';

/** A what-if as a negotiator sketches one: a data-access agreement between two states. */
const OVERLAY: Overlay = {
  add: { instruments: [{ id: 'BENCH-IN-US-DATA', kind: 'agreement', parties: ['IN', 'US'], data: ['subscriber', 'traffic', 'content'], days: { median: 45, p90: 80 }, excludes: [], source: 'bench: hypothetical' }] },
};

export interface AtlasFigures {
  states: number;
  cells: number;
  /** Every pair of the built-in world's states × 3 categories, the provider answering nobody (goal < 1,000 ms). */
  wholeMs: { median: number; runs: number[] };
  /** The same runs in CPU time (the wall clock of a loaded machine waits for other processes). */
  wholeCpuMs: number;
  whatIfCpuMs: number;
  /** Every state asking one real provider (Google) × 3 categories. */
  providerMs: { median: number; runs: number[] };
  /** The same atlas under a two-state what-if, from the atlas without it (goal < 200 ms). */
  whatIfMs: { median: number; runs: number[] };
}

/** Wall-clock ms, and the CPU ms the process spent (on a shared machine the wall clock waits for the others). */
const cpu: number[] = [];
const time = (f: () => unknown) => {
  const start = performance.now();
  const used = process.cpuUsage();
  f();
  const spent = process.cpuUsage(used);
  cpu.push(Math.round((spent.user + spent.system) / 1000));
  return Math.round(performance.now() - start);
};

/** `npm run bench -- atlas`: the atlas over the whole world, as the page's worker computes it. */
export function atlasFigures(options: { repeats?: number } = {}): AtlasFigures {
  const repeats = options.repeats ?? 3;
  const states = BUILTIN_WORLD.jurisdictions.map((j) => j.id);
  const q: WholeQuestion = { world: BUILTIN_WORLD, regime: DEFAULT_REGIME, date: BUILTIN_AS_OF, states };
  let base = atlasWhole(q); // warm-up
  const whole = Array.from({ length: repeats }, () => time(() => (base = atlasWhole(q))));
  const wholeCpu = median(cpu.splice(0));
  const provider = Array.from({ length: repeats }, () => time(() => atlasWhole({ ...q, provider: { kind: 'provider', id: 'google' } })));
  cpu.length = 0;
  const whatIf = Array.from({ length: repeats }, () => time(() => atlasUnder(base, q, OVERLAY)));
  const whatIfCpu = median(cpu.splice(0));
  const figures: AtlasFigures = {
    states: states.length, cells: states.length * states.length * 3,
    wholeMs: { median: median(whole), runs: whole }, wholeCpuMs: wholeCpu, whatIfCpuMs: whatIfCpu, providerMs: { median: median(provider), runs: provider }, whatIfMs: { median: median(whatIf), runs: whatIf },
  };
  process.stderr.write(`atlas: ${figures.cells} cells (${states.length} × ${states.length} × 3) in ${figures.wholeMs.median} ms, ${figures.wholeCpuMs} ms of CPU (goal < 1,000 ms); ` +
    `every state to Google in ${figures.providerMs.median} ms; a two-state what-if in ${figures.whatIfMs.median} ms, ${figures.whatIfCpuMs} ms of CPU (goal < 200 ms)\n`);
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) atlasFigures();
