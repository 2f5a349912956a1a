import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exploreScenario } from '../../machines/run/explore.ts';
import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';
import { loadScenarioFile } from '../../scenarios/load.ts';
import { openAt, openPage, screenshot, sharedStage, SCREENS } from './harness.ts';

const stage = sharedStage();

// A provider answers 70 % of this state's direct requests: two outcomes sampling reaches (direct,
// and MLAT after a direct request goes unanswered), and others only another decision reaches.
const ID = 'provider-practice-by-state';
const expected = exploreScenario(loadScenarioFile(`scenarios/fictional/${ID}.yaml`, BUILTIN_WORLD).scenario!);

/** The explorer page, waited for as long as exploring and sampling take on a busy machine. */
async function openExplorer(path: string, viewport: { width: number; height: number }, locale?: string) {
  const watched = await openPage(stage.browser, { viewport, ...(locale && { locale }) });
  await watched.page.goto(`${stage.server.url}${path}`);
  await watched.page.waitForFunction(() => document.documentElement.dataset.ready === 'explore', undefined, { timeout: 45_000 });
  return watched;
}

describe('the outcome explorer', () => {
  for (const { name, viewport } of SCREENS) {
    it(`draws every outcome with its probability and days, and a focused path shows its choices (${name})`, async () => {
      const { context, page, errors } = await openExplorer(`/#/explore/${ID}`, viewport);
      // Every outcome of the exploration is drawn, in the flow and in the list, with probability and days.
      const drawn = page.locator('svg.flow .flow-outcome');
      expect(await drawn.count()).toBe(expected.outcomes.length);
      for (const [k, o] of expected.outcomes.entries()) {
        const node = drawn.nth(k);
        expect(await node.getAttribute('data-outcome')).toBe(o.outcome);
        const figures = await node.locator('.flow-outcome-figures').textContent();
        expect(figures).toContain(o.days.min === o.days.max ? `${o.days.min} days` : `${o.days.min}–${o.days.max} days`);
        expect(figures).toMatch(o.probability > 0 ? /^(\d+(\.\d)?%|under 0\.1%) · / : /^0% · /);
      }
      // The direct request's own path takes 5 days; after a refused MLAT or letters rogatory it comes later.
      expect(await drawn.filter({ hasText: 'delivered via direct request to the provider' }).locator('.flow-outcome-figures').textContent()).toMatch(/^70% · 5(–\d+)? days$/);
      expect(await drawn.filter({ hasText: 'delivered via mutual legal assistance (MLAT)' }).locator('.flow-outcome-figures').textContent()).toMatch(/^30% · 300–305 days$/);
      // Under sampling the outcomes share all the runs: 100 %.
      const shares = await page.locator('.outcome-item').evaluateAll((items) => items.map((i) => Number((i as HTMLElement).dataset.probability)));
      expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      expect(await page.locator('.outcome-item .outcome-figures').allTextContents()).toHaveLength(expected.outcomes.length);

      // Keyboard: Tab onto the first path of the first outcome; its choices are listed, its links stand out.
      const first = page.locator('button.path-item').first();
      await first.focus();
      const index = Number(await first.getAttribute('data-path'));
      const path = expected.paths[index]!;
      await expect.poll(() => page.locator('.explore-choices h2').textContent()).toBe(`Choices on path ${index + 1}`);
      const lines = await page.locator('.choice-list li').allTextContents();
      expect(lines).toHaveLength(path.choices.length);
      expect(lines[0]).toContain('Send direct request');
      expect(lines[1]).toContain('The provider answers (its rate: 70%)');
      expect(await page.locator('svg.flow .flow-outcome.flow-on').count()).toBe(1);
      expect(await page.locator('svg.flow .flow-outcome.flow-on').getAttribute('data-outcome')).toBe(path.outcome);
      // Each path says how many choices it takes in words that fit any count (not "1 choices").
      const single = expected.paths.findIndex((p) => p.choices.length === 1);
      expect(single).toBeGreaterThanOrEqual(0);
      expect(await page.locator(`button.path-item[data-path="${single}"]`).textContent()).toMatch(/, choices: 1$/);
      for (const text of await page.locator('button.path-item').allTextContents()) expect(text).not.toMatch(/\b1 choices\b/);
      // The next path by Tab: the choices follow the focus.
      await page.keyboard.press('Tab');
      const next = Number(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.path));
      await expect.poll(() => page.locator('.explore-choices h2').textContent()).toBe(`Choices on path ${next + 1}`);
      expect(await page.locator('.choice-list li').count()).toBe(expected.paths[next]!.choices.length);

      // Days per channel from sampled runs: one histogram each, with its own p10/p50/p90.
      const channels = page.locator('.explore-days .hist-channel');
      expect(await channels.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.channel))).toEqual(['direct', 'mlat']);
      expect(await channels.nth(1).locator('.hist-channel-caption').textContent()).toMatch(/^mutual legal assistance \(MLAT\): delivered in [\d,]+ of 1,000 runs, median \d+ days \(p10 \d+, p90 \d+\)\.$/);
      expect(await channels.nth(1).locator('.hist-bar').count()).toBeGreaterThan(3);
      // No sideways scrolling of the page itself (the flow scrolls inside its own box).
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await screenshot(page, `explore-${name}`, true);
      expect(errors).toEqual([]);
      await context.close();
    }, 90_000);
  }

  it('is reached from the library card and from the comparison, and honours a date in the link', async () => {
    const { context, page, errors } = await openAt(stage, 'library');
    await page.getByLabel('Search scenarios').fill('answers one state directly');
    await page.getByRole('link', { name: /^Explore outcomes: / }).first().click();
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'explore', undefined, { timeout: 30_000 });
    expect(page.url()).toContain(`#/explore/${ID}`);
    await page.goto(`${stage.server.url}/#/compare/${ID}`);
    await page.getByRole('link', { name: 'Explore outcomes' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'explore', undefined, { timeout: 30_000 });
    expect(await page.locator('.explore-status').textContent()).toContain(`for a request made on ${expected.date}`);
    await page.goto(`${stage.server.url}/#/explore/${ID}?date=2019-06-01`);
    await expect.poll(() => page.locator('.explore-status').textContent(), { timeout: 30_000 }).toContain('for a request made on 2019-06-01');
    // A comparison asked on a date sends the explorer the same question.
    await page.goto(`${stage.server.url}/#/compare/${ID}?date=2019-06-01`);
    await page.getByRole('link', { name: 'Explore outcomes' }).click();
    await expect.poll(() => page.locator('.explore-status').textContent(), { timeout: 30_000 }).toContain('for a request made on 2019-06-01');
    expect(page.url()).toContain('?date=2019-06-01');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('explores the what-if in its link: an India-US agreement opens an agreement outcome, and the differences name it', async () => {
    const whatIf = readFileSync('scenarios/what-if/india-us-data-access-agreement.yaml', 'utf8');
    const encoded = Buffer.from(whatIf, 'utf8').toString('base64url');
    for (const { name, viewport } of SCREENS) {
      const { context, page, errors } = await openExplorer(`/#/explore/india-meta-content-mlat-2021?whatif=${encoded}`, viewport);
      // No "not applied" notice: the what-if is applied, and the form holds it.
      expect(await page.locator('.explore-whatif').count()).toBe(0);
      expect(await page.getByLabel('What-if (YAML overlay)').inputValue()).toBe(whatIf);
      const agreement = page.locator('.outcome-item[data-outcome="delivered"][data-channel="agreement"]');
      expect(await agreement.count()).toBe(1);
      expect(await page.locator('svg.flow .flow-outcome', { hasText: 'delivered via data-access agreement' }).count()).toBe(1);
      // Its days are real ones, not the endless probe's.
      expect(await agreement.locator('.outcome-figures').textContent()).toMatch(/ · \d{1,3}(–\d{1,3})? days$/);
      const differences = page.locator('.variant-differences');
      expect(await differences.isVisible()).toBe(true);
      expect(await differences.locator('.variant-compared').textContent()).toBe('Compared with no what-if:');
      expect(await differences.locator('li.difference[data-channel="agreement"] .difference-cause').textContent()).toContain('HYPOTHETICAL-IN-US-CLOUD');
      // The comparison link keeps the what-if.
      expect(await page.getByRole('link', { name: 'Compare regimes' }).getAttribute('href')).toContain(`whatif=${encoded}`);
      // No sideways scrolling of the page, long title included (the flow scrolls inside its own box).
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await screenshot(page, `explore-what-if-${name}`, true);
      expect(errors).toEqual([]);
      await context.close();
    }
  }, 240_000);

  it('in Arabic, decisions flow from right to left to outcomes named in Arabic', async () => {
    const { context, page, errors } = await openExplorer(`/#/explore/${ID}`, { width: 1366, height: 768 }, 'ar');
    const start = await page.locator('svg.flow .flow-node.by-start').boundingBox();
    const outcome = await page.locator('svg.flow .flow-outcome').first().boundingBox();
    expect(outcome!.x + outcome!.width).toBeLessThan(start!.x);
    expect(await page.locator('svg.flow .flow-outcome-name').first().textContent()).toBe('\u2068تم الحصول على البيانات\u2069 عبر \u2068طلب مباشر إلى مقدم الخدمة\u2069');
    // The words sit inside their box, not spilling out of it towards the edge.
    const words = await page.locator('svg.flow .flow-outcome-figures').first().boundingBox();
    expect(words!.x).toBeGreaterThanOrEqual(outcome!.x - 1);
    expect(words!.x + words!.width).toBeLessThanOrEqual(outcome!.x + outcome!.width + 1);
    await screenshot(page, 'explore-ar', true);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
