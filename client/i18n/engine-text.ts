import { say, type Phrases } from '../../machines/messages/say.ts';
import type { Message } from '../../machines/messages/types.ts';
import { CATALOGUE } from '../../machines/messages/catalogue/index.ts';
import { locale, onLocaleChange } from './index.ts';
import { enginePhrases } from '../../machines/run/explore.ts';

let phrases: Phrases = {};

/** The open scenario's translations of its authored texts into the page's language (translations.<lang>.phrases). */
export function setPhrases(next: Phrases | undefined): void {
  // The engine's own event texts (the explorer's and the menus' default refusal grounds) first; the
  // scenario's phrases over them.
  phrases = { ...enginePhrases(locale()), ...(next ?? {}) };
}

/** What the engine said, in the page's language: its message when it carries one, else its English text. */
export function engineText(english: string, message?: Message): string {
  return message ? say(message, locale(), { phrases }) : english;
}

/** A verdict's or a note's reason in the page's language. */
export function reasonText(x: { reason: string; message?: Message }): string {
  return engineText(x.reason, x.message);
}

/** One of the engine's messages in the page's language. */
export function sayHere(message: Message): string {
  return say(message, locale(), { phrases });
}

/** A scenario author's text (a refusal's ground, a fictional state's name) in the page's language, when the scenario translates it. */
export function phraseHere(english: string): string {
  return phrases[english] ?? english;
}

/** The phrases in use (the open scenario's in the page's language, over the engine's own). */
export function currentPhrases(): Phrases {
  return phrases;
}

/** Whether the page's language has a text for this id (a message id the engine may not send yet). */
export function hasEngineText(id: string): boolean {
  return Object.hasOwn(CATALOGUE, id);
}

/**
 * A text the client names by id (`regime.<name>.title`), said in the page's language when the
 * catalogue holds the id, else the English field it stands for.
 */
export function textById(english: string, id: string, params?: Message['params']): string {
  return hasEngineText(id) ? engineText(english, (params ? { id, params } : { id }) as Message) : english;
}

/** A named regime's title, summary or effect (ids `regime.<name>.<field>`), else its English field. */
export function regimeText(regime: { name: string; title: string; summary: string; effect: string }, field: 'title' | 'summary' | 'effect'): string {
  return textById(regime[field], `regime.${regime.name}.${field}`);
}

/**
 * The language a text of the engine is shown in, for the element's `lang`: the page's when it
 * carries a message (or the catalogue holds its id), English when only the English text came.
 */
export function engineLang(message?: Message | string | null): string {
  if (typeof message === 'string') return hasEngineText(message) ? locale() : 'en';
  return message ? locale() : 'en';
}

type WithPhrases = { translations?: object } | null | undefined;
let openScenario: WithPhrases = null;

/**
 * The scenario a page opens: its phrases in the page's language are used from now on, and again
 * in the new language when the language changes (setPhrases(scenario.translations?.[locale()]?.phrases)).
 */
export function useScenarioPhrases(scenario: WithPhrases): void {
  openScenario = scenario;
  const chosen = (scenario?.translations as Partial<Record<string, { phrases?: Record<string, string> }>> | undefined)?.[locale()]?.phrases;
  setPhrases(chosen && typeof chosen === 'object' ? chosen : undefined);
}

onLocaleChange(() => useScenarioPhrases(openScenario));

/** An error the engine threw (ScriptError, EventRejected, InputRejected carry `.said`), in the page's language. */
export function errorText(error: unknown): string {
  const said = (error as { said?: Message } | null)?.said;
  if (said && typeof said === 'object' && typeof said.id === 'string' && hasEngineText(said.id)) return sayHere(said);
  return error instanceof Error ? error.message : String(error);
}
