import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';
import type { Scenario } from '../../machines/scenario.ts';
import { ScriptError } from '../../machines/run/script.ts';
import { formatError, loadScenarioFile } from '../../scenarios/load.ts';

/** A file the CLI could not use, with its errors already in `file:line:column: path: message` form. */
export class InvalidFile extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

export function loadOrThrow(path: string): Scenario {
  const { scenario, errors } = loadScenarioFile(path, BUILTIN_WORLD);
  if (!scenario) throw new InvalidFile(errors.map(formatError));
  return scenario;
}

/** A script error, named by the file and line of its event. */
function scriptErrorLine(scenario: Scenario, error: ScriptError): string {
  const index = scenario.script.indexOf(error.step);
  const where = `${scenario.file ?? scenario.id}:${error.line ?? 1}:1`;
  const path = index >= 0 ? `script[${index}]` : 'script';
  // The message begins with "line N: " when the line is known; the prefix says it already.
  const message = error.message.replace(/^line \d+: /, '');
  return `${where}: ${path}: ${message}`;
}

/** Run `action`, turning script errors into InvalidFile so every command reports them alike. */
export function guarded<T>(scenario: Scenario, action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (error instanceof ScriptError) throw new InvalidFile([scriptErrorLine(scenario, error)]);
    throw error;
  }
}
