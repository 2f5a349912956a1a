import { describe, expect, it } from 'vitest';
import { openAt, ready, screenshot, SCREENS, sharedStage } from './harness.ts';

const stage = sharedStage();

/** The atlas's what-if reaches a state's own law (issue 14, item 4): rules to add, rules and orders to drop. */
describe('the atlas what-if with rules', () => {
  for (const { name, viewport } of SCREENS) {
    it(`adds a hypothetical rule and drops one, each named in the differences and kept in the link (${name})`, async () => {
      const { page, errors } = await openAt(stage, 'atlas', { path: '/#/atlas', viewport });
      // France asks a provider in Ireland for content: the e-Evidence Regulation's direct order.
      await page.locator('select.atlas-requesting').selectOption('FR');
      await expect.poll(() => page.locator('[data-state="IE"]').getAttribute('aria-label'), { timeout: 30_000 }).toMatch(/^Ireland: direct request to the provider, \d+ days$/);
      const before = (await page.locator('[data-state="IE"]').getAttribute('aria-label'))!;
      // Ireland gets a blocking statute for content stored there, with no channel excepted.
      await page.getByRole('combobox', { name: 'State whose law it is' }).selectOption('IE');
      await page.getByLabel('Kind of rule').selectOption('blocking');
      await page.getByRole('button', { name: 'Add the rule' }).click();
      await expect.poll(() => page.locator('.added-rules li').textContent()).toContain('HYPOTHETICAL-RULE-1: Ireland, blocking statute');
      await expect.poll(() => page.locator('[data-state="IE"]').getAttribute('aria-label'), { timeout: 30_000 }).not.toBe(before);
      expect(await page.locator('[data-state="IE"]').getAttribute('aria-label')).not.toContain('direct request');
      const why = await page.locator('.atlas-whatif-differences li', { hasText: 'France → Ireland' }).textContent();
      expect(why).toMatch(/direct request to the provider \d+ days → /);
      // The added rule is named as the cause.
      expect(why).toContain('Because of HYPOTHETICAL-RULE-1');
      const url = page.url();
      expect(url).toMatch(/whatif=[\w-]+/);
      await screenshot(page, `atlas-rules-added-${viewport.width}`);

      // The link opens the same what-if, the added rule listed and removable.
      const other = await page.context().newPage();
      await other.goto(url);
      await ready(other, 'atlas');
      await expect.poll(() => other.locator('.added-rules li').textContent()).toContain('HYPOTHETICAL-RULE-1');
      await expect.poll(() => other.locator('[data-state="IE"]').getAttribute('aria-label'), { timeout: 30_000 }).toBe(await page.locator('[data-state="IE"]').getAttribute('aria-label'));
      await other.getByRole('button', { name: 'Remove HYPOTHETICAL-RULE-1' }).click();
      await expect.poll(() => other.locator('[data-state="IE"]').getAttribute('aria-label'), { timeout: 30_000 }).toBe(before);

      // The world's own rules and orders of the states shown are listed, each one can be dropped.
      const rules = other.locator('.rule-list label');
      expect(await rules.count()).toBeGreaterThan(0);
      const first = rules.first();
      const id = (await first.textContent())!.split(' · ')[0]!;
      await first.locator('input').uncheck();
      await expect.poll(() => other.url()).toMatch(/whatif=[\w-]+/);
      const third = await page.context().newPage();
      await third.goto(other.url());
      await ready(third, 'atlas');
      expect(await third.getByLabel(new RegExp(`^${id} · `)).isChecked()).toBe(false);
      expect(errors).toEqual([]);
    }, 120_000);
  }
});
