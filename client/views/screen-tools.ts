import { select } from 'd3-selection';
import { t } from '../i18n/index.ts';

export interface ScreenTools {
  qrShown(): boolean;
  toggleQr(): void;
  toggleFullscreen(): void;
  onChange(listener: () => void): void;
  dispose(): void;
}

const QR_KEY = 'rogatory.presenterQr';

/**
 * The projector's two switches: full screen (the Fullscreen API; the browser's own bars go) and
 * the QR code (large while people join, hidden once the room no longer needs it; remembered).
 */
export function createScreenTools(container: HTMLElement, options: { qr: boolean }): ScreenTools {
  const root = select(container);
  const listeners: (() => void)[] = [];
  let shown = options.qr && readShown();
  const qrButton = root.append('button').attr('type', 'button').attr('class', 'btn act-qr').property('hidden', !options.qr)
    .on('click', () => tools.toggleQr());
  const fsButton = root.append('button').attr('type', 'button').attr('class', 'btn act-fullscreen')
    .on('click', () => tools.toggleFullscreen());
  const label = () => {
    qrButton.text(shown ? t('presenter.hideQr') : t('presenter.showQr')).attr('aria-keyshortcuts', 'Q');
    const full = document.fullscreenElement !== null;
    fsButton.text(full ? t('presenter.exitFullscreen') : t('presenter.fullscreen')).attr('aria-keyshortcuts', 'F');
    document.body.classList.toggle('is-fullscreen', full);
  };
  document.addEventListener('fullscreenchange', label);
  // Not every browser allows it (an iframe, an old one): the button says nothing it cannot do.
  fsButton.property('hidden', !document.fullscreenEnabled);

  const tools: ScreenTools = {
    qrShown: () => shown,
    toggleQr() {
      if (!options.qr) return;
      shown = !shown;
      try {
        window.localStorage.setItem(QR_KEY, shown ? 'shown' : 'hidden');
      } catch {
        // Without storage the choice lasts as long as the page.
      }
      label();
      for (const listener of listeners) listener();
    },
    toggleFullscreen() {
      const done = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen({ navigationUI: 'hide' });
      // Refused (no user gesture, a policy): the screen stays as it is, which the button still says.
      void done.catch(() => label());
    },
    onChange(listener) {
      listeners.push(listener);
    },
    dispose() {
      document.removeEventListener('fullscreenchange', label);
      document.body.classList.remove('is-fullscreen');
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    },
  };
  label();
  return tools;
}

function readShown(): boolean {
  try {
    return window.localStorage.getItem(QR_KEY) !== 'hidden';
  } catch {
    return true;
  }
}

/** F and Q from the keyboard or a presenter's clicker mapped to keys; never while typing. Returns the unbinding. */
export function bindPresenterKeys(tools: ScreenTools): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    const key = event.key.toLowerCase();
    if (key === 'f') tools.toggleFullscreen();
    else if (key === 'q') tools.toggleQr();
    else return;
    event.preventDefault();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
