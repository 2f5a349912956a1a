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
      expect(await page.getByRole('button', { name: /Send now: Provider chooses/ }).count()).toBe(0);
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
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);
});
