import { select, type Selection } from 'd3-selection';
import qrcode from 'qrcode-generator';
import { t } from '../i18n/index.ts';

export interface QrState {
  code: string | null;
  url: string | null;
  /** The origins the join link may use (more than one: the trainer picks), and the one in use. */
  origins?: string[];
  origin?: string;
}

/**
 * A QR code of `url` in `svg`, drawn from the generator's modules as one path (no markup strings,
 * nothing inline for the CSP to refuse; no seams between modules), with its quiet zone.
 */
export function drawQr(svg: Selection<SVGSVGElement, unknown, null, undefined>, url: string): void {
  const qr = qrcode(0, 'M');
  qr.addData(url);
  qr.make();
  const n = qr.getModuleCount();
  let d = '';
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.isDark(r, c)) d += `M${c} ${r}h1v1h-1z`;
  svg.attr('viewBox', `-4 -4 ${n + 8} ${n + 8}`);
  svg.selectAll('rect.bg').data([0]).join('rect').attr('class', 'bg').attr('x', -4).attr('y', -4).attr('width', n + 8).attr('height', n + 8);
  svg.selectAll('path.m').data([d]).join('path').attr('class', 'm').attr('d', (x) => x);
}

/**
 * The join code, large, with a QR code for the join page.
 */
export function create(container: HTMLElement, onPick?: (origin: string) => void): (state: QrState) => void {
  const root = select(container).append('section').attr('class', 'join-code').attr('aria-labelledby', 'join-code-h');
  root.append('h2').attr('id', 'join-code-h').text(t('join.codeTitle'));
  // Seen as one word, as it is typed; heard letter by letter. A screen reader reads "K7QM2X" as a
  // word (or a number), so the code is hidden from it and said beside it with a pause between
  // characters, in English: its letters are Latin whatever the page's language (an Arabic or
  // Chinese voice would skip or mispronounce them).
  const code = root.append('p').attr('class', 'code-text').attr('aria-hidden', 'true').attr('translate', 'no');
  const spoken = root.append('p').attr('class', 'visually-hidden code-spoken').attr('lang', 'en').attr('dir', 'ltr');
  const svg = root.append('svg').attr('class', 'qr').attr('role', 'img');
  const url = root.append('p').attr('class', 'join-url');
  // localhost reaches only this machine: the trainer picks the address the room's network can open.
  const pick = root.append('label').attr('class', 'inline-field join-origin').property('hidden', true);
  pick.append('span').text(t('join.addressPick'));
  const originSelect = pick.append('select').on('change', function () {
    onPick?.((this as HTMLSelectElement).value);
  });

  return (state) => {
    root.property('hidden', !state.code);
    if (!state.code || !state.url) return;
    code.text(state.code);
    spoken.text(spokenCode(state.code));
    url.text(state.url);
    const origins = state.origins ?? [];
    pick.property('hidden', !onPick || origins.length < 2);
    originSelect.selectAll('option').data(origins, (o) => o as string).join('option').attr('value', (o) => o).text((o) => o);
    if (state.origin) originSelect.property('value', state.origin);
    drawQr(svg, state.url);
    svg.attr('aria-label', t('join.qrLabel', { url: state.url }));
  };
}

/** A join code as a screen reader should say it: each character on its own, with a pause between. */
export function spokenCode(code: string): string {
  return [...code].join(', ');
}
