import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, ready, sharedStage, openAt } from './harness.ts';

const stage = sharedStage();

const CONTROLS = 'a[href], button, select, input, [role="button"][tabindex]';

/** Every visible, enabled control on the page, marked so that Tab presses can be matched to it. */
async function controls(page: Page): Promise<{ id: string; name: string }[]> {
  return page.evaluate((selector) => {
    const out: { id: string; name: string }[] = [];
    document.querySelectorAll<HTMLElement>(selector).forEach((el, i) => {
      const box = el.getBoundingClientRect();
      const hidden = box.width === 0 || box.height === 0 || el.closest('[hidden]') || getComputedStyle(el).visibility === 'hidden';
      if (hidden || (el as HTMLButtonElement).disabled || el.getAttribute('tabindex') === '-1') return;
      el.dataset.a11y = String(i);
      const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      const name = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? labelled ?? el.textContent ?? '';
      out.push({ id: String(i), name: name.trim() });
    });
    return out;
  }, CONTROLS);
}

/**
 * Press Tab until every control has taken the focus or the page has been cycled through twice; the marks
 * of every element that took the focus. Twice, because Chromium starts Tab from where the focus last was
 * (a button the page has just replaced, say), not from the top: the first pass may begin mid-page and
 * spend a few presses outside the document before it wraps.
 */
async function tabThrough(page: Page, wanted: { id: string }[]): Promise<Set<string>> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const seen = new Set<string>();
  for (let i = 0; i < 2 * wanted.length + 10 && !wanted.every((c) => seen.has(c.id)); i++) {
    await page.keyboard.press('Tab');
    const mark = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.a11y ?? null);
    if (mark) seen.add(mark);
  }
  return seen;
}

describe('keyboard and screen readers', () => {
  it('every control of the library and of a walk-through console is reachable by Tab and has a name', async () => {
    const { page, errors } = await openAt(stage, 'library');
    await page.getByLabel('Search scenarios').fill('Microsoft Ireland (2013)');
    await expect.poll(() => page.locator('li.card').count()).toBe(1);
    let all = await controls(page);
    expect(all.length).toBeGreaterThan(8);
    expect(all.filter((c) => c.name === '')).toEqual([]);
    let reached = await tabThrough(page, all);
    expect(all.filter((c) => !reached.has(c.id))).toEqual([]);

    // Open the walk-through with the keyboard alone.
    await page.getByRole('button', { name: /^Walk through: Microsoft Ireland/ }).focus();
    await page.keyboard.press('Enter');
    await ready(page, 'console');
    await expect.poll(() => page.locator('[role="button"].sc-edge-label').count()).toBeGreaterThan(2);
    all = await controls(page);
    expect(all.length).toBeGreaterThan(15);
    expect(all.filter((c) => c.name === '')).toEqual([]);
    reached = await tabThrough(page, all);
    expect(all.filter((c) => !reached.has(c.id))).toEqual([]);
    // The statechart's buttons are exposed to assistive technology (the chart is a group, not an image).
    expect(await page.locator('svg.sc').getAttribute('role')).toBe('group');
    // Space works like Enter on them.
    await page.getByRole('button', { name: 'Send now: Choose MLAT' }).focus();
    await page.keyboard.press(' ');
    await expect.poll(() => page.locator('.f-state dd').textContent()).toBe('Drafting');
    // A live region reports what happened.
    await expect.poll(() => page.locator('#announcer').textContent()).toContain('Drafting');
    expect(errors).toEqual([]);
  }, 60_000);

  it('every control of the outcome explorer is reachable by Tab and has a name; the drawing is described in text beside it', async () => {
    const { page, errors } = await openPage(stage.browser);
    await page.goto(`${stage.server.url}/#/explore/provider-practice-by-state`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'explore', undefined, { timeout: 45_000 });
    const all = await controls(page);
    expect(all.length).toBeGreaterThan(20);
    expect(all.filter((c) => c.name === '')).toEqual([]);
    const reached = await tabThrough(page, all);
    expect(all.filter((c) => !reached.has(c.id))).toEqual([]);
    // The flow is a picture for the eye; the list of outcomes and paths says it for everyone.
    expect(await page.locator('svg.flow').getAttribute('aria-hidden')).toBe('true');
    expect(await page.locator('.outcome-item').count()).toBe(await page.locator('svg.flow .flow-outcome').count());
    expect(await page.locator('.explore-choices').getAttribute('aria-live')).toBe('polite');
    expect(errors).toEqual([]);
  }, 90_000);
});
