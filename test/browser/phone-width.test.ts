import { describe, expect, it } from 'vitest';
import { openPage, sharedStage } from './harness.ts';

const stage = sharedStage();
const PHONE = { width: 390, height: 844 };

/**
 * On a 390 px phone no page scrolls sideways: a long word in a heading ("Communications" in the
 * India-Meta case's title) wraps instead of running past the edge, in English and in Arabic.
 */
describe('pages fit a phone', () => {
  for (const locale of ['en-GB', 'ar']) {
    for (const [route, ready] of [['compare', 'compare'], ['explore', 'explore']] as const) {
      it(`the ${route} page of a case with a long word in its title is 390 px wide (${locale})`, async () => {
        const { context, page, errors } = await openPage(stage.browser, { viewport: PHONE, locale });
        await page.goto(`${stage.server.url}/#/${route}/india-meta-content-mlat-2021`);
        await page.waitForFunction((v) => document.documentElement.dataset.ready === v, ready, { timeout: 60_000 });
        expect(await page.locator('h1').first().textContent()).toMatch(/\S{12,}/);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
        const heading = await page.locator('h1').first().boundingBox();
        expect(heading!.x).toBeGreaterThanOrEqual(0);
        expect(heading!.x + heading!.width).toBeLessThanOrEqual(390);
        // Right to left, text running past the left edge does not widen the page: ask the heading itself.
        expect(await page.locator('h1').first().evaluate((h) => h.scrollWidth - h.clientWidth)).toBeLessThanOrEqual(0);
        expect(errors).toEqual([]);
        await context.close();
      }, 90_000);
    }
  }
});
