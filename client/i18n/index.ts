import en from './en.json';

/**
 * Interface strings. English is bundled (it is also every other language's fallback); the others
 * are fetched as chunks of their own when chosen, so the first page carries one language only.
 */
export const LOCALES = ['en', 'zh', 'ru', 'fr', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language's name in itself, for the switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', zh: '中文', ru: 'Русский', fr: 'Français', ar: 'العربية' };

type Strings = Record<string, string>;
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Strings }>> = {
  zh: () => import('./zh.json'),
  ru: () => import('./ru.json'),
  fr: () => import('./fr.json'),
  ar: () => import('./ar.json'),
};

const STORAGE_KEY = 'rogatory.locale';
let current: Locale = 'en';
let strings: Strings = en;
const listeners = new Set<() => void>();

export function locale(): Locale {
  return current;
}

export function isRtl(l: Locale = current): boolean {
  return l === 'ar';
}

/** The saved choice, else the first of the browser's languages we have, else English. */
export function preferredLocale(): Locale {
  const saved = safeStorage()?.getItem(STORAGE_KEY);
  if (saved && (LOCALES as readonly string[]).includes(saved)) return saved as Locale;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if ((LOCALES as readonly string[]).includes(base ?? '')) return base as Locale;
  }
  return 'en';
}

export async function setLocale(l: Locale, persist = false): Promise<void> {
  strings = l === 'en' ? en : { ...en, ...(await loaders[l]()).default };
  current = l;
  if (persist) safeStorage()?.setItem(STORAGE_KEY, l);
  const html = document.documentElement;
  html.lang = l;
  // The whole layout mirrors from this one attribute: the stylesheet uses logical properties only.
  html.dir = isRtl(l) ? 'rtl' : 'ltr';
  for (const listener of listeners) listener();
}

export function onLocaleChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The string for `key`, with `{name}` placeholders filled; the key itself if it is missing everywhere. */
export function t(key: string, params?: Record<string, string | number>): string {
  const template = strings[key] ?? (en as Strings)[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    const text = typeof value === 'number' ? formatNumber(value) : value;
    // Arabic: each parameter (a Latin name, a number, a date) keeps its own direction inside the
    // sentence, U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE, as the engine's say() does;
    // so "Microsoft." keeps its full stop at the sentence's end (the left), not beside the name.
    return isRtl() && text !== '' && !/^\u2068[^]*\u2069$/.test(text) ? `\u2068${text}\u2069` : text;
  });
}

/** Whether a key exists (to fall back to a raw engine name when a label is not translated). */
export function has(key: string): boolean {
  return key in strings || key in en;
}

export function formatNumber(n: number): string {
  // Latin digits everywhere, so that days and article numbers read the same as in the cited sources.
  return new Intl.NumberFormat(`${current}-u-nu-latn`, { maximumFractionDigits: 1 }).format(n);
}

/** Fill every element marked data-i18n (text) or data-i18n-label (aria-label) under root. */
export function translateStatic(root: ParentNode = document): void {
  root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
    el.textContent = t(el.dataset.i18n!);
  });
  root.querySelectorAll<HTMLElement>('[data-i18n-label]').forEach((el) => {
    el.setAttribute('aria-label', t(el.dataset.i18nLabel!));
  });
}

/** localStorage can throw (private windows, disabled storage): a choice that cannot be kept is still made. */
function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
