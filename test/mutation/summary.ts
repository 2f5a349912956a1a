import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { nothingToMutate } from './nothing-to-mutate.ts';

/**
 * Reads StrykerJS's JSON reports (reports/mutation/*.json) and says, for each part issue 19 sets a
 * goal for, its mutation score and the mutants no test noticed: the list to work from.
 *
 * A whole part takes longer than a working session on this machine, so it is measured a batch of
 * files at a time, and the batches must add up across sessions and checkouts. Stryker's reports
 * (megabytes, with every source file inside) stay out of git; what each one found is kept in
 * test/mutation/measured/ instead: per file, the hash of the source it mutated, its counts and its
 * survivors. Those records are committed and merged here.
 */

type MutantStatus = 'Killed' | 'Survived' | 'NoCoverage' | 'Timeout' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending';
interface ReportMutant {
  mutatorName: string;
  replacement?: string;
  status: MutantStatus;
  location: { start: { line: number; column: number } };
}
/** The part of StrykerJS's JSON report read here. */
export interface MutationReport {
  files: Record<string, { source: string; mutants: ReportMutant[] }>;
}
/** What one batch found in one file: enough to score it and list its survivors, without its source. */
export interface FileMeasurement {
  /** sha256 of the source the batch mutated: the measurement counts only while the file is unchanged. */
  sha256: string;
  killed: number;
  timeout: number;
  /** Did not compile, or crashed the test runner: outside the score, as Stryker counts. */
  invalid: number;
  survivors: { line: number; column: number; mutator: string; replacement: string; status: 'Survived' | 'NoCoverage' }[];
}
/** One batch's record, as committed in test/mutation/measured/<part>[-<batch>].json. */
export interface Measurement {
  measuredAt: string;
  files: Record<string, FileMeasurement>;
}
export interface PartGoal {
  folder: string;
  goal: number;
}
export interface Survivor {
  file: string;
  line: number;
  mutator: string;
  replacement: string;
  status: 'Survived' | 'NoCoverage';
  code: string;
}
export interface PartScore extends PartGoal {
  /** The files of the part the measurements cover (a run may be narrowed with --mutate). */
  files: string[];
  killed: number;
  survived: number;
  noCoverage: number;
  timeout: number;
  invalid: number;
  /** Killed or timed out, over every mutant that compiled and ran: Stryker's own formula. */
  score: number;
  survivors: Survivor[];
}

export const GOALS: PartGoal[] = [
  { folder: 'machines/', goal: 90 },
  { folder: 'server/sessions/', goal: 85 },
];

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A Stryker report as the record kept in git. */
export function measurementOf(report: MutationReport, measuredAt: string): Measurement {
  const files: Measurement['files'] = {};
  for (const [file, { source, mutants }] of Object.entries(report.files)) {
    const entry: FileMeasurement = { sha256: sha256(source), killed: 0, timeout: 0, invalid: 0, survivors: [] };
    for (const m of mutants) {
      if (m.status === 'Killed') entry.killed++;
      else if (m.status === 'Timeout') entry.timeout++;
      else if (m.status === 'CompileError' || m.status === 'RuntimeError') entry.invalid++;
      else if (m.status === 'Survived' || m.status === 'NoCoverage') {
        const { line, column } = m.location.start;
        entry.survivors.push({ line, column, mutator: m.mutatorName, replacement: m.replacement ?? '', status: m.status });
      }
    }
    entry.survivors.sort((a, b) => a.line - b.line || a.column - b.column);
    files[file.replaceAll('\\', '/')] = entry;
  }
  return { measuredAt, files };
}

/**
 * One set of files from batches run at different times. For each file the newest measurement
 * counts, and only if it was made from the file as it is now (`currentSource`): a file changed
 * since its batch ran is left out until measured again, and named in `stale`.
 */
