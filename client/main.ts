import { select } from 'd3-selection';
import { onLocaleChange, preferredLocale, setLocale, t, translateStatic } from './i18n/index.ts';
import { languageMenu } from './app/language-menu.ts';
import { render, startRouter } from './app/router.ts';

/** Boot: the language first (it decides the layout's direction), then the page the hash names. */
async function boot(): Promise<void> {
  await setLocale(preferredLocale());
  translateStatic();
  languageMenu();
  skipLink();
  onLocaleChange(() => {
    translateStatic();
    document.title = t('app.name');
    // Pages draw their text once: draw the current one again in the new language. The reader is on
    // the language menu (or on a control outside <main>): focus stays there, not moved to the page.
    void render(true);
  });
  document.title = t('app.name');
  startRouter();
  keepShell();
}

/**
 * The service worker keeps the app shell, so that a page reloaded while the server is down shows
 * the app and its offline banner, not the browser's error page. Browsers allow it only in a secure
 * context (https, or localhost): on a plain-http LAN address `serviceWorker` is simply absent.
 */
function keepShell(): void {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  navigator.serviceWorker.register('/sw.js').catch(() => {
    // Not kept: a reload during an outage shows the browser's page, as without a worker.
  });
}

/** The skip link moves focus without touching the hash, which the router owns. */
function skipLink(): void {
  select('.skip-link').on('click', (event: Event) => {
    event.preventDefault();
    document.getElementById('main')?.focus();
  });
}

void boot();
