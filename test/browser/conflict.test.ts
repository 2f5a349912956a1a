import { describe, expect, it } from 'vitest';
import { openAt, ready, screenshot, sharedStage } from './harness.ts';

const stage = sharedStage();
const SCREENS = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'laptop', viewport: { width: 1366, height: 768 } },
  { name: 'projector', viewport: { width: 1920, height: 1080 } },
];

/**
 * Issue 11, part A: a walk-through of a conflict of laws. Borealis orders Nimbus, based in Arcadia,
 * whose blocking statute forbids the disclosure; when the answer is due the provider's choices are
 * offered on the statechart, each on its own edge, and the one taken says what it costs.
 */
describe('a conflict of laws in the walk-through', () => {
  for (const { name, viewport } of SCREENS) {
    it(`offers the provider's choices and shows what refusing costs (${name})`, async () => {
      const { page, errors } = await openAt(stage, 'library', { viewport });
      await page.getByLabel('Search scenarios').fill('One state compels, another forbids');
      await expect.poll(() => page.locator('li.card').count()).toBe(1);
      await page.getByRole('button', { name: /^Walk through: One state compels, another forbids/ }).click();
      await ready(page, 'console');

      await page.getByRole('button', { name: 'Send now: Send direct request' }).click();
      await expect.poll(() => page.locator('.f-state dd').textContent()).toBe('Sent to provider');
      await page.locator('button.ctl-step').click();
      await expect.poll(() => page.locator('.f-state dd').textContent()).toBe('Conflict of laws');
      await expect.poll(() => page.locator('.tl-item.is-latest').textContent()).toContain('AR-DATA-ACT-12');
      // The order cited beside the statute is read from the world's orders, with its title and source.
      const cited = page.locator('.tl-item.is-latest .sources li').filter({ hasText: 'BO-PROD-ORDER' });
      await expect.poll(() => cited.textContent()).toBe("BO-PROD-ORDER Borealis Production Order Act: Borealis Production Order Act s.3 (fictional)");
      expect(await page.getByText("not in this scenario's world").count()).toBe(0);
      // The decision awaited is the provider's, not the next channel.
      expect(await page.getByText("Waiting for a decision: the provider's choice between the two laws").count()).toBe(1);

      // The three choices, each a button on its own edge, in words.
      for (const choice of ['comply', 'refuse', 'seek review']) {
        await expect.poll(() => page.getByRole('button', { name: `Send now: Provider chooses: ${choice}` }).count()).toBe(1);
      }
      await screenshot(page, `conflict-choices-${name}`);

      await page.getByRole('button', { name: 'Send now: Provider chooses: refuse' }).click();
      await expect.poll(() => page.locator('.f-state dd').textContent()).toBe('Provider refused');
      await expect.poll(() => page.locator('.tl-item.is-latest').textContent()).toContain('a fine of 10,000 crowns for each day of refusal');
      // Refusing ends the direct channel only: the treaty is still there to choose.
      await expect.poll(() => page.getByRole('button', { name: 'Send now: Choose MLAT' }).count()).toBe(1);
      expect(await page.getByRole('button', { name: /send now: Provider chooses/i }).count()).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 90_000);
  }

  it('a review, ruled on by the court: upheld brings the choice back without the review', async () => {
    const { page, errors } = await openAt(stage, 'library', { viewport: { width: 1366, height: 768 } });
    await page.getByLabel('Search scenarios').fill('One state compels, another forbids');
    await page.getByRole('button', { name: /^Walk through: One state compels, another forbids/ }).click();
    await ready(page, 'console');
    await page.getByRole('button', { name: 'Send now: Send direct request' }).click();
    await page.locator('button.ctl-step').click();
    await expect.poll(() => page.locator('.f-state dd').textContent()).toBe('Conflict of laws');
    await page.getByRole('button', { name: 'Send now: Provider chooses: seek review' }).click();
    await expect.poll(() => page.locator('.f-state dd').textContent()).toBe('Order under review');
    await page.locator('button.ctl-step').click();
    await expect.poll(() => page.locator('.f-state dd').textContent()).toBe('Ruling awaited');
    expect(await page.getByText("Waiting for a decision: the court's ruling on the order").count()).toBe(1);
    // With the keyboard alone: the ruling's button takes the focus and Enter.
    await page.getByRole('button', { name: 'Send now: Court rules: order upheld' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.f-state dd').textContent()).toBe('Conflict of laws');
    await expect.poll(() => page.getByRole('button', { name: 'Send now: Provider chooses: comply' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Send now: Provider chooses: seek review' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Send now: Provider chooses: comply' }).click();
    await expect.poll(() => page.locator('.f-outcome dd').textContent()).toContain('delivered');
    // The end screen sets every choice made here beside the script's, the conflict's and the ruling's included.
    const end = page.locator('.p-authorities');
    await expect.poll(() => end.locator('.is-ours li').allTextContents()).toEqual([
      'day 0: Send direct request', 'day 10: Provider chooses: seek review', 'day 40: Court rules: order upheld', 'day 40: Provider chooses: comply',
    ]);
    expect(await end.locator('.is-theirs li').allTextContents()).toEqual([
      'day 0: Send direct request', 'When a decision was awaited: Provider chooses: seek review',
      'When a decision was awaited: Court rules: order upheld', 'When a decision was awaited: Provider chooses: refuse',
    ]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);
});

/**
 * In a class the trainer puts the decision awaited to a vote: at a conflict the provider's choices,
 * at a ruling the court's, are ticked already (as a channel decision's options are), so the vote
 * opens without ticking them one by one.
 */
describe('a conflict of laws in a classroom session', () => {
  it('the options of the decision awaited are ticked for the vote, at the conflict and at the ruling (laptop)', async () => {
    const { page, errors } = await openAt(stage, 'library', { viewport: { width: 1366, height: 768 } });
    await page.getByLabel('Search scenarios').fill('One state compels, another forbids');
    await expect.poll(() => page.locator('li.card').count()).toBe(1);
    await page.getByRole('button', { name: /Run a classroom session/ }).click();
    await ready(page, 'console');
    await page.getByRole('button', { name: 'Start the session' }).click();
    await expect.poll(() => page.locator('.f-session dd').textContent()).toContain('running');
    const send = async (label: string) => {
      await page.locator('select.ctl-inject').selectOption({ label });
      await page.locator('button.ctl-apply').click();
    };
    const ticked = async () => Object.fromEntries(await Promise.all((await page.locator('.vote-options label').all())
      .map(async (l) => [(await l.textContent())!.trim(), await l.locator('input').isChecked()] as const)));

    await send('Send direct request');
    await expect.poll(() => page.locator('.f-state dd').textContent()).toBe('Sent to provider');
    await page.locator('button.ctl-step').click();
    await expect.poll(() => page.locator('.f-state dd').textContent()).toBe('Conflict of laws');
    await expect.poll(ticked).toMatchObject({
      'Provider chooses: comply': true, 'Provider chooses: refuse': true, 'Provider chooses: seek review': true,
    });
    // Only the decision awaited: what else may be sent now stays unticked.
    expect(Object.entries(await ticked()).filter(([text, on]) => on && !text.startsWith('Provider chooses')).map(([text]) => text)).toEqual([]);
    expect(await page.getByRole('button', { name: 'Open the vote' }).isDisabled()).toBe(false);
    await screenshot(page, 'conflict-vote-options-laptop');

    await send('Provider chooses: seek review');
    await expect.poll(() => page.locator('.f-state dd').textContent()).toBe('Order under review');
    // During the review a ruling may come early, as an inject: not ticked.
    await expect.poll(ticked).toMatchObject({ 'Court rules: order upheld': false, 'Court rules: order lifted': false });
    await page.locator('button.ctl-step').click();
    await expect.poll(() => page.locator('.f-state dd').textContent()).toBe('Ruling awaited');
    await expect.poll(ticked).toMatchObject({ 'Court rules: order upheld': true, 'Court rules: order lifted': true });
    await page.getByRole('button', { name: 'Open the vote' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Close the vote now' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);
});
