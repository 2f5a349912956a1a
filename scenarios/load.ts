import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { Scenario } from '../machines/scenario.ts';
import type { World } from '../machines/world/types.ts';
import { buildScenario, resolveWorld } from './build.ts';
import { checkReferences } from './check.ts';
import { formatError, pathToString, type ScenarioError } from './errors.ts';
import { problemsFromIssues, rememberAllowedFields, type AllowedFields } from './issues.ts';
import { locate } from './positions.ts';
import type { Problem } from './problems.ts';
import { ScenarioFileSchema, type ScenarioFile } from './schema.ts';

export { formatError, type ScenarioError };

export interface LoadResult {
  /** Present exactly when `errors` is empty. */
  scenario?: Scenario;
  /** Every problem found, in file order. */
  errors: ScenarioError[];
}

/**
 * Reads one scenario. Problems come in three rounds, each only when the previous found none: YAML
 * syntax, then the shape of every field (all reported at once), then references between entries
 * and to the built-in world. `builtin` is what `world.extends: builtin` starts from.
 */
export function parseScenario(text: string, file: string, builtin: World): LoadResult {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true });
  const place = (problems: Problem[]): ScenarioError[] =>
    problems
      .map((p) => ({ file, ...locate(doc, counter, p.path, p.at), path: pathToString(p.path), message: p.message }))
      .sort((a, b) => a.line - b.line || a.column - b.column);

  const syntax = syntaxErrors(doc, counter, file);
  if (syntax.length) return { errors: syntax };

  let raw: unknown;
  try {
    raw = doc.toJS();
  } catch (error) {
    // yaml refuses to expand aliases past a limit (a "billion laughs" file): nothing to check then.
    return { errors: [{ file, line: 1, column: 1, path: '', message: `YAML: ${(error as Error).message}` }] };
  }
  const allowed: AllowedFields = new Map();
  const parsed = ScenarioFileSchema.safeParse(raw, { reportInput: true, error: rememberAllowedFields(allowed) });
  if (!parsed.success) return { errors: place(problemsFromIssues(parsed.error.issues, allowed)) };
  const data = parsed.data as ScenarioFile;

  const world = resolveWorld(data, builtin);
  const problems = checkReferences(data, world);
  if (problems.length) return { errors: place(problems) };

  const lineOf = (path: PropertyKey[]) => locate(doc, counter, path).line;
  return { scenario: buildScenario(data, world, file, lineOf), errors: [] };
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

/**
 * The scenario files named by the arguments: folders are searched recursively for *.yaml and *.yml
 * (skipping hidden folders and node_modules); files are taken whatever their name, and a path that
 * does not exist is kept so that loading it reports the problem against its name.
 */
export function findScenarioFiles(pathsOrFolders: readonly string[]): string[] {
  const found = new Set<string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') walk(path);
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

function syntaxErrors(doc: Document, counter: LineCounter, file: string): ScenarioError[] {
  const errors = doc.errors.map((e) => {
    const { line, col } = counter.linePos(e.pos[0]);
    // yaml appends the position and a source excerpt; the position is already in our prefix.
    const message = (e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    return { file, line, column: col, path: '', message: `YAML syntax: ${message}` };
  });
  // An alias to an anchor that does not exist parses, but cannot be read as data.
  visit(doc, {
    Alias(_, alias) {
      if (alias.resolve(doc) === undefined) {
        const { line, col } = counter.linePos(alias.range?.[0] ?? 0);
        errors.push({ file, line, column: col, path: '', message: `YAML syntax: no anchor &${alias.source} before this alias` });
      }
    },
  });
  return errors.sort((a, b) => a.line - b.line || a.column - b.column);
}
