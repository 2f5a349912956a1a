import { CATALOGUE } from './catalogue/index.ts';
import { compile, type Part } from './template.ts';
import type { Lang, Message, Param, Said, Translations } from './types.ts';

/** A scenario's own translations of its free texts (a refusal's ground), by English original. */
export type Phrases = Readonly<Record<string, string>>;

export interface SayOptions {
  /** The scenario's translations of authored texts into `lang`. */
  phrases?: Phrases;
}

// U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE: a Latin name or a number inside an
// Arabic sentence keeps its own direction and does not carry the sentence's punctuation across.
const FSI = '\u2068';
const PDI = '\u2069';

const compiled = new WeakMap<object, Map<string, Part[]>>();

/** The message as a sentence in `lang`; English where a text is somehow missing. */
export function say(message: Message, lang: Lang = 'en', options: SayOptions = {}): string {
  return sayFrom(CATALOGUE, message.id, message.params, lang, options);
}

/**
 * A text of another catalogue of the same shape (the CLI's and the exports' own words), with the
 * same parameters, plurals and isolates as the engine's messages.
 */
export function sayFrom(catalogue: Readonly<Record<string, Translations>>, id: string, params: Message['params'], lang: Lang, options: SayOptions = {}): string {
  let byKey = compiled.get(catalogue);
  if (!byKey) compiled.set(catalogue, (byKey = new Map()));
  const key = `${lang}\u0000${id}`;
  let parts = byKey.get(key);
  if (!parts) {
    const texts = catalogue[id];
    parts = compile(texts?.[lang] ?? texts?.en ?? id);
    byKey.set(key, parts);
  }
  return render(parts, params ?? {}, lang, options, null);
}

/** A message with its English text: what a verdict or a note carries (`reason` is the contract's field). */
export function said(id: Message['id'], params?: Message['params']): Said {
  const message: Message = params ? { id, params } : { id };
  return { reason: say(message), message };
}

/** Just the message, for a parameter of another. */
export function msg(id: Message['id'], params?: Message['params']): Message {
  return params ? { id, params } : { id };
}

function render(parts: Part[], params: Record<string, Param>, lang: Lang, options: SayOptions, hash: number | null): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += part;
    else if ('hash' in part) out += hash === null ? '#' : number(hash, lang);
    else if ('cases' in part) {
      const value = params[part.arg];
      if (part.kind === 'plural') {
        const n = typeof value === 'number' ? value : Number(value);
        const chosen = part.cases[`=${n}`] ?? part.cases[plurals(lang).select(n)] ?? part.cases.other ?? [];
        out += render(chosen, params, lang, options, n);
      } else {
        const chosen = part.cases[String(value)] ?? part.cases.other ?? [];
        out += render(chosen, params, lang, options, hash);
      }
    } else {
      const value = params[part.arg];
      out += value === undefined ? `{${part.arg}}` : param(value, lang, options);
    }
  }
  return out;
}

function param(value: Param, lang: Lang, options: SayOptions): string {
  if (typeof value === 'number') return isolate(number(value, lang), lang);
  if (typeof value === 'string') return isolate(value, lang);
  if ('id' in value) return say(value, lang, options);
  if ('state' in value) return isolate(stateName(value.state, value.name, value.real === true, lang), lang);
  if ('list' in value) {
    const items = value.list.map((p) => param(p, lang, options));
    // English keeps the engine's house style, without the serial comma ("a, b or c").
    if (lang === 'en') return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${value.join} ${items.at(-1)}`;
    return listFormat(lang, value.join).format(items);
  }
  if ('authored' in value) return isolate(options.phrases?.[value.authored] ?? value.authored, lang);
  // A calendar day from its parts (never the clock): the engine stays pure.
  const [y, m, d] = value.date.split('-').map(Number);
  return isolate(dateFormat(lang).format(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)), lang);
}

function isolate(text: string, lang: Lang): string {
  return lang === 'ar' && text !== '' ? `${FSI}${text}${PDI}` : text;
}

// Intl objects are costly to build and the engine says thousands of sentences in an exploration.
const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

function number(n: number, lang: Lang): string {
  // Latin digits everywhere, as the interface does: days and article numbers read as in the sources.
  return cached(`n:${lang}`, () => new Intl.NumberFormat(`${lang}-u-nu-latn`, { maximumFractionDigits: 1 })).format(n);
}

function plurals(lang: Lang): Intl.PluralRules {
  return cached(`p:${lang}`, () => new Intl.PluralRules(lang));
}

function listFormat(lang: Lang, join: 'or' | 'and'): Intl.ListFormat {
  return cached(`l:${lang}:${join}`, () => new Intl.ListFormat(lang, { type: join === 'or' ? 'disjunction' : 'conjunction' }));
}

function dateFormat(lang: Lang): Intl.DateTimeFormat {
  return cached(`d:${lang}`, () => new Intl.DateTimeFormat(`${lang}-u-nu-latn`, { dateStyle: 'long', timeZone: 'UTC' }));
}

/**
 * A state as a page or an export names it outside the engine's sentences: a real one in `lang`, any
 * other as the scenario translates its name (phrases), else as its world names it.
 */
export function stateNameWith(id: string, name: string, real: boolean, lang: Lang, phrases: Phrases = {}): string {
  return real ? stateName(id, name, true, lang) : phrases[name] ?? name;
}

/** A real state in the user's language; any other under its world's name. */
export function stateName(id: string, name: string, real: boolean, lang: Lang): string {
  if (!real || lang === 'en') return name;
  try {
    return cached(`s:${lang}`, () => new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' })).of(id) ?? name;
  } catch {
    return name;
  }
}
