import { delimiter, resolve } from 'node:path';

/**
 * SCENARIOS_DIR: folders that add to the shipped library, one path or several joined by the
 * platform's path delimiter (`:` on Linux and macOS, `;` on Windows). Empty parts are dropped.
 */
export function addedScenarioFolders(value: string | undefined, cwd = process.cwd()): string[] {
  if (!value?.trim()) return [];
  return [...new Set(value.split(delimiter).map((p) => p.trim()).filter(Boolean).map((p) => resolve(cwd, p)))];
}