export function mergeMeasurements(measurements: Measurement[], currentSource: (file: string) => string | undefined): { files: Measurement['files']; stale: string[] } {
  const files: Measurement['files'] = {};
  const stale = new Set<string>();
  const hashes = new Map<string, string | undefined>();
  const hashNow = (file: string) => {
    if (!hashes.has(file)) {
      const source = currentSource(file);
      hashes.set(file, source === undefined ? undefined : sha256(source));
    }
    return hashes.get(file);
  };
  for (const m of [...measurements].sort((a, b) => a.measuredAt.localeCompare(b.measuredAt))) {
    for (const [file, entry] of Object.entries(m.files)) {
      if (entry.sha256 === hashNow(file)) {
        files[file] = entry;
        stale.delete(file);
      } else if (!(file in files)) {
        stale.add(file);
      }
    }
  }
  return { files, stale: [...stale].sort() };
}

/** `codeAt` gives a file's line as it is now, to show each survivor with its code. */
export function scoreParts(files: Measurement['files'], codeAt: (file: string, line: number) => string, goals: PartGoal[] = GOALS): PartScore[] {
  return goals.map(({ folder, goal }) => {
    const part: PartScore = { folder, goal, files: [], killed: 0, survived: 0, noCoverage: 0, timeout: 0, invalid: 0, score: 0, survivors: [] };
    for (const [file, entry] of Object.entries(files)) {
      if (!file.startsWith(folder)) continue;
      part.files.push(file);
      part.killed += entry.killed;
      part.timeout += entry.timeout;
      part.invalid += entry.invalid;
      for (const s of entry.survivors) {
        if (s.status === 'Survived') part.survived++;
        else part.noCoverage++;
        part.survivors.push({ file, line: s.line, mutator: s.mutator, replacement: s.replacement, status: s.status, code: codeAt(file, s.line).trim() });
      }
    }
    part.files.sort();
    part.survivors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    const counted = part.killed + part.timeout + part.survived + part.noCoverage;
    part.score = counted === 0 ? 0 : (100 * (part.killed + part.timeout)) / counted;
    return part;
  });
}
/**
 * `partFiles`: how many files each part's Stryker configuration mutates. A report narrowed with
 * --mutate to fewer of them says whether the goal is met on those files only, never for the part.
 */
export function summaryMarkdown(parts: PartScore[], measuredAt: string, partFiles: Record<string, number> = {}, stale: string[] = []): string {
  const out = [`# Mutation testing`, '', `Written ${measuredAt} by \`test/mutation/summary.ts\` from the records of StrykerJS's runs in test/mutation/measured/ (\`npm run mutation\`, or a batch of files at a time: README, \"Tests that catch what breaks\"). Only the files listed under the table count; for each, its newest record made from the file as it is now.`, ''];
  out.push('| part | files mutated | score | goal | killed | timed out | survived | not covered | did not compile |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const p of parts) {
    const all = partFiles[p.folder];
    const partial = all !== undefined && p.files.length < all;
    const verdict = p.score >= p.goal ? 'met' : 'missed';
    const files = partial ? `${p.files.length} of ${all}` : String(p.files.length);
    const goal = p.files.length === 0
      ? `${p.goal} % (not measured: no file has a record made from it as it is now)`
      : partial ? `${p.goal} % (${verdict} on these files; the part as a whole not measured)` : `${p.goal} % (${verdict})`;
    out.push(`| ${p.folder} | ${files} | ${p.files.length === 0 ? '—' : `${p.score.toFixed(1)} %`} | ${goal} | ${p.killed} | ${p.timeout} | ${p.survived} | ${p.noCoverage} | ${p.invalid} |`);
  }
  for (const p of parts) {
    out.push('', `Files of ${p.folder} in this report: ${p.files.map((f) => `\`${f}\``).join(', ')}.`);
  }
  if (stale.length) out.push('', `Changed since their batch ran, so left out until measured again: ${stale.map((f) => `\`${f}\``).join(', ')}.`);
  for (const p of parts) {
    out.push('', `## What no test noticed in ${p.folder} (${p.survivors.length})`, '');
    for (const s of p.survivors) {
      const replacement = s.replacement.replace(/\s+/g, ' ').slice(0, 80);
      out.push(`- \`${s.file}:${s.line}\` ${s.mutator}${s.status === 'NoCoverage' ? ' (no test runs this line)' : ''}: \`${s.code.slice(0, 100)}\` → \`${replacement}\``);
    }
  }
  return `${out.join('\n')}\n`;
}

