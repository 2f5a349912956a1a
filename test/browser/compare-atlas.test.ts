import { describe, expect, it } from 'vitest';
import { screenshot, sharedStage, openAt } from './harness.ts';

const stage = sharedStage();

describe('comparison and atlas', () => {
  it('compares a scenario under every regime, with histograms of sampled days', async () => {
    const { page, errors } = await openAt(stage, 'compare', { path: '/#/compare/microsoft-ireland-cloud-act' });
    const rows = page.locator('.regime-table tbody tr');
    expect(await rows.count()).toBe(4);
    expect(await rows.locator('th').allTextContents()).toEqual(['Contract default (data location)', 'Location principle', 'Provider control', 'Order to a provider in the Union']);
    // Each doctrine in its own terms, under the same names, with its sources.
    const about = page.locator('.regimes-about details');
    expect(await about.locator('summary').allTextContents()).toEqual(['Location principle', 'Provider control', 'Order to a provider in the Union']);
    await about.first().locator('summary').click();
    expect(await about.first().textContent()).toContain("without the permission of that state's law");
    expect(await about.nth(1).locator('.sources li').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('King v. OVH')]));
    // Under provider control the US warrant reaches Microsoft at home: no treaty, no Irish consent.
    expect(await rows.nth(2).textContent()).toContain('delivered');
    expect(await page.locator('.hist').count()).toBe(4);
    expect(await page.locator('.hist figcaption').first().textContent()).toMatch(/^Delivered in [\d,]+ of 1,000 runs\./);
    expect(await page.locator('.hist-bar').count()).toBeGreaterThan(8);
    await screenshot(page, '40-compare', true);
    expect(errors).toEqual([]);
  }, 60_000);

  it('names each doctrine the same way in the table and in its own-terms section, in the reader\'s language, on a phone and a projector', async () => {
    for (const [locale, viewport, titles] of [
      ['fr', { width: 390, height: 844 }, ['Principe de localisation', 'Contrôle par le fournisseur', "Injonction à un fournisseur dans l'Union"]],
      ['ar', { width: 1920, height: 1080 }, ['مبدأ الموقع', 'سيطرة مقدم الخدمة', 'أمر إلى مقدم خدمة في الاتحاد الأوروبي']],
    ] as const) {
      const { context, page, errors } = await openAt(stage, 'compare', { path: '/#/compare/kazakhstan-google-location-principle', locale, viewport });
      expect((await page.locator('.regime-table tbody th').allTextContents()).slice(1)).toEqual(titles);
      expect(await page.locator('.regimes-about details summary').allTextContents()).toEqual(titles);
      expect(errors).toEqual([]);
      await context.close();
    }
  }, 90_000);

  it('shows which channel opens between the states of a region, one state against every state of another, and which cells move when a negotiator drops or adds an instrument', async () => {
    const { page, errors } = await openAt(stage, 'atlas', { path: '/#/atlas' });
    // The map comes first; the table of states against states is the second view.
    await page.getByRole('button', { name: 'Table' }).click();
    // Asia against Asia first: the whole world (195 x 195) is one choice away, not the default.
    await expect.poll(() => page.locator('.atlas-table tbody tr').count(), { timeout: 30_000 }).toBe(49);
    expect(await page.locator('.atlas-table tbody td').count()).toBe(49 * 49);
    expect(await page.locator('.atlas-summary').textContent()).toBe('No cell differs from the world as it stands.');

    // One requesting state reads as a list, one line per requested state.
    await page.getByLabel('Requesting states').selectOption('US');
    await page.getByLabel('Requested states').selectOption('europe');
    await expect.poll(() => page.locator('.atlas-table tbody tr').count(), { timeout: 30_000 }).toBe(43);
    expect(await page.locator('.atlas-table thead th').allTextContents()).toEqual(['Requested state', 'First channel, median days']);
    expect(await page.locator('.atlas-table tbody tr', { hasText: 'Ireland' }).locator('td').textContent()).toMatch(/^M \d+$/);

    // Drop the US-Ireland treaty: the United States' requests to Ireland fall back to letters rogatory.
    await page.getByLabel(/^US-IE-MLAT/).uncheck();
    await expect.poll(() => page.locator('.atlas-summary').textContent(), { timeout: 30_000 }).toBe('1 cell changes: 0 faster, 1 slower.');
    expect(await page.locator('td.cell-changed').first().textContent()).toMatch(/^R 540 \(\+\d+\)$/);
    await page.getByLabel(/^US-IE-MLAT/).check();
    // Only instruments that can move a shown cell are listed: two different parties, one on each side.
    expect(await page.locator('.atlas-instruments-shown').textContent()).toMatch(/^\d+ of \d+ instruments/);
    expect(await page.getByLabel(/^US-CN-MLAA-2000/).count()).toBe(0);
    // Every jurisdiction as requesting state, against one requested state.
    await page.getByLabel('Requesting states').selectOption('all');
    await page.getByLabel('Requested states').selectOption('IN');
    await expect.poll(() => page.locator('.atlas-table tbody tr').count(), { timeout: 30_000 }).toBe(195);
    await page.getByLabel('Requesting states').selectOption('asia');
    await page.getByLabel('Requested states').selectOption('asia');
    await expect.poll(() => page.locator('.atlas-table tbody tr').count(), { timeout: 30_000 }).toBe(49);

    // A hypothetical 30-day agreement between China and Kazakhstan makes both directions faster.
    await page.getByLabel('Parties (choose two or more)').selectOption(['CN', 'KZ']);
    await page.getByLabel(/^Kind(?! of rule)/).selectOption('agreement');
    await page.getByLabel('Median days').fill('30');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => page.locator('.atlas-summary').textContent(), { timeout: 30_000 }).toMatch(/^2 cells change: 2 faster, 0 slower\.$/);
    expect(await page.locator('td.cell-changed').allTextContents()).toEqual([expect.stringMatching(/^A 30 \(−\d+\)$/), expect.stringMatching(/^A 30 \(−\d+\)$/)]);
    await screenshot(page, '41-atlas', true);
    expect(errors).toEqual([]);
  }, 60_000);
});
