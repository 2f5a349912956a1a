/**
 * Focus that follows the work. The session screens redraw on every broadcast: a control that is
 * hidden, disabled, re-created or moved while it has the focus would drop a keyboard user at the
 * page's top. A control names itself with `data-focus-key` (stable across redraws: `start`,
 * `vote-close`, `history:12`) and may name where focus goes when it is gone with
 * `data-focus-fallback` (keys, first usable wins; on it or on any ancestor, nearest first).
 */

const KEY = 'data-focus-key';
const FALLBACK = 'data-focus-fallback';

/** What a control is called across redraws: its own key, else its role and name inside its panel. */
export function focusKeyOf(element: Element): string | null {
  const own = element.getAttribute(KEY);
  if (own) return own;
  // Controls drawn by views that do not name themselves (the chart's and the assessment's event
  // buttons): the same event has the same words after a redraw.
  const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
  if (!name) return null;
  const panel = element.closest('.panel')?.className ?? '';
  return `name:${panel}|${element.tagName}|${element.getAttribute('role') ?? ''}|${name}`;
}

/** Shown, enabled, and able to take the focus (a tabindex of -1 counts: a heading or a result taken to on purpose). */
function usable(element: Element | null): element is HTMLElement | SVGElement {
  if (!(element instanceof HTMLElement || element instanceof SVGElement) || !element.isConnected) return false;
  if ((element as HTMLButtonElement).disabled || element.closest('[hidden], [inert], fieldset:disabled')) return false;
  if (!element.checkVisibility({ visibilityProperty: true })) return false;
  return element.tabIndex >= 0 || element.hasAttribute('tabindex');
}

function byKey(root: HTMLElement, key: string): HTMLElement | SVGElement | null {
  for (const candidate of root.querySelectorAll(`[${KEY}="${CSS.escape(key)}"]`)) if (usable(candidate)) return candidate;
  // Keyless controls: the one with the same role and name.
  if (key.startsWith('name:')) {
    for (const candidate of root.querySelectorAll('button, a[href], [role="button"], input, select')) {
      if (focusKeyOf(candidate) === key && usable(candidate)) return candidate;
    }
  }
  return null;
}

/** The fallbacks named on the element and its ancestors, nearest first. */
function fallbacksOf(element: Element): string[] {
  const keys: string[] = [];
  for (let at: Element | null = element; at; at = at.parentElement) {
    keys.push(...(at.getAttribute(FALLBACK)?.split(/\s+/).filter(Boolean) ?? []));
  }
  return keys;
}

/**
 * Focus without scrolling the page away: the browser's own scroll on focus centres the control (or
 * jumps to the page's top for a heading); nearest only scrolls when it is out of sight.
 */
export function moveFocus(target: HTMLElement | SVGElement | null): void {
  if (!target) return;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/**
 * Redraw under `root`, and if the focused control inside it did not survive (removed, re-created,
 * hidden, disabled), put the focus on the control with its key, else on its named fallback. Focus
 * outside `root`, or on a control still usable, is left alone: a redraw never takes the focus.
 */
export function keepFocus(root: HTMLElement, draw: () => void): void {
  const before = document.activeElement;
  const inside = before instanceof Element && before !== root && root.contains(before);
  const key = inside ? focusKeyOf(before) : null;
  const fallbacks = inside ? fallbacksOf(before) : [];
  draw();
  if (!inside || (document.activeElement === before && usable(before))) return;
  // A control moved within the page (d3's order()) is the same element, but has lost the focus.
  const same = key ? byKey(root, key) : null;
  if (same) return moveFocus(same);
  for (const fallback of fallbacks) {
    const target = byKey(root, fallback);
    if (target) return moveFocus(target);
  }
}
