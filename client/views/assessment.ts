import { select } from 'd3-selection';
import type { ScenarioEvent } from '../../machines/request/events.ts';
import type { Assessment } from '../../machines/route/assess.ts';
import type { ChannelVerdict } from '../../machines/route/verdict.ts';
import type { RequestView } from '../../machines/run/view.ts';
import { CHANNELS, type ChannelName } from '../../machines/world/types.ts';
import { t } from '../i18n/index.ts';
import { channelLabel, dayLabel, eventLabel } from '../i18n/labels.ts';
import type { Source, Sources } from '../model/sources.ts';
import { resolveCites } from './sources.ts';
import { engineLang, reasonText } from '../i18n/engine-text.ts';
import { stateHere } from '../i18n/states.ts';

export interface AssessmentState {
  view: RequestView;
  sources: Sources;
  /** Whether the channel buttons may be used now (a class's open vote holds them back). */
  interactive?: boolean;
}

export interface AssessmentOptions {
  /** Take a channel from here (the console, the walk-through); the presenter only shows. */
  onEvent?: (event: ScenarioEvent) => void;
  /** Show the newest step's reason above the channels (the console: its timeline is far below). */
  latest?: boolean;
}

/** The event that takes each channel: the same events the statechart's decision offers. */
const CHOICE: Record<ChannelName, ScenarioEvent['type']> = {
  direct: 'SEND_DIRECT', agreement: 'CHOOSE_AGREEMENT', mlat: 'CHOOSE_MLAT', rogatory: 'CHOOSE_ROGATORY',
};

interface Row {
  channel: ChannelName;
  verdict: ChannelVerdict;
  consulted: { country: string; name: string; rules: string[] }[];
  sources: Source[];
  choice: ScenarioEvent | null;
}

function rowsOf(assessment: Assessment, view: RequestView, sources: Sources): Row[] {
  return CHANNELS.map((channel) => {
    const verdict = assessment[channel];
    const consulted = channel === 'direct' ? [] : assessment.consultations[channel].map((c) => ({ country: c.country, name: c.name, rules: c.rules }));
    // The consultation's rules are cited too: a person deciding reads what each consulted state relies on.
    const cites = [...new Set([...verdict.cites, ...consulted.flatMap((c) => c.rules)])];
    const choice = view.allowed.find((e) => e.type === CHOICE[channel]) ?? null;
    return { channel, verdict, consulted, sources: resolveCites(cites, sources), choice };
  });
}

/**
 * The intake's assessment as a person deciding reads it: each of the four channels open or closed,
 * the engine's reason, who must be consulted first, and every source the verdict cites (the text of
 * the law or treaty, its uncertainty marked). Placed beside the choice, and offering it where the
 * page may decide, so that nobody chooses a channel without its reasons in sight.
 */
