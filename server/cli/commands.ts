import { runScenario } from '../../machines/run/script.ts';
import { sampleScenario } from '../../machines/run/sample.ts';
import { assessScenario } from '../../machines/run/simulation.ts';
import { unmet } from '../../machines/run/expectation.ts';
import { findScenarioFiles } from '../../scenarios/load.ts';
import { InvalidFile, guarded, loadOrThrow } from './load.ts';
import { formatSample, formatTrace } from './trace.ts';
import { formatComparison, compareRegimes } from '../../machines/run/compare.ts';
import { underRegime } from '../../machines/run/regime.ts';
import { variantOf } from '../../machines/run/variant.ts';
import type { Scenario } from '../../machines/scenario.ts';
import { formatDifferences, variantFor, variantHeader, type VariantOptions } from './variant.ts';
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
  /** --date and --overlay: the scenario asked on another day or under a what-if (docs/what-if.md). */
  variant?: VariantOptions;
}

export function run(file: string, options: RunOptions, io: Io): number {
  const written = underRegime(loadOrThrow(file), options.regime);
  const variant = variantFor(options.variant ?? {}, [written.world]);
  const scenario = variantOf(written, variant);
  const header = variantHeader(written, variant);
  if (options.sample !== undefined) {
    const seed = options.seed ?? scenario.seed ?? 1;
    const result = guarded(scenario, () => sampleScenario(scenario, options.sample!, seed));
    io.out(options.json ? JSON.stringify(result) : [...header, formatSample(result)].join('\n'));
    return EXIT.ok;
  }
  const result = guarded(scenario, () => runScenario(scenario));
  if (options.json) {
    io.out(JSON.stringify(result));
    return EXIT.ok;
  }
  const trace = formatTrace(scenario, assessScenario(scenario), result);
  io.out(variant ? [...header, '', trace, '', formatDifferences(written, variant)].join('\n') : trace);
  return EXIT.ok;
}

/** One scenario under the contract's default and under every named regime, side by side. */
export function compare(file: string, options: RunOptions, io: Io): number {
  const written = loadOrThrow(file);
  const variant = variantFor(options.variant ?? {}, [written.world]);
  const scenario = variantOf(written, variant);
  const seed = options.seed ?? scenario.seed ?? 1;
  const rows = guarded(scenario, () => compareRegimes(scenario, options.sample === undefined ? undefined : { runs: options.sample, seed }));
  if (options.json) {
    io.out(JSON.stringify({ scenario: scenario.id, ...(variant && { variant }), regimes: rows }));
    return EXIT.ok;
  }
  io.out([...variantHeader(written, variant), ...(variant ? [''] : []), formatComparison(scenario, rows), ...(variant ? ['', formatDifferences(written, variant)] : [])].join('\n'));
  return EXIT.ok;
}

/** Every outcome the scenario can reach, with the path to each and its probability under sampling. */
export function explore(file: string, options: { json: boolean; maxPaths?: number; variant?: VariantOptions }, io: Io): number {
  const written = loadOrThrow(file);
  const variant = variantFor(options.variant ?? {}, [written.world]);
  const scenario = variantOf(written, variant);
  // A script that cannot be played as written is reported as `run` reports it, not explored around.
  const exploration = guarded(scenario, () => (runScenario(scenario, { record: false }), exploreScenario(scenario, { maxPaths: options.maxPaths })));
  if (options.json) {
    io.out(JSON.stringify(exploration));
    return EXIT.ok;
  }
  io.out([...variantHeader(written, variant), ...(variant ? [''] : []), formatExploration(scenario, exploration), ...(variant ? ['', formatDifferences(written, variant)] : [])].join('\n'));
  return EXIT.ok;
}

export function test(paths: string[], io: Io, variantOptions: VariantOptions = {}): number {
  let passed = 0;
  let failed = 0;
  let invalid = false;
  const files = findScenarioFiles(paths.length > 0 ? paths : ['scenarios']);
  const asked = askedUnder(files, variantOptions, io);
  for (const file of files) {
    let label = file;
    try {
      const scenario = asked(loadOrThrow(file));
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

/**
 * How `test` asks each scenario: as written, or under --date/--overlay. One overlay serves every
 * file, so its dropped ids may be in any of their worlds; it is checked once, before any test runs.
 */
function askedUnder(files: string[], options: VariantOptions, io: Io): (scenario: Scenario) => Scenario {
  if (options.date === undefined && options.overlay === undefined) return (scenario) => scenario;
  const worlds = options.overlay ? files.flatMap((file) => { try { return [loadOrThrow(file).world]; } catch { return []; } }) : [];
  const variant = variantFor(options, worlds);
  const said = [variant?.date && `on ${variant.date}`, variant?.overlay && `under the what-if "${variant.overlay.title ?? options.overlay!.file}"`].filter(Boolean).join(' and ');
  io.out(`Every scenario is asked ${said}: an expectation written for the scenario as it stands may fail here.`);
  return (scenario) => variantOf(scenario, variant);
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
