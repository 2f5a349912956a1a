import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeFindings } from './axe.ts';
import { openAt, openPage, ready, screenshot, sharedStage, SCREENS, SCREENSHOTS } from './harness.ts';

/**
 * Issue 18: the statechart and the map for a class that includes screen-reader users and a back row.
 * The chart has a text alternative (a list of its states with the current and visited ones marked,
 * and the events possible now as buttons), its own drawing is hidden from assistive technology, its
 * buttons' names begin with their visible words, and its words (and the map's) are large enough on
 * a projector and grow with the browser's zoom.
 */
const stage = sharedStage();
const WALK = /^Walk through: France asks a US provider for e-mail content/;

async function walkThrough(viewport: { width: number; height: number }): Promise<Awaited<ReturnType<typeof openAt>>> {
  const watched = await openAt(stage, 'library', { viewport });
  await watched.page.getByLabel('Search scenarios').fill('France asks a US provider for e-mail content');
  await watched.page.getByRole('button', { name: WALK }).click();
  await ready(watched.page, 'console');
  await expect.poll(() => watched.page.locator('[role="button"].sc-edge-label').count()).toBeGreaterThan(1);
  return watched;
}

/** The chart's box labels as drawn, without the ▣ of a folded channel. */
const chartNames = (page: Page, cls: string) => page.locator(`svg.sc .sc-node${cls} .sc-label`).evaluateAll((els) => els.map((el) => (el.textContent ?? '').replace(/^▣\s*/, '').trim()));
const listNames = (page: Page, selector: string) => page.locator(`.sc-alt ${selector} > .sc-alt-name`).allTextContents();

/** What the list and the chart say now: the current states, the visited, the events. */
async function bothSay(page: Page) {
  return {
    chartCurrent: (await chartNames(page, '.is-current')).sort(),
    listCurrent: (await listNames(page, 'li[aria-current="step"]')).sort(),
    chartVisited: (await chartNames(page, '.is-visited')).sort(),
    listVisited: (await listNames(page, 'li.is-visited')).sort(),
  };
}

/** The size each visible text is drawn at, in CSS px (an SVG's text is scaled with its drawing). */
const drawnSizes = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els
  .filter((el) => (el.textContent ?? '').trim() !== '' && el.getClientRects().length > 0)
  .map((el) => {
    const size = parseFloat(getComputedStyle(el).fontSize);
    const ctm = el instanceof SVGGraphicsElement ? el.getScreenCTM() : null;
    return ctm ? size * Math.hypot(ctm.a, ctm.b) : size;
  }));
const smallest = async (page: Page, selector: string) => Math.min(...(await drawnSizes(page, selector)));

