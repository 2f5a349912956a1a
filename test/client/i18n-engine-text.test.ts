import { beforeAll, describe, expect, it } from 'vitest';

// The interface's language module sets <html lang dir>: a bare stand-in is enough outside a browser.
beforeAll(() => {
  (globalThis as { document?: unknown }).document ??= { documentElement: {} };
});

const i18n = () => import('../../client/i18n/index.ts');
const engine = () => import('../../client/i18n/engine-text.ts');
const states = () => import('../../client/i18n/states.ts');

describe('the client says engine texts and state names in the page\'s language (issue 15)', () => {
  it('names a real state by Intl.DisplayNames, a fictional one by its world or the scenario\'s phrase', async () => {
    const { setLocale } = await i18n();
    const { stateHere, stateNamesEverywhere, useScenario } = await states();
    await setLocale('zh');
    expect(stateHere('KZ', 'Kazakhstan')).toBe('哈萨克斯坦');
    // A classroom's AR is Arcadia, not Argentina.
    expect(stateHere('AR', 'Arcadia')).toBe('Arcadia');
    useScenario({ world: { jurisdictions: [{ id: 'CE', name: 'Cerulea' }] }, translations: { zh: { phrases: { Cerulea: '塞鲁利亚' } } } });
    expect(stateHere('CE')).toBe('塞鲁利亚');
    await setLocale('en');
    expect(stateHere('CE')).toBe('Cerulea');
    useScenario(null);
    expect(stateNamesEverywhere('KZ', 'Kazakhstan')).toEqual(expect.arrayContaining(['Kazakhstan', '哈萨克斯坦', 'Казахстан', 'Kazakhstan']));
    expect(stateNamesEverywhere('AR', 'Arcadia')).toEqual(['Arcadia']);
  });

  it('says a regime\'s texts by id, and its English field while the catalogue lacks the id', async () => {
    const { regimeText, textById, engineLang } = await engine();
    const regime = { name: 'no-such-regime', title: 'A title', summary: 'A summary.', effect: 'An effect.' };
    expect(regimeText(regime, 'summary')).toBe('A summary.');
    expect(textById('English', 'no.such.id')).toBe('English');
    expect(engineLang('no.such.id')).toBe('en');
  });

  it('an engine error says its message (.said) where the catalogue has it, else its English text', async () => {
    const { errorText } = await engine();
    expect(errorText(new Error('Plain.'))).toBe('Plain.');
    expect(errorText(Object.assign(new Error('Plain.'), { said: { id: 'no.such.id' } }))).toBe('Plain.');
  });

  it('isolates the parameters of an Arabic interface string (U+2068…U+2069), and only in Arabic', async () => {
    const { setLocale, t } = await i18n();
    await setLocale('ar');
    expect(t('join.youAre', { name: 'Alice' })).toBe('أنت \u2068Alice\u2069.');
    expect(t('library.count', { shown: 3, total: 41 })).toBe('\u20683\u2069 من أصل \u206841\u2069 سيناريو');
    await setLocale('fr');
    expect(t('join.youAre', { name: 'Alice' })).not.toContain('\u2068');
    await setLocale('en');
  });
});
