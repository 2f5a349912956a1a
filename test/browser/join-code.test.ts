import { afterEach, describe, expect, it } from 'vitest';
import { Cleanup, openAt, ready, SCREENS, sharedStage } from './harness.ts';

/**
 * The join code is seen as one word and heard letter by letter, in English letters whatever the
 * page's language (issue 18: in Arabic it was read as one word).
 */
const stage = sharedStage();
const contexts = new Cleanup();
afterEach(() => contexts.run(), 30_000);

describe('the join code', () => {
  for (const { lang, locale } of [{ lang: 'en', locale: 'en-GB' }, { lang: 'ar', locale: 'ar-EG' }, { lang: 'zh', locale: 'zh-CN' }]) {
    it(`is read as separate characters, in English letters, on the console and the presenter (${lang})`, async () => {
      const { page, context, errors } = await openAt(stage, 'library', { locale, viewport: SCREENS[1].viewport });
      contexts.add(() => context.close());
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await page.locator('li.card').filter({ has: page.locator('#card-blocking-statute-mlat') }).locator('button.act-classroom').click();
      await ready(page, 'console');
      const id = page.url().split('/').pop()!;
      const presenter = await context.newPage();
      await presenter.setViewportSize(SCREENS[2].viewport);
      await presenter.goto(`${stage.server.url}/#/present/${id}`);
      await ready(presenter, 'presenter');

      for (const screen of [page, presenter]) {
        const seen = screen.locator('.join-code .code-text');
        const code = (await seen.textContent())!;
        expect(code).toMatch(/^[A-Z0-9]{4,12}$/);
        expect(await seen.isVisible()).toBe(true);
        // What assistive technology reads: each character apart, and not the code as one word.
        const tree = await screen.locator('section.join-code').ariaSnapshot();
        const lines = tree.split('\n').map((line) => line.trim());
        expect(lines).toContain(`- paragraph: ${[...code].join(', ')}`);
        expect(lines).not.toContain(`- paragraph: ${code}`);
        // Said in English: the nearest language mark over the spoken code is English on every page.
        expect(await screen.locator('.join-code .code-spoken').evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('en');
      }
      expect(errors).toEqual([]);
    }, 60_000);
  }
});
