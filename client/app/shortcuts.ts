/**
 * Keys for the trainer's console that a presenter's clicker can send (clickers send Page Down/Up or
 * the arrow keys for next/previous, "b" or "." for the blank-screen button, F5 and Escape for
 * start and end of a slide show): the trainer can walk the room while the request moves.
 *
 *   Page Down, →   Step
 *   Page Up, ←     Play / Pause
 *   B, .           Open the vote / Close the vote
 *   F5             Start (or resume) the session, instead of reloading the console
 *   Escape         Pause the playing
 *
 * A key does what clicking the control does, and nothing when that control is hidden or disabled
 * (a vote open refuses Step). Never while typing (a field has the focus), with a modifier held, or
 * while a dialog is open.
 */
export const SHORTCUTS: Record<string, string[]> = {
  PageDown: ['.ctl-step'],
  ArrowRight: ['.ctl-step'],
  PageUp: ['.ctl-play'],
  ArrowLeft: ['.ctl-play'],
  b: ['.ctl-open-vote', '.ctl-close-vote'],
  B: ['.ctl-open-vote', '.ctl-close-vote'],
  '.': ['.ctl-open-vote', '.ctl-close-vote'],
  F5: ['.ctl-start'],
  Escape: ['.ctl-play[aria-pressed="true"]'],
};

const TYPING = 'input, select, textarea, [contenteditable=""], [contenteditable="true"]';

function usable(element: Element | null): element is HTMLButtonElement {
  return element instanceof HTMLButtonElement && !element.disabled && !element.hidden && element.closest('[hidden]') === null;
}

/** Listen on the document for the console's keys; returns how to stop. */
export function listenForShortcuts(root: HTMLElement): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || event.isComposing) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest(TYPING) || document.querySelector('dialog[open]')) return;
    const selectors = SHORTCUTS[event.key];
    if (!selectors) return;
    // F5 on the console would reload it in the middle of a class: it is the clicker's "start", nothing else.
    if (event.key === 'F5') event.preventDefault();
    const control = selectors.map((s) => root.querySelector(s)).find(usable);
    if (!control) return;
    event.preventDefault();
    control.click();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
