import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeFindings } from './axe.ts';
import { openAt, openPage, ready, screenshot, sharedStage, SCREENS } from './harness.ts';

const stage = sharedStage();

/** Where the keyboard is: the focused element, its accessible name, and whether it is in sight. */
interface Focus {
  tag: string;
  cls: string;
  key: string | null;
  name: string;
  inWindow: boolean;
}

function where(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', cls: '', key: null, name: '', inWindow: false };
    const labelled = el.getAttribute('aria-labelledby')?.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    const label = (el as HTMLInputElement).labels?.[0]?.textContent;
    const name = (el.getAttribute('aria-label') ?? labelled ?? label ?? el.textContent ?? '').trim();
    const box = el.getBoundingClientRect();
    const shown = el.checkVisibility({ visibilityProperty: true }) && box.width > 0 && box.height > 0;
    // In sight: some of it inside the window (a tall heading or paragraph may run past its edge).
    const inWindow = shown && box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth;
    return { tag: el.tagName.toLowerCase(), cls: el.getAttribute('class') ?? '', key: el.dataset.focusKey ?? null, name, inWindow };
  });
}

/** After an action: the focus is on something a person can see, that says what it is. */
async function focusIsUsable(page: Page, after: string): Promise<Focus> {
  const focus = await where(page);
  expect(focus.tag, `focus after ${after}`).not.toBe('body');
  expect(focus.name, `focused element's name after ${after}`).not.toBe('');
  expect(focus.inWindow, `focused element in the window after ${after}: ${JSON.stringify(focus)}`).toBe(true);
  return focus;
}

/**
 * Press Tab (Shift+Tab when `back`) until the focused element matches `selector` (and `name`, when
 * given): the control is reached with the keyboard, as a person would reach it.
 */
async function tabTo(page: Page, selector: string, name?: RegExp, back = false): Promise<void> {
  for (let i = 0; i < 400; i++) {
    const found = await page.evaluate(({ selector, name }) => {
      const el = document.activeElement;
      if (!el?.matches(selector)) return false;
      if (!name) return true;
      const words = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
      return new RegExp(name).test(words);
    }, { selector, name: name?.source });
    if (found) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  const there = await page.locator(selector).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? el.textContent));
  throw new Error(`Tab never reached ${selector} ${name ?? ''}; there are: ${there.join(' | ')}`);
}

/** How many inputs the console's session has logged (the REST log, as the debrief reads it). */
const logLength = (page: Page) => page.evaluate(async () => {
  const id = location.hash.split('/')[2];
  return ((await (await fetch(`/api/sessions/${id}/log`)).json()) as { inputs: unknown[] }).inputs.length;
});

const focusedKey = async (page: Page) => (await where(page)).key;

