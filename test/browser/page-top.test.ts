import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openAt, openPage, ready, sharedStage, stepLettingPolicyDecide, SCREENS } from './harness.ts';

const stage = sharedStage();

/**
 * Where the page stands once it is drawn: watched over a few frames after the page says it is
 * ready, since late content (a timeline following its newest entry, a focus) is what scrolled before.
 */
async function settledScroll(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const seen: number[] = [];
    for (let i = 0; i < 12; i++) {
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 40)));
      seen.push(Math.round(window.scrollY));
    }
    return [...new Set(seen)];
  });
}

/** As harness.ready, with time for the pages that compute before they say so (the comparison samples each regime). */
const drawn = (page: Page, view: string) =>
  page.waitForFunction((v) => document.documentElement.dataset.ready === v, view, { timeout: 90_000 });

/** Scroll to the page's bottom, as a reader who has read it all; how far that went. */
const scrollToBottom = (page: Page) => page.evaluate(() => {
  window.scrollTo(0, document.documentElement.scrollHeight);
  return window.scrollY;
});

/**
 * The route opens at its top three ways: reached from a page scrolled to its bottom, reloaded after
 * scrolling it to its bottom, and opened fresh in another tab.
 */
async function opensAtTop(context: BrowserContext, page: Page, hash: string, view: string): Promise<void> {
  await scrollToBottom(page);
  await page.evaluate((h) => { location.hash = h; }, hash);
  await drawn(page, view);
  expect(await settledScroll(page), `${hash} reached by navigation`).toEqual([0]);

  await scrollToBottom(page);
  await page.reload();
  await drawn(page, view);
  expect(await settledScroll(page), `${hash} reloaded`).toEqual([0]);

  const fresh = await context.newPage();
  await fresh.goto(`${stage.server.url}/${hash}`);
  await drawn(fresh, view);
  expect(await settledScroll(fresh), `${hash} opened in a new tab`).toEqual([0]);
  await fresh.close();
}

describe('every page opens at its top (issue 14, item 7)', () => {
  for (const { name, viewport } of SCREENS) {
    it(`library, walk-through, compare, atlas, debrief, presenter and participant (${name})`, async () => {
      const trainer = await openAt(stage, 'library', { viewport });
      const { page, context } = trainer;
      expect(await settledScroll(page)).toEqual([0]);
      // The library is longer than any screen: a reload there used to come back where it was read.
      expect(await scrollToBottom(page)).toBeGreaterThan(0);
      await page.reload();
      await ready(page, 'library');
      expect(await settledScroll(page)).toEqual([0]);

      // A walk-through started from a card at the bottom of the library.
      await scrollToBottom(page);
      await page.getByRole('button', { name: /^Walk through: A blocking statute/ }).click();
      await ready(page, 'console');
      expect(await settledScroll(page)).toEqual([0]);
      const walk = new URL(page.url()).hash;
      // Stepped to its end, so that the timeline has entries to follow and the end's panels are drawn.
      const step = page.locator('button.ctl-step');
      for (let i = 0; i < 40 && (await step.isVisible()) && (await step.isEnabled()); i++) {
        // Each step is one input in the session's log (a step may only pass days, adding no timeline entry).
        const before = await page.locator('.history-item').count();
        await stepLettingPolicyDecide(page);
        await expect.poll(() => page.locator('.history-item').count()).toBeGreaterThan(before);
      }
      expect((await step.isVisible()) && (await step.isEnabled()), 'the walk-through reached its end').toBe(false);
      expect(await page.locator('.timeline-list .tl-item').count()).toBeGreaterThan(5);
      // Back to the library, to come to the walk-through again from there.
      await page.evaluate(() => { location.hash = '#/'; });
      await ready(page, 'library');
      await opensAtTop(context, page, walk, 'console');
      const session = walk.split('/')[2]!;

      await opensAtTop(context, page, `#/compare/blocking-statute-mlat`, 'compare');
      await opensAtTop(context, page, '#/atlas', 'atlas');
      await opensAtTop(context, page, `#/debrief/${session}`, 'debrief');
      await opensAtTop(context, page, `#/?real=1&sort=days`, 'library');
      await page.getByRole('button', { name: 'Clear filters' }).first().click();

      // A classroom (from the whole library): its console, the presenter screen (the trainer's browser holds the key), a participant.
      await page.getByRole('button', { name: /^Run a classroom session: A blocking statute/ }).click();
      await ready(page, 'console');
      expect(await settledScroll(page)).toEqual([0]);
      const code = (await page.locator('.code-text').textContent())!;
      const classroom = new URL(page.url()).hash.split('/')[2]!;
      await opensAtTop(context, page, `#/present/${classroom}`, 'presenter');

      const learner = await openPage(stage.browser, { viewport });
      await learner.page.goto(`${stage.server.url}/#/join/${code}`);
      await learner.page.getByLabel('Your name').fill('Ana');
      await learner.page.getByRole('button', { name: 'Join', exact: true }).click();
      await ready(learner.page, 'participant');
      expect(await settledScroll(learner.page)).toEqual([0]);
      await scrollToBottom(learner.page);
      await learner.page.reload();
      await ready(learner.page, 'participant');
      expect(await settledScroll(learner.page)).toEqual([0]);

      expect([...trainer.errors, ...learner.errors]).toEqual([]);
    }, 400_000);
  }
});
