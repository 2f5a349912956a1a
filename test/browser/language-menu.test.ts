import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openAt, SCREENS, screenshot, sharedStage } from './harness.ts';

/** The language menu changes the page only when the choice is confirmed (issue 18). */
const stage = sharedStage();

const pageLanguage = (page: Page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

/** Mark the page's heading: a page drawn again in another language loses the mark. */
const markHeading = (page: Page) => page.locator('main h1').evaluate((h) => { h.dataset.probe = 'first drawing'; });
const headingStillFirst = (page: Page) => page.locator('main h1[data-probe]').count();

describe('the language menu', () => {
  for (const { name, viewport } of SCREENS) {
    it(`on a ${name}, moves with the arrow keys without redrawing, and applies on Enter`, async () => {
      const { page, context, errors } = await openAt(stage, 'library', { viewport });
      await markHeading(page);
      const menu = page.getByLabel('Language');
      await menu.focus();
      // English → 中文 → Русский → Français → العربية: four keys, no redraw on the way.
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
      expect(await menu.inputValue()).toBe('ar');
      expect(await pageLanguage(page)).toEqual(['en', 'ltr']);
      expect(await headingStillFirst(page)).toBe(1);
      expect(await page.locator('main h1').textContent()).toBe('Scenario library');
      // The choice waits, and says how to confirm it.
      const apply = page.getByRole('button', { name: 'Apply language' });
      expect(await apply.isVisible()).toBe(true);
      expect(await menu.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')!)?.textContent)).toBe('Choose with the arrow keys, then press Enter.');
      await screenshot(page, `lang-menu-waiting-${name}`);
      await menu.focus(); // the screenshot blurs it

      await page.keyboard.press('Enter');
      await expect.poll(() => pageLanguage(page)).toEqual(['ar', 'rtl']);
      await expect.poll(() => page.locator('main h1').textContent()).toBe('مكتبة السيناريوهات');
      // The menu keeps the focus, and the choice is confirmed: nothing waits any more.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('lang');
      expect(await page.locator('.lang-apply').isVisible()).toBe(false);
      expect(errors).toEqual([]);
      await context.close();
    }, 60_000);
  }

  it('applies a waiting choice with its button, and Escape puts back the language in use', async () => {
    const { page, context, errors } = await openAt(stage, 'library', { viewport: SCREENS[1].viewport });
    const menu = page.getByLabel('Language');
    await menu.focus();
    await page.keyboard.press('ArrowDown');
    expect(await menu.inputValue()).toBe('zh');
    await page.keyboard.press('Escape');
    expect(await menu.inputValue()).toBe('en');
    expect(await page.locator('.lang-apply').isVisible()).toBe(false);
    expect(await pageLanguage(page)).toEqual(['en', 'ltr']);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('lang-apply');
    expect(await page.locator('main h1').textContent()).toBe('Scenario library');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Библиотека сценариев');
    expect(await pageLanguage(page)).toEqual(['ru', 'ltr']);
    // Back on the menu, with the button gone (its place in the bar is free again).
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lang');
    expect(await page.locator('.lang-apply').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('applies a choice made with the pointer at once', async () => {
    const { page, context, errors } = await openAt(stage, 'library', { viewport: SCREENS[1].viewport });
    const menu = page.getByLabel('Language');
    // A pointer opens the browser's own list (pointerdown) and picks from it: the pick is the confirmation.
    await menu.dispatchEvent('pointerdown');
    await menu.selectOption('fr');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Bibliothèque de scénarios');
    expect(await pageLanguage(page)).toEqual(['fr', 'ltr']);
    expect(await page.locator('.lang-apply').isVisible()).toBe(false);
    // Kept for the next visit.
    await page.reload();
    await expect.poll(() => pageLanguage(page)).toEqual(['fr', 'ltr']);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
