import { runScenario } from '../../machines/run/script.ts';
import { sampleScenario } from '../../machines/run/sample.ts';
import { assessScenario } from '../../machines/run/simulation.ts';
import { unmet } from '../../machines/run/expectation.ts';
import { findScenarioFiles } from '../../scenarios/load.ts';
import { InvalidFile, guarded, loadOrThrow } from './load.ts';
import { formatSample, formatTrace } from './trace.ts';
import { formatComparison, compareRegimes } from '../../machines/run/compare.ts';
import { underRegime } from '../../machines/run/regime.ts';
import { exploreScenario } from '../../machines/run/explore.ts';
import { formatExploration } from './explore-format.ts';

/** Exit codes of the contract: ran, a test failed, a file is invalid. */
export const EXIT = { ok: 0, failed: 1, invalid: 2 } as const;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface RunOptions {
  json: boolean;
  sample?: number;
  seed?: number;
  regime?: string;
}

export function run(file: string, options: RunOptions, io: Io): number {
  const scenario = underRegime(loadOrThrow(file), options.regime);
  if (options.sample !== undefined) {
    const seed = options.seed ?? scenario.seed ?? 1;
    const result = guarded(scenario, () => sampleScenario(scenario, options.sample!, seed));
    io.out(options.json ? JSON.stringify(result) : formatSample(result));
    return EXIT.ok;
  }
  const result = guarded(scenario, () => runScenario(scenario));
  io.out(options.json ? JSON.stringify(result) : formatTrace(scenario, assessScenario(scenario), result));
  return EXIT.ok;
}

/** One scenario under the contract's default and under every named regime, side by side. */
export function compare(file: string, options: RunOptions, io: Io): number {
  const scenario = loadOrThrow(file);
  const seed = options.seed ?? scenario.seed ?? 1;
  const rows = guarded(scenario, () => compareRegimes(scenario, options.sample === undefined ? undefined : { runs: options.sample, seed }));
  io.out(options.json ? JSON.stringify({ scenario: scenario.id, regimes: rows }) : formatComparison(scenario, rows));
  return EXIT.ok;
}

/** Every outcome the scenario can reach, with the path to each and its probability under sampling. */
export function explore(file: string, options: { json: boolean; maxPaths?: number }, io: Io): number {
  const scenario = loadOrThrow(file);
  // A script that cannot be played as written is reported as `run` reports it, not explored around.
  const exploration = guarded(scenario, () => (runScenario(scenario, { record: false }), exploreScenario(scenario, { maxPaths: options.maxPaths })));
  io.out(options.json ? JSON.stringify(exploration) : formatExploration(scenario, exploration));
  return EXIT.ok;
}

export function test(paths: string[], io: Io): number {
  let passed = 0;
  let failed = 0;
  let invalid = false;
  for (const file of findScenarioFiles(paths.length > 0 ? paths : ['scenarios'])) {
    let label = file;
    try {
      const scenario = loadOrThrow(file);
      label = `${scenario.id} (${file})`;
      if (!scenario.expect) continue;
      const result = guarded(scenario, () => runScenario(scenario));
      const problems = unmet(scenario.expect, result);
      if (problems.length === 0) {
        passed++;
        // A pass that rests on an assumption says so: the expectation holds only as far as the assumption does.
        const assumed = (result.assumptions ?? []).map((a) => `${a.country ?? a.about}: ${a.assumed}`).join(', ');
        io.out(`PASS ${label}: ${result.outcome}${result.channel ? ` via ${result.channel}` : ''} on day ${result.days}${assumed ? ` (assumed ${assumed})` : ''}`);
      } else {
        failed++;
        io.out(`FAIL ${label}: ${problems.join('; ')}`);
      }
    } catch (error) {
      const lines = error instanceof InvalidFile ? error.lines : [String(error)];
      failed++;
      invalid = true;
      io.out(`FAIL ${label}: the file is invalid`);
      for (const line of lines) io.err(line);
    }
  }
  io.out(`${passed} passed, ${failed} failed`);
  return invalid ? EXIT.invalid : failed > 0 ? EXIT.failed : EXIT.ok;
}

/** Check files without showing a run: the format, the references, and that the script can be played. */
export function validate(paths: string[], io: Io): number {
  let invalid = 0;
  for (const file of findScenarioFiles(paths)) {
    try {
      const scenario = loadOrThrow(file);
      guarded(scenario, () => runScenario(scenario, { record: false }));
      io.out(`ok ${file}`);
    } catch (error) {
      if (!(error instanceof InvalidFile)) throw error;
      invalid++;
      for (const line of error.lines) io.err(line);
    }
  }
  return invalid > 0 ? EXIT.invalid : EXIT.ok;
}
