/**
 * The engine work the server does on request, as it runs in a worker thread (server/pool/worker.mjs).
 * Tasks and answers are plain data: they cross threads by structured clone, where classes (a
 * ScriptError) lose their identity, so every expected failure comes back as a plain shape.
 */
import type { Exploration, RunResult, SampleResult } from '../../machines/run/result.ts';
import { exploreScenario } from '../../machines/run/explore.ts';
import { sampleScenario } from '../../machines/run/sample.ts';
import { playScript, ScriptError } from '../../machines/run/script.ts';
import { Simulation } from '../../machines/run/simulation.ts';
import type { Scenario } from '../../machines/scenario.ts';
import { checkScenarioText, summaryOf, type ScenarioError } from '../catalog.ts';
import type { ScenarioSummary } from '../protocol.ts';
import { withRegime, type RegimeOverride } from '../regime.ts';
import { costOf, type Cost } from './cost.ts';
import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';
import type { Overlay } from '../../machines/world/overlay.ts';
import { checkOverlay } from '../../scenarios/overlay.ts';
import { askVariant, type VariantReport } from '../../scenarios/variant.ts';

export type Task =
  /** Parse and check posted YAML (validate, session creation); `keep` returns the scenario itself. */
  | { kind: 'check'; yaml: string; file: string; keep: boolean }
  /** Run a scenario once, or sample it; a sample costing more than `budget` units is not run. */
  | { kind: 'run'; source: { scenario: Scenario } | { yaml: string }; regime?: RegimeOverride; sample?: number; seed?: number; budget: number; variant?: VariantAsked }
  /** extension (issue 14): explore every outcome, stopping at `maxPaths` or where the budget ends. */
  | { kind: 'explore'; source: { scenario: Scenario } | { yaml: string }; regime?: RegimeOverride; maxPaths: number; budget: number; variant?: VariantAsked };

/** --date and --overlay as REST sends them: the overlay still YAML text, checked in the thread. */
export interface VariantAsked {
  date?: string;
  overlay?: string;
}

export type Answer =
  /** `exceeded`: the file passed a limit of scenarios/limits.ts and was not checked further. */
  | { kind: 'checked'; scenario: Scenario | null; summary: ScenarioSummary | null; errors: ScenarioError[]; exceeded?: string; cost: Cost | null }
  /** The posted YAML is no scenario (the errors `rogatory validate` gives). */
  | { kind: 'invalid'; errors: ScenarioError[] }
  | { kind: 'ran'; result: RunResult | SampleResult | Exploration; cost: Cost; variant?: VariantReport }
  /** The what-if overlay posted is not one (errors placed in "overlay.yaml"). */
  | { kind: 'invalid-overlay'; errors: ScenarioError[] }
  /** The script meets a state it cannot act in (under an overridden regime, or in a sampled run). */
  | { kind: 'unplayable'; message: string; errors: ScenarioError[]; cost: Cost }
  | { kind: 'over-budget'; cost: Cost };

export function runTask(task: Task): Answer {
  return task.kind === 'check' ? check(task) : task.kind === 'explore' ? explore(task) : run(task);
}

function check(task: Extract<Task, { kind: 'check' }>): Answer {
  const { scenario, errors, played, exceeded } = checkScenarioText(task.yaml, task.file);
  return {
    kind: 'checked', scenario: scenario && task.keep ? scenario : null, summary: scenario ? summaryOf(scenario) : null, errors,
    ...(exceeded && { exceeded }),
    cost: scenario && played ? costOf(scenario, 1, played.transitions.length) : null,
  };
}

/**
 * The scenario a run or an exploration asks about: the library's or the posted file (checked), under
 * the regime and the variant asked; or the answer refusing it. `played`: the check's own run of the
 * file as written, when neither a regime nor a variant changes it.
 */
function askedScenario(task: Extract<Task, { kind: 'run' | 'explore' }>): { scenario: Scenario; report?: VariantReport; played?: RunResult } | { refused: Answer } {
  let scenario: Scenario;
  let played: RunResult | undefined;
  if ('yaml' in task.source) {
    const checked = checkScenarioText(task.source.yaml, 'scenario.yaml');
    if (!checked.scenario) return { refused: { kind: 'invalid', errors: checked.errors } };
    scenario = checked.scenario;
    if (task.regime === undefined && task.variant === undefined) played = checked.played ?? undefined;
  } else {
    scenario = task.source.scenario;
  }
  scenario = withRegime(scenario, task.regime);
  if (!task.variant) return { scenario, played };
  const asked = variantAsked(scenario, task.variant);
  if ('errors' in asked) return { refused: { kind: 'invalid-overlay', errors: asked.errors } };
  return { scenario: asked.scenario, report: asked.report };
}

