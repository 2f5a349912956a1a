import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, ready, screenshot, sharedStage } from './harness.ts';

const stage = sharedStage();
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };
const PROJECTOR = { width: 1920, height: 1080 };

/**
 * The comparison page, once its table is drawn: the runs under the variant. Its sampled histograms
 * (4,000 runs) come later, and are not what these tests look at.
 */
async function openCompare(path: string, viewport: { width: number; height: number }) {
  const watched = await openPage(stage.browser, { viewport });
  await watched.page.goto(`${stage.server.url}${path}`);
  await tableDrawn(watched.page);
  return watched;
}

async function tableDrawn(page: Page) {
  await page.locator('.regime-table tbody tr').first().waitFor({ timeout: 30_000 });
}

/** Applies the form: the link changes and the page is drawn again from it. */
async function apply(page: Page, hash: RegExp | string) {
  await page.getByRole('button', { name: 'Ask on this date and with this what-if' }).click({ timeout: 30_000 });
  if (typeof hash === 'string') await expect.poll(() => page.evaluate(() => location.hash)).toBe(hash);
  else await expect.poll(() => page.evaluate(() => location.hash)).toMatch(hash);
  await tableDrawn(page);
}

/** A real case: a UK order to Google under the UK-US Data Access Agreement, in force since 3 Oct 2022. */
const UK_ORDER = '/#/compare/uk-us-agreement-order';

