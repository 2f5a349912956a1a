import type { MessageId } from './catalogue/index.ts';

/** The languages the engine speaks: every message has a text in each (test/engine/messages.test.ts). */
export const LANGS = ['en', 'zh', 'ru', 'fr', 'ar'] as const;
export type Lang = (typeof LANGS)[number];

/** One message id's text in every language: ICU-style templates (`{name}`, plural, select). */
export type Translations = Record<Lang, string>;

/**
 * What the engine says, before it is said in a language: an id of the catalogue and its parameters.
 * The engine builds these; `say(message, lang)` turns one into a sentence. Runs keep both: the
 * message for any language, the English text for the contract's `reason` field.
 */
export interface Message {
  id: MessageId;
  params?: Record<string, Param>;
}

/**
 * A parameter: a number (formatted with Latin digits, and the selector of plurals), a name kept as
 * it is (a provider, an instrument's id or title: sources keep their original titles), a nested
 * message, a state, a list, a scenario author's text, or a date.
 */
export type Param = string | number | Message | StateName | ListOf | Authored | DateOf;

/**
 * A state: `real` when it is the built-in world's state under its own name, so the user's language
 * names it (Intl.DisplayNames); a fictional or renamed state keeps the name its world gives it.
 */
export interface StateName {
  state: string;
  name: string;
  real?: boolean;
}

/** "a, b or c" / "a, b and c" in the user's language (Intl.ListFormat). */
export interface ListOf {
  list: Param[];
  join: 'or' | 'and';
}

/** Free text a scenario's author wrote (a refusal's ground): shown as written, or as its translation. */
export interface Authored {
  authored: string;
}

/** A calendar date, YYYY-MM-DD. */
export interface DateOf {
  date: string;
}

/** What a reason carries: the English text (the run results' `reason`) and the message behind it. */
export interface Said {
  reason: string;
  message: Message;
}