function run(task: Extract<Task, { kind: 'run' }>): Answer {
  const asked = askedScenario(task);
  if ('refused' in asked) return asked.refused;
  const { scenario, report } = asked;
  let played = asked.played;
  const withReport = report && { variant: report };

  // One deterministic run: the answer to a run, and the yardstick of what a sample would cost.
  let transitions: number;
  if (played) {
    transitions = played.transitions.length;
  } else {
    const sim = new Simulation(scenario);
    try {
      playScript(sim, scenario.script);
      played = sim.result();
      transitions = played.transitions.length;
    } catch (error) {
      if (!(error instanceof ScriptError)) throw error;
      if (task.sample === undefined) return unplayable(scenario, error, costOf(scenario, 1, sim.transitions.length));
      // A sampled run may take another path; the sample says whether the script can be played.
      transitions = sim.transitions.length;
    }
  }
  if (task.sample === undefined) return { kind: 'ran', result: played!, cost: costOf(scenario, 1, transitions), ...withReport };

  const cost = costOf(scenario, task.sample, transitions);
  if (cost.units > task.budget) return { kind: 'over-budget', cost };
  try {
    return { kind: 'ran', result: sampleScenario(scenario, task.sample, task.seed ?? scenario.seed ?? 1), cost, ...withReport };
  } catch (error) {
    if (!(error instanceof ScriptError)) throw error;
    return unplayable(scenario, error, cost);
  }
}

/**
 * Each path of an exploration is a run from the start, and about as many again find where a drawn
 * duration races a deadline: a path costs about two runs. The search stops where the budget ends
 * (the exploration then says it is `truncated`), and is refused when not even one path fits.
 */
const RUNS_PER_PATH = 2;

function explore(task: Extract<Task, { kind: 'explore' }>): Answer {
  const asked = askedScenario(task);
  if ('refused' in asked) return asked.refused;
  const { scenario, report } = asked;
  const sim = new Simulation(scenario);
  try {
    playScript(sim, scenario.script);
  } catch (error) {
    if (!(error instanceof ScriptError)) throw error;
    return unplayable(scenario, error, costOf(scenario, 1, sim.transitions.length));
  }
  const perPath = costOf(scenario, RUNS_PER_PATH, sim.transitions.length).units;
  const affordable = Math.floor(task.budget / perPath);
  if (affordable < 1) return { kind: 'over-budget', cost: costOf(scenario, RUNS_PER_PATH, sim.transitions.length) };
  const result = exploreScenario(scenario, { maxPaths: Math.min(task.maxPaths, affordable) });
  return { kind: 'ran', result, cost: costOf(scenario, RUNS_PER_PATH * result.paths.length, sim.transitions.length), ...(report && { variant: report }) };
}


/**
 * The scenario under a posted date and overlay, and what that changed; or the overlay's errors. Its
 * ids may be the built-in world's or the scenario's own.
 */
export function variantAsked(scenario: Scenario, asked: VariantAsked): { scenario: Scenario; report: VariantReport; overlay?: Overlay } | { errors: ScenarioError[] } {
  let overlay: Overlay | undefined;
  if (asked.overlay !== undefined) {
    const checked = checkOverlay(asked.overlay, OVERLAY_FILE, [BUILTIN_WORLD, scenario.world]);
    if (!checked.overlay) return { errors: checked.errors };
    overlay = checked.overlay;
  }
  const variant = { ...(asked.date !== undefined && { date: asked.date }), ...(overlay && { overlay }) };
  return { ...askVariant(scenario, variant), ...(overlay && { overlay }) };
}

/** The name a posted overlay's errors are placed in. */
export const OVERLAY_FILE = 'overlay.yaml';

/** A script error, placed on the line of its event, as `rogatory run` reports it. */
function unplayable(scenario: Scenario, error: ScriptError, cost: Cost): Answer {
  const index = scenario.script.indexOf(error.step);
  const errors = [{ file: scenario.file ?? scenario.id, line: error.line ?? 1, column: 1, path: index >= 0 ? `script[${index}]` : 'script', message: error.message }];
  return { kind: 'unplayable', message: error.message, errors, cost };
}
