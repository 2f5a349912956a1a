import { select } from 'd3-selection';
import { LOCALES, LOCALE_NAMES, locale, onLocaleChange, preferredLocale, setLocale, t, translateStatic, type Locale } from './i18n/index.ts';
import { render, startRouter } from './app/router.ts';

/** Boot: the language first (it decides the layout's direction), then the page the hash names. */
async function boot(): Promise<void> {
  await setLocale(preferredLocale());
  translateStatic();
  languageSwitch();
  skipLink();
  onLocaleChange(() => {
    translateStatic();
    document.title = t('app.name');
    // Pages draw their text once: draw the current one again in the new language.
    void render();
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

function languageSwitch(): void {
  const picker = select<HTMLSelectElement, unknown>('#lang');
  picker
    .selectAll('option')
    .data(LOCALES)
    .join('option')
    .attr('value', (d) => d)
    .attr('lang', (d) => d)
    .text((d) => LOCALE_NAMES[d]);
  picker.property('value', locale());
  picker.on('change', (event: Event) => {
    const chosen = (event.target as HTMLSelectElement).value as Locale;
    void setLocale(chosen, true);
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
