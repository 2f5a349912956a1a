import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openAt, openPage, ready, sharedStage, SCREENS } from './harness.ts';

const stage = sharedStage();
const [PHONE, LAPTOP] = [SCREENS[0].viewport, SCREENS[1].viewport];

/**
 * Record every sentence the page's live region says from now on (a MutationObserver on
 * #announcer): what a screen reader would be given to speak, in order.
 */
async function listen(page: Page): Promise<void> {
  await page.evaluate(() => {
    const region = document.getElementById('announcer')!;
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    new MutationObserver(() => {
      const text = region.textContent?.trim() ?? '';
      if (text) heard.push(text);
    }).observe(region, { childList: true, characterData: true, subtree: true });
  });
}

const heard = (page: Page) => page.evaluate(() => [...(window as unknown as { heard: string[] }).heard]);

/** Announcements one after the other that say the same thing again. */
function repeats(said: string[]): string[] {
  return said.filter((s, i) => i > 0 && s === said[i - 1]);
}

const inputs = async (id: string) =>
  ((await (await fetch(`${stage.server.url}/api/sessions/${id}/log`)).json()) as { inputs: { actor: string }[] }).inputs;

describe('the live region says what is new, once (issue 18)', () => {
  it('a vote is announced with its question, options and deadline, warned before it closes, its result said once; a whole run played says a summary, never a sentence twice in a row', async () => {
    const trainer = await openAt(stage, 'library', { viewport: LAPTOP });
    const { page } = trainer;
    await page.getByRole('button', { name: /^Run a classroom session: A blocking statute/ }).click();
    await ready(page, 'console');
    const id = page.url().split('/').pop()!;
    const code = (await page.locator('.code-text').textContent())!;

    const learners = [];
    for (const name of ['Amina', 'Bo']) {
      const learner = await openPage(stage.browser, { viewport: PHONE });
      await learner.page.goto(`${stage.server.url}/#/join/${code}`);
      await learner.page.getByLabel('Your name').fill(name);
      await learner.page.getByRole('button', { name: 'Join', exact: true }).click();
      await ready(learner.page, 'participant');
      learners.push(learner);
    }
    const [amina, bo] = learners as [typeof learners[0], typeof learners[0]];
    await expect.poll(() => page.locator('#participants-h').textContent()).toContain('2 online of 2');
    for (const p of [page, amina.page, bo.page]) await listen(p);

    await page.getByRole('button', { name: 'Start the session' }).click();
    await expect.poll(() => page.locator('.f-session dd').textContent()).toContain('running');
    // A vote of 33 seconds between two channels, with a question.
    const options = page.locator('.vote-options label');
    await expect.poll(() => options.count()).toBeGreaterThan(2);
    for (const label of await options.all()) await label.locator('input').setChecked(/direct|MLAT/i.test((await label.textContent()) ?? ''));
    await page.getByLabel('Question (optional)').fill('Which road first?');
    await page.getByLabel('Seconds to vote').fill('33');
    await page.getByRole('button', { name: 'Open the vote' }).click();

    // Participants hear the question, every option and the deadline.
    await expect.poll(async () => (await heard(amina.page)).find((s) => s.includes('Which road first?')) ?? '').not.toBe('');
    const opening = (await heard(amina.page)).find((s) => s.includes('Which road first?'))!;
    expect(opening).toContain('Send direct request');
    expect(opening).toContain('Choose MLAT');
    expect(opening).toMatch(/It closes in (3[0-3]) seconds\./);

    // Ballots come in: nobody's live region counts them.
    await amina.page.getByRole('button', { name: 'Vote: Choose MLAT' }).click();
    await bo.page.getByRole('button', { name: 'Vote: Choose MLAT' }).click();
    await expect.poll(() => page.locator('.votes .vote-status').textContent()).toContain('2 ballots');

    // Warnings at 30 and 10 seconds left, then the vote closes on its own and its result is said once.
    await expect.poll(() => page.locator('.votes .vote-result').textContent(), { timeout: 45_000 }).toContain('Choose MLAT won the vote');
    for (const p of [page, amina.page, bo.page]) {
      await expect.poll(async () => (await heard(p)).filter((s) => s.includes('won the vote')).length).toBe(1);
      const said = await heard(p);
      // (A warning may share its announcement with a sentence given at the same moment.)
      const warnings = said.flatMap((s) => s.match(/\d+ seconds left to vote\./g) ?? []);
      expect(warnings).toEqual(['30 seconds left to vote.', '10 seconds left to vote.']);
      // While the vote was open: no count of ballots in the live region.
      const during = said.slice(0, said.findIndex((s) => s.includes('won the vote')));
      expect(during.filter((s) => /ballot|answered/.test(s))).toEqual([]);
      expect(said.find((s) => s.includes('won the vote'))).toContain('2 ballots');
    }
    // Amina heard her own vote recorded, once.
    expect((await heard(amina.page)).filter((s) => s.includes('Your vote for Choose MLAT is recorded'))).toHaveLength(1);

    // Play the whole run to its end.
    const before = (await inputs(id)).length;
    const heardBefore = (await heard(page)).length;
    await page.getByRole('button', { name: /Play/ }).click();
    await expect.poll(() => page.locator('.f-outcome dd').textContent(), { timeout: 60_000 }).toContain('delivered');
    const played = (await inputs(id)).slice(before).filter((r) => r.actor === 'play').length;
    for (const p of [page, amina.page, bo.page]) {
      await expect.poll(async () => (await heard(p)).at(-1) ?? '').toContain('The request ended: delivered, on day');
      const said = await heard(p);
      expect(repeats(said)).toEqual([]);
    }
    // A summary, not a sentence per tick: far fewer announcements than the ticks that played.
    const duringPlay = (await heard(page)).slice(heardBefore);
    expect(played).toBeGreaterThan(10);
    expect(duringPlay.length).toBeLessThan(played / 2);
    expect(duringPlay.length).toBeGreaterThan(0);
    for (const w of [trainer, amina, bo]) expect(w.errors).toEqual([]);
  }, 150_000);
});
