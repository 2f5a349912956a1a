import { involvedJurisdictions } from '../machines/world/involved.ts';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import type { RunResult } from '../machines/run/result.ts';
import { runScenario, ScriptError } from '../machines/run/script.ts';
import type { Scenario } from '../machines/scenario.ts';
import { BUILTIN_WORLD } from '../machines/world/builtin/index.ts';
import { findScenarioFiles, formatError, loadScenarioFile, parseScenario, type LoadResult, type ScenarioError } from '../scenarios/load.ts';
import type { Logger } from './log.ts';
import type { LibraryFacts, ScenarioSummary } from './protocol.ts';

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

/** The library the server offers, read once at start-up. */
export class Catalog {
  private readonly byId = new Map<string, Scenario>();
  private readonly facts = new Map<string, LibraryFacts>();

  constructor(scenarios: Iterable<Scenario> = []) {
    for (const s of scenarios) this.add(s);
  }

  private add(s: Scenario, played?: RunResult): void {
    this.byId.set(s.id, s);
    this.facts.set(s.id, libraryFactsOf(s, played));
  }

  /** Every valid *.yaml under `folder`; invalid files and duplicate ids are skipped with a warning. */
  static fromFolder(folder: string, log: Logger): Catalog {
    const catalog = new Catalog();
    if (!existsSync(folder)) {
      log.warn(`no scenario folder at ${folder}: the library is empty`);
      return catalog;
    }
    for (const file of findScenarioFiles([folder])) {
      const { scenario, errors, played } = checkScenario(loadScenarioFile(file, BUILTIN_WORLD));
      if (!scenario) {
        log.warn(`skipped invalid scenario ${file}`, { errors: errors.map(formatError) });
        continue;
      }
      if (catalog.byId.has(scenario.id)) {
        log.warn(`skipped ${file}: scenario id "${scenario.id}" is already used by ${catalog.byId.get(scenario.id)?.file}`);
        continue;
      }
      // The frozen copy in each session names the file relative to the library, not this machine's paths.
      catalog.add({ ...scenario, file: relative(folder, file) }, played);
    }
    return catalog;
  }

  get size(): number {
    return this.byId.size;
  }

  list(): ScenarioSummary[] {
    return [...this.byId.values()]
      .map((s) => ({ ...summaryOf(s), library: this.facts.get(s.id) }))
      .sort((a, b) => a.id.localeCompare(b.id));
  }

  get(id: string): Scenario | undefined {
    return this.byId.get(id);
  }
}

export type { ScenarioError };
