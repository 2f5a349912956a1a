import { t } from '../i18n/index.ts';

/**
 * Words for screen readers and for everyone: `announce` speaks politely (the live region is
 * visually hidden), `alertUser` shows an error (or news) on screen and speaks it at once.
 */
export function announce(message: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  // Clearing first makes a repeated message be spoken again.
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = message;
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
