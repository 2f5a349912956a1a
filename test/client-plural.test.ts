import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCALES, setLocale, t } from '../client/i18n/index.ts';
import { daysLabel } from '../client/i18n/labels.ts';

// setLocale marks the page's language and direction on <html>; a bare stand-in is enough here.
(globalThis as { document?: unknown }).document ??= { documentElement: { lang: 'en', dir: 'ltr' } };
afterAll(() => setLocale('en'));

const ROOT = join(import.meta.dirname, '..');
const catalogue = (l: string) => JSON.parse(readFileSync(join(ROOT, 'client', 'i18n', `${l}.json`), 'utf8')) as Record<string, string>;

describe('a number of days reads right in every language (issue 14: no "1 days")', () => {
  it('each catalogue has a form for every plural category its language uses', () => {
    for (const l of LOCALES) {
      const strings = catalogue(l);
      for (const category of new Intl.PluralRules(l).resolvedOptions().pluralCategories) {
        expect(strings[`days.${category}`], `${l} days.${category}`).toContain('{days}');
      }
    }
  });

  it('picks the form by the language\'s rules', async () => {
    const expected: Record<string, [number, string][]> = {
      en: [[0, '0 days'], [1, '1 day'], [2, '2 days'], [300, '300 days']],
      fr: [[1, '1 jour'], [2, '2 jours'], [10, '10 jours']],
      ru: [[1, '1 день'], [3, '3 дня'], [5, '5 дней'], [21, '21 день'], [11, '11 дней']],
      ar: [[3, '\u20683\u2069 أيام'], [11, '\u206811\u2069 يومًا'], [100, '\u2068100\u2069 يوم']],
      zh: [[1, '1 天'], [30, '30 天']],
    };
    for (const [l, cases] of Object.entries(expected)) {
      await setLocale(l as (typeof LOCALES)[number]);
      for (const [n, text] of cases) expect(daysLabel(n), `${l} ${n}`).toBe(text);
    }
  });

  it('the explorer, the atlas and the before/after put the counted days into their sentences', async () => {
    await setLocale('en');
    expect(t('variant.open', { days: daysLabel(1) })).toBe('open, 1 day');
    expect(t('atlas.was', { channel: 'MLAT', days: daysLabel(1) })).toBe('(was MLAT, 1 day)');
    expect(t('explore.durationAtMost', { days: daysLabel(1) })).toBe('The stage takes at most 1 day');
    // No catalogue string counts days itself any more after a number placeholder ("{days} days");
    // a day's ordinal ("第 {days} 天", day 12) is not a count.
    for (const l of LOCALES) {
      const counted = Object.entries(catalogue(l)).filter(([key, text]) => !key.startsWith('days.') && /(?<!第 ?)\{days\}\s*(days|jours|дн|يوم|天)/.test(text));
      expect(counted.map(([key]) => key), l).toEqual([]);
    }
  });
});

describe('a state named in a sentence needs no article (issue 14)', () => {
  it('status lines name the state as a label, in every language that would need one', () => {
    const en = catalogue('en');
    expect(en['status.undecided']).toMatch(/\{name\}: its answer/);
    expect(en['status.awaiting']).toMatch(/: \{name\} \(/);
    for (const l of LOCALES) {
      // "the answer of {name}", "la réponse de {name}" would read "of United States", "de États-Unis".
      for (const key of ['status.undecided', 'status.awaiting']) expect(catalogue(l)[key], `${l} ${key}`).not.toMatch(/\b(of|de|from) \{name\}/);
    }
  });
});