export function create(container: HTMLElement, options: AssessmentOptions = {}): (state: AssessmentState) => void {
  const root = select(container).append('section').attr('class', 'assessment').attr('aria-labelledby', 'assessment-h');
  root.append('h2').attr('id', 'assessment-h').text(t('assessment.title'));
  const lede = root.append('p').attr('class', 'as-lede');
  // Where the focus lands after a channel is chosen here: the step's reason, in view beside the choice.
  const latest = root.append('p').attr('class', 'as-latest').attr('tabindex', -1).attr('data-focus-key', 'assessment-latest').property('hidden', true);
  latest.append('strong').attr('class', 'as-latest-day');
  latest.append('span').attr('class', 'as-latest-reason').attr('lang', 'en').attr('dir', 'auto');
  const list = root.append('ul').attr('class', 'as-channels').attr('aria-label', t('assessment.channels'));

  // A class's console redraws on every ballot and presence change: rewriting the same text each time
  // made the page lay itself out again and again (seconds, while a vote closed); drawn on change only.
  let drawn = '';
  let drawnSources: Sources | null = null;
  return ({ view, sources, interactive = true }) => {
    const key = `${view.transitions.length}|${view.allowed.map((e) => e.type).join(',')}|${view.channel}|${view.waiting}|${view.done}|${interactive}`;
    if (key === drawn && sources === drawnSources) return;
    drawn = key;
    drawnSources = sources;
    // The status panel says when a decision is awaited; this says what the channels were judged on.
    lede.text(t('assessment.asAssessed'));
    const last = view.transitions.at(-1);
    latest.property('hidden', !options.latest || !last);
    if (last) {
      latest.select('.as-latest-day').text(`${t('assessment.latest', { day: dayLabel(last.day) })} `);
      // The engine's reason in the page's language (like the timeline's).
      latest.select('.as-latest-reason').text(reasonText(last)).attr('lang', engineLang(last.message)).attr('dir', 'auto');
    }

    const items = list.selectAll<HTMLLIElement, Row>('li.as-channel').data(rowsOf(view.assessment, view, sources), (d) => d.channel)
      .join((enter) => {
        const li = enter.append('li').attr('class', (d) => `as-channel as-${d.channel}`);
        const head = li.append('div').attr('class', 'as-head');
        head.append('span').attr('class', 'as-mark').attr('aria-hidden', 'true');
        const label = head.append('span').attr('class', 'as-label');
        label.append('strong').attr('class', 'as-name');
        label.append('span').attr('class', 'as-state');
        head.append('button').attr('type', 'button').attr('class', 'btn btn-small as-choose')
          .on('click', (_event, d) => {
            if (d.choice) options.onEvent?.(d.choice);
          });
        li.append('p').attr('class', 'as-reason').attr('dir', 'auto');
        li.append('p').attr('class', 'as-consult').attr('dir', 'auto');
        li.append('ul').attr('class', 'as-sources');
        return li;
      })
      .classed('is-open', (d) => d.verdict.open)
      .classed('is-closed', (d) => !d.verdict.open)
      .classed('is-current', (d) => view.channel === d.channel);
    items.select('.as-mark').text((d) => (d.verdict.open ? '✓' : '✕'));
    items.select('.as-name').text((d) => channelLabel(d.channel));
    items.select('.as-state').text((d) => ` · ${d.verdict.open ? t('assessment.open') : t('assessment.closed')}`);
    items.select<HTMLButtonElement>('.as-choose')
      .property('hidden', (d) => !options.onEvent || !d.choice)
      .property('disabled', !interactive)
      .text((d) => (d.choice ? eventLabel(d.choice) : ''));
    items.select('.as-reason').text((d) => reasonText(d.verdict)).attr('lang', (d) => engineLang(d.verdict.message));
    items.select('.as-consult')
      .property('hidden', (d) => d.consulted.length === 0)
      .text((d) => t('assessment.consult', { names: d.consulted.map((c) => `${stateHere(c.country, c.name)} (${c.rules.join(', ')})`).join(t('common.comma')) }));
    items.select<HTMLUListElement>('.as-sources')
      .attr('aria-label', (d) => t('assessment.sources', { channel: channelLabel(d.channel) }))
      .property('hidden', (d) => d.sources.length === 0)
      .each(function (d) {
        drawCites(this, d.sources);
      });
  };
}

/**
 * Each source closed to one line, opened in place to its full text and what is uncertain about it:
 * four channels with their sources fit beside the choice on a laptop's screen.
 */
function drawCites(list: HTMLUListElement, sources: Source[]): void {
  const items = select(list).selectAll<HTMLLIElement, Source>('li').data(sources, (d) => d.id)
    .join((enter) => {
      const li = enter.append('li').attr('dir', 'auto');
      const details = li.append('details').attr('class', 'as-source');
      const summary = details.append('summary');
      summary.append('span').attr('class', 'cite-id');
      summary.append('span').attr('class', 'cite-uncertain-mark');
      // A source keeps its original title and language (the world's citations are in English).
      summary.append('span').attr('class', 'cite-text').attr('lang', 'en').attr('data-source', '');
      details.append('p').attr('class', 'cite-uncertain').attr('lang', 'en').attr('data-source', 'note');
      return li;
    });
  items.select('.cite-id').text((d) => d.id);
  items.select('.cite-uncertain-mark').text((d) => (d.uncertain ? ` ⚠ ${t('assessment.uncertain')}` : ''));
  items.select('.cite-text').text((d) => ` ${d.title ? `${d.title}: ` : ''}${d.source}`);
  items.select('.cite-uncertain').property('hidden', (d) => !d.uncertain).text((d) => (d.uncertain ? `${t('assessment.uncertain')}: ${d.uncertain}` : ''));
}
