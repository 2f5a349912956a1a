import ar from './ar.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };
import zh from './zh.json' with { type: 'json' };
import type { Lang } from '../../machines/messages/types.ts';

/**
 * The interface's words in every language at once, for what speaks outside the browser (the CLI's
 * trace, the server's Markdown and CSV exports): a state, an event or an outcome is named there as
 * on the screen. The browser loads one language at a time instead (index.ts).
 */
const WORDS: Record<Lang, Record<string, string>> = { en, zh, ru, fr, ar };

/** The interface's label for `key` in `lang` (English where that language lacks it), or undefined. */
export function interfaceWord(lang: Lang, key: string): string | undefined {
  return WORDS[lang][key] ?? WORDS.en[key];
}

/** A state path ("mlat.requestedReview") or an event type as the interface names it; the raw name if it has no label. */
export function stateWord(lang: Lang, path: string): string {
  return interfaceWord(lang, `state.${path}`) ?? path;
}

export function eventWord(lang: Lang, type: string): string {
  return interfaceWord(lang, `event.${type}`) ?? type;
}

/** An interface string with its `{name}` placeholders filled (as the browser's t() does), Arabic parameters isolated. */
export function interfaceText(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const template = interfaceWord(lang, key) ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return lang === 'ar' ? `\u2068${value}\u2069` : String(value);
  });
}

/** How an event's fields are named: a country by its id, an author's text by its translation. */
export interface EventNames {
  state?: (id: string) => string;
  phrase?: (text: string) => string;
}

/**
 * A scenario event as the interface names it, with its fields: "Cedria answers: object",
 * "Requested state refuses (dual criminality)". 
 */
export function eventPhrase(lang: Lang, event: { type: string; [field: string]: unknown }, names: EventNames = {}): string {
  const stateName = names.state ?? ((id: string) => id);
  const authored = (text: unknown) => (names.phrase ?? ((t: string) => t))(String(text));
  const word = (prefix: string, value: unknown) => interfaceWord(lang, `${prefix}.${String(value)}`) ?? String(value);
  switch (event.type) {
    case 'THIRD_COUNTRY_ANSWERS':
      return interfaceText(lang, 'eventWith.THIRD_COUNTRY_ANSWERS', { country: stateName(String(event.country)), answer: word('answer', event.answer) });
    case 'REFUSE':
      return interfaceText(lang, 'eventWith.REFUSE', { ground: authored(event.ground) });
    case 'PROVIDER_REFUSES':
      return interfaceText(lang, 'eventWith.PROVIDER_REFUSES', { reason: authored(event.reason) });
    case 'PROVIDER_CHOOSES':
      return interfaceText(lang, 'eventWith.PROVIDER_CHOOSES', { choice: word('choice', event.choice) });
    case 'REVIEW_DECIDES':
      return interfaceText(lang, 'eventWith.REVIEW_DECIDES', { outcome: word('ruling', event.outcome) });
    default:
      return eventWord(lang, event.type);
  }
}
