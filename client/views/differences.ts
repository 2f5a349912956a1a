import { select } from 'd3-selection';
import type { ChannelSide } from '../../machines/run/differences.ts';
import type { VariantReport } from '../../scenarios/variant.ts';
import { t } from '../i18n/index.ts';
import { channelLabel, daysLabel } from '../i18n/labels.ts';
import { engineLang, reasonText } from '../i18n/engine-text.ts';

/**
 * Before and after: what a date or a what-if changed. "Compared with the scenario's own date (…),
 * without the what-if", then each channel that differs, its verdict before → after, and each
 * instrument or rule that made the difference, with its title and source.
 */
export function create(container: HTMLElement): (report: VariantReport | null) => void {
  const root = select(container).append('section').attr('class', 'panel variant-differences').attr('aria-labelledby', 'variant-differences-title');
  root.append('h2').attr('id', 'variant-differences-title').text(t('variant.differencesTitle'));
  const said = root.append('p').attr('class', 'variant-in-use');
  const against = root.append('p').attr('class', 'variant-compared');
  const list = root.append('ul').attr('class', 'difference-list');

  return (report) => {
    root.property('hidden', report === null);
    if (!report) return;
    said.text(inUse(report));
    against.text(t('variant.comparedWith', { what: comparedWith(report) }));
    const items = list.selectAll<HTMLLIElement, VariantReport['differences'][number]>('li.difference')
      .data(report.differences, (d) => d.channel)
      .join((enter) => {
        const li = enter.append('li').attr('class', 'difference');
        li.append('h3').attr('class', 'difference-channel');
        const sides = li.append('dl').attr('class', 'difference-sides');
        sides.append('dt').text(t('variant.before'));
        sides.append('dd').attr('class', 'difference-before');
        sides.append('dt').text(t('variant.after'));
        sides.append('dd').attr('class', 'difference-after');
        li.append('ul').attr('class', 'difference-causes');
        return li;
      });
    items.attr('data-channel', (d) => d.channel);
    items.select('.difference-channel').text((d) => `${channelLabel(d.channel)}: ${sideWord(d.before)} → ${sideWord(d.after)}`);
    items.select('.difference-before').attr('lang', (d) => engineLang(d.before.message)).attr('dir', 'auto').text((d) => reasonText(d.before));
    items.select('.difference-after').attr('lang', (d) => engineLang(d.after.message)).attr('dir', 'auto').text((d) => reasonText(d.after));
    // "Because X (its title). Source: …": the instrument's or rule's title and source keep their original language.
    items.select('.difference-causes').selectAll<HTMLLIElement, string>('li').data((d) => d.because).join('li')
      .attr('class', 'difference-cause')
      .each(function (id) {
        const entry = report.entries[id];
        const li = select(this);
        li.selectAll('*').remove();
        li.text('');
        li.append('span').text(`${t('variant.because')} `);
        li.append('bdi').attr('class', 'cite-title').attr('lang', entry?.title ? 'en' : null).attr('data-source', '').text(entry?.title ? `${id} (${entry.title})` : id);
        li.append('span').text(`. ${t('variant.source')} `);
        if (entry?.source) li.append('bdi').attr('class', 'cite-text').attr('lang', 'en').attr('data-source', '').text(entry.source);
        else li.append('span').text(t('variant.noSource'));
      });
    list.selectAll('li.no-difference').data(report.differences.length === 0 ? [0] : []).join('li')
      .attr('class', 'no-difference').text(t('variant.noDifference'));
  };
}

function sideWord(side: ChannelSide): string {
  return side.open ? t('variant.open', { days: daysLabel(side.days) }) : t('variant.closed');
}

/** "Asked on 2021-06-01 · What-if: …", what the variant is, in one line. */
export function inUse(report: VariantReport): string {
  const parts: string[] = [];
  if (report.date) parts.push(t('variant.askedOn', { date: report.date }));
  if (report.whatIf) parts.push(t('variant.whatIfInUse', { title: report.whatIf.title ?? t('variant.untitled') }));
  return parts.join(' · ');
}

/** What the variant is compared with: the scenario's own date, and no what-if. */
export function comparedWith(report: VariantReport): string {
  const parts: string[] = [];
  if (report.date) parts.push(report.ownDate ? t('variant.ownDate', { date: report.ownDate }) : t('variant.undated'));
  if (report.whatIf) parts.push(t('variant.noWhatIf'));
  return parts.join(t('variant.and'));
}
