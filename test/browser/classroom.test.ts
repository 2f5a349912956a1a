import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, ready, screenshot, type Watched, sharedStage, openAt } from './harness.ts';

const SCENARIO = 'blocking-statute-mlat';
const stage = sharedStage();

/** The card of a scenario in the library, found by its id-derived heading. */
const card = (page: Page, id: string) => page.locator('li.card').filter({ has: page.locator(`#card-${id}`) });

describe('a classroom session, from join to debrief export', () => {
  it('a trainer and three participants run a session with a vote, then export the debrief', async () => {
    const trainer = await openAt(stage, 'library');
    const { page } = trainer;
    await expect.poll(() => page.locator('li.card').count()).toBeGreaterThan(10);
    // Jurisdictions arrive after the first paint.
    await expect.poll(() => card(page, SCENARIO).locator('.chip').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await screenshot(page, '01-library');

    await card(page, SCENARIO).getByRole('button', { name: /Run a classroom session/ }).click();
    await ready(page, 'console');
    const code = (await page.locator('.code-text').textContent())!;
    expect(code).toMatch(/^[A-Z0-9]{4,12}$/);
    // The QR code encodes the join page's address: its modules are drawn as one path.
    expect((await page.locator('svg.qr path.m').getAttribute('d'))!.length).toBeGreaterThan(1000);
    expect(await page.locator('.join-url').textContent()).toBe(`${stage.server.url}/#/join/${code}`);

    // Three people on three laptops join with the code.
    const names = ['Amina', 'Bo', 'Carlos'];
    const participants: Watched[] = [];
    for (const name of names) {
      const p = await openPage(stage.browser, { viewport: { width: 1000, height: 900 } });
      await p.page.goto(`${stage.server.url}/#/join/${code}`);
      await p.page.getByLabel('Your name').fill(name);
      await p.page.getByRole('button', { name: 'Join', exact: true }).click();
      await ready(p.page, 'participant');
      await expect.poll(() => p.page.locator('.who').textContent()).toContain(name);
      participants.push(p);
    }
    await expect.poll(() => page.locator('#participants-h').textContent()).toContain('3 online of 3');

    // The trainer starts the session and puts the first decision to the class.
    await page.getByRole('button', { name: 'Start the session' }).click();
    await expect.poll(() => page.locator('.f-session dd').textContent()).toContain('running');
    const options = page.locator('.vote-options label');
    await expect.poll(() => options.count()).toBeGreaterThan(2);
    // Only the three channel decisions: preservation and withdrawal are unticked.
    for (const label of await options.all()) {
      const text = (await label.textContent()) ?? '';
      await label.locator('input').setChecked(/direct|MLAT|rogatory/i.test(text));
    }
    await page.getByLabel('Seconds to vote').fill('120');
    await page.getByRole('button', { name: 'Open the vote' }).click();
    await expect.poll(() => page.locator('.p-side, .side').locator('.vote-countdown').textContent()).toMatch(/Closes in \d+ s/);
    // While the class votes, nothing else moves the request.
    expect(await page.locator('button.ctl-step').isDisabled()).toBe(true);
    // Play is no longer offered: the button pauses the session (and the vote's countdown) instead.
    expect(await page.locator('button.ctl-play').textContent()).toBe('❚❚ Pause');

    // Two vote for MLAT, one for a direct request.
    const choices = ['Choose MLAT', 'Choose MLAT', 'Send direct request'];
    for (const [i, p] of participants.entries()) {
      const button = p.page.getByRole('button', { name: `Vote: ${choices[i]}` });
      await expect(button.isEnabled()).resolves.toBe(true);
      await button.click();
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    }
    await screenshot(participants[0]!.page, '03-participant-voting');
    await expect.poll(() => page.locator('.votes .vote-status').textContent()).toContain('3 ballots');

    // The presenter screen, in a second window of the trainer's browser.
    const presenter = await trainer.context.newPage();
    await presenter.goto(`${stage.server.url}/#/present/${page.url().split('/').pop()}`);
    await ready(presenter, 'presenter');
    await expect.poll(() => presenter.locator('.vote-status').textContent()).toContain('3 ballots');
    expect(await presenter.locator('.controls, button.ctl-step').count()).toBe(0);
    await screenshot(presenter, '04-presenter-vote');

    await screenshot(page, '02-trainer-console-vote');
    await screenshot(page, '02b-trainer-console-full', true);
    await page.getByRole('button', { name: 'Close the vote now' }).click();
    await expect.poll(() => page.locator('.votes .vote-result').textContent()).toContain('Choose MLAT won the vote and was applied');
    for (const p of participants) {
      await expect.poll(() => p.page.locator('.vote-result').textContent()).toContain('Choose MLAT won the vote');
      await expect.poll(() => p.page.locator('.f-channel dd').textContent()).toContain('mutual legal assistance');
    }

    // Play to the outcome at a year a second.
    await page.getByLabel('Speed').selectOption('365');
    await page.getByRole('button', { name: /Play/ }).click();
    await expect.poll(() => page.locator('.f-outcome dd').textContent(), { timeout: 20_000 }).toContain('delivered');
    await expect.poll(() => participants[2]!.page.locator('.f-outcome dd').textContent(), { timeout: 10_000 }).toContain('delivered');
    await screenshot(page, '05-trainer-console-delivered');
    await screenshot(participants[2]!.page, '06-participant-delivered');
    await screenshot(presenter, '07-presenter-delivered');

    // The debrief: timeline with sources, the vote, and both exports.
    await page.getByRole('link', { name: /Debrief/ }).click();
    await ready(page, 'debrief');
    expect(await page.locator('.debrief-timeline tbody tr').count()).toBeGreaterThan(5);
    await expect.poll(() => page.locator('.debrief-timeline').textContent()).toContain('AR-BO-MLAT Arcadia-Borealis Treaty on Mutual Legal Assistance');
    await expect.poll(() => page.locator('.debrief-decisions').textContent()).toContain('the class vote');
    await expect.poll(() => page.locator('.debrief-votes').textContent()).toContain('Choose MLAT won the vote and was applied');
    await screenshot(page, '08-debrief', true);
    // On paper: no buttons, no navigation, the timeline and its sources.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Export Markdown' }).isVisible()).toBe(false);
    expect(await page.locator('.debrief-timeline table').isVisible()).toBe(true);
    await screenshot(page, '09-debrief-print', true);
    await page.emulateMedia({ media: 'screen' });

    const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Markdown' }).click()]);
    const md = readFileSync((await markdown.path())!, 'utf8');
    expect(markdown.suggestedFilename()).toMatch(/^debrief-.+\.md$/);
    expect(md).toContain('# Debrief: A blocking statute sends the request to the treaty');
    expect(md).toContain('decided by the class vote (3 ballots');
    expect(md).toContain('**Outcome: delivered**');

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    const debrief = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(debrief.status.outcome).toBe('delivered');
    expect(debrief.votes[0].ballots).toBe(3);
    expect(debrief.votes[0].options.map((o: { votes: number }) => o.votes).sort()).toEqual([0, 1, 2]);

    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Statechart as SVG' }).click()]);
    const svgText = readFileSync((await svg.path())!, 'utf8');
    expect(svgText).toContain('<svg');
    expect(svgText).toContain('<style');
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Statechart as PNG' }).click()]);
    const pngBytes = readFileSync((await png.path())!);
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');

    for (const w of [trainer, ...participants]) expect(w.errors).toEqual([]);
  }, 120_000);
});
