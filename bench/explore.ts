import { pathToFileURL } from 'node:url';
import { exploreScenario } from '../machines/run/explore.ts';
import { BUILTIN_WORLD } from '../machines/world/builtin/index.ts';
import { findScenarioFiles, loadScenarioFile } from '../scenarios/load.ts';
import { median } from './stats.ts';
import { ms, table, verdict } from './table.ts';

/** Issue 14: exploring each shipped scenario (every outcome, every path) takes under a second. */
export const EXPLORE_GOAL_MS = 1000;

export interface ExploreFigures {
  goalMs: number;
  scenarios: { scenario: string; paths: number; outcomes: number; truncated: boolean; ms: number }[];
  /** The slowest scenario's median. */
  worstMs: number;
  totalMs: number;
}

/**
 * Each shipped scenario explored `rounds` times after one warm-up (the machine is shared, so the
 * median of the rounds is the figure); the explorer starts from nothing each time, as a CLI call does.
 */
export function exploreFigures(rounds = 5): ExploreFigures {
  const scenarios = findScenarioFiles(['scenarios/fictional', 'scenarios/real']).flatMap((file) => {
    const { scenario } = loadScenarioFile(file, BUILTIN_WORLD);
    return scenario ? [scenario] : [];
  });
  const rows = scenarios.map((scenario) => {
    const first = exploreScenario(scenario);
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const start = performance.now();
      exploreScenario(scenario);
      times.push(performance.now() - start);
    }
    return { scenario: scenario.id, paths: first.paths.length, outcomes: first.outcomes.length, truncated: first.truncated, ms: median(times) };
  });
  return {
    goalMs: EXPLORE_GOAL_MS, scenarios: rows,
    worstMs: Math.max(...rows.map((r) => r.ms)), totalMs: rows.reduce((a, r) => a + r.ms, 0),
  };
}

export function formatExploreFigures(f: ExploreFigures): string {
  const slowest = [...f.scenarios].sort((a, b) => b.ms - a.ms);
  return [
    `explore: every shipped scenario (${f.scenarios.length}), the slowest ${ms(f.worstMs)} (goal < ${ms(f.goalMs, 0)} each: ${verdict(f.worstMs, f.goalMs)}); all together ${ms(f.totalMs)}`,
    table(['scenario', 'paths', 'outcomes', 'median'], slowest.slice(0, 10).map((r) => [r.scenario, `${r.paths}${r.truncated ? ' (truncated)' : ''}`, String(r.outcomes), ms(r.ms)]), ['l', 'r', 'r', 'r']),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(formatExploreFigures(exploreFigures(process.env.BENCH_QUICK === '1' ? 1 : 5)));