describe('a whole class from the keyboard alone (issue 18)', () => {
  for (const { name, viewport } of SCREENS) {
    it(`start, vote, close, step, inject, a chart choice, play, branch and export, the focus always on a visible named control (${name})`, async () => {
      const trainer = await openAt(stage, 'library', { viewport });
      const { page } = trainer;
      await page.getByRole('button', { name: /^Run a classroom session: A blocking statute/ }).focus();
      await page.keyboard.press('Enter');
      await ready(page, 'console');
      await focusIsUsable(page, 'opening the console');
      const code = (await page.locator('.code-text').textContent())!;

      // The trainer is on Start when someone joins: the join does not take the focus away.
      await tabTo(page, 'button.ctl-start');
      const learner = await openPage(stage.browser, { viewport: SCREENS[0].viewport });
      await learner.page.goto(`${stage.server.url}/#/join/${code}`);
      await learner.page.getByLabel('Your name').fill('Dana');
      await learner.page.keyboard.press('Enter');
      await ready(learner.page, 'participant');
      await expect.poll(() => page.locator('#participants-h').textContent()).toContain('1 online of 1');
      expect(await focusedKey(page)).toBe('start');

      // Start: Start hides, Play takes its place and the focus.
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('button.ctl-start').isHidden()).toBe(true);
      await expect.poll(() => focusedKey(page)).toBe('play');
      await focusIsUsable(page, 'Start');

      // Open the vote (the decisions are ticked by default): Close the vote takes the focus.
      await tabTo(page, 'button.ctl-open-vote');
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedKey(page)).toBe('vote-close');
      await focusIsUsable(page, 'Open the vote');
      expect(await axeFindings(page)).toEqual([]);
      await learner.page.getByRole('button', { name: 'Vote: Choose MLAT' }).focus();
      await learner.page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.votes .vote-status').textContent()).toContain('1 ballots');
      expect(await focusedKey(page)).toBe('vote-close');

      // Close it: the focus goes to the vote's result.
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedKey(page)).toBe('vote-result');
      expect((await focusIsUsable(page, 'Close the vote')).name).toContain('Choose MLAT won the vote and was applied');
      await expect.poll(() => page.locator('.f-channel dd').textContent()).toContain('mutual legal assistance');

      // Step (no decision waits now, so no question first): the focus stays on Step.
      await tabTo(page, 'button.ctl-step');
      const state = await page.locator('.f-state dd').textContent();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.f-state dd').textContent()).not.toBe(state);
      await focusIsUsable(page, 'Step');
      expect(await focusedKey(page)).toBe('step');

      // Inject: choose the event with the arrow keys, then Apply.
      await tabTo(page, 'select.ctl-inject');
      for (let i = 0; i < 10 && !/preservation/i.test(await page.locator('select.ctl-inject').evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text ?? '')); i++) {
        await page.keyboard.press('ArrowDown');
      }
      expect(await page.locator('select.ctl-inject').evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text)).toBe('Request preservation');
      await tabTo(page, 'button.ctl-apply');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.timeline').textContent()).toContain('Preservation requested');
      await focusIsUsable(page, 'Apply');

      // A choice on the statechart: the focus stays on that event's button if it is still offered,
      // else on the chart's heading, where the next choices follow.
      await tabTo(page, '.p-statechart [role="button"], .p-statechart button', /Request preservation/);
      const chosen = (await where(page)).name;
      const logged = await logLength(page);
      await page.keyboard.press('Enter');
      await expect.poll(() => logLength(page)).toBe(logged + 1);
      const afterChoice = await focusIsUsable(page, `the chart's "${chosen}"`);
      expect(await page.evaluate(() => document.activeElement?.closest('.p-statechart') !== null)).toBe(true);
      expect(afterChoice.name === chosen || afterChoice.key === 'statechart').toBe(true);
      expect(await axeFindings(page)).toEqual([]);

      // Play to the end: the focused control never leaves the window while the request moves.
      await tabTo(page, 'button.ctl-play');
      await page.keyboard.press('Enter');
      const seen: Focus[] = [];
      while (!/delivered|refused|lost|blocked/.test((await page.locator('.f-outcome dd').textContent().catch(() => '')) ?? '')) {
        seen.push(await where(page));
        if (seen.length > 400) throw new Error('the run did not end');
        await page.waitForTimeout(50);
      }
      seen.push(await where(page));
      expect(seen.length).toBeGreaterThan(3);
      expect(seen.filter((f) => f.tag === 'body' || !f.inWindow || f.name === '')).toEqual([]);
      await focusIsUsable(page, 'the run ended');

      // Branch after the first input: the new session's console opens, named by its heading.
      const first = page.url().split('/').pop();
      await tabTo(page, 'button.branch-here', /^Branch/);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.url().split('/').pop()).not.toBe(first);
      await ready(page, 'console');
      const landed = await focusIsUsable(page, 'Branch');
      expect(landed.name).toContain('A blocking statute');
      await expect.poll(() => learner.page.locator('.who').textContent()).toContain('Dana');

      // Export: to the debrief, then its Markdown.
      await tabTo(page, 'a.act-debrief');
      await page.keyboard.press('Enter');
      await ready(page, 'debrief');
      await tabTo(page, 'button', /^Export Markdown$/);
      const [markdown] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(readFileSync((await markdown.path())!, 'utf8')).toContain('# Debrief: A blocking statute');
      await focusIsUsable(page, 'Export Markdown');
      await screenshot(page, `keyboard-class-debrief-${name}`);
      expect([...trainer.errors, ...learner.errors]).toEqual([]);
      await learner.context.close();
      await trainer.context.close();
    }, 180_000);
  }
});
