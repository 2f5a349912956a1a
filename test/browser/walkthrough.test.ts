import { describe, expect, it } from 'vitest';
import { ready, screenshot, sharedStage, openAt } from './harness.ts';

const stage = sharedStage();

describe('a diplomat walks a real case through to its outcome', () => {
  it('France asks a US provider for content: a blocked direct request, then the treaty, played to delivery', async () => {
    const { page, errors } = await openAt(stage, 'library');
    await page.getByLabel('Search scenarios').fill('France asks a US provider for e-mail content');
    await expect.poll(() => page.locator('li.card').count()).toBe(1);
    expect(await page.locator('#library-count').textContent()).toMatch(/^1 of \d+ scenarios$/);
    await page.getByRole('button', { name: /^Walk through: France asks a US provider for e-mail content/ }).click();
    await ready(page, 'console');

    // The walk-through is the console without the classroom.
    expect(await page.locator('.join-code, .participants, .control-vote:visible, .votes').count()).toBe(0);
    await expect.poll(() => page.locator('.eyebrow').first().textContent()).toBe('Walk-through');

    // Real states on the world map: France and the United States among the atlas's countries.
    await expect.poll(() => page.locator('.map path.country').count(), { timeout: 10_000 }).toBeGreaterThan(150);
    expect(await page.locator('.map path.country.involved').count()).toBe(2);
    expect(await page.locator('.map .place-name').allTextContents()).toEqual(expect.arrayContaining(['France', 'United States']));

    // The first decision, from the statechart itself: a direct request, which the US Stored Communications Act blocks.
    await page.getByRole('button', { name: 'Send now: Send direct request' }).click();
    await expect.poll(() => page.locator('.f-state dd').textContent()).toBe('Blocked by law');
    await expect.poll(() => page.locator('.tl-item.is-latest').textContent()).toContain('US-SCA-2702-CONTENT');
    expect(await page.locator('.sc-node.is-current .sc-label').allTextContents()).toEqual(expect.arrayContaining(['Blocked by law']));

    // The second with the keyboard alone: the treaty.
    const mlat = page.getByRole('button', { name: 'Send now: Choose MLAT' });
    await mlat.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.f-state dd').textContent()).toBe('Drafting');
    await expect.poll(() => page.locator('.f-channel dd').textContent()).toBe('mutual legal assistance (MLAT)');
    // The map now draws the request to the United States, the requested state.
    await expect.poll(() => page.locator('.map .map-leg.leg-request').count()).toBe(1);
    await screenshot(page, '10-walkthrough-mlat');

    await page.getByLabel('Speed').selectOption('365');
    await page.getByRole('button', { name: /Play/ }).click();
    await expect.poll(() => page.locator('.f-outcome dd').textContent(), { timeout: 20_000 }).toContain('delivered');
    const day = Number(await page.locator('.f-day dd').textContent());
    expect(day).toBeGreaterThanOrEqual(295);
    expect(day).toBeLessThanOrEqual(305);
    // Every transition on the timeline, each with its reason; the treaty cited with its source.
    expect(await page.locator('.tl-item').count()).toBeGreaterThan(8);
    expect(await page.locator('.timeline-list').textContent()).toContain('US-FR-MLAT');
    expect(await page.locator('.sc-node.is-current .sc-label').allTextContents()).toContain('Delivered');
    await expect.poll(() => page.getByRole('button', { name: /Play/ }).isDisabled()).toBe(true);
    await screenshot(page, '11-walkthrough-delivered');
    await screenshot(page, '11b-walkthrough-delivered-full', true);
    expect(errors).toEqual([]);
  }, 90_000);
});
