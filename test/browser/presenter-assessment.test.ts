import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openAt, openPage, ready, screenshot, SCREENS, sharedStage } from './harness.ts';

const stage = sharedStage();
const LAPTOP = SCREENS.find((s) => s.name === 'laptop')!.viewport;
const ROOM_SCREENS = SCREENS.filter((s) => s.name !== 'phone');

/** Whether the element lies wholly within the window, and within the panel that clips it. */
async function seen(page: Page, selector: string, panel: string): Promise<boolean[]> {
  return page.locator(selector).evaluateAll((els, panelSelector) => els.map((el) => {
    const b = el.getBoundingClientRect();
    const p = el.closest(panelSelector)!.getBoundingClientRect();
    const inWindow = b.top >= 0 && b.left >= 0 && b.bottom <= window.innerHeight + 0.5 && b.right <= window.innerWidth + 0.5;
    const inPanel = b.top >= p.top - 0.5 && b.bottom <= p.bottom + 0.5 && b.left >= p.left - 0.5 && b.right <= p.right + 0.5;
    return b.height > 0 && inWindow && inPanel;
  }), panel);
}

describe('the presenter during a vote keeps the assessment in sight (issue 14, item 1)', () => {
  it('shows each channel open or closed with its reason beside every vote option and the statechart, at 1366×768 and 1920×1080', async () => {
    const trainer = await openAt(stage, 'library', { viewport: LAPTOP });
    await trainer.page.getByRole('button', { name: /^Run a classroom session: A blocking statute/ }).click();
    await ready(trainer.page, 'console');
    const link = trainer.page.locator('.link-presenter input.link-url');
    await expect.poll(() => link.inputValue()).toMatch(/\/present\//);
    const room = await openPage(stage.browser, { viewport: ROOM_SCREENS[1]!.viewport });
    const screen = room.page;
    await screen.goto(await link.inputValue());
    await ready(screen, 'presenter');

    await trainer.page.getByRole('button', { name: 'Start the session' }).click();
    await expect.poll(() => screen.locator('.p-assessment').isVisible()).toBe(true);
    // What the console says of each channel is what the room reads.
    const consoleVerdicts = await trainer.page.locator('.as-channel').evaluateAll((els) => els.map((el) => [
      el.querySelector('.as-state')!.textContent, el.querySelector('.as-reason')!.textContent,
    ]));
    expect(consoleVerdicts).toHaveLength(4);

    await trainer.page.getByLabel('Question (optional)').fill('Which channel should Borealis use now that Arcadia blocks direct requests? Think about the blocking statute\u2019s exceptions carefully.');
    await trainer.page.getByRole('button', { name: 'Open the vote' }).click();
    await expect.poll(() => screen.locator('.p-votes').isVisible()).toBe(true);
    // The vote does not push the reasons off the screen.
    expect(await screen.locator('.p-assessment').isVisible()).toBe(true);
    const roomVerdicts = await screen.locator('.as-channel').evaluateAll((els) => els.map((el) => [
      el.querySelector('.as-state')!.textContent, el.querySelector('.as-reason')!.textContent,
    ]));
    expect(roomVerdicts).toEqual(consoleVerdicts);
    expect(roomVerdicts.map(([state]) => state)).toContain(' · open');
    expect(roomVerdicts.map(([state]) => state)).toContain(' · closed');

    for (const { name, viewport } of ROOM_SCREENS) {
      await screen.setViewportSize(viewport);
      await expect.poll(() => screen.evaluate(() => document.scrollingElement!.scrollHeight <= window.innerHeight), { message: `scrolls on the ${name}` }).toBe(true);
      await screenshot(screen, `87-presenter-vote-assessment-${viewport.width}`);
      // Each channel: its name, open or closed, and the start of its reason, none cut off.
      expect(await seen(screen, '.p-assessment .as-name', '.p-assessment'), `channels on the ${name}`).toEqual([true, true, true, true]);
      expect(await seen(screen, '.p-assessment .as-state', '.p-assessment'), `open or closed on the ${name}`).toEqual([true, true, true, true]);
      expect(await seen(screen, '.p-assessment .as-reason', '.p-assessment'), `reasons on the ${name}`).toEqual([true, true, true, true]);
      const reasonSizes = await screen.locator('.p-assessment .as-reason').evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
      for (const size of reasonSizes) expect(size, `reason type on the ${name}`).toBeGreaterThanOrEqual(12);
      // Every option of the vote, and the statechart, in sight at the same time.
      const options = await seen(screen, '.p-votes .vote-row', '.p-votes');
      expect(options.length).toBeGreaterThanOrEqual(2);
      expect(options.every(Boolean), `vote options on the ${name}`).toBe(true);
      expect(await seen(screen, '.p-statechart .sc-pan', '.p-statechart'), `statechart on the ${name}`).toEqual([true]);
      expect(await seen(screen, '.p-map .map > svg', '.p-map'), `map on the ${name}`).toEqual([true]);
    }

    // The vote closes undecided: the decision still waits, and its reasons stay on the screen.
    await trainer.page.getByRole('button', { name: 'Close the vote' }).click();
    await expect.poll(() => screen.locator('.p-votes .vote-result').textContent()).toBeTruthy();
    expect(await screen.locator('.p-assessment .as-channel').count()).toBe(4);
    expect(await screen.locator('.p-assessment').isVisible()).toBe(true);
    expect(trainer.errors).toEqual([]);
    expect(room.errors).toEqual([]);
  }, 120_000);
});