/** The TypeScript files under a folder but those left out (stryker.config.mjs's `mutate`). */
function sourceFiles(folder: string, leftOut: string[]): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((f) => `${folder}/${f}`)
    .filter((f) => f.endsWith('.ts') && !leftOut.some((l) => f.startsWith(l)));
}


/** Where each part's reports and records are named: machines.json, machines-route.json, … */
const PART_NAMES: Record<string, string> = { 'machines/': 'machines', 'server/sessions/': 'sessions' };
const REPORTS = 'reports/mutation';
export const MEASURED = 'test/mutation/measured';

const isReportOf = (name: string, f: string) => (f === `${name}.json` || f.startsWith(`${name}-`)) && f.endsWith('.json') && !f.endsWith('-incremental.json');

/**
 * Each Stryker report in reports/mutation/ becomes its record in test/mutation/measured/, dated by
 * when Stryker wrote it; a record already made from that very report is left as it is.
 */
function recordReports(): string[] {
  if (!existsSync(REPORTS)) return [];
  mkdirSync(MEASURED, { recursive: true });
  const written: string[] = [];
  for (const f of readdirSync(REPORTS).filter((f) => Object.values(PART_NAMES).some((name) => isReportOf(name, f)))) {
    const measuredAt = new Date(statSync(`${REPORTS}/${f}`).mtimeMs).toISOString();
    const target = `${MEASURED}/${f}`;
    if (existsSync(target) && (JSON.parse(readFileSync(target, 'utf8')) as Measurement).measuredAt >= measuredAt) continue;
    const report = JSON.parse(readFileSync(`${REPORTS}/${f}`, 'utf8')) as MutationReport;
    writeFileSync(target, `${JSON.stringify(measurementOf(report, measuredAt), null, 1)}\n`);
    written.push(target);
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const target of recordReports()) console.log(`recorded: ${target}`);
  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
  const lines = new Map<string, string[]>();
  const codeAt = (file: string, line: number) => {
    if (!lines.has(file)) lines.set(file, (read(file) ?? '').split('\n'));
    return lines.get(file)![line - 1] ?? '';
  };
  const partFiles: Record<string, string[]> = {
    'machines/': sourceFiles('machines', ['machines/world/builtin/', 'machines/messages/catalogue/']),
    'server/sessions/': sourceFiles('server/sessions', []),
  };
  const stale: string[] = [];
  const parts: (PartScore | null)[] = [];
  for (const goal of GOALS) {
    const name = PART_NAMES[goal.folder]!;
    const records = existsSync(MEASURED) ? readdirSync(MEASURED).filter((f) => isReportOf(name, f)) : [];
    if (records.length === 0) {
      parts.push(null);
      continue;
    }
    const merged = mergeMeasurements(records.map((f) => JSON.parse(readFileSync(`${MEASURED}/${f}`, 'utf8')) as Measurement), read);
    stale.push(...merged.stale);
    // A file with nothing to change is measured by definition: no batch's report names it.
    const unrecorded = partFiles[goal.folder]!.filter((f) => !(f in merged.files) && !merged.stale.includes(f));
    for (const file of await nothingToMutate(unrecorded)) merged.files[file] = { sha256: sha256(read(file)!), killed: 0, timeout: 0, invalid: 0, survivors: [] };
    parts.push(scoreParts(merged.files, codeAt, [goal])[0]!);
  }
  const measured = parts.filter((p): p is PartScore => p !== null);
  const markdown = summaryMarkdown(measured, new Date().toISOString().slice(0, 10), Object.fromEntries(Object.entries(partFiles).map(([part, files]) => [part, files.length])), stale);
  // The committed copy is what the last run found: the list to work from, dated.
  writeFileSync('docs/mutation.md', markdown);
  GOALS.forEach((goal, i) => {
    const p = parts[i];
    console.log(p ? `${p.folder}: ${p.score.toFixed(1)} % (goal ${p.goal} %), ${p.survived + p.noCoverage} mutants survived` : `${goal.folder}: not measured (no report)`);
  });
  if (stale.length) console.log(`changed since measured, left out: ${stale.join(', ')}`);
  console.log('written: docs/mutation.md (the HTML reports: reports/mutation/*.html)');
  process.exitCode = parts.every((p) => p !== null && p.score >= p.goal) ? 0 : 1;
}
