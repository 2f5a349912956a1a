import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { Cleanup, ensureClientBuilt, launchBrowser, openPage, ownDataDir, serveDataDir, ready, screenshot, sharedStage, type Watched } from './harness.ts';

const stage = sharedStage();
/** Each test's browser contexts, closed after it: pages left open would slow the next tests down. */
const contexts = new Cleanup();
afterEach(() => contexts.run(), 30_000);
const SCENARIO = 'blocking-statute-mlat';
const LAPTOP = { width: 1366, height: 768 };
const SCREENS = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'laptop', viewport: LAPTOP },
  { name: 'projector', viewport: { width: 1920, height: 1080 } },
];

/** A trainer's console on a laptop, the class's participants and the presenter on `viewport`. */
async function classroom(browser: Browser, url: string, viewport: { width: number; height: number }, names: string[]) {
  const trainer = await openPage(browser, { viewport: LAPTOP });
  contexts.add(() => trainer.context.close());
  const console_ = trainer.page;
  await console_.goto(`${url}/`);
  await ready(console_, 'library');
  await console_.locator('li.card').filter({ has: console_.locator(`#card-${SCENARIO}`) }).getByRole('button', { name: /Run a classroom session/ }).click();
  await ready(console_, 'console');
  const code = (await console_.locator('.code-text').textContent())!;
  const id = console_.url().split('/').pop()!;
  const people: Watched[] = [];
  for (const name of names) {
    const p = await openPage(browser, { viewport });
    contexts.add(() => p.context.close());
    await p.page.goto(`${url}/#/join/${code}`);
    await p.page.getByLabel('Your name').fill(name);
    await p.page.getByRole('button', { name: 'Join', exact: true }).click();
    await ready(p.page, 'participant');
    people.push(p);
  }
  const presenter = await trainer.context.newPage();
  await presenter.setViewportSize(viewport);
  await presenter.goto(`${url}/#/present/${id}`);
  await ready(presenter, 'presenter');
  await expect.poll(() => console_.locator('#participants-h').textContent()).toContain(`${names.length} online of ${names.length}`);
  await console_.getByRole('button', { name: 'Start the session' }).click();
  await expect.poll(() => console_.locator('.f-session dd').textContent()).toContain('running');
  return { trainer, console: console_, people, presenter, id };
}

/** Tick exactly the options whose labels match, then open the vote. */
async function openVote(page: Page, pick: RegExp, settings: { prompt?: string; hide?: boolean; explain?: boolean; seconds?: number } = {}) {
  const options = page.locator('.vote-options label');
  await expect.poll(() => options.count()).toBeGreaterThan(1);
  for (const label of await options.all()) await label.locator('input').setChecked(pick.test((await label.textContent()) ?? ''));
  await page.getByLabel('Question (optional)').fill(settings.prompt ?? '');
  await page.getByLabel('Hide the counts until I reveal them').setChecked(settings.hide ?? false);
  await page.getByLabel('Ask for a reason with each vote').setChecked(settings.explain ?? false);
  await page.getByLabel('Seconds to vote').fill(String(settings.seconds ?? 600));
  await page.getByRole('button', { name: 'Open the vote' }).click();
  await expect.poll(() => page.locator('button.ctl-close-vote').isVisible()).toBe(true);
}

const vote = (page: Page, event: string) => page.getByRole('button', { name: `Vote: ${event}` });

describe('a tie that goes to a second round', () => {
  it('is said as a second round on the phones and the presenter, not shown as a fresh vote without a reason', async () => {
    const room = await classroom(stage.browser, stage.server.url, SCREENS[1]!.viewport, ['Amina', 'Bo']);
    const { console: trainer, presenter, people } = room;
    await trainer.getByLabel('On a tie').selectOption({ label: 'The class votes again' });
    await openVote(trainer, /direct|MLAT/);
    await vote(people[0]!.page, 'Send direct request').click();
    await vote(people[1]!.page, 'Choose MLAT').click();
    await expect.poll(() => trainer.locator('.p-votes').textContent()).toContain('2 of 2 answered');
    await trainer.getByRole('button', { name: 'Close the vote now' }).click();
    for (const page of [presenter, ...people.map((p) => p.page)]) {
      await expect.poll(() => page.locator('.vote-round').textContent()).toBe('Second round: the first vote was a tie between these options.');
      expect(await page.locator('.vote-round').isVisible()).toBe(true);
    }
    await screenshot(people[0]!.page, 'vr-second-round-laptop');
    // The second round's own ballots end it; its note goes with it.
    await vote(people[0]!.page, 'Choose MLAT').click();
    await vote(people[1]!.page, 'Choose MLAT').click();
    await trainer.getByRole('button', { name: 'Close the vote now' }).click();
    await expect.poll(() => presenter.locator('.vote-round').isVisible()).toBe(false);
  }, 90_000);
});

