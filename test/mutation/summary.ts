import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';

/**
 * Reads StrykerJS's JSON reports (reports/mutation/{machines,sessions}.json) and says, for each part issue 19
 * sets a goal for, its mutation score and the mutants no test noticed: the list to work from.
 */

type MutantStatus = 'Killed' | 'Survived' | 'NoCoverage' | 'Timeout' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending';
interface ReportMutant {
  mutatorName: string;
  replacement?: string;
  status: MutantStatus;
  location: { start: { line: number; column: number } };
}
export interface MutationReport {
  files: Record<string, { source: string; mutants: ReportMutant[] }>;
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
  /** The files of the part the report covers (a run may be narrowed with --mutate). */
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

export function scoreParts(report: MutationReport, goals: PartGoal[] = GOALS): PartScore[] {
  return goals.map(({ folder, goal }) => {
    const part: PartScore = { folder, goal, files: [], killed: 0, survived: 0, noCoverage: 0, timeout: 0, invalid: 0, score: 0, survivors: [] };
    for (const [file, { source, mutants }] of Object.entries(report.files)) {
      if (!file.replaceAll('\\', '/').startsWith(folder)) continue;
      part.files.push(file);
      const lines = source.split('\n');
      for (const mutant of mutants) {
        if (mutant.status === 'Killed') part.killed++;
        else if (mutant.status === 'Timeout') part.timeout++;
        else if (mutant.status === 'CompileError' || mutant.status === 'RuntimeError') part.invalid++;
        else if (mutant.status === 'Survived' || mutant.status === 'NoCoverage') {
          if (mutant.status === 'Survived') part.survived++;
          else part.noCoverage++;
          const line = mutant.location.start.line;
          part.survivors.push({
            file, line, mutator: mutant.mutatorName, replacement: mutant.replacement ?? '', status: mutant.status,
            code: (lines[line - 1] ?? '').trim(),
          });
        }
      }
    }
    const counted = part.killed + part.timeout + part.survived + part.noCoverage;
    part.score = counted === 0 ? 0 : (100 * (part.killed + part.timeout)) / counted;
    return part;
  });
}

/**
 * One report from several runs, each narrowed to some files (a whole part does not fit a session on
 * this machine, so it is measured a batch of files at a time, over several sessions). For each file
 * the newest report counts, and only if it was made from the file as it is now (`source`): a file
 * changed since its batch ran is left out until measured again, and named in `stale`.
 * `reports` come oldest first.
 */
export function mergeReports(reports: MutationReport[], currentSource: (file: string) => string | undefined): { report: MutationReport; stale: string[] } {
  const files: MutationReport['files'] = {};
  const stale = new Set<string>();
  for (const report of reports) {
    for (const [file, entry] of Object.entries(report.files)) {
      if (entry.source === currentSource(file)) {
        files[file] = entry;
        stale.delete(file);
      } else if (!(file in files)) {
        stale.add(file);
      }
    }
  }
  return { report: { files }, stale: [...stale].sort() };
}

/**
 * `partFiles`: how many files each part's Stryker configuration mutates. A report narrowed with
 * --mutate to fewer of them says whether the goal is met on those files only, never for the part.
 */
export function summaryMarkdown(parts: PartScore[], measuredAt: string, partFiles: Record<string, number> = {}, stale: string[] = []): string {
  const out = [`# Mutation testing`, '', `Written ${measuredAt} by \`test/mutation/summary.ts\` from StrykerJS's reports in reports/mutation/ (\`npm run mutation\`, or a batch of files at a time: README, \"Tests that catch what breaks\"). Only the files listed under the table count; for each, its newest report made from the file as it is now.`, ''];
  out.push('| part | files mutated | score | goal | killed | timed out | survived | not covered | did not compile |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const p of parts) {
    const all = partFiles[p.folder];
    const partial = all !== undefined && p.files.length < all;
    const verdict = p.score >= p.goal ? 'met' : 'missed';
    const files = partial ? `${p.files.length} of ${all}` : String(p.files.length);
    const goal = p.files.length === 0
      ? `${p.goal} % (not measured: no file has a report made from it as it is now)`
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
function sourceFiles(folder: string, leftOut: string[]): number {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((f) => `${folder}/${f}`)
    .filter((f) => f.endsWith('.ts') && !leftOut.some((l) => f.startsWith(l))).length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Each part runs on its own (stryker.config.mjs), whole or a batch of files at a time
  // (MUTATION_BATCH): every report of the part counts, newest last; a part not run is said to be missing.
  const dir = 'reports/mutation';
  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
  const stale: string[] = [];
  const parts = GOALS.map((goal) => {
    const name = goal.folder.startsWith('machines') ? 'machines' : 'sessions';
    const files = existsSync(dir)
      ? readdirSync(dir).filter((f) => (f === `${name}.json` || f.startsWith(`${name}-`)) && f.endsWith('.json') && !f.endsWith('-incremental.json'))
      : [];
    if (files.length === 0) return null;
    const reports = files
      .map((f) => ({ f, at: statSync(`${dir}/${f}`).mtimeMs }))
      .sort((a, b) => a.at - b.at)
      .map(({ f }) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as MutationReport);
    const merged = mergeReports(reports, read);
    stale.push(...merged.stale);
    return scoreParts(merged.report, [goal])[0]!;
  });
  const measured = parts.filter((p): p is PartScore => p !== null);
  const markdown = summaryMarkdown(measured, new Date().toISOString().slice(0, 10), {
    'machines/': sourceFiles('machines', ['machines/world/builtin/', 'machines/messages/catalogue/']),
    'server/sessions/': sourceFiles('server/sessions', []),
  }, stale);
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
