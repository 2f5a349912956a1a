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