describe('votes in a real room (issue 13, item 6)', () => {
  for (const { name, viewport } of SCREENS) {
    it(`on a ${name}: the question, "N of M answered", results hidden until revealed, a tie the trainer picks, and a fresh vote with nothing ticked`, async () => {
      const room = await classroom(stage.browser, stage.server.url, viewport, ['Amina', 'Bo']);
      const { console: trainer, presenter, people } = room;
      await openVote(trainer, /direct|MLAT/, { prompt: 'Which channel first?', hide: true });

      // The question above the options, on every screen.
      for (const page of [trainer, presenter, ...people.map((p) => p.page)]) {
        await expect.poll(() => page.locator('.vote-prompt').textContent()).toBe('Which channel first?');
        expect(await page.locator('.vote-prompt').isVisible()).toBe(true);
      }
      await expect.poll(() => presenter.locator('.vote-answered').textContent()).toBe('0 of 2 answered');
      await expect.poll(() => trainer.locator('.vote-answered').textContent()).toBe('0 of 2 answered');

      // One each way: a tie.
      await vote(people[0]!.page, 'Choose MLAT').click();
      await expect.poll(() => vote(people[0]!.page, 'Choose MLAT').getAttribute('aria-pressed')).toBe('true');
      await vote(people[1]!.page, 'Send direct request').click();
      await expect.poll(() => presenter.locator('.vote-answered').textContent()).toBe('2 of 2 answered');
      await expect.poll(() => trainer.locator('.vote-answered').textContent()).toBe('2 of 2 answered');
      // The trainer sees who voted for what, and the counts; the room sees neither.
      await expect.poll(() => trainer.locator('.vote-voted').textContent()).toContain('Amina: Choose MLAT');
      expect(await trainer.locator('.vote-voted').textContent()).toContain('Bo: Send direct request');
      expect(await trainer.locator('.votes .vote-count').allTextContents()).toEqual(['1 (50%)', '1 (50%)']);
      if (name === 'laptop') await screenshot(trainer, 'vr-laptop-console-voters', true);
      for (const page of [presenter, people[0]!.page]) {
        await expect.poll(() => page.locator('.vote-hidden').textContent()).toBe('Counts hidden until the trainer reveals them (the winning choice is still applied when the vote closes).');
        expect((await page.locator('.vote-count').allTextContents()).join('')).toBe('');
        expect(await page.locator('.vote-voters li').count()).toBe(0);
      }
      await screenshot(presenter, `vr-${name}-presenter-hidden`);
      await screenshot(people[0]!.page, `vr-${name}-participant-hidden`);

      await trainer.getByRole('button', { name: 'Reveal the results' }).click();
      await expect.poll(() => presenter.locator('.vote-count').allTextContents()).toEqual(['1 (50%)', '1 (50%)']);
      expect(await presenter.locator('.vote-hidden').textContent()).toBe('');

      // Closed on a tie: said as a tie everywhere; the request waits for the trainer's pick.
      await trainer.getByRole('button', { name: 'Close the vote now' }).click();
      const tie = 'Tie between Send direct request · Choose MLAT: the trainer picks one of them.';
      for (const page of [trainer, presenter, ...people.map((p) => p.page)]) await expect.poll(() => page.locator('.vote-result').textContent()).toBe(tie);
      expect(await trainer.locator('.f-state dd').textContent()).toBe('Intake');
      expect(await trainer.locator('button.ctl-step').isDisabled()).toBe(true);
      expect(await trainer.locator('button.ctl-open-vote').isDisabled()).toBe(true);
      await screenshot(presenter, `vr-${name}-presenter-tie`);
      await screenshot(people[1]!.page, `vr-${name}-participant-tie`);
      await trainer.getByRole('button', { name: 'Pick Choose MLAT' }).click();
      for (const page of [trainer, ...people.map((p) => p.page)]) {
        await expect.poll(() => page.locator('.vote-result').textContent()).toBe('Tie between Send direct request · Choose MLAT: the trainer picked Choose MLAT, which was applied.');
      }
      await expect.poll(() => people[1]!.page.locator('.f-channel dd').textContent()).toContain('mutual legal assistance');

      // The next vote: nothing ticked on the participant's page, and the trainer's ticks start afresh.
      await expect.poll(() => trainer.locator('.vote-options input:checked').count()).toBe(0);
      await openVote(trainer, /preservation|Withdraw/i, { prompt: 'Now what?' });
      const fresh = people[0]!.page;
      await expect.poll(() => fresh.locator('.vote-prompt').textContent()).toBe('Now what?');
      await expect.poll(() => fresh.locator('.vote-button').count()).toBeGreaterThan(1);
      expect(await fresh.locator('.vote-button[aria-pressed="true"]').count()).toBe(0);
      expect(await fresh.locator('.vote-row.is-mine').count()).toBe(0);
      expect((await fresh.locator('.vote-badge').allTextContents()).join(' ')).not.toContain('your choice');
      // Shown counts again for a vote opened without hiding them (participants see them once it closes).
      await expect.poll(() => presenter.locator('.vote-answered').textContent()).toBe('0 of 2 answered');
      await screenshot(fresh, `vr-${name}-participant-fresh`);
      expect([...room.trainer.errors, ...people.flatMap((p) => p.errors)]).toEqual([]);
    }, 180_000);

    it(`on a ${name}: pausing stops the countdown and resuming goes on; a reason given with a ballot appears in the debrief`, async () => {
      const { console: trainer, presenter, people } = await classroom(stage.browser, stage.server.url, viewport, ['Chen']);
      await openVote(trainer, /MLAT|rogatory/i, { explain: true, seconds: 300 });
      const phone = people[0]!.page;
      await expect.poll(() => phone.locator('.vote-countdown').textContent()).toMatch(/^Closes in \d+ s$/);

      await phone.getByLabel('Explain your choice (optional)').fill('A treaty is in force between the two states.');
      await vote(phone, 'Choose MLAT').click();
      await expect.poll(() => trainer.locator('.vote-voted').textContent()).toBe('Chen: Choose MLAT — “A treaty is in force between the two states.”');

      await trainer.getByRole('button', { name: /Pause/ }).click();
      for (const page of [trainer, presenter, phone]) await expect.poll(() => page.locator('.vote-countdown').textContent()).toMatch(/^Countdown paused: \d+ s left$/);
      const held = await phone.locator('.vote-countdown').textContent();
      await screenshot(phone, `vr-${name}-participant-paused`);
      await screenshot(presenter, `vr-${name}-presenter-paused`);
      // Time passes; the countdown does not.
      await phone.waitForTimeout(2200);
      expect(await phone.locator('.vote-countdown').textContent()).toBe(held);
      expect(await presenter.locator('.vote-countdown').textContent()).toBe(held);

      await trainer.getByRole('button', { name: 'Resume the session' }).click();
      await expect.poll(() => phone.locator('.vote-countdown').textContent()).toMatch(/^Closes in \d+ s$/);
      await trainer.getByRole('button', { name: 'Close the vote now' }).click();
      await expect.poll(() => phone.locator('.vote-result').textContent()).toBe('Choose MLAT won the vote and was applied.');

      await trainer.getByRole('link', { name: /Debrief/ }).click();
      await ready(trainer, 'debrief');
      await expect.poll(() => trainer.locator('.debrief-decisions .debrief-reasons').textContent())
        .toBe('Chen (chose Choose MLAT): “A treaty is in force between the two states.”');
      await trainer.setViewportSize(viewport);
      await screenshot(trainer, `vr-${name}-debrief-reasons`, true);
    }, 180_000);
  }
});

