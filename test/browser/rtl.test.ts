import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ready, screenshot, sharedStage, openAt } from './harness.ts';

const stage = sharedStage();

const box = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => {
  const r = el.getBoundingClientRect();
  return { left: r.left, right: r.right, width: r.width };
});

describe('the interface languages', () => {
  it('Chinese, Russian and French are chosen from the browser language, left to right', async () => {
    const headings: Record<string, string> = { 'zh-CN': '案例库', 'ru-RU': 'Библиотека сценариев', 'fr-FR': 'Bibliothèque de scénarios' };
    for (const [locale, heading] of Object.entries(headings)) {
      const { page, context, errors } = await openAt(stage, 'library', { locale });
      expect(await page.locator('main h1').textContent()).toBe(heading);
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([locale.slice(0, 2), 'ltr']);
      // Scenario titles are translated: the first card's is in the page's script (French shares the Latin one).
      if (locale !== 'fr-FR') expect(await page.locator('.card-title').first().textContent()).toMatch(locale === 'zh-CN' ? /[\u4e00-\u9fff]/ : /[\u0400-\u04FF]/);
      expect(errors).toEqual([]);
      await context.close();
    }
  }, 60_000);
});

describe('the Arabic interface', () => {
  it('is chosen from the browser language, lays out right to left, and the switch persists', async () => {
    const { page, errors } = await openAt(stage, 'library', { locale: 'ar-EG' });
    const html = await page.evaluate(() => ({
      dir: document.documentElement.dir, lang: document.documentElement.lang,
      direction: getComputedStyle(document.body).direction, width: document.documentElement.clientWidth,
    }));
    expect(html).toMatchObject({ dir: 'rtl', lang: 'ar', direction: 'rtl' });
    expect(await page.locator('h1').first().textContent()).toBe('مكتبة السيناريوهات');

    // Start-aligned things sit on the right: the brand, the page heading, the first card's accent border.
    const brand = await box(page, '.brand');
    expect(html.width - brand.right).toBeLessThan(40);
    expect(brand.left).toBeGreaterThan(html.width / 2);
    const heading = await box(page, 'main h1');
    expect(await page.locator('main h1').evaluate((el) => getComputedStyle(el).textAlign)).toBe('start');
    const headingText = await page.locator('main h1').evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getBoundingClientRect();
    });
    expect(heading.right - headingText.right).toBeLessThan(2);
    expect(headingText.left).toBeGreaterThan(html.width / 3);
    // The search label comes first, so it is to the right of its box.
    const label = await box(page, '.search label');
    const input = await box(page, '.search input');
    expect(label.left).toBeGreaterThan(input.right);
    // The card's start border (the accent) is on the right.
    const border = await page.locator('.card article').first().evaluate((el) => ({
      right: getComputedStyle(el).borderRightWidth, left: getComputedStyle(el).borderLeftWidth,
    }));
    expect(border).toEqual({ right: '8px', left: '2px' });
    await screenshot(page, '20-arabic-library');

    // The console mirrors too: the controls column is on the left, the statechart flows from the right.
    await page.locator('li.card').first().getByRole('button').first().click();
    await ready(page, 'console');
    const chart = await box(page, '.stage');
    const side = await box(page, '.side');
    expect(side.right).toBeLessThanOrEqual(chart.left);
    // In English the final state "Withdrawn" is drawn to the right of "Intake"; in Arabic to its left.
    const x = (label: string) => page.locator('.sc-node').filter({ hasText: label }).first().evaluate((el) => el.getBoundingClientRect().left);
    expect(await x('مسحوب')).toBeLessThan(await x('الاستقبال'));
    const cluster = await page.locator('.sc-cluster.depth-0').first().evaluate((el) => {
      const rect = el.querySelector('rect')!.getBoundingClientRect();
      const label = el.querySelector('text')!.getBoundingClientRect();
      return { rectRight: rect.right, labelRight: label.right, rectLeft: rect.left };
    });
    expect(cluster.rectRight - cluster.labelRight).toBeLessThan(20);
    await screenshot(page, '21-arabic-walkthrough');

    // Switching to English turns the page back, and the choice survives a reload.
    await page.getByLabel('اللغة').selectOption('en');
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await page.reload();
    await ready(page, 'console');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr']);
    expect(errors).toEqual([]);
  }, 60_000);
});
