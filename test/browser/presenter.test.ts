import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openAt, openPage, ready, screenshot, sharedStage, type Watched } from './harness.ts';

const stage = sharedStage();
const PROJECTOR = { width: 1920, height: 1080 };
const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

/** A classroom session opened from the library, its console ready. */
async function trainerConsole(): Promise<Watched & { code: string }> {
  const trainer = await openAt(stage, 'library', { viewport: LAPTOP });
  await trainer.page.getByRole('button', { name: /^Run a classroom session: A blocking statute/ }).click();
  await ready(trainer.page, 'console');
  const code = (await trainer.page.locator('.code-text').textContent())!;
  return { ...trainer, code };
}

async function join(code: string, name: string): Promise<Watched> {
  const p = await openPage(stage.browser, { viewport: PHONE });
  await p.page.goto(`${stage.server.url}/#/join/${code}`);
  await p.page.getByLabel('Your name').fill(name);
  await p.page.getByRole('button', { name: 'Join', exact: true }).click();
  await ready(p.page, 'participant');
  return p;
}

/** What the page measures as a user would see it: no scrolling, and where things are. */
const scrolls = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollHeight > window.innerHeight || document.scrollingElement!.scrollWidth > window.innerWidth);
const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;
const inside = async (page: Page, selector: string) => {
  const b = await box(page, selector);
  const v = page.viewportSize()!;
  return b.x >= 0 && b.y >= 0 && b.x + b.width <= v.width + 0.5 && b.y + b.height <= v.height + 0.5;
};
/** The size text is drawn at on screen (an SVG's text is scaled with its drawing). */
const drawnSizes = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els
  .filter((el) => (el.textContent ?? '').trim() !== '' && (el as HTMLElement | SVGElement).getClientRects().length > 0)
  .map((el) => {
    const size = parseFloat(getComputedStyle(el).fontSize);
    const ctm = el instanceof SVGGraphicsElement ? el.getScreenCTM() : null;
    return ctm ? size * Math.hypot(ctm.a, ctm.b) : size;
  }));

