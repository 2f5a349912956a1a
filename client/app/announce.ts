import { t } from '../i18n/index.ts';

/** The words last put in the live region, and those waiting to be (sentences said together). */
let spoken = '';
let pending: string[] = [];
let flushing: number | null = null;

/**
 * Words for screen readers and for everyone: `announce` speaks politely (the live region is
 * visually hidden), `alertUser` shows an error (or news) on screen and speaks it at once.
 * The same words are never said twice in a row (a redraw that repeats its news says nothing), and
 * sentences given together are said together, not the last one over the others.
 */
export function announce(message: string): void {
  const region = document.getElementById('announcer');
  const words = message.trim();
  if (!region || !words || pending.includes(words)) return;
  if (pending.length === 0 && words === spoken) return;
  pending.push(words);
  if (flushing !== null) return;
  // Cleared first, then filled: a region whose text only changes is not always spoken again.
  region.textContent = '';
  flushing = window.setTimeout(() => {
    flushing = null;
    const said = pending.join(' ');
    pending = [];
    if (said === spoken) return;
    spoken = said;
    region.textContent = said;
  }, 30);
}

export function alertUser(message: string, kind: 'error' | 'info' = 'error'): void {
  const host = document.getElementById('alerts');
  if (!host) return;
  const item = document.createElement('p');
  // An error says ⚠ and is outlined in red; news (the class moved) says ℹ in blue: shape and words, not colour alone.
  item.className = `alert alert-${kind}`;
  item.textContent = message;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'alert-close';
  close.textContent = '×';
  close.setAttribute('aria-label', t('common.dismiss'));
  close.addEventListener('click', () => item.remove());
  item.append(close);
  host.append(item);
  window.setTimeout(() => item.remove(), 12_000);
}

/** Run an action and show its failure instead of losing it in the console. */
export async function guarded<T>(action: () => Promise<T>): Promise<T | undefined> {
  try {
    return await action();
  } catch (error) {
    alertUser(error instanceof Error ? error.message : String(error));
    return undefined;
  }
}
