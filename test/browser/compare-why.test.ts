import { describe, expect, it } from 'vitest';
import { openPage, screenshot, sharedStage, SCREENS } from './harness.ts';

const stage = sharedStage();

async function openComparison(id: string, viewport: { width: number; height: number }, locale?: string) {
  const watched = await openPage(stage.browser, { viewport, ...(locale && { locale }) });
  await watched.page.goto(`${stage.server.url}/#/compare/${id}`);
  await watched.page.waitForFunction(() => document.documentElement.dataset.ready === 'compare', undefined, { timeout: 60_000 });
  return watched;
}

describe('the comparison says why, and gives days per channel', () => {
  for (const { name, viewport } of SCREENS) {
    it(`each regime's row says why it ends so, its sources listed once (${name})`, async () => {
      // Data in Cerulea, provider at home in Borealis's neighbour: the data-location doctrines go
      // through the treaty; provider control and the Union order meet Cerulea's objection.
      const { context, page, errors } = await openComparison('regime-data-location', viewport);
      const why = page.locator('.regime-table tbody td.why');
      expect(await why.count()).toBe(4);
      expect(await page.locator('.regime-table thead th').last().textContent()).toBe('Why');
      const reasons = await why.locator('.why-reason').allTextContents();
      expect(reasons[0]).toBe("BO-CE-MLAT binds Borealis and Cerulea; the request goes to the data's location (Cerulea).");
      expect(reasons[2]).toBe('Cerulea objected: the letters rogatory channel is closed under CE-LOCALISATION-7.');
      expect(await why.nth(2).locator('.why-cites').textContent()).toBe(' (CE-LOCALISATION-7)');
      // Each source once under the table, however many rows cite it.
      expect(await page.locator('.why-sources li').allTextContents()).toEqual([
        'BO-CE-MLAT: Borealis-Cerulea Mutual Legal Assistance Treaty (fictional)',
        'CE-LOCALISATION-7: Cerulea Data Localisation Law art.7 (fictional)',
      ]);
      // The why is in sight beside its row, not below the fold of a sideways-scrolled table.
      const box = await why.first().boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width + 1);
      await screenshot(page, `compare-why-${name}`, true);
      expect(errors).toEqual([]);
      await context.close();
    }, 90_000);
  }

  it('draws one histogram per channel that delivered, each with its own p10, p50 and p90, never one mixing them', async () => {
    const { context, page, errors } = await openComparison('provider-practice-by-state', { width: 1366, height: 768 });
    const contract = page.locator('.hist').first();
    const channels = contract.locator('.hist-channel');
    expect(await channels.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.channel))).toEqual(['direct', 'mlat']);
    const captions = await channels.locator('.hist-channel-caption').allTextContents();
    const figures = captions.map((c) => {
      const m = /delivered in ([\d,]+) of 1,000 runs, median (\d+) days \(p10 (\d+), p90 (\d+)\)/.exec(c)!;
      return { delivered: Number(m[1]!.replace(',', '')), p50: Number(m[2]), p10: Number(m[3]), p90: Number(m[4]) };
    });
    // The two channels' runs make up every delivered run; the direct answers' days all fall before the treaty's.
    expect(await contract.locator('figcaption').textContent()).toBe(`Delivered in 1,000 of 1,000 runs.`);
    expect(figures[0]!.delivered + figures[1]!.delivered).toBe(1000);
    expect(figures[0]!.p90).toBeLessThan(figures[1]!.p10);
    // Each chart marks its three percentiles.
    expect(await channels.first().locator('.hist-p50').count()).toBe(1);
    expect(await channels.first().locator('.hist-pct').count()).toBe(2);
    await screenshot(page, 'compare-why', true);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('says the why in Arabic beside right-to-left rows, the reasons in Arabic too', async () => {
    const { context, page, errors } = await openComparison('regime-data-location', { width: 390, height: 844 }, 'ar');
    expect(await page.locator('.regime-table thead th').last().textContent()).toBe('السبب');
    expect(await page.locator('.why-reason').first().getAttribute('lang')).not.toBe('en');
    expect(await page.locator('.why-reason').first().textContent()).toMatch(/[\u0600-\u06FF]/);
    expect(await page.locator('.hist-channel-caption').first().textContent()).toContain('سُلِّمت في');
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  const WITHDRAWN = {
    'en-GB': 'On day 10 the requesting authority withdrew the request. It followed: The provider did not answer the direct request by day 10: declined.',
    fr: 'Au jour 10, l’autorité requérante a retiré la demande. Auparavant : Le fournisseur de services n’avait pas répondu à la demande directe au jour 10 : elle est tenue pour déclinée.',
    ar: 'في اليوم \u206810\u2069 سحبت السلطة الطالبة الطلب. وقد جاء ذلك بعد: لم يرد مقدم الخدمة على الطلب المباشر بحلول اليوم \u206810\u2069: لم يُستجب للطلب.',
  } as const;
  for (const [locale, channel] of [['en-GB', 'none (withdrawn)'], ['fr', 'aucun (retirée)'], ['ar', 'لا قناة (\u2068مسحوب\u2069)']] as const) {
    it(`a withdrawn request says how it ended in the channel column and on which day it was withdrawn (${locale})`, async () => {
      const { context, page, errors } = await openComparison('skype-belgium-2012', { width: 390, height: 844 }, locale);
      const cells = page.locator('.regime-table tbody tr').first().locator('td');
      expect(await cells.nth(1).textContent()).toBe(channel);
      expect(await page.locator('.why-reason').first().textContent()).toBe(WITHDRAWN[locale]);
      expect(errors).toEqual([]);
      await context.close();
    }, 90_000);
  }
});
