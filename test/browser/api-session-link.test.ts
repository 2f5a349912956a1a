import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openAt, openPage, sharedStage, SCREENS } from './harness.ts';

const NO_PASS_TITLE = JSON.parse(readFileSync('client/i18n/en.json', 'utf8'))['console.noPassTitle'] as string;

const stage = sharedStage();

/** A session made the way a script or an LMS makes one: POST /api/sessions, no browser involved. */
async function createdByScript(): Promise<{ id: string; trainerToken: string; trainerUrl: string }> {
  const res = await fetch(`${stage.server.url}/api/sessions`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ scenario: 'blocking-statute-mlat' }),
  });
  expect(res.status).toBe(201);
  return res.json();
}

describe('a session created through the API opens as its trainer from its link', () => {
  for (const { name, viewport } of SCREENS) {
    it(`the trainerUrl opens the owner's console in a browser that never saw the session, and the token leaves the address bar (${name})`, async () => {
      const made = await createdByScript();
      expect(made.trainerUrl).toBe(`${stage.server.url}/#/session/${made.id}/${made.trainerToken}`);
      const { page, errors } = await openAt(stage, 'console', { path: `/#/session/${made.id}/${made.trainerToken}`, viewport });
      expect(page.url()).toBe(`${stage.server.url}/#/session/${made.id}`);
      // The owner's console: the class's join code, and the links only the owner hands out.
      await expect.poll(() => page.locator('.code-text').count()).toBe(1);
      await expect.poll(() => page.locator('section.links').count()).toBe(1);
      await page.getByRole('button', { name: 'Start the session' }).click();
      await expect.poll(() => page.locator('.f-session dd').textContent()).toContain('running');
      expect(errors).toEqual([]);
    }, 60_000);
  }

  it('a token that opens nothing says why and keeps nothing', async () => {
    const made = await createdByScript();
    const { page } = await openPage(stage.browser);
    await page.goto(`${stage.server.url}/#/session/${made.id}/not-the-token`);
    await expect.poll(() => page.locator('.alert-error').textContent()).toContain('The trainer token does not match this session');
    await expect.poll(() => page.locator('main h1').textContent()).toBe(NO_PASS_TITLE);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('not-the-token');
  }, 60_000);
});
