import { mkdirSync, writeFileSync } from 'node:fs';
import { engineFigures } from './engine.ts';

/** `npm run bench`: prints each figure beside its goal and writes bench/results.json. */
const engine = engineFigures();
const rows: [string, string, string][] = [
  ['engine: deterministic runs/s over the library', engine.runsPerSecond.toFixed(0), `${engine.scenarios} scenarios, ${engine.transitionsPerRun.toFixed(1)} transitions/run`],
  ['engine: µs per run / bare XState, same transitions', `${engine.runMicros.toFixed(1)} / ${engine.bareMicros.toFixed(1)}`, ''],
  ['engine: ratio to bare XState', engine.ratio.toFixed(2), 'goal <= 1.5'],
  ['engine: ratio to the same ring nested like the machine', engine.nestedRatio.toFixed(2), 'what the shape alone does not explain'],
  [`engine: 10,000 sampled runs (${engine.samples.scenario})`, `${engine.samples.seconds.toFixed(2)} s`, 'goal < 1 s'],
];
const width = Math.max(...rows.map((r) => r[0].length));
for (const [what, figure, goal] of rows) console.log(`${what.padEnd(width)}  ${figure.padStart(14)}  ${goal}`);
console.log('\nrun cost by size (transitions per run):');
for (const s of engine.bySize) {
  console.log(`  ${String(s.transitions).padStart(3)} transitions  ${s.runMicros.toFixed(1).padStart(7)} µs  bare ${s.bareMicros.toFixed(1).padStart(6)} µs  ratio ${s.ratio.toFixed(2)}  ${s.scenario}`);
}
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify({ measuredAt: new Date().toISOString(), engine }, null, 2));
