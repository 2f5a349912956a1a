import { select } from 'd3-selection';
import { LOCALES, LOCALE_NAMES, locale, setLocale, type Locale } from '../i18n/index.ts';

/**
 * The language menu in the top bar. A closed <select> changes its value on every arrow key, and a
 * language applied at once redraws the whole page in another language and direction per key (four
 * redraws to reach Arabic from English). So a choice made with keys waits for confirmation: Enter
 * on the menu, or its Apply button, which shows while a choice is waiting. A choice made with the
 * pointer (the browser's own list, closed by a click) is already confirmed and applies at once.
 * Escape puts the menu back to the language in use.
 */
export function languageMenu(): void {
  const picker = select<HTMLSelectElement, unknown>('#lang');
  const apply = select<HTMLButtonElement, unknown>('.lang-apply');
  picker
    .selectAll('option')
    .data(LOCALES)
    .join('option')
    .attr('value', (d) => d)
    // Each name is in its own language, so a screen reader reads "العربية" with an Arabic voice.
    .attr('lang', (d) => d)
    .text((d) => LOCALE_NAMES[d]);
  picker.property('value', locale());

  // Whether the menu's last change came from the keyboard (arrows, Home/End, typing a letter).
  let keyed = false;
  const chosen = () => picker.property('value') as Locale;
  const waiting = (wait: boolean) => apply.property('hidden', !wait);
  const confirm = () => {
    waiting(false);
    if (chosen() !== locale()) void setLocale(chosen(), true);
  };

  picker
    .on('keydown', (event: KeyboardEvent) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        confirm();
      } else if (event.key === 'Escape' && chosen() !== locale()) {
        picker.property('value', locale());
        waiting(false);
      } else if (event.key !== 'Tab' && !event.altKey) {
        keyed = true;
      }
    })
    .on('pointerdown', () => {
      keyed = false;
    })
    .on('change', () => {
      if (keyed) waiting(chosen() !== locale());
      else confirm();
    });
  apply.on('click', () => {
    confirm();
    picker.node()?.focus();
  });
}