describe('the comparison page on another date and under a what-if', () => {
  it('a UK order asked in 2021, before the UK-US agreement took effect, goes through the MLAT, and the difference names the agreement with its source', async () => {
    const { page, errors } = await openCompare(UK_ORDER, LAPTOP);
    const contract = page.locator('.regime-table tbody tr').first();
    expect(await contract.textContent()).toContain('data-access agreement');
    expect(await page.locator('.variant-differences').isHidden()).toBe(true);

    await page.getByLabel('Date of the request').fill('2021-06-01');
    await apply(page, '#/compare/uk-us-agreement-order?date=2021-06-01');
    await expect.poll(() => page.locator('.regime-table tbody tr').first().textContent()).toContain('mutual legal assistance (MLAT)');

    const differences = page.locator('.variant-differences');
    expect(await differences.locator('.variant-in-use').textContent()).toBe('Asked on 2021-06-01');
    expect(await differences.locator('.variant-compared').textContent()).toBe('Compared with the scenario\'s own date (2024-06-03):');
    const agreement = differences.locator('li.difference[data-channel="agreement"]');
    expect(await agreement.locator('.difference-channel').textContent()).toBe('data-access agreement: open, 6 days → closed');
    expect(await agreement.locator('.difference-after').textContent()).toContain('No data-access agreement binds United Kingdom and United States');
    const cause = await agreement.locator('.difference-cause').textContent();
    expect(cause).toMatch(/^Because of US-GB-CLOUD-2019 \(UK-US Agreement on Access to Electronic Data for the Purpose of Countering Serious Crime\)\. Source: Agreement signed 3 Oct 2019, in force 3 Oct 2022/);
    await screenshot(page, '60-compare-dated');
    expect(errors).toEqual([]);
  }, 120_000);

  it('a what-if with a mistake shows the error at its line and column; corrected, it drops the agreement, and the copied link reproduces it on a phone', async () => {
    const { context, page, errors } = await openCompare(UK_ORDER, LAPTOP);
    const whatIf = page.getByLabel('What-if (YAML overlay)');
    await whatIf.fill('title: Without the agreement\ndrop:\n  - US-GB-CLOUD-2018\n');
    await apply(page, /^#\/compare\/uk-us-agreement-order\?whatif=/);
    await expect.poll(() => page.locator('.variant-errors li').allTextContents()).toEqual([
      'what-if:3:5: drop[0]: unknown instrument, rule or order "US-GB-CLOUD-2018" (did you mean "US-GB-CLOUD-2019"?): only an entry of the built-in world or the scenario\'s world can be dropped',
    ]);
    expect(await page.getByLabel('What-if (YAML overlay)').getAttribute('aria-invalid')).toBe('true');
    // The page asks the scenario as written until the what-if can be read.
    expect(await page.locator('.regime-table tbody tr').first().textContent()).toContain('data-access agreement');

    const before = await page.evaluate(() => location.hash);
    await page.getByLabel('What-if (YAML overlay)').fill('title: Without the agreement\ndrop:\n  - US-GB-CLOUD-2019\n');
    await page.getByRole('button', { name: 'Ask on this date and with this what-if' }).click({ timeout: 30_000 });
    await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(before);
    await tableDrawn(page);
    await expect.poll(() => page.locator('.variant-in-use').textContent()).toBe('What-if: Without the agreement');
    expect(await page.locator('.variant-errors li').count()).toBe(0);
    expect(await page.locator('.variant-compared').textContent()).toBe('Compared with no what-if:');
    expect(await page.locator('.difference-cause').first().textContent()).toContain('Because of US-GB-CLOUD-2019 (UK-US Agreement');
    expect(await page.locator('.regime-table tbody tr').first().textContent()).toContain('mutual legal assistance (MLAT)');

    await page.getByLabel('Date of the request').fill('2023-03-01');
    await page.getByRole('button', { name: 'Copy link' }).click();
    const notice = (await page.locator('.variant-notice').textContent()) ?? '';
    const url = notice.replace(/^Link copied: /, '');
    expect(url).toMatch(/#\/compare\/uk-us-agreement-order\?date=2023-03-01&whatif=[\w-]+$/);
    await context.close();

    // Someone else opens the link on a phone: the same date, the same what-if, the same difference.
    const other = await openCompare(url.slice(stage.server.url.length), PHONE);
    expect(await other.page.getByLabel('Date of the request').inputValue()).toBe('2023-03-01');
    expect(await other.page.getByLabel('What-if (YAML overlay)').inputValue()).toBe('title: Without the agreement\ndrop:\n  - US-GB-CLOUD-2019\n');
    expect(await other.page.locator('.variant-in-use').textContent()).toBe('Asked on 2023-03-01 · What-if: Without the agreement');
    expect(await other.page.locator('li.difference[data-channel="agreement"] .difference-cause').textContent()).toContain('US-GB-CLOUD-2019');
    // Nothing of the form or the differences runs off the side of a phone: long sources and YAML wrap.
    const widest = await other.page.evaluate(() => Math.max(...[...document.querySelectorAll('.variant-form, .variant-form *, .variant-differences, .variant-differences *')].map((e) => e.getBoundingClientRect().right)));
    expect(widest).toBeLessThanOrEqual(PHONE.width);
    await screenshot(other.page, '61-compare-what-if-phone', true);
    expect([...errors, ...other.errors]).toEqual([]);
  }, 180_000);
});

describe('a walk-through on another date', () => {
  it('starts from the comparison page on the variant, shows it in the console, and the console starts another on a new date', async () => {
    const { page, errors } = await openCompare(`${UK_ORDER}?date=2021-06-01`, PROJECTOR);
    await page.getByRole('button', { name: 'Walk through on this date and with this what-if' }).click({ timeout: 30_000 });
    await ready(page, 'console');
    await expect.poll(() => page.locator('.variant-differences .variant-in-use').textContent()).toBe('Asked on 2021-06-01');
    expect(await page.locator('.variant-differences .difference-cause').first().textContent()).toContain('US-GB-CLOUD-2019');
    // The session itself asks on that date: the agreement is not among the choices.
    expect(await page.getByRole('button', { name: 'Send now: Choose MLAT' }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'Send now: Use the agreement' }).count()).toBe(0);
    await screenshot(page, '62-walkthrough-dated');
    const first = await page.evaluate(() => location.hash);

    await page.getByRole('button', { name: 'Walk through on another date or with a what-if' }).click();
    await page.locator('.p-variant').getByLabel('Date of the request').fill('2024-06-03');
    await page.locator('.p-variant').getByRole('button', { name: 'Walk through on this date and with this what-if' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(first);
    await ready(page, 'console');
    await expect.poll(() => page.locator('.variant-differences .variant-in-use').textContent()).toBe('Asked on 2024-06-03');
    expect(await page.locator('.variant-differences .no-difference').textContent()).toBe('No channel differs.');
    expect(await page.getByRole('button', { name: 'Send now: Use the agreement' }).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  }, 120_000);
});