describe('a countdown while the connection is down', () => {
  const cleanup = new Cleanup();
  afterAll(() => cleanup.run(), 30_000);

  it('stops and says why on every screen size, and counts again once the server is back', async () => {
    await ensureClientBuilt();
    const dataDir = ownDataDir(cleanup, 'rogatory-vote-offline-');
    let server = await serveDataDir(dataDir);
    const port = server.port;
    cleanup.add(() => server.close());
    const browser = await launchBrowser(cleanup);
    const room = await classroom(browser, server.url, SCREENS[0]!.viewport, ['Dana']);
    const extra = await Promise.all(SCREENS.slice(1).map(async ({ viewport }) => {
      const p = await room.trainer.context.newPage();
      await p.setViewportSize(viewport);
      await p.goto(`${server.url}/#/present/${room.id}`);
      await ready(p, 'presenter');
      return p;
    }));
    await openVote(room.console, /MLAT|rogatory/i, { seconds: 300 });
    const screens = [room.people[0]!.page, ...extra];
    for (const page of screens) await expect.poll(() => page.locator('.vote-countdown').textContent()).toMatch(/^Closes in \d+ s$/);

    await server.close();
    for (const page of screens) {
      await expect.poll(() => page.locator('#offline-banner').count(), { timeout: 10_000 }).toBe(1);
      await expect.poll(() => page.locator('.vote-countdown').textContent()).toBe('Countdown on hold: connection lost');
    }
    await screenshot(screens[0]!, 'vr-phone-countdown-offline');

    server = await serveDataDir(dataDir, port);
    for (const page of screens) await expect.poll(() => page.locator('.vote-countdown').textContent(), { timeout: 20_000 }).toMatch(/^Closes in \d+ s$/);
  }, 180_000);
});