describe('the presenter screen from its link, and the lobby (issue 13, item 5)', () => {
  it('opens from the presenter link in a fresh browser, shows the lobby filling up, then the session, at 1920×1080 and 1366×768 without scrolling', async () => {
    const trainer = await trainerConsole();
    const link = trainer.page.locator('.link-presenter input.link-url');
    await expect.poll(() => link.inputValue()).toMatch(/\/#\/present\/[\w-]+\/[\w-]{20,}$/);
    const url = await link.inputValue();
    await trainer.page.locator('.p-links').screenshot({ path: `${(await import('./harness.ts')).SCREENSHOTS}/80-console-links.png` });

    // The room's computer: another browser, with nothing of the trainer's in its storage.
    const room = await openPage(stage.browser, { viewport: PROJECTOR });
    const screen = room.page;
    await screen.goto(url);
    await ready(screen, 'presenter');
    // The token leaves the address bar the room can read, and a reload still opens the screen.
    expect(screen.url()).not.toContain(url.split('/').pop()!);
    await screen.reload();
    await ready(screen, 'presenter');
    expect(await screen.locator('button.ctl-step, .controls').count()).toBe(0);

    // The lobby: the join code and its QR code large, nobody yet.
    await expect.poll(() => screen.locator('.lobby-count').textContent()).toBe('Joined: 0');
    expect(await screen.locator('.p-join .code-text').textContent()).toBe(trainer.code);
    const people = [await join(trainer.code, 'Amina'), await join(trainer.code, 'Bo')];
    await expect.poll(() => screen.locator('.lobby-count').textContent()).toBe('Joined: 2');
    expect(await screen.locator('.lobby-names li').allTextContents()).toEqual(['Amina', 'Bo']);
    for (const viewport of [PROJECTOR, LAPTOP]) {
      await screen.setViewportSize(viewport);
      await screenshot(screen, `81-presenter-lobby-${viewport.width}`);
      expect(await scrolls(screen), `lobby scrolls at ${viewport.width}`).toBe(false);
      expect((await box(screen, '.p-join svg.qr path.m')).height).toBeGreaterThanOrEqual(0.4 * viewport.height);
      expect(await inside(screen, '.p-join svg.qr')).toBe(true);
      expect(await inside(screen, '.lobby-names')).toBe(true);
    }

    // The trainer starts and puts a decision to the class: the screen leaves the lobby.
    await trainer.page.getByRole('button', { name: 'Start the session' }).click();
    await expect.poll(() => screen.locator('.p-lobby').isHidden()).toBe(true);
    // A long question, as trainers write them: the options must stay in sight under it.
    await trainer.page.getByLabel('Question (optional)').fill('Which channel should Borealis use now that Arcadia blocks direct requests? Think about the blocking statute\u2019s exceptions carefully.');
    await trainer.page.getByRole('button', { name: 'Open the vote' }).click();
    await expect.poll(() => screen.locator('.p-votes').isVisible()).toBe(true);
    await expect.poll(() => screen.locator('.p-votes .vote-prompt').textContent()).toContain('Borealis');
    for (const viewport of [PROJECTOR, LAPTOP]) {
      await screen.setViewportSize(viewport);
      await expect.poll(() => scrolls(screen), { message: `scrolls at ${viewport.width}` }).toBe(false);
      // The statechart's window (the chart pans inside it to keep its words at 18 px: issue 18).
      for (const part of ['.p-now .f-state dd', '.p-votes .vote-rows', '.p-statechart .sc-pan', '.p-map svg', '.p-join svg.qr']) {
        expect(await inside(screen, part), `${part} at ${viewport.width}`).toBe(true);
      }
      // The code itself, its quiet zone not counted.
      expect((await box(screen, '.p-join svg.qr path.m')).height).toBeGreaterThanOrEqual(0.4 * viewport.height);
      // Every option of the vote in sight, none cut off by its panel.
      const panelBottom = ((b) => b.y + b.height)(await box(screen, '.p-votes'));
      for (const row of await screen.locator('.p-votes .vote-row').all()) {
        const b = (await row.boundingBox())!;
        expect(b.y + b.height, `a vote option cut off at ${viewport.width}`).toBeLessThanOrEqual(panelBottom);
      }
      // The current state is the largest text in the room, and its panel and the vote's the largest boxes but the QR code's.
      const state = (await drawnSizes(screen, '.p-now .f-state dd'))[0]!;
      const others = await drawnSizes(screen, '.presenter-body :is(p, li, dd, dt, h2, span, text):not(.f-state dd)');
      expect(state).toBeGreaterThanOrEqual(Math.max(...others));
      const area = async (s: string) => ((b) => b.width * b.height)(await box(screen, s));
      expect(await area('.p-now')).toBeGreaterThan(await area('.p-statechart'));
      expect(await area('.p-votes')).toBeGreaterThan(await area('.p-map'));
      // Every word on the map can be read from the back of the room.
      await expect.poll(async () => Math.min(...(await drawnSizes(screen, '.p-map .place text')))).toBeGreaterThanOrEqual(18);
      await screenshot(screen, `82-presenter-vote-${viewport.width}`);
    }

    // The QR code can go once everyone is in, and come back (button or Q); the screen still fits.
    await screen.getByRole('button', { name: 'Hide QR code' }).click();
    await expect.poll(() => screen.locator('.p-join').isHidden()).toBe(true);
    expect(await scrolls(screen)).toBe(false);
    await screen.keyboard.press('q');
    await expect.poll(() => screen.locator('.p-join').isVisible()).toBe(true);

    // Full screen, by the button and by F.
    await screen.getByRole('button', { name: 'Full screen' }).click();
    await expect.poll(() => screen.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await expect.poll(() => screen.evaluate(() => document.body.classList.contains('is-fullscreen'))).toBe(true);
    expect(await screen.locator('.act-fullscreen').textContent()).toBe('Leave full screen');
    await screen.keyboard.press('f');
    await expect.poll(() => screen.evaluate(() => document.fullscreenElement === null)).toBe(true);
    // The class follows the browser's fullscreenchange event, which comes after the element is gone.
    await expect.poll(() => screen.evaluate(() => document.body.classList.contains('is-fullscreen'))).toBe(false);

    for (const w of [trainer, room, ...people]) expect(w.errors).toEqual([]);
  }, 120_000);

  it('gives a co-trainer a console on another device, which the trainer can revoke', async () => {
    const trainer = await trainerConsole();
    trainer.page.on('dialog', (dialog) => void dialog.accept());
    await trainer.page.getByLabel('Whose device (optional)').fill('Ana');
    await trainer.page.getByRole('button', { name: 'Add a co-trainer link' }).click();
    const field = trainer.page.getByRole('textbox', { name: 'Link for Ana' });
    await expect.poll(() => field.inputValue()).toMatch(/\/#\/session\/[\w-]+\/[\w-]{20,}$/);
    // Shown as a QR code too, for a phone or tablet.
    await trainer.page.locator('.link-item summary').click();
    expect((await trainer.page.locator('.link-item svg.link-qr-code path.m').getAttribute('d'))!.length).toBeGreaterThan(1000);

    const ana = await openPage(stage.browser, { viewport: LAPTOP });
    await ana.page.goto(await field.inputValue());
    await ready(ana.page, 'console');
    expect(await ana.page.locator('.page-head .eyebrow').textContent()).toBe("Co-trainer's console");
    // A co-trainer commands the class, but the links stay with the trainer.
    expect(await ana.page.locator('.p-links').count()).toBe(0);
    await ana.page.getByRole('button', { name: 'Start the session' }).click();
    await expect.poll(() => trainer.page.locator('.f-session dd').textContent()).toContain('running');
    await screenshot(ana.page, '83-cotrainer-console');

    await trainer.page.getByRole('button', { name: 'Revoke the link for Ana' }).click();
    await expect.poll(() => trainer.page.locator('.link-item .link-state').textContent()).toContain('revoked');
    // The revoked console closes: it says why, keeps no control, and does not pretend the network failed.
    await expect.poll(() => ana.page.locator('.screen-closed').textContent()).toContain('revoked');
    expect(await ana.page.locator('#offline-banner').count()).toBe(0);
    expect(await ana.page.getByRole('button', { name: /Start|Step|Pause|Play/ }).count()).toBe(0);
    await ana.page.reload();
    await expect.poll(() => ana.page.locator('.alerts').textContent()).toContain('revoked');

    // A presenter link that went further than the room is replaced: its screens close, a new one works.
    const presenterLink = trainer.page.locator('.link-presenter input.link-url');
    const old = await presenterLink.inputValue();
    const projector = await openPage(stage.browser, { viewport: PROJECTOR });
    await projector.page.goto(old);
    await ready(projector.page, 'presenter');
    await trainer.page.getByRole('button', { name: 'Replace the link' }).click();
    await expect.poll(() => presenterLink.inputValue()).not.toBe(old);
    await expect.poll(() => projector.page.locator('.screen-closed').textContent()).toContain('revoked');
    expect(await projector.page.locator('#offline-banner').count()).toBe(0);
    const fresh = await openPage(stage.browser, { viewport: PROJECTOR });
    await fresh.page.goto(await presenterLink.inputValue());
    await ready(fresh.page, 'presenter');
    expect(trainer.errors).toEqual([]);
    expect(fresh.errors).toEqual([]);
  }, 90_000);
});

describe('the presenter in Arabic', () => {
  it('lays the lobby and the session out right to left, and still fits a 1920×1080 screen', async () => {
    const trainer = await trainerConsole();
    const link = trainer.page.locator('.link-presenter input.link-url');
    await expect.poll(() => link.inputValue()).toMatch(/\/present\//);
    const room = await openPage(stage.browser, { viewport: PROJECTOR, locale: 'ar' });
    await room.page.goto(await link.inputValue());
    await ready(room.page, 'presenter');
    expect(await room.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    // The join code sits at the start of the line, which in Arabic is the right.
    const code = await box(room.page, '.p-join');
    expect(code.x).toBeGreaterThan(PROJECTOR.width / 2);
    expect(await scrolls(room.page)).toBe(false);
    await screenshot(room.page, '85-presenter-lobby-ar');
    await trainer.page.getByRole('button', { name: 'Start the session' }).click();
    await expect.poll(() => room.page.locator('.p-lobby').isHidden()).toBe(true);
    await expect.poll(() => scrolls(room.page)).toBe(false);
    expect((await box(room.page, '.p-join svg.qr path.m')).height).toBeGreaterThanOrEqual(0.4 * PROJECTOR.height);
    await screenshot(room.page, '86-presenter-ar');
    expect(room.errors).toEqual([]);
  }, 60_000);
});

describe('the statechart on a phone (issue 13, item 5)', () => {
  it('says where the request stands and where it can go, in readable type, and pans the chart at a readable scale', async () => {
    const trainer = await trainerConsole();
    const phone = await join(trainer.code, 'Chen');
    const { page } = phone;
    await expect.poll(() => page.locator('.next-state').textContent()).toBe('Intake');
    // What can happen, and where it may lead: choosing MLAT leads to the treaty channel (or a third country's check first).
    const steps = await page.locator('.next-list li').allTextContents();
    expect(steps.some((s) => /^Choose MLAT→ .*Mutual legal assistance/.test(s))).toBe(true);
    for (const size of await drawnSizes(page, '.next-steps :is(strong, li span, h2, h3)')) expect(size).toBeGreaterThanOrEqual(12);
    await page.locator('.p-statechart').scrollIntoViewIfNeeded();
    for (const size of await drawnSizes(page, '.p-statechart svg text')) expect(size).toBeGreaterThanOrEqual(12);
    // The chart pans inside its box; the page itself does not scroll sideways.
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await page.locator('.p-statechart .sc-pan').evaluate((f) => f.scrollWidth > f.clientWidth)).toBe(true);
    await page.locator('.p-next').screenshot({ path: `${(await import('./harness.ts')).SCREENSHOTS}/84-phone-next-steps.png` });

    // A wider screen draws the chart whole and needs no list.
    await page.setViewportSize(LAPTOP);
    expect(await page.locator('.p-next').isHidden()).toBe(true);
    expect(phone.errors).toEqual([]);
  }, 60_000);
});
