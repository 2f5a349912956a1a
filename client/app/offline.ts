import { t } from '../i18n/index.ts';

/** Live connections of this page that are down right now (a page may hold one or two). */
const down = new Set<object>();

/**
 * A banner while the page has lost the server: without it the page looks normal while nothing it
 * shows is current and nothing clicked reaches anyone. The body's `is-offline` class lets the page
 * dim what is stale.
 */
export function connectionChanged(connection: object, connected: boolean): void {
  if (connected) down.delete(connection);
  else down.add(connection);
  // The same client runs in Node for tests: no page to show it on there.
  if (typeof document === 'undefined') return;
  let banner = document.getElementById('offline-banner');
  if (down.size === 0) {
    banner?.remove();
    document.body.classList.remove('is-offline');
    return;
  }
  document.body.classList.add('is-offline');
  if (banner) return;
  banner = document.createElement('p');
  banner.id = 'offline-banner';
  banner.className = 'offline-banner';
  banner.setAttribute('role', 'alert');
  banner.textContent = t('offline.banner');
  document.body.prepend(banner);
}

/** Forget a connection the page closed on purpose (it is not "down"). */
export function connectionClosed(connection: object): void {
  connectionChanged(connection, true);
}
