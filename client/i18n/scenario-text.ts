import { locale } from './index.ts';

/**
 * Scenario texts may carry translations beside the English original:
 * `translations: { fr: { title, summary, objectives } }`. What a language lacks falls back to the
 * original. The texts are the author's: callers set them with `.text()`, never as markup.
 */
export interface TranslatableText {
  title: string;
  summary: string;
  objectives: string[];
  translations?: Partial<Record<string, Partial<{ title: string; summary: string; objectives: string[]; debrief: string; phrases: Record<string, string> }>>>;
}

export function scenarioTitle(s: TranslatableText): string {
  return pick(s, 'title') ?? s.title;
}

export function scenarioSummary(s: TranslatableText): string {
  return pick(s, 'summary') ?? s.summary;
}

export function scenarioObjectives(s: TranslatableText): string[] {
  const translated = pick(s, 'objectives');
  return Array.isArray(translated) && translated.length === s.objectives.length ? translated : s.objectives;
}

/**
 * The language a scenario's field is shown in: the page's when the scenario translates it, else
 * the original's (scenarios are written in English). Set it as `lang` on the element, so that a
 * screen reader reads an untranslated English summary on an Arabic page with an English voice.
 */
export function scenarioLang(s: TranslatableText, field: 'title' | 'summary' | 'objectives'): string {
  return pick(s, field) !== undefined && (field !== 'objectives' || scenarioObjectives(s) !== s.objectives) ? locale() : 'en';
}

function pick<K extends 'title' | 'summary' | 'objectives'>(s: TranslatableText, field: K) {
  const translations = s.translations;
  if (!translations || typeof translations !== 'object') return undefined;
  const value = translations[locale()]?.[field];
  // Only strings (or lists of strings) are shown, whatever else a file may hold.
  if (field === 'objectives') return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