describe('the statechart in words', () => {
  it('lists the states the chart draws with the current and visited ones marked, and its buttons send the events the chart offers', async () => {
    const { page, errors } = await walkThrough({ width: 1366, height: 768 });
    const alt = page.locator('.sc-alt');
    let said = await bothSay(page);
    expect(said.listCurrent).toEqual(said.chartCurrent);
    expect(said.listCurrent).toContain('Intake');
    // Every box of the chart is an item of the list.
    expect((await alt.locator('li[data-state] > .sc-alt-name').allTextContents()).sort())
      .toEqual(expect.arrayContaining((await chartNames(page, '')).sort()));
    // In words, not only by an attribute.
    expect(await alt.locator('li[aria-current="step"]').first().textContent()).toContain('current state');

    // The chart's buttons: each name begins with the words on it, and the list offers the same events.
    const chartButtons = await page.locator('[role="button"].sc-edge-label').evaluateAll((els) => els.map((el) => ({
      visible: (el.textContent ?? '').replace(/[◷∗]/g, '').trim(), name: el.getAttribute('aria-label') ?? '',
    })));
    for (const b of chartButtons) expect(b.name.startsWith(`${b.visible} — send now: `), `${b.name} / ${b.visible}`).toBe(true);
    const listButtons = await alt.locator('.sc-alt-events button').allTextContents();
    expect(listButtons.sort()).toEqual(expect.arrayContaining(chartButtons.map((b) => b.name.split(' — send now: ')[1]!).sort()));
    expect(listButtons).toContain('Choose MLAT');

    // The drawing says nothing to a screen reader but its buttons: no run-on names, no ▶ or ✓.
    // (A button is read by its name; the snapshot also prints its drawn text after a colon.)
    const tree = (await page.locator('figure.statechart').ariaSnapshot()).replace(/^(\s*- '?button "[^"]*")'?: .*$/gm, '$1');
    expect(tree).not.toMatch(/[▶✓▣◷∗]/);
    // Inside the drawing, only its buttons.
    const drawing = (await page.locator('svg.sc').ariaSnapshot()).split('\n').slice(1).filter((line) => !/^\s*- '?button "/.test(line));
    expect(drawing).toEqual([]);
    const spoken = await page.locator('svg.sc text').evaluateAll((els) => els
      .filter((el) => !el.closest('[aria-hidden="true"], [role="button"]')).map((el) => el.textContent));
    expect(spoken).toEqual([]);

    // Hidden from the eye until the focus goes in, then shown where the focus is.
    expect((await alt.boundingBox())!.width).toBeLessThanOrEqual(1);
    const send = alt.getByRole('button', { name: 'Send direct request', exact: true });
    await send.focus();
    expect((await alt.boundingBox())!.width).toBeGreaterThan(200);
    expect(await send.isVisible()).toBe(true);
    // (The element alone: the harness's page screenshot would take the focus away.)
    await alt.screenshot({ path: `${SCREENSHOTS}/180-statechart-in-words.png` });
    // The list's button acts: a direct request, which the US Stored Communications Act blocks.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.f-state dd').textContent()).toBe('Blocked by law');
    await expect.poll(async () => (await bothSay(page)).listCurrent).toContain('Blocked by law');
    said = await bothSay(page);
    expect(said.listCurrent).toEqual(said.chartCurrent);
    expect(said.listVisited).toEqual(said.chartVisited);
    expect(said.listVisited.length).toBeGreaterThan(0);
    expect(await alt.locator('li.is-visited').first().textContent()).toContain('visited');

    // The next from the list too, with the keyboard: the treaty.
    await alt.getByRole('button', { name: 'Choose MLAT', exact: true }).focus();
    await page.keyboard.press(' ');
    await expect.poll(() => page.locator('.f-state dd').textContent()).toBe('Drafting');
    await expect.poll(async () => (await bothSay(page)).listCurrent).toContain('Drafting');
    said = await bothSay(page);
    expect(said).toEqual({ ...said, listCurrent: said.chartCurrent, listVisited: said.chartVisited });
    expect(errors).toEqual([]);
  }, 90_000);

  it('the walk-through console has no axe finding at first, after a choice and after a step, in English and Arabic', async () => {
    for (const locale of ['en-GB', 'ar']) {
      const watched = await openAt(stage, 'library', { locale, viewport: { width: 1366, height: 768 } });
      const { page, errors } = watched;
      await page.locator('li.card').filter({ hasText: 'France' }).first().locator('button').first().click();
      await ready(page, 'console');
      await expect.poll(() => page.locator('[role="button"].sc-edge-label').count()).toBeGreaterThan(1);
      expect(await axeFindings(page), `${locale} at first`).toEqual([]);
      await page.locator('[role="button"][data-focus-key="event:SEND_DIRECT"]').click();
      await expect.poll(() => page.locator('.sc-node.is-current .sc-label').allTextContents()).not.toContain(locale === 'ar' ? 'الاستقبال' : 'Intake');
      expect(await axeFindings(page), `${locale} after a choice`).toEqual([]);
      await page.locator('button.ctl-step').click();
      expect(await axeFindings(page), `${locale} after a step`).toEqual([]);
      expect(errors).toEqual([]);
      await watched.context.close();
    }
  }, 120_000);
});

describe('chart and map words from the back of the room, and at 200 % zoom', () => {
  /**
   * Browser zoom at 200 % on a screen of `viewport`: the page gets half the CSS px across and down,
   * and every CSS px is drawn with two of the screen's pixels. That is what Chromium does when the
   * user zooms; a test page gets it from a half-size viewport at device scale 2.
   */
  async function browserAt(viewport: { width: number; height: number }, zoom: 1 | 2) {
    const context = await stage.browser.newContext({ viewport: { width: viewport.width / zoom, height: viewport.height / zoom }, deviceScaleFactor: zoom });
    context.setDefaultTimeout(10_000);
    return { context, page: await context.newPage() };
  }

  /** A classroom session, started on a console at `viewport` and `zoom`, and its presenter screen's address. */
  async function session(viewport = { width: 1366, height: 768 }, zoom: 1 | 2 = 1): Promise<{ trainer: Page; presenterUrl: string }> {
    const { page } = await browserAt(viewport, zoom);
    await page.goto(stage.server.url);
    await ready(page, 'library');
    await page.getByRole('button', { name: /^Run a classroom session: A blocking statute/ }).click();
    await ready(page, 'console');
    await page.getByRole('button', { name: 'Start the session' }).click();
    await expect.poll(() => page.locator('button.ctl-step').isVisible()).toBe(true);
    const link = page.locator('.link-presenter input.link-url');
    await expect.poll(() => link.inputValue()).toMatch(/\/#\/present\//);
    return { trainer: page, presenterUrl: await link.inputValue() };
  }

  async function zoomed(url: string, view: string, viewport: { width: number; height: number }) {
    const { page, context } = await browserAt(viewport, 2);
    await page.goto(url);
    await ready(page, view);
    return { page, context };
  }

  it('on the presenter at 1920×1080 the chart and the map write at least 18 px, the chart shows its current state, and both grow at 200 % zoom', async () => {
    const { presenterUrl } = await session();
    const room = await openPage(stage.browser, { viewport: { width: 1920, height: 1080 } });
    await room.page.goto(presenterUrl);
    await ready(room.page, 'presenter');
    const page = room.page;
    await expect.poll(() => page.locator('.p-statechart .sc-node.is-current').count()).toBeGreaterThan(0);
    await expect.poll(() => smallest(page, '.p-statechart svg text')).toBeGreaterThanOrEqual(18);
    await expect.poll(() => smallest(page, '.p-map .place text')).toBeGreaterThanOrEqual(18);
    // The chart pans to what matters: the current state is in its window.
    const inWindow = async (p: Page) => p.evaluate(() => {
      const frame = document.querySelector('.p-statechart .sc-pan')!.getBoundingClientRect();
      const node = document.querySelector('.p-statechart .sc-node.is-current:not(.kind-hub)')!.getBoundingClientRect();
      return node.left >= frame.left - 1 && node.right <= frame.right + 1 && node.top >= frame.top - 1 && node.bottom <= frame.bottom + 1;
    });
    await expect.poll(() => inWindow(page)).toBe(true);
    // The projector's page itself does not scroll.
    expect(await page.evaluate(() => document.scrollingElement!.scrollHeight <= window.innerHeight)).toBe(true);
    const full = { chart: await smallest(page, '.p-statechart svg text'), map: await smallest(page, '.p-map .place text') };
    await screenshot(page, '181-presenter-chart-1920');

    const zoom = await zoomed(presenterUrl, 'presenter', { width: 1920, height: 1080 });
    await expect.poll(() => smallest(zoom.page, '.p-statechart svg text')).toBeGreaterThanOrEqual(18);
    await expect.poll(() => smallest(zoom.page, '.p-map .place text')).toBeGreaterThanOrEqual(18);
    // On the screen (CSS px × 2) the words are larger than without zoom.
    expect(2 * await smallest(zoom.page, '.p-statechart svg text')).toBeGreaterThan(full.chart);
    expect(2 * await smallest(zoom.page, '.p-map .place text')).toBeGreaterThan(full.map);
    await screenshot(zoom.page, '182-presenter-chart-zoom-200');
    await expect.poll(() => inWindow(zoom.page)).toBe(true);
    await zoom.context.close();
    expect(room.errors).toEqual([]);
  }, 90_000);

  it('on the console at 1366×768 the chart and the map write at least 14 px, and grow at 200 % zoom; on each screen the chart pans inside its box', async () => {
    const { trainer } = await session();
    await expect.poll(() => smallest(trainer, '.statechart svg text')).toBeGreaterThanOrEqual(14);
    await expect.poll(() => smallest(trainer, '.map .place text')).toBeGreaterThanOrEqual(14);
    const full = { chart: await smallest(trainer, '.statechart svg text'), map: await smallest(trainer, '.map .place text') };
    const zoom = (await session({ width: 1366, height: 768 }, 2)).trainer;
    await expect.poll(() => smallest(zoom, '.statechart svg text')).toBeGreaterThanOrEqual(14);
    expect(2 * await smallest(zoom, '.statechart svg text')).toBeGreaterThan(full.chart);
    await expect.poll(async () => 2 * await smallest(zoom, '.map .place text')).toBeGreaterThan(full.map);
    await zoom.context().close();

    for (const screen of SCREENS) {
      await trainer.setViewportSize(screen.viewport);
      await expect.poll(() => smallest(trainer, '.statechart svg text'), { message: screen.name }).toBeGreaterThanOrEqual(14);
      // The page never scrolls sideways for the chart: it pans in its own window, which the keyboard can reach.
      expect(await trainer.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth), screen.name).toBe(true);
      const pan = trainer.locator('.statechart .sc-pan');
      if (await pan.evaluate((el) => el.scrollWidth > el.clientWidth)) expect(await pan.getAttribute('tabindex')).toBe('0');
      await trainer.locator('.statechart').screenshot({ path: `${SCREENSHOTS}/183-console-chart-${screen.name}.png` });
    }
  }, 90_000);
});

describe('the atlas legend', () => {
  it('every channel colour in the legend and on the map keeps its words readable (axe colour contrast)', async () => {
    const { page, errors } = await openAt(stage, 'atlas', { path: '/#/atlas', viewport: { width: 1366, height: 768 } });
    await expect.poll(() => page.locator('.atlas-state.channel-direct, .atlas-map-legend .channel-direct').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect((await axeFindings(page)).filter((f) => f.rule === 'color-contrast')).toEqual([]);
    // The legend's chips: each channel's words against its colour, at least 4.5:1 (WCAG 1.4.3).
    const ratios = await page.locator('.atlas-map-legend [class*="channel-"]').evaluateAll((els) => els.map((el) => {
      const rgb = (s: string) => (s.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
      const lum = (c: number[]) => {
        const [r, g, b] = c.map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const style = getComputedStyle(el);
      const [a, b] = [lum(rgb(style.color)), lum(rgb(style.backgroundColor))];
      return { cls: el.className, ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
    }));
    expect(ratios.length).toBeGreaterThan(3);
    for (const r of ratios) expect(r.ratio, r.cls).toBeGreaterThanOrEqual(4.5);
    expect(errors).toEqual([]);
  }, 60_000);
});
