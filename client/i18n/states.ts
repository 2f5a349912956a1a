import { stateName, stateNameWith } from '../../machines/messages/say.ts';
import { LANGS, type Lang } from '../../machines/messages/types.ts';
import { JURISDICTIONS } from '../../machines/world/builtin/jurisdictions.ts';
import { isRealState } from '../../machines/route/world-index.ts';
import { currentPhrases, useScenarioPhrases } from './engine-text.ts';
import { locale } from './index.ts';

/** The open scenario's states by id (its world's names), for texts that carry only a code (an inject's country). */
let worldNames = new Map<string, string>();

/**
 * A page opens a scenario: its phrases (translations.<lang>.phrases) are used in the page's
 * language from now on, and its world's names name the states its events give by code.
 */
export function useScenario(scenario: object | null | undefined): void {
  useScenarioPhrases(scenario as { translations?: object } | null | undefined);
  const listed = (scenario as { world?: { jurisdictions?: unknown } } | null | undefined)?.world?.jurisdictions;
  if (Array.isArray(listed)) worldNames = new Map((listed as { id: string; name: string }[]).map((j) => [j.id, j.name]));
  else if (!scenario) worldNames = new Map();
}

export { isRealState };

/**
 * A state's name in the page's language: a real state by Intl.DisplayNames (the language's short
 * name), any other by its world's name, or the scenario's translation of it (phrases).
 */
export function stateHere(id: string, name?: string): string {
  const given = name ?? worldNames.get(id) ?? JURISDICTIONS.find((j) => j.id === id)?.name ?? id;
  return stateNameWith(id, given, isRealState(id, given), locale() as Lang, currentPhrases());
}

/** The language a state's name is shown in, for `lang`: the page's for a real state, else unknown (the world's). */
export function stateLang(id: string, name?: string): string | null {
  return isRealState(id, name) ? locale() : null;
}

/** A real state's name in every language of the interface (library search); a fictional one's own name. */
export function stateNamesEverywhere(id: string, name: string): string[] {
  if (!isRealState(id, name)) return [name];
  return [...new Set(LANGS.map((l) => stateName(id, name, true, l)))];
}
