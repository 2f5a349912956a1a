import { describe, expect, it } from 'vitest';
import { openAt, screenshot, sharedStage } from './harness.ts';

const stage = sharedStage();
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };
const PROJECTOR = { width: 1920, height: 1080 };

/**
 * The atlas asks its question about an offence: a convention that serves only some offences (as
 * UNTOC art. 18 serves organised crime) opens cells only when the question names one of them.
 * China and India have no treaty in the built-in world, so both directions go by letters rogatory.
 */
describe('the atlas and offence-scoped instruments', () => {
  for (const viewport of [PHONE, LAPTOP, PROJECTOR]) {
    it(`opens a scoped convention's cells only for its offence, at ${viewport.width}×${viewport.height}`, async () => {
      const { page, errors } = await openAt(stage, 'atlas', { path: '/#/atlas', viewport });
      // The table of states against states is the second view, beside the map.
      await page.getByRole('button', { name: 'Table' }).click();
      await expect.poll(() => page.locator('.atlas-table tbody tr').count(), { timeout: 30_000 }).toBe(49);
      const summary = page.locator('.atlas-summary');
      // The question's select, not the hypothetical instrument's "Offences it serves".
      const offence = page.getByRole('combobox', { name: /^Offence(?!s)/ });
      expect(await offence.inputValue()).toBe('');

      await page.getByLabel('Parties (choose two or more)').selectOption(['CN', 'IN']);
      await page.getByLabel(/^Kind(?! of rule)/).selectOption('mlat');
      await page.getByLabel('Offences it serves').selectOption({ label: 'drug trafficking' });
      await page.getByLabel('Median days').fill('200');
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await expect.poll(() => page.locator('.added-list li').textContent(), { timeout: 30_000 }).toContain('CN, IN, drug trafficking, 200 d');
      // The question states no offence: the convention serves nothing, no cell moves.
      expect(await summary.textContent()).toBe('No cell differs from the world as it stands.');

      await offence.selectOption({ label: 'drug trafficking' });
      await expect.poll(() => summary.textContent(), { timeout: 30_000 }).toBe('2 cells change: 2 faster, 0 slower.');
      expect(await page.locator('td.cell-changed').allTextContents()).toEqual([expect.stringMatching(/^M 200 \(−\d+\)$/), expect.stringMatching(/^M 200 \(−\d+\)$/)]);

      await offence.selectOption({ label: 'corruption' });
      await expect.poll(() => summary.textContent(), { timeout: 30_000 }).toBe('No cell differs from the world as it stands.');

      const fit = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        width: window.innerWidth,
        controls: Math.max(...[...document.querySelectorAll('.atlas-controls select')].map((e) => e.getBoundingClientRect().right)),
      }));
      expect(fit.scroll).toBeLessThanOrEqual(fit.width);
      expect(fit.controls).toBeLessThanOrEqual(fit.width);
      await screenshot(page, `42-atlas-offence-${viewport.width}`);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 90_000);
  }
});
