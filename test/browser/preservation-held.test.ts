import { describe, expect, it } from 'vitest';
import { openAt, ready, screenshot, sharedStage } from './harness.ts';

/**
 * Issue 11, part F: a preservation held pending the request. In the fictional
 * preservation-held-pending, the treaty keeps the data preserved past the preservation's term (day
 * 180) until the request is decided; the console says so while it lasts, and the request is
 * delivered on day 300 instead of the data being deleted on day 180.
 */
const stage = sharedStage();
const TITLE = 'A treaty that keeps the data preserved until the request is decided';
const SCREENS = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'laptop', viewport: { width: 1366, height: 768 } },
  { name: 'projector', viewport: { width: 1920, height: 1080 } },
];

describe('a preservation held pending the request', () => {
  for (const screen of SCREENS) {
    it(`on a ${screen.name}, the console shows the hold from day 180 and the treaty delivers on day 300`, async () => {
      const { page, errors } = await openAt(stage, 'library', { viewport: screen.viewport });
      await page.getByLabel('Search scenarios').fill(TITLE);
      await expect.poll(() => page.locator('li.card').count()).toBe(1);
      await page.getByRole('button', { name: new RegExp(`^Walk through: ${TITLE}`) }).click();
      await ready(page, 'console');

      await page.getByRole('button', { name: 'Send now: Choose MLAT' }).click();
      await expect.poll(() => page.locator('.f-state dd').textContent()).toBe('Drafting');
      const notes = page.locator('.status-notes');
      // Step through the treaty's stages and the extension until the preservation's term ends; each
      // step is awaited on the timeline before the notes are read, or a fast click would step past it.
      const steps = page.locator('.tl-item');
      for (let i = 0; i < 12 && !(await notes.textContent())!.includes('Preservation held pending the request'); i++) {
        const before = await steps.count();
        await page.locator('button.ctl-step').click();
        await expect.poll(() => steps.count()).toBeGreaterThan(before);
      }
      await expect.poll(() => notes.textContent()).toContain('Preservation held pending the request');
      expect(await page.locator('.f-day dd').textContent()).toBe('180');
      expect(await notes.textContent()).not.toContain('Data deleted');
      await expect.poll(() => page.locator('.tl-item').filter({ hasText: 'Preservation held pending the request' }).count()).toBeGreaterThan(0);
      await screenshot(page, `preservation-held-${screen.name}`);

      await page.getByLabel('Speed').selectOption('365');
      await page.getByRole('button', { name: /Play/ }).click();
      await expect.poll(() => page.locator('.f-outcome dd').textContent(), { timeout: 20_000 }).toContain('delivered');
      expect(await page.locator('.f-day dd').textContent()).toBe('300');
      expect(errors).toEqual([]);
    }, 60_000);
  }
});
