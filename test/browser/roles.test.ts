import { readFileSync } from 'node:fs';
import { join as pathJoin } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openAt, openPage, ready, screenshot, SCREENSHOTS, sharedStage, type Watched } from './harness.ts';
import { parseCsv } from '../server/helpers.ts';

const stage = sharedStage();

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };
const PROJECTOR = { width: 1920, height: 1080 };

/** Nothing of the page sticks out sideways: a phone would have to scroll to reach it. */
const overflowsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

describe('roles in a class (issue 13)', () => {
  it('participants pick a role at join, a ballot of the wrong role is shown as not counting on every screen, and the debrief hands the trainer the CSV', async () => {
    const trainer = await openAt(stage, 'library', { viewport: LAPTOP });
    const { page } = trainer;
    await page.locator('li.card').filter({ has: page.locator('#card-blocking-statute-mlat') }).getByRole('button', { name: /Run a classroom session/ }).click();
    await ready(page, 'console');
    const id = page.url().split('/').pop()!;
    const code = (await page.locator('.code-text').textContent())!;
    // Roles are off until the trainer ticks them.
    await expect.poll(() => page.locator('.participants-roles .hint').textContent()).toBe('Roles are off: every ballot counts.');
    await page.getByLabel('Requesting prosecutor').check();
    await expect.poll(() => page.locator('.participants-roles .hint').textContent()).toMatch(/^Tick the roles the class plays/);
    await page.getByLabel('Central authority of the requested state').check();

    const join = async (name: string, viewport: { width: number; height: number }, role: string): Promise<Watched> => {
      const p = await openPage(stage.browser, { viewport });
      await p.page.goto(`${stage.server.url}/#/join/${code}`);
      await p.page.getByLabel('Your name').fill(name);
      await p.page.getByRole('button', { name: 'Join', exact: true }).click();
      await ready(p.page, 'participant');
      // The roles the trainer put in play, and only those, are offered first thing in the room.
      const picker = p.page.getByRole('region', { name: 'Choose your role' });
      await expect.poll(() => picker.isVisible()).toBe(true);
      expect(await picker.getByRole('button').allTextContents()).toEqual(['Requesting prosecutor', 'Central authority of the requested state']);
      expect(await overflowsSideways(p.page)).toBe(false);
      await screenshot(p.page, `90-role-picker-${viewport.width}`);
      await picker.getByRole('button', { name: role }).click();
      await expect.poll(() => p.page.locator('.who > span').textContent()).toBe(`You are ${name}. Your role: ${role}.`);
      expect(await picker.isVisible()).toBe(false);
      return p;
    };
    const ana = await join('Ana', PHONE, 'Requesting prosecutor');
    const ben = await join('Ben', LAPTOP, 'Central authority of the requested state');
    // Layla reads Arabic on her phone and has not picked a role yet.
    const layla = await openPage(stage.browser, { viewport: PHONE, locale: 'ar' });
    await layla.page.goto(`${stage.server.url}/#/join/${code}`);
    await layla.page.locator('#join-name').fill('ليلى');
    await layla.page.locator('form.join-form button[type="submit"]').click();
    await ready(layla.page, 'participant');
    const laylaPicker = layla.page.getByRole('region', { name: 'اختر دورك' });
    await expect.poll(() => laylaPicker.getByRole('button').allTextContents()).toEqual(['المدعي العام الطالب', 'السلطة المركزية للدولة المطلوب منها']);
    expect(await layla.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await overflowsSideways(layla.page)).toBe(false);
    await screenshot(layla.page, '90-role-picker-390-ar');
    // The trainer sees each one's role, and could change it there.
    await expect.poll(() => page.getByLabel('Role of Ana').inputValue()).toBe('prosecutor');
    await expect.poll(() => page.getByLabel('Role of Ben').inputValue()).toBe('centralAuthority');
    await page.locator('.participants').screenshot({ path: pathJoin(SCREENSHOTS, '91-participants-roles.png') });

    await page.getByRole('button', { name: 'Start the session' }).click();
    for (const label of await page.locator('.vote-options label').all()) {
      await label.locator('input').setChecked(/MLAT|rogatory/i.test((await label.textContent()) ?? ''));
    }
    await page.getByRole('button', { name: 'Open the vote' }).click();
    await ana.page.getByRole('button', { name: 'Vote: Choose MLAT' }).click();
    await ben.page.getByRole('button', { name: 'Vote: Send letters rogatory' }).click();

    // Ben's screen says his ballot does not count, and why; Ana's says nothing of the kind.
    const benMine = ben.page.locator('.vote-row.is-mine');
    await expect.poll(() => benMine.locator('.vote-badge').textContent()).toBe('● your choice (not counted)');
    expect(await benMine.locator('.vote-decider').textContent()).toBe('decided by: Requesting prosecutor');
    expect(await ben.page.locator('.vote-hint').textContent()).toBe('Your ballot does not count: this option is decided by the role Requesting prosecutor. You may still vote, to show what you would do.');
    await expect.poll(() => ana.page.locator('.vote-row.is-mine .vote-badge').textContent()).toBe('● your choice');
    expect(await ana.page.locator('.vote-hint').textContent()).toBe('');
    // Without a role, Layla is told her ballot waits for one.
    await expect.poll(() => layla.page.locator('.vote-hint').textContent()).toBe('اختر دورك أعلاه: حتى ذلك الحين لا يُحتسب صوتك إلا حيث يقرر الفصل كله.');
    expect(await overflowsSideways(ana.page)).toBe(false);
    await ben.page.locator('.votes').scrollIntoViewIfNeeded();
    await ben.page.locator('.votes').screenshot({ path: pathJoin(SCREENSHOTS, '92-vote-not-counted-laptop.png') });
    await ana.page.locator('.votes').screenshot({ path: pathJoin(SCREENSHOTS, '93-vote-counted-phone.png') });

    // The trainer's tally counts Ana's ballot and sets Ben's apart; the presenter says who decides.
    const rows = page.locator('.votes .vote-row');
    await expect.poll(() => rows.nth(1).locator('.vote-count').textContent()).toBe('0 (0%) +1 not counted');
    expect(await rows.nth(0).locator('.vote-count').textContent()).toBe('1 (100%)');
    // The presenter, in a second window of the trainer's browser, on the room's projector.
    const presenter = await trainer.context.newPage();
    await presenter.setViewportSize(PROJECTOR);
    await presenter.goto(`${stage.server.url}/#/present/${id}`);
    await ready(presenter, 'presenter');
    await expect.poll(() => presenter.locator('.vote-decider').allTextContents()).toEqual(['decided by: Requesting prosecutor', 'decided by: Requesting prosecutor']);
    expect(await presenter.locator('.vote-decider').first().isVisible()).toBe(true);
    await screenshot(presenter, '94-presenter-roles');

    await page.getByRole('button', { name: 'Close the vote now' }).click();
    await expect.poll(() => page.locator('.votes .vote-result').textContent()).toContain('Choose MLAT won the vote and was applied');
    await expect.poll(() => ben.page.locator('.vote-row.is-mine .vote-badge').textContent()).toBe('● your choice (not counted)');

    await page.getByRole('link', { name: /Debrief/ }).click();
    await ready(page, 'debrief');
    await expect.poll(() => page.locator('.debrief-votes').textContent()).toContain('(1 from other roles, not counted)');
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Attendance and choices (CSV)' }).click()]);
    expect(file.suggestedFilename()).toBe(`attendance-${id}.csv`);
    const bytes = readFileSync((await file.path())!);
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const csv = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(csv[0]).toEqual(['Participant', 'Role', 'Status', 'Joined at', 'Present now', 'Last seen', 'Vote', 'Vote opened at', 'Options', 'Choice', 'Decided by', 'Counted', 'Winning option']);
    expect(csv.slice(1).map((r) => [r[0], r[1], r[4], r[6], r[9], r[10], r[11], r[12]])).toEqual([
      ['Ana', 'Requesting prosecutor', 'yes', '1', 'Choose MLAT', 'Requesting prosecutor', 'yes', 'Choose MLAT'],
      ['Ben', 'Central authority of the requested state', 'yes', '1', 'Send letters rogatory', 'Requesting prosecutor', 'no', 'Choose MLAT'],
      ['ليلى', '', 'yes', '1', '', '', '', 'Choose MLAT'],
    ]);
    await screenshot(page, '95-debrief-roles', true);

    // A participant's page, or anyone without the trainer's pass, is offered no such file.
    const stranger = await openPage(stage.browser, { viewport: PHONE });
    await stranger.page.goto(`${stage.server.url}/#/debrief/${id}`);
    await ready(stranger.page, 'debrief');
    expect(await stranger.page.getByRole('button', { name: 'Attendance and choices (CSV)' }).count()).toBe(0);

    for (const w of [trainer, ana, ben, layla, stranger]) expect(w.errors).toEqual([]);
  }, 240_000);
});
