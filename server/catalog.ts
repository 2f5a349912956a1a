import { involvedJurisdictions } from '../machines/world/involved.ts';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { RunResult } from '../machines/run/result.ts';
import { runScenario, ScriptError } from '../machines/run/script.ts';
import type { Scenario } from '../machines/scenario.ts';
import { BUILTIN_WORLD } from '../machines/world/builtin/index.ts';
import { findScenarioFiles, formatError, loadScenarioFile, parseScenario, type LoadResult, type ScenarioError } from '../scenarios/load.ts';
import type { Logger } from './log.ts';
import type { InvalidScenarioFile, LibraryFacts, ScenarioSummary } from './protocol.ts';

/** A checked scenario, with the deterministic run the check played when it could be played. */
export type CheckResult = LoadResult & { played?: RunResult };

/**
 * What `rogatory validate` checks: the format, the references, and that the script can be played
 * (a script error is placed on the line of its event). The run it plays is kept: the server answers
 * a run of the same scenario with it, and counts its transitions to know what a sample would cost.
 */
export function checkScenario(loaded: LoadResult): CheckResult {
  const scenario = loaded.scenario;
  if (!scenario) return loaded;
  try {
    return { ...loaded, played: runScenario(scenario) };
  } catch (error) {
    if (!(error instanceof ScriptError)) throw error;
    const index = scenario.script.indexOf(error.step);
    const message = error.message.replace(/^line \d+: /, '');
    return { errors: [{ file: scenario.file ?? scenario.id, line: error.line ?? 1, column: 1, path: index >= 0 ? `script[${index}]` : 'script', message }] };
  }
}

export function checkScenarioText(text: string, file: string): CheckResult {
  return checkScenario(parseScenario(text, file, BUILTIN_WORLD));
}

export function summaryOf(s: Scenario): ScenarioSummary {
  return {
    id: s.id, title: s.title, summary: s.summary, objectives: s.objectives, jurisdictions: involvedJurisdictions(s),
    ...(s.translations ? { translations: s.translations } : {}),
  };
}

/**
 * What the library filters and sorts by. `played` is the check's deterministic run when there was
 * one (so start-up plays each script once); otherwise it is played here, once.
 */
export function libraryFactsOf(s: Scenario, played?: RunResult): LibraryFacts {
  let run = played;
  if (!run) {
    try {
      run = runScenario(s);
    } catch (error) {
      if (!(error instanceof ScriptError)) throw error;
    }
  }
  return {
    // The shipped library keeps real cases under real/ and invented ones under fictional/.
    origin: /^real[\\/]/.test(s.file ?? '') ? 'real' : 'fictional',
    date: s.request.date ?? null,
    run: run ? { outcome: run.outcome, channel: run.channel, days: run.days } : null,
  };
}

/** One file of a scenario folder, as the library last read it. */
interface ReadFile {
  /** mtime and size: an unchanged file is not parsed and played again on a reload. */
  stamp: string;
  checked: CheckResult;
}

/**
 * The library the server offers: the shipped folder, read once at start-up, then the folders that
 * SCENARIOS_DIR adds, read again by `reload()` when they change (server/scenario-watch.ts).
 * An id defined twice keeps its first definition, in this order: the shipped library, then the
 * added folders in the order given, then each folder's files in path order. The later file is
 * listed among the invalid files, so a shipped scenario is never silently replaced.
 */
export class Catalog {
  private byId = new Map<string, Scenario>();
  private facts = new Map<string, LibraryFacts>();
  private broken: InvalidScenarioFile[] = [];
  private readonly files = new Map<string, ReadFile>();
  private shipped: string | undefined;
  private added: string[] = [];

  constructor(scenarios: Iterable<Scenario> = []) {
    for (const s of scenarios) this.add(this.byId, this.facts, s);
  }

  private add(byId: Map<string, Scenario>, facts: Map<string, LibraryFacts>, s: Scenario, played?: RunResult): void {
    byId.set(s.id, s);
    facts.set(s.id, libraryFactsOf(s, played));
  }

  /** The shipped library alone (tests, and the placeholder page's examples). */
  static fromFolder(folder: string, log: Logger): Catalog {
    return Catalog.fromFolders(folder, [], log);
  }

