import { describe, expect, it } from 'vitest';
import { openAt, openPage, ready, screenshot, sharedStage } from './harness.ts';

const stage = sharedStage();
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };
const PROJECTOR = { width: 1920, height: 1080 };

/**
 * The atlas is a map: a requesting state, the world coloured by the channel its request takes to a
 * provider in each state, said in words; the provider assumed is stated and can be a real one; every
 * state explains itself on focus; the date is compared with today, naming what changed each cell.
 */
describe('the atlas as a map', () => {
  for (const viewport of [PHONE, LAPTOP, PROJECTOR]) {
    it(`colours the world by channel, states its provider, explains a state on focus and compares a date with today, at ${viewport.width}×${viewport.height}`, async () => {
      const { page, errors } = await openAt(stage, 'atlas', { path: '/#/atlas', viewport });
      // India asks for content data from a provider that answers nobody directly, and says so.
      expect(await page.locator('.atlas-assumption').textContent()).toContain('answers no foreign authority directly');
      expect(await page.getByRole('combobox', { name: 'Provider asked' }).inputValue()).toBe('');
      expect(await page.locator('.atlas-state').count()).toBeGreaterThan(150);
      expect(await page.locator('.atlas-state.channel-mlat').count()).toBeGreaterThan(0);
      expect(await page.locator('.atlas-state.channel-rogatory').count()).toBeGreaterThan(0);
      expect(await page.locator('.atlas-map-legend').textContent()).toContain('mutual legal assistance (MLAT)');
      expect(await page.locator('.atlas-map-legend').textContent()).toContain('letters rogatory');

      // The United States: subscriber data by the US-India MLAT, 300 days, under the assumption...
      await page.locator('select.atlas-category').selectOption('subscriber');
      await expect.poll(() => page.locator('[data-state="US"]').getAttribute('aria-label'), { timeout: 30_000 }).toBe('United States: mutual legal assistance (MLAT), 300 days');
      // ...and directly in 10 days when the provider is Google, as a run says.
      await page.getByRole('combobox', { name: 'Provider asked' }).selectOption({ label: 'Google (Gmail, Drive)' });
      await expect.poll(() => page.locator('.atlas-assumption').textContent(), { timeout: 30_000 }).toContain('Google (Gmail, Drive), based in United States');
      await expect.poll(() => page.locator('[data-state="IN"]').getAttribute('aria-label'), { timeout: 30_000 }).toBe('India: direct request to the provider, 10 days');
      expect(await page.locator('[data-state="US"]').getAttribute('aria-label')).toContain('where Google (Gmail, Drive) is based');

      // Keyboard focus on a state explains it: channel, days, the engine's reason, the sources.
      await page.getByRole('combobox', { name: 'Provider asked' }).selectOption('');
      await page.locator('select.atlas-requesting').selectOption('FR');
      // Ireland is focused while the answer for content is still being computed: when it comes, the
      // map redraws under the focus and Ireland stays explained, now in the new category.
      await page.evaluate(() => {
        const select = document.querySelector<HTMLSelectElement>('select.atlas-category')!;
        select.value = 'content';
        select.dispatchEvent(new Event('change', { bubbles: true }));
        document.querySelector<SVGPathElement>('[data-state="IE"]')!.focus();
      });
      await expect.poll(() => page.locator('[data-state="IE"]').getAttribute('aria-label'), { timeout: 30_000 }).toBe('Ireland: direct request to the provider, 10 days');
      await ready(page, 'atlas');
      const explain = page.locator('.atlas-explain');
      expect(await explain.locator('h3').textContent()).toBe('France asks a provider in Ireland');
      expect(await explain.locator('dt.is-current').textContent()).toMatch(/^content: direct request to the provider, 10 days/);
      expect(await explain.textContent()).toContain('Ireland is notified of the order and has 10 days to raise a ground for refusal');
      expect(await explain.locator('.sources li').first().textContent()).toMatch(/^EU-E-EVIDENCE-2023-1543 .*Reg/);

      // A date before the e-Evidence Regulation applies, compared with today: the cell and its cause.
      await page.getByLabel('On the date').fill('2026-01-01');
      await page.getByLabel('On the date').dispatchEvent('change');
      const dated = page.locator('.atlas-date-differences');
      await expect.poll(() => dated.locator('h2').textContent(), { timeout: 30_000 }).toMatch(/^On 2026-01-01, compared with today \(\d{4}-\d{2}-\d{2}\)$/);
      const ireland = dated.locator('li', { hasText: 'France → Ireland' });
      // Today by the e-Evidence Regulation (its notification window: 10 days); on the date asked, by the MLAT.
      expect(await ireland.textContent()).toMatch(/^France → Ireland, content: direct request to the provider 10 days → mutual legal assistance \(MLAT\) 300 days\. Because of EU-E-EVIDENCE-2023-1543 \(.*\): Regulation \(EU\) 2023\/1543/);
      expect(await page.locator('[data-state="IE"]').getAttribute('class')).toContain('is-changed');

      // The table is still there, as the second view.
      await page.getByRole('button', { name: 'Table' }).click();
      await expect.poll(() => page.locator('.atlas-table tbody tr').count(), { timeout: 30_000 }).toBe(49);
      expect(await page.locator('.atlas-map').isVisible()).toBe(false);
      // A table cell explains itself on keyboard focus too.
      await page.locator('.atlas-table tbody tr', { hasText: 'China' }).first().locator('td').nth(1).focus();
      await expect.poll(() => page.locator('.atlas-explain h3').textContent(), { timeout: 30_000 }).toMatch(/^China asks a provider in /);
      expect(await page.locator('.atlas-explain').isVisible()).toBe(true);

      const fit = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(fit).toBeLessThanOrEqual(0);
      // Every visible control has a name.
      const unnamed = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('main button, main select, main input, main [role="button"]')]
        .filter((el) => el.getBoundingClientRect().width > 0 && !(el.getAttribute('aria-label') || (el as HTMLInputElement).labels?.[0]?.textContent?.trim() || el.textContent?.trim())).length);
      expect(unnamed).toBe(0);
      await page.getByRole('button', { name: 'Map' }).click();
      await ready(page, 'atlas');
      await screenshot(page, `43-atlas-map-${viewport.width}`);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 120_000);
  }

  it('keeps a what-if in the link: dropping an instrument writes the whatif parameter, and the link opens the same what-if', async () => {
    const { page, errors } = await openAt(stage, 'atlas', { path: '/#/atlas', viewport: LAPTOP });
    await page.locator('select.atlas-requesting').selectOption('US');
    await expect.poll(() => page.locator('[data-state="IE"]').getAttribute('aria-label'), { timeout: 30_000 }).toBe('Ireland: mutual legal assistance (MLAT), 300 days');
    await page.getByLabel(/^US-IE-MLAT/).uncheck();
    await expect.poll(() => page.locator('[data-state="IE"]').getAttribute('aria-label'), { timeout: 30_000 }).toBe('Ireland: letters rogatory, 540 days (changed (outlined))');
    // Coloured by days instead, the legend says how to read the shades.
    await page.locator('.atlas-colour select').selectOption('days');
    await expect.poll(() => page.locator('.atlas-map-legend').textContent(), { timeout: 30_000 }).toContain('pale: few days');
    expect(await page.locator('[data-state="IE"]').evaluate((e) => getComputedStyle(e).fill)).not.toBe(await page.locator('[data-state="JP"]').evaluate((e) => getComputedStyle(e).fill));
    const url = page.url();
    expect(url).toMatch(/#\/atlas\?from=US&colour=days&whatif=[\w-]+$/);
    expect(await page.locator('.atlas-whatif-differences li', { hasText: 'United States → Ireland' }).textContent()).toContain('Because of US-IE-MLAT');

    const other = await page.context().newPage();
    await other.goto(url);
    await ready(other, 'atlas');
    expect(await other.locator('select.atlas-requesting').inputValue()).toBe('US');
    expect(await other.locator('.atlas-colour select').inputValue()).toBe('days');
    await expect.poll(() => other.locator('[data-state="IE"]').getAttribute('aria-label'), { timeout: 30_000 }).toBe('Ireland: letters rogatory, 540 days (changed (outlined))');
    expect(await other.getByLabel(/^US-IE-MLAT/).isChecked()).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('keeps every choice of the question in the link: a fresh browser opening it asks the same question and gets the same answers', async () => {
    const { page, errors } = await openAt(stage, 'atlas', { path: '/#/atlas', viewport: LAPTOP });
    // The caption names the data once ("the content data data" was the user's trial).
    await page.locator('select.atlas-category').selectOption('subscriber');
    await expect.poll(() => page.locator('.atlas-map-reading').textContent(), { timeout: 30_000 }).toContain('where the provider and the subscriber data sit');
    await page.getByRole('combobox', { name: 'Provider asked' }).selectOption({ label: 'Meta (Facebook, Instagram, WhatsApp)' });
    const providerValue = 'meta';
    await page.getByLabel('On the date').fill('2020-01-01');
    await page.getByLabel('On the date').dispatchEvent('change');
    await expect.poll(() => page.locator('.atlas-map-reading').textContent(), { timeout: 30_000 }).not.toContain('data data');
    await page.getByLabel(/^US-IN-MLAT/).uncheck();
    await expect.poll(() => page.locator('.atlas-whatif-differences').count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => page.locator('html').getAttribute('data-ready'), { timeout: 30_000 }).toBe('atlas');
    const india = await page.locator('[data-state="IN"]').getAttribute('aria-label');
    const assumption = await page.locator('.atlas-assumption').textContent();
    const url = page.url();
    expect(url).toContain(`provider=${providerValue}`);
    expect(url).toContain('category=subscriber');
    expect(url).toContain('date=2020-01-01');

    // A fresh browser (its own context): the same provider, data, date, what-if and answers.
    const { context: fresh, page: other, errors: otherErrors } = await openPage(stage.browser, { viewport: LAPTOP });
    await other.goto(url);
    await ready(other, 'atlas');
    expect(await other.getByRole('combobox', { name: 'Provider asked' }).inputValue()).toBe(providerValue);
    expect(await other.locator('select.atlas-category').inputValue()).toBe('subscriber');
    expect(await other.getByLabel('On the date').inputValue()).toBe('2020-01-01');
    expect(await other.locator('.atlas-assumption').textContent()).toBe(assumption);
    expect(await other.locator('.atlas-assumption').textContent()).not.toContain('answers no foreign authority directly');
    await expect.poll(() => other.locator('[data-state="IN"]').getAttribute('aria-label'), { timeout: 30_000 }).toBe(india);

    // The table view and its rows are kept too.
    await other.getByRole('button', { name: 'Table' }).click();
    await other.locator('select.atlas-from').selectOption('europe');
    await expect.poll(() => other.url(), { timeout: 30_000 }).toContain('view=table');
    const third = await fresh.newPage();
    await third.goto(other.url());
    await ready(third, 'atlas');
    expect(await third.locator('.atlas-table').isVisible()).toBe(true);
    expect(await third.locator('select.atlas-from').inputValue()).toBe('europe');
    expect(errors).toEqual([]);
    expect(otherErrors).toEqual([]);
    await fresh.close();
    await page.context().close();
  }, 120_000);

  for (const viewport of [PHONE, LAPTOP, PROJECTOR]) {
    it(`makes the map one Tab stop, the arrow keys moving from state to state and explaining each (${viewport.width}×${viewport.height})`, async () => {
      const { page, errors } = await openAt(stage, 'atlas', { path: '/#/atlas', viewport });
      await expect.poll(() => page.locator('.atlas-state').count(), { timeout: 30_000 }).toBeGreaterThan(150);
      expect(await page.locator('.atlas-state[tabindex="0"]').count()).toBe(1);
      // The one Tab stop is the requesting state (India); Tab from it leaves the map at once.
      await page.locator('.atlas-state[tabindex="0"]').focus();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-state'))).toBe('IN');
      await page.keyboard.press('ArrowRight');
      const next = await page.evaluate(() => document.activeElement?.getAttribute('data-state'));
      expect(next).not.toBe('IN');
      await expect.poll(() => page.locator('.atlas-explain h3').textContent(), { timeout: 30_000 }).toMatch(/^India asks a provider in /);
      expect(await page.locator(`[data-state="${next}"]`).getAttribute('tabindex')).toBe('0');
      await page.keyboard.press('ArrowLeft');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-state'))).toBe('IN');
      await page.keyboard.press('End');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-state'))).not.toBe('IN');
      expect(await page.locator('.atlas-map-keys').textContent()).toContain('arrow keys');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.classList.contains('atlas-state'))).toBe(false);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 90_000);
  }
});
