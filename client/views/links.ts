import { select, type Selection } from 'd3-selection';
import type { LinkView } from '../../server/protocol.ts';
import { t } from '../i18n/index.ts';
import { drawQr } from './qr.ts';

export interface LinksState {
  /** Every link of the session, revoked ones too (from the server). */
  links: LinkView[];
  /** The address of each link this browser made (the server keeps only hashes), by link id. */
  urls: Record<string, string>;
}

export interface LinkActions {
  addCotrainer(label: string): void;
  /** Revoke the presenter link (its screens close) and make a new one: for a link that went further than the room. */
  replacePresenter(link: LinkView): void;
  revoke(link: LinkView): void;
}

/**
 * The owner's links for other screens: the presenter link (for the room's computer) and co-trainer
 * links (the console on another device), each copyable and shown as a QR code; a co-trainer's link
 * can be revoked, which closes their console.
 */
export function create(container: HTMLElement, actions: LinkActions): (state: LinksState) => void {
  const root = select(container).append('section').attr('class', 'links').attr('aria-labelledby', 'links-h');
  root.append('h2').attr('id', 'links-h').text(t('links.title'));

  const presenter = root.append('div').attr('class', 'link-block link-presenter');
  presenter.append('h3').text(t('links.presenter'));
  presenter.append('p').attr('class', 'hint').text(t('links.presenterHint'));
  const presenterUrl = urlField(presenter, t('links.presenter'));
  const presenterTools = presenter.append('p').attr('class', 'link-tools');
  copyButton(presenterTools, presenterUrl, t('links.copyPresenter'));
  const open = presenterTools.append('a').attr('class', 'btn btn-small act-open-presenter').attr('target', '_blank').attr('rel', 'noopener').text(t('links.open'));
  let current: LinkView | undefined;
  presenterTools.append('button').attr('type', 'button').attr('class', 'btn btn-small act-replace-presenter').text(t('links.replace'))
    .on('click', () => {
      if (current && window.confirm(t('links.replaceConfirm'))) actions.replacePresenter(current);
    });
  const presenterQr = qrDetails(presenter, t('links.presenter'));

  const trainers = root.append('div').attr('class', 'link-block link-trainers');
  trainers.append('h3').text(t('links.cotrainers'));
  trainers.append('p').attr('class', 'hint').text(t('links.cotrainerHint'));
  const form = trainers.append('form').attr('class', 'link-add');
  const labelField = form.append('label').attr('class', 'inline-field');
  labelField.append('span').text(t('links.label'));
  const label = labelField.append('input').attr('maxlength', 60).attr('autocomplete', 'off');
  form.append('button').attr('type', 'submit').attr('class', 'btn btn-small act-add-cotrainer').text(t('links.add'));
  form.on('submit', (event: Event) => {
    event.preventDefault();
    actions.addCotrainer(String(label.property('value')).trim());
    label.property('value', '');
  });
  const list = trainers.append('ul').attr('class', 'link-list');

  return ({ links, urls }) => {
    const shown = links.filter((l) => l.role === 'presenter' && l.revokedAt === null && urls[l.id]).at(-1);
    current = shown;
    presenter.property('hidden', !shown);
    if (shown) {
      presenterUrl.property('value', urls[shown.id]!);
      open.attr('href', urls[shown.id]!);
      presenterQr(urls[shown.id]!);
    }
    const items = list.selectAll<HTMLLIElement, LinkView>('li').data(links.filter((l) => l.role === 'trainer'), (l) => l.id)
      .join((enter) => {
        const li = enter.append('li').attr('class', 'link-item');
        const head = li.append('p').attr('class', 'link-head');
        head.append('span').attr('class', 'link-name').attr('dir', 'auto');
        head.append('span').attr('class', 'link-state');
        head.append('button').attr('type', 'button').attr('class', 'btn btn-small act-revoke').text(t('links.revoke'))
          .on('click', (_e, l) => {
            if (window.confirm(t('links.revokeConfirm', { name: l.label ?? t('links.unnamed') }))) actions.revoke(l);
          });
        li.each(function (l) {
          const url = urls[l.id];
          if (!url) return;
          const item = select(this);
          const field = urlField(item, t('links.cotrainerUrl', { name: l.label ?? t('links.unnamed') }));
          field.property('value', url);
          copyButton(item.append('p').attr('class', 'link-tools'), field, t('links.copyCotrainer', { name: l.label ?? t('links.unnamed') }));
          qrDetails(item, t('links.cotrainerUrl', { name: l.label ?? t('links.unnamed') }))(url);
        });
        return li;
      })
      .classed('is-revoked', (l) => l.revokedAt !== null);
    items.select('.link-name').text((l) => l.label ?? t('links.unnamed'));
    items.select('.link-state').text((l) => (l.revokedAt ? ` (${t('links.revoked')})` : ''));
    items.select('.act-revoke').property('hidden', (l) => l.revokedAt !== null).attr('aria-label', (l) => t('links.revokeLabel', { name: l.label ?? t('links.unnamed') }));
    // A revoked link's address opens nothing: it is no longer offered.
    items.selectAll('.link-url-field, .link-tools, .link-qr').property('hidden', (_d, i, nodes) => {
      const li = (nodes[i] as Element).closest('li');
      return li?.classList.contains('is-revoked') ?? false;
    });
  };
}

/** The address in a read-only field: selected at a click, so it can be copied by hand where the clipboard is refused. */
function urlField(parent: Selection<any, any, any, any>, name: string) {
  const wrap = parent.append('label').attr('class', 'link-url-field');
  wrap.append('span').attr('class', 'visually-hidden').text(name);
  return wrap.append('input').attr('class', 'link-url').attr('readonly', true).attr('dir', 'ltr')
    .on('focus', function () {
      (this as HTMLInputElement).select();
    });
}

/** Copies the field's address. The clipboard API needs a secure origin, which a LAN address is not: then the field is selected and copied the old way. */
function copyButton(parent: Selection<any, any, any, any>, field: Selection<HTMLInputElement, any, any, any>, name: string): void {
  const button = parent.append('button').attr('type', 'button').attr('class', 'btn btn-small act-copy').attr('aria-label', name).text(t('links.copy'));
  button.on('click', async () => {
    const input = field.node()!;
    try {
      await navigator.clipboard.writeText(input.value);
    } catch {
      input.select();
      document.execCommand('copy');
    }
    button.text(t('links.copied'));
    window.setTimeout(() => button.text(t('links.copy')), 2000);
  });
}

/** A QR code behind a disclosure, so the panel stays short until someone needs to scan. */
function qrDetails(parent: Selection<any, any, any, any>, name: string): (url: string) => void {
  const details = parent.append('details').attr('class', 'link-qr');
  details.append('summary').text(t('links.qr'));
  // Not `.qr`: that one is the join code's, which pages and tests look for alone.
  const svg = details.append('svg').attr('class', 'link-qr-code').attr('role', 'img') as unknown as Selection<SVGSVGElement, unknown, null, undefined>;
  return (url) => {
    drawQr(svg, url);
    svg.attr('aria-label', t('join.qrLabel', { url })).attr('data-name', name);
  };
}