  /** The shipped library in `shipped`, and what `added` folders bring to it. */
  static fromFolders(shipped: string, added: readonly string[], log: Logger): Catalog {
    const catalog = new Catalog();
    catalog.shipped = shipped;
    catalog.added = [...added];
    if (!existsSync(shipped)) log.warn(`no scenario folder at ${shipped}: the shipped library is empty`);
    for (const folder of added) if (!existsSync(folder)) log.warn(`no scenario folder at ${folder} (SCENARIOS_DIR): nothing added from it until it exists`);
    catalog.reload(log);
    return catalog;
  }

  /**
   * Reads the folders again: new files join, removed files leave, changed files are checked again.
   * Sessions already running keep the copy of their scenario they froze when they started.
   * Returns whether any file was new, changed or removed since the last read.
   */
  reload(log: Logger): boolean {
    const byId = new Map<string, Scenario>();
    const facts = new Map<string, LibraryFacts>();
    const broken: InvalidScenarioFile[] = [];
    const whereFrom = new Map<string, string>();
    const seen = new Set<string>();
    let changed = false;
    const folders = [...(this.shipped === undefined ? [] : [{ folder: this.shipped, label: '' }]), ...this.added.map((folder) => ({ folder, label: basename(folder) }))];
    for (const { folder, label } of folders) {
      if (!existsSync(folder)) continue;
      for (const file of findScenarioFiles([folder])) {
        // SCENARIOS_DIR may name the shipped folder, or one inside it: a file is read once.
        if (seen.has(file)) continue;
        seen.add(file);
        const relativeName = relative(folder, file);
        const shown = label ? join(label, relativeName) : relativeName;
        const { checked, fresh } = this.read(file);
        changed ||= fresh;
        const { scenario, errors, played } = checked;
        if (!scenario) {
          const located = errors.map(({ file: _file, ...at }) => at);
          broken.push({ file: shown, errors: located });
          if (fresh) log.warn(`invalid scenario file ${shown}: listed on the library page`, { errors: located.map((e) => formatError({ file: shown, ...e })) });
          continue;
        }
        const first = whereFrom.get(scenario.id);
        if (first !== undefined) {
          broken.push({ file: shown, errors: [{ ...idLine(file), path: 'id', message: `the id "${scenario.id}" is already used by ${first}, which stays in the library: give this scenario another id` }] });
          continue;
        }
        whereFrom.set(scenario.id, label ? shown : `${shown} (shipped)`);
        // The frozen copy in each session names the file relative to its folder, not this machine's paths.
        this.add(byId, facts, { ...scenario, file: relativeName }, played);
      }
    }
    for (const file of this.files.keys()) {
      if (seen.has(file)) continue;
      this.files.delete(file);
      changed = true;
    }
    this.byId = byId;
    this.facts = facts;
    this.broken = broken;
    return changed;
  }

  /** A file checked again only when its mtime or size changed since the last read. */
  private read(file: string): { checked: CheckResult; fresh: boolean } {
    let stamp = '';
    try {
      const stat = statSync(file);
      stamp = `${stat.mtimeMs}:${stat.size}`;
    } catch {
      // Gone between the listing and now: loading it reports that against its name.
    }
    const known = this.files.get(file);
    if (known && stamp && known.stamp === stamp) return { checked: known.checked, fresh: false };
    const checked = checkScenario(loadScenarioFile(file, BUILTIN_WORLD));
    this.files.set(file, { stamp, checked });
    return { checked, fresh: true };
  }

  get size(): number {
    return this.byId.size;
  }

  list(): ScenarioSummary[] {
    return [...this.byId.values()]
      .map((s) => ({ ...summaryOf(s), library: this.facts.get(s.id) }))
      .sort((a, b) => a.id.localeCompare(b.id));
  }

  /** The files that could not join the library, each with its located errors. */
  invalid(): InvalidScenarioFile[] {
    return this.broken;
  }

  get(id: string): Scenario | undefined {
    return this.byId.get(id);
  }
}

/** Where a duplicate's `id:` is written, so the error points at the line to change. */
function idLine(file: string): { line: number; column: number } {
  try {
    const lines = readFileSync(file, 'utf8').split(/\r?\n/);
    const index = lines.findIndex((l) => /^id\s*:/.test(l));
    if (index >= 0) return { line: index + 1, column: 1 };
  } catch {
    // Unreadable now: the file's start will do.
  }
  return { line: 1, column: 1 };
}

export type { ScenarioError };
