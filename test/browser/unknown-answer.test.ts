import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAt, ready, screenshot, sharedStage } from './harness.ts';

/**
 * Issue 11: an answer nobody can know is not a refusal. In unknown-third-country-answer Cerulea must
 * consent before the MLAT request goes out and nobody knows how it answers: at the end of its 30
 * days the trainer's console shows the answer as a decision awaited, offering consent or objection
 * (never "not known"), in the inject menu and among the vote's options.
 */
const stage = sharedStage();
const TITLE = "A third country's answer nobody knows";

async function openClassConsole(page: Page): Promise<void> {
  await page.getByLabel('Search scenarios').fill(TITLE);
  await expect.poll(() => page.locator('li.card').count()).toBe(1);
  await page.getByRole('button', { name: new RegExp(`^Run a classroom session: ${TITLE}`) }).click();
  await ready(page, 'console');
}

/** Start, send the MLAT request, and play until Cerulea's 30 days are over. */
async function reachUndecided(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start the session' }).click();
  await page.getByRole('button', { name: 'Send now: Choose MLAT' }).click();
  await expect.poll(() => page.locator('.f-state dd').textContent()).toBe('Consulting');
  await page.getByLabel('Speed').selectOption('30');
  await page.getByRole('button', { name: /Play/ }).click();
  await expect.poll(() => page.locator('.f-state dd').textContent(), { timeout: 20_000 }).toBe('Answer not known');
  expect(await page.locator('.f-day dd').textContent()).toBe('30');
  // Play stops: the request waits for the decision, and says which.
  await expect.poll(() => page.getByRole('button', { name: /Play/ }).textContent()).toContain('Play');
  expect(await page.locator('.status-notes').textContent()).toContain("Waiting for a decision. Cerulea: its answer is not known. Consent or objection?");
  const answers = (await page.locator('select.ctl-inject option').allTextContents()).filter((o) => o.startsWith('Cerulea answers'));
  expect(answers).toEqual(['Cerulea answers: consent', 'Cerulea answers: object']);
}

describe("deciding a third country's unknown answer", () => {
  it('on a laptop (1366×768): the vote offers consent and objection; the trainer decides the objection', async () => {
    const { page, errors } = await openAt(stage, 'library', { viewport: { width: 1366, height: 768 } });
    await openClassConsole(page);
    await reachUndecided(page);
    // The two answers are the vote's options, ticked: they are the decision awaited.
    const options = page.locator('.vote-options label');
    await expect.poll(() => options.allTextContents()).toEqual(expect.arrayContaining(['Cerulea answers: consent', 'Cerulea answers: object']));
    for (const label of await options.all()) {
      const text = (await label.textContent()) ?? '';
      if (text.startsWith('CE answers')) expect(await label.locator('input').isChecked()).toBe(true);
    }
    // The statechart: the undecided answer is the current state, not the channel decision, and its
    // labelled edge to the objection sends the objection (not the first answer allowed).
    const current = await page.locator('.statechart .sc-node.is-current').allTextContents();
    expect(current.some((text) => text.includes('Answer not known'))).toBe(true);
    expect(current.some((text) => text.includes('Decide: which channel?'))).toBe(false);
    // Both answers are offered on the chart, each once, on the edge it takes, in the state's name.
    expect(await page.getByRole('button', { name: 'Send now: Cerulea answers: object' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Send now: Cerulea answers: consent' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /send now: CE answers/i }).count()).toBe(0);
    await page.locator('.statechart').screenshot({ path: 'test/.artifacts/screenshots/unknown-answer-statechart.png' });
    await screenshot(page, 'unknown-answer-laptop');
    // The presenter's screen shows the class the same decision awaited.
    const presenter = await page.context().newPage();
    await presenter.setViewportSize({ width: 1920, height: 1080 });
    await presenter.goto(`${stage.server.url}/#/present/${page.url().split('/').pop()}`);
    await ready(presenter, 'presenter');
    await expect.poll(() => presenter.locator('.status-notes').textContent()).toContain("Cerulea: its answer is not known. Consent or objection?");
    await screenshot(presenter, 'unknown-answer-presenter');
    await presenter.close();

    await page.locator('select.ctl-inject').selectOption({ label: 'Cerulea answers: object' });
    await page.locator('button.ctl-apply').click();
    await expect.poll(() => page.locator('.f-state dd').textContent()).toBe('Objection');
    await expect.poll(() => page.locator('.tl-item').filter({ hasText: "Cerulea: its answer is not known; decided: object." }).count()).toBeGreaterThan(0);
    // The next decision is a channel's again.
    await expect.poll(() => page.locator('.status-notes').textContent()).toContain('Waiting for a decision: which channel next?');
    expect(errors).toEqual([]);
  }, 60_000);

  it('on a phone (390×844): the trainer decides consent and the MLAT request goes out', async () => {
    const { page, errors } = await openAt(stage, 'library', { viewport: { width: 390, height: 844 } });
    await openClassConsole(page);
    await reachUndecided(page);
    await screenshot(page, 'unknown-answer-phone');
    // The chart's consent button sends the consent (not only the inject menu).
    const consent = page.getByRole('button', { name: 'Send now: Cerulea answers: consent' });
    expect(await consent.count()).toBe(1);
    await consent.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.f-state dd').textContent()).toBe('Drafting');
    await expect.poll(() => page.locator('.tl-item').filter({ hasText: "Cerulea: its answer is not known; decided: consent." }).count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(errors).toEqual([]);
  }, 60_000);
});
