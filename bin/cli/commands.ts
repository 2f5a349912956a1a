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
import { writeFileSync } from 'node:fs';
import type { Lang } from '../../machines/messages/types.ts';
import { inLanguage } from './in-language.ts';
import { counts, formatJson, formatJunit, formatTap, type Reporter, type TestCase, type TestReport } from './test-report.ts';

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
  /** --lang or the locale: the language of the trace and of the JSON's reasons. */
  lang?: Lang;
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
    io.out(JSON.stringify(inLanguage(result, scenario, options.lang ?? 'en')));
    return EXIT.ok;
  }
  const trace = formatTrace(scenario, assessScenario(scenario), result, options.lang);
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

export interface TestOptions {
  variant?: VariantOptions;
  /** The report's format; `text` is the readable lines. */
  reporter?: Reporter;
  /** Write the report to this file; the readable lines then still go to standard output. */
  output?: string;
  /** No test found is then a pass (exit 0) instead of a failure. */
  allowEmpty?: boolean;
}

/** Run every scenario that has `expect`; one case per file, skipped files listed, in the chosen report format. */
export function test(paths: string[], io: Io, options: TestOptions = {}): number {
  const reporter = options.reporter ?? 'text';
  const searched = paths.length > 0 ? paths : ['scenarios'];
  const files = findScenarioFiles(searched);
  const started = performance.now();
  const lines: string[] = [];
  const { asked, sentence } = askedUnder(files, options.variant ?? {});
  if (sentence) lines.push(sentence);
  const cases = files.map((file) => testFile(file, asked));
  const report: TestReport = { cases, seconds: (performance.now() - started) / 1000, ...(sentence && { asked: sentence }) };
  const n = counts(report);

  for (const c of cases) lines.push(readableLine(c));
  const skipped = cases.filter((c) => c.status === 'skipped').length;
  if (skipped > 0) lines.push(`${skipped} skipped (no expect)`);
  lines.push(`${n.passed} passed, ${n.failed + n.invalid} failed`);
  const empty = n.passed + n.failed + n.invalid === 0;
  const emptyProblem = empty && !options.allowEmpty
    ? `rogatory test: no test found in ${searched.join(', ')}: ${files.length === 0 ? 'no scenario file there' : 'no scenario there has expect'} (pass --allow-empty if that is intended)`
    : null;

  const formatted = reporter === 'junit' ? formatJunit(report, new Date()) : reporter === 'tap' ? formatTap(report) : reporter === 'json' ? formatJson(report) : lines.join('\n');
  if (options.output) {
    writeFileSync(options.output, `${formatted}\n`);
    io.out(lines.join('\n'));
  } else {
    io.out(formatted);
  }
  for (const c of cases) for (const detail of c.details) io.err(detail);
  if (emptyProblem) io.err(emptyProblem);
  return n.invalid > 0 ? EXIT.invalid : n.failed > 0 || emptyProblem ? EXIT.failed : EXIT.ok;
}

function testFile(file: string, asked: (scenario: Scenario) => Scenario): TestCase {
  const started = performance.now();
  const took = () => (performance.now() - started) / 1000;
  let scenario: Scenario | null = null;
  try {
    scenario = asked(loadOrThrow(file));
    if (!scenario.expect) return { file, scenario: scenario.id, status: 'skipped', message: 'no expect: the file is a scenario, not a test', details: [], seconds: took() };
    const run = scenario;
    const result = guarded(run, () => runScenario(run));
    const problems = unmet(run.expect!, result);
    if (problems.length > 0) return { file, scenario: run.id, status: 'failed', message: problems.join('; '), details: [], seconds: took() };
    // A pass that rests on an assumption says so: the expectation holds only as far as the assumption does.
    const assumed = (result.assumptions ?? []).map((a) => `${a.country ?? a.about}: ${a.assumed}`).join(', ');
    return { file, scenario: run.id, status: 'passed', message: `${result.outcome}${result.channel ? ` via ${result.channel}` : ''} on day ${result.days}${assumed ? ` (assumed ${assumed})` : ''}`, details: [], seconds: took() };
  } catch (error) {
    const details = error instanceof InvalidFile ? error.lines : [String(error)];
    return { file, scenario: scenario?.id ?? null, status: 'invalid', message: `the file is invalid: ${details[0] ?? 'unreadable'}`, details, seconds: took() };
  }
}

function readableLine(c: TestCase): string {
  const label = c.scenario ? `${c.scenario} (${c.file})` : c.file;
  const word = c.status === 'passed' ? 'PASS' : c.status === 'skipped' ? 'SKIP' : 'FAIL';
  return `${word} ${label}: ${c.message}`;
}

/**
 * How `test` asks each scenario: as written, or under --date/--overlay. One overlay serves every
 * file, so its dropped ids may be in any of their worlds; it is checked once, before any test runs.
 */
function askedUnder(files: string[], options: VariantOptions): { asked: (scenario: Scenario) => Scenario; sentence: string | null } {
  if (options.date === undefined && options.overlay === undefined) return { asked: (scenario) => scenario, sentence: null };
  const worlds = options.overlay ? files.flatMap((file) => { try { return [loadOrThrow(file).world]; } catch { return []; } }) : [];
  const variant = variantFor(options, worlds);
  const said = [variant?.date && `on ${variant.date}`, variant?.overlay && `under the what-if "${variant.overlay.title ?? options.overlay!.file}"`].filter(Boolean).join(' and ');
  return {
    asked: (scenario) => variantOf(scenario, variant),
    sentence: `Every scenario is asked ${said}: an expectation written for the scenario as it stands may fail here.`,
  };
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
