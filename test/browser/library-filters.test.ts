import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ScenarioSummary } from '../../server/protocol.ts';
import { openAt, ready, screenshot, sharedStage, SCREENS } from './harness.ts';

const stage = sharedStage();

/** The library as the server lists it: the expected cards are computed from it, never written down. */
async function catalog(): Promise<Required<ScenarioSummary>[]> {
  const response = await fetch(`${stage.server.url}/api/scenarios`);
  return ((await response.json()) as { scenarios: Required<ScenarioSummary>[] }).scenarios;
}

/** The scenario ids of the cards shown, top to bottom. */
const shownIds = (page: Page) =>
  page.locator('li.card h2').evaluateAll((titles) => titles.map((h) => h.id.replace(/^card-/, '')));

const sorted = (ids: string[]) => [...ids].sort();

describe('library filters and sorting (issue 14, item 7)', () => {
  for (const { name, viewport } of SCREENS) {
    it(`filters by real or fictional, state, channel and outcome, sorts, and keeps it all in the address (${name})`, async () => {
      const all = await catalog();
      const { page, errors } = await openAt(stage, 'library', { viewport });
      const count = page.locator('#library-count');
      const expectShown = async (expected: Required<ScenarioSummary>[]) => {
        await expect.poll(async () => sorted(await shownIds(page))).toEqual(sorted(expected.map((s) => s.id)));
        expect(await count.textContent()).toBe(`${expected.length} of ${all.length} scenarios`);
      };
      await expectShown(all);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);

      // A phone folds the filters away under one line, so that the cards are in sight; wider screens show them.
      const more = page.locator('details.filter-more');
      expect(await more.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(name !== 'phone');
      if (name === 'phone') await page.getByText('Filter and sort the scenarios', { exact: true }).click();
      expect(await page.getByLabel('Cases').isVisible()).toBe(true);

      // Real cases only.
      const real = all.filter((s) => s.library.origin === 'real');
      expect(real.length).toBeGreaterThan(0);
      expect(real.length).toBeLessThan(all.length);
      await page.getByLabel('Cases').selectOption({ label: 'Real cases' });
      await expectShown(real);
      expect(new URL(page.url()).hash).toBe('#/?real=1');
      // The count is said politely, for those who cannot see the cards change.
      await expect.poll(() => page.locator('#announcer').textContent()).toBe(`${real.length} of ${all.length} scenarios`);

      // A state that requests in some real cases and is asked in others: the part it plays narrows the list.
      const plays = (s: ScenarioSummary, id: string, roles: string[]) => s.jurisdictions.some((j) => j.id === id && j.roles.some((r) => roles.includes(r)));
      const us = real.filter((s) => s.jurisdictions.some((j) => j.id === 'US'));
      const usRequesting = real.filter((s) => plays(s, 'US', ['requesting']));
      expect(usRequesting.length).toBeGreaterThan(0);
      expect(usRequesting.length).toBeLessThan(us.length);
      await page.getByLabel('Jurisdiction').selectOption('US');
      await expectShown(us);
      await page.getByLabel('Taking part as').selectOption({ label: 'the requesting state' });
      await expectShown(usRequesting);
      await page.getByLabel('Taking part as').selectOption('requested');
      await expectShown(real.filter((s) => plays(s, 'US', ['providerHome', 'dataLocation'])));
      expect(new URL(page.url()).hash).toBe('#/?real=1&state=US&as=requested');

      // The channel and the outcome of each one's deterministic run.
      await page.getByLabel('Jurisdiction').selectOption({ label: 'Any jurisdiction' });
      await page.getByLabel('Channel (deterministic run)').selectOption('mlat');
      const mlat = real.filter((s) => s.library.run?.channel === 'mlat');
      await expectShown(mlat);
      await page.getByLabel('Outcome (deterministic run)').selectOption('data-lost');
      const lost = mlat.filter((s) => s.library.run?.outcome === 'data-lost');
      expect(lost.length).toBeGreaterThan(0);
      await expectShown(lost);
      // A run that ended before any channel is a choice of its own.
      await page.getByLabel('Outcome (deterministic run)').selectOption({ label: 'Any outcome' });
      await page.getByLabel('Channel (deterministic run)').selectOption('none');
      const noChannel = real.filter((s) => s.library.run !== null && s.library.run.channel === null);
      expect(noChannel.length).toBeGreaterThan(0);
      await expectShown(noChannel);
      // Each card says where its run ends.
      for (const card of await page.locator('li.card .card-facts').allTextContents()) expect(card).toMatch(/^Real case · \d{4}-\d\d-\d\d · deterministic run: .* before any channel, day \d+$/);

      // Sorting: by days to the outcome, by request date, by title.
      await page.getByLabel('Channel (deterministic run)').selectOption({ label: 'Any channel' });
      await page.getByLabel('Sort by').selectOption('days');
      await expectShown(real);
      const byId = new Map(all.map((s) => [s.id, s]));
      const days = (await shownIds(page)).map((id) => byId.get(id)!.library.run?.days ?? Infinity);
      expect(days).toEqual([...days].sort((a, b) => a - b));
      expect(days[0]).toBeLessThan(days.at(-1)!);
      await page.getByLabel('Sort by').selectOption('date');
      await expect.poll(async () => (await shownIds(page)).map((id) => byId.get(id)!.library.date))
        .toEqual(real.map((s) => s.library.date).sort());
      await page.getByLabel('Sort by').selectOption('title');
      const titles = await page.locator('li.card h2').allTextContents();
      expect(titles).toEqual(await page.evaluate((list) => [...list].sort((a, b) => a.localeCompare(b)), titles));
      await page.getByLabel('Sort by').selectOption('days');

      const before = await shownIds(page);
      expect(new URL(page.url()).hash).toBe('#/?real=1&sort=days');

      // Back returns to the choices before, step by step, without loading the page again.
      await page.evaluate(() => { (window as unknown as { sameDocument: boolean }).sameDocument = true; });
      await page.goBack();
      await expect.poll(() => new URL(page.url()).hash).toBe('#/?real=1');
      await expect.poll(() => page.getByLabel('Sort by').inputValue()).toBe('title');
      await expect.poll(() => page.locator('li.card h2').allTextContents()).toEqual(titles);
      await page.goBack();
      await expect.poll(() => new URL(page.url()).hash).toBe('#/?real=1&sort=date');
      await expect.poll(() => page.getByLabel('Sort by').inputValue()).toBe('date');
      await expect.poll(async () => (await shownIds(page)).map((id) => byId.get(id)!.library.date))
        .toEqual(real.map((s) => s.library.date).sort());
      await page.goForward();
      await page.goForward();
      await expect.poll(() => page.getByLabel('Sort by').inputValue()).toBe('days');
      expect(await shownIds(page)).toEqual(before);
      expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

      // A reload, or the address shared, keeps the filters and the order.
      await page.reload();
      await ready(page, 'library');
      expect(await shownIds(page)).toEqual(before);
      expect(await page.getByLabel('Cases').inputValue()).toBe('real');
      expect(await page.getByLabel('Sort by').inputValue()).toBe('days');
      expect(await page.evaluate(() => window.scrollY)).toBe(0);

      // The controls fit the screen: nothing scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await screenshot(page, `library-filters-${name}`);

      // Clear: every scenario again, and an address without filters.
      await page.getByRole('button', { name: 'Clear filters' }).click();
      await expectShown(all);
      // Clearing the filters keeps the order the reader chose.
      expect(new URL(page.url()).hash).toBe('#/?sort=days');
      await expect(page.getByRole('button', { name: 'Clear filters' }).count()).resolves.toBe(0);
      expect(errors).toEqual([]);
    }, 60_000);
  }

  it('says so when nothing matches, and clears the filters from there (a shared link)', async () => {
    const all = await catalog();
    // A state that is in no invented scenario: the link asks for the invented scenarios that involve it.
    const fictional = all.filter((s) => s.library.origin === 'fictional');
    const state = all.flatMap((s) => s.jurisdictions.map((j) => j.id))
      .find((id) => !fictional.some((s) => s.jurisdictions.some((j) => j.id === id)))!;
    expect(state).toBeDefined();
    const { page, errors } = await openAt(stage, 'library', { path: `/#/?real=0&state=${state}&q=zzz`, viewport: { width: 390, height: 844 } });
    expect(await page.locator('li.card').count()).toBe(0);
    expect(await page.locator('#library-count').textContent()).toBe(`0 of ${all.length} scenarios`);
    await expect.poll(() => page.getByText('No scenario matches these filters.').isVisible()).toBe(true);
    expect(await page.getByLabel('Search scenarios').inputValue()).toBe('zzz');
    // The empty list's own button (the filter bar has one too).
    await page.locator('.library-empty').getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.locator('li.card').count()).toBe(all.length);
    expect(await page.getByText('No scenario matches these filters.').isVisible()).toBe(false);
    expect(await page.getByLabel('Search scenarios').inputValue()).toBe('');
    expect(await page.getByLabel('Jurisdiction').inputValue()).toBe('');
    expect(new URL(page.url()).hash).toBe('#/');
    // Typing a search keeps it in the address too, without a step per key for the back button.
    await page.getByLabel('Search scenarios').fill('Ireland');
    await expect.poll(() => new URL(page.url()).hash).toBe('#/?q=Ireland');
    // The search reads the card's words: title, summary, objectives, the jurisdictions' names and ids.
    const words = (s: ScenarioSummary) => [s.id, s.title, s.summary, ...s.objectives, ...s.jurisdictions.map((j) => `${j.name} ${j.id}`)].join(' ').toLowerCase();
    const ireland = all.filter((s) => words(s).includes('ireland'));
    expect(ireland.length).toBeGreaterThan(0);
    await expect.poll(async () => sorted(await shownIds(page))).toEqual(sorted(ireland.map((s) => s.id)));
    // Each key replaced the address rather than adding a step: back leaves the library's cleared state behind.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#/?real=0&state=${state}&q=zzz`);
    expect(errors).toEqual([]);
  }, 60_000);
});
