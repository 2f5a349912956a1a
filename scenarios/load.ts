import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../machines/scenario.ts';
import type { World } from '../machines/world/types.ts';
import { buildScenario, resolveWorld } from './build.ts';
import { checkJoins, checkReferences } from './check.ts';
import { formatError, pathToString, type ScenarioError } from './errors.ts';
import { problemsFromIssues, rememberAllowedFields, type AllowedFields } from './issues.ts';
import { MAX_ERRORS_LISTED, type ScenarioLimit } from './limits.ts';
import { Locator, type Position } from './positions.ts';
import type { Problem } from './problems.ts';
import { readYaml } from './read.ts';
import { ScenarioFileSchema, type ScenarioFile } from './schema.ts';

export { formatError, type ScenarioError };

export interface LoadResult {
  /** Present exactly when `errors` is empty. */
  scenario?: Scenario;
  /** The problems found, in file order; at most MAX_ERRORS_LISTED, then one that says how many more. */
  errors: ScenarioError[];
  /** The limit of limits.ts the file passes, if it does: the file was not checked further. */
  exceeded?: ScenarioLimit;
}

/**
 * Reads one scenario. Problems come in three rounds, each only when the previous found none: YAML
 * syntax and the limits of limits.ts, then the shape of every field (all reported at once), then
 * references between entries and to the built-in world. `builtin` is what `world.extends: builtin`
 * starts from. Every step takes time linear in the file (test/resilience/alias-bomb.test.ts).
 */
export function parseScenario(text: string, file: string, builtin: World): LoadResult {
  const read = readYaml(text);
  if (read.errors.length || !read.doc) {
    const errors = listed(read.errors, (e) => e, (e) => ({ file, ...e }));
    return read.exceeded ? { errors, exceeded: read.exceeded } : { errors };
  }
  const locator = new Locator(read.doc, read.counter, read.targets);
  const place = (problems: Problem[]): ScenarioError[] =>
    listed(
      problems.map((problem) => ({ problem, ...locator.locate(problem.path, problem.at) })),
      (p) => p,
      ({ problem, line, column }) => ({ file, line, column, path: pathToString(problem.path), message: problem.message }),
    );

  const allowed: AllowedFields = new Map();
  const parsed = ScenarioFileSchema.safeParse(read.value, { reportInput: true, error: rememberAllowedFields(allowed) });
  if (!parsed.success) return { errors: place(problemsFromIssues(parsed.error.issues, allowed)) };
  const data = parsed.data as ScenarioFile;

  const world = resolveWorld(data, builtin);
  const problems = [...checkReferences(data, world), ...checkJoins(data, builtin)];
  if (problems.length) return { errors: place(problems) };

  const lineOf = (path: PropertyKey[]) => locator.locate(path).line;
  return { scenario: buildScenario(data, world, file, lineOf), errors: [] };
}

/**
 * Errors in file order, the first MAX_ERRORS_LISTED of them: only those are made into messages
 * (some suggest a correction, which costs a search). One more, at the first left out, says how many
 * there are beyond.
 */
function listed<T>(items: T[], position: (item: T) => Position, error: (item: T) => ScenarioError): ScenarioError[] {
  const sorted = items.slice().sort((a, b) => {
    const p = position(a);
    const q = position(b);
    return p.line - q.line || p.column - q.column;
  });
  const shown = sorted.slice(0, MAX_ERRORS_LISTED).map(error);
  const rest = sorted.length - shown.length;
  if (rest > 0) {
    const { file } = shown[0]!;
    const { line, column } = position(sorted[MAX_ERRORS_LISTED]!);
    shown.push({ file, line, column, path: '', message: `${rest.toLocaleString('en-US')} more errors from here on are not listed (a file lists at most ${MAX_ERRORS_LISTED}): correct the ones above and check the file again` });
  }
  return shown;
}

export function loadScenarioFile(path: string, builtin: World): LoadResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((error as Error).message);
    return { errors: [{ file: path, line: 1, column: 1, path: '', message: `cannot read the file: ${reason}` }] };
  }
  return parseScenario(text, path, builtin);
}

/** The folder name that holds what-if overlays rather than scenarios (scenarios/what-if). */
export const WHAT_IF_FOLDER = 'what-if';

/**
 * The scenario files named by the arguments: folders are searched recursively for *.yaml and *.yml
 * (skipping hidden folders, node_modules and what-if folders); files are taken whatever their name, and a path that
 * does not exist is kept so that loading it reports the problem against its name.
 */
export function findScenarioFiles(pathsOrFolders: readonly string[]): string[] {
  const found = new Set<string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        // what-if folders hold overlays (docs/what-if.md), which change a scenario's world and are none themselves.
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules' && entry.name !== WHAT_IF_FOLDER) walk(path);
      } else if (/\.ya?ml$/i.test(entry.name)) {
        found.add(path);
      }
    }
  };
  for (const path of pathsOrFolders) {
    if (isFolder(path)) walk(path);
    else found.add(path);
  }
  return [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
