import { select } from 'd3-selection';
import { resultText } from '../views/votes.ts';
import type { Debrief, DebriefTransition, DebriefDecision, DebriefVote } from '../../server/protocol.ts';
import { getAttendanceCsv, getDebrief, getDebriefMarkdown, getSession } from '../app/api.ts';
import { trainerPass } from '../app/tokens.ts';
import { guarded } from '../app/announce.ts';
import { download } from '../app/download.ts';
import type { Page } from '../app/router.ts';
import { standaloneSvg, svgToPng } from '../app/svg-export.ts';
import { formatNumber, locale, t } from '../i18n/index.ts';
import { channelLabel, dayLabel, eventLabel, eventTypeLabel, outcomeLabel, roleLabel, stateLabel } from '../i18n/labels.ts';
import { scenarioLang, scenarioObjectives, scenarioSummary, scenarioTitle } from '../i18n/scenario-text.ts';
import { create as createStatechart } from '../views/statechart.ts';
import { drawSources } from '../views/sources.ts';
import { choicesOf, create as createAuthorities } from '../views/authorities.ts';
import { engineLang, reasonText } from '../i18n/engine-text.ts';
import { useScenario } from '../i18n/states.ts';

/**
 * The debrief (`/debrief/:id`): what happened, who decided, how the class voted, on what authority.
 * Printable (print.css rules in the stylesheet), exportable as Markdown and JSON (the server's own
 * renderings), and the statechart as SVG or PNG.
 */
export async function mount(main: HTMLElement, [id]: string[]): Promise<Page> {
  main.className = 'page page-debrief';
  const root = select(main);
  const token = trainerPass(id!)?.token;
  const [debrief, session] = await Promise.all([guarded(() => getDebrief<Debrief>(id!, token)), guarded(() => getSession(id!, token))]);
  if (!debrief) {
    root.append('h1').text(t('debrief.missing'));
    return {};
  }
  const titleSource = session?.scenario ?? { ...debrief.scenario, title: debrief.scenario.title };
  useScenario(titleSource);
  root.append('p').attr('class', 'eyebrow').text(t('debrief.role'));
  root.append('h1').attr('dir', 'auto').attr('lang', scenarioLang(titleSource, 'title')).text(scenarioTitle(titleSource));
  const s = debrief.status;
  root.append('p').attr('class', 'outcome-line').attr('data-outcome', s.outcome ?? 'under-way').text(s.done
    ? t('debrief.outcome', { outcome: outcomeLabel(s.outcome), channel: channelLabel(s.channel), day: s.day, attempts: s.attempts.map(channelLabel).join(t('common.comma')) || '—' })
    : t('debrief.underWay', { state: stateLabel(s.state), day: s.day }));

  const actions = root.append('div').attr('class', 'page-links no-print').attr('role', 'group').attr('aria-label', t('debrief.exports'));
  actions.append('button').attr('type', 'button').attr('class', 'btn act-print').text(t('debrief.print')).on('click', () => window.print());
  actions.append('button').attr('type', 'button').attr('class', 'btn act-md').text(t('debrief.markdown'))
    .on('click', () => void guarded(async () => download(`debrief-${id}.md`, await getDebriefMarkdown(id!, token), 'text/markdown')));
  actions.append('button').attr('type', 'button').attr('class', 'btn act-json').text(t('debrief.json'))
    .on('click', () => download(`debrief-${id}.json`, `${JSON.stringify(jsonExport(debrief), null, 2)}\n`, 'application/json'));
  // Names and ballots are the trainer's: only a browser holding the trainer's pass offers them.
  if (token) {
    actions.append('button').attr('type', 'button').attr('class', 'btn act-csv').text(t('debrief.csv'))
      .on('click', () => void guarded(async () => download(`attendance-${id}.csv`, await getAttendanceCsv(id!, token))));
  }
  const svgButton = actions.append('button').attr('type', 'button').attr('class', 'btn act-svg').text(t('debrief.svg'));
  const pngButton = actions.append('button').attr('type', 'button').attr('class', 'btn act-png').text(t('debrief.png'));
  if (session) actions.append('a').attr('class', 'btn').attr('href', `#/session/${id}`).text(t('debrief.back'));

  root.append('p').attr('class', 'lede').attr('dir', 'auto').attr('lang', scenarioLang(titleSource, 'summary')).text(scenarioSummary(titleSource));
  const objectives = scenarioObjectives(titleSource);
  if (objectives.length) {
    root.append('h2').text(t('library.objectives'));
    root.append('ul').attr('dir', 'auto').attr('lang', scenarioLang(titleSource, 'objectives')).selectAll('li').data(objectives).join('li').text((d) => d);
  }

  if (session) {
    const chartBox = root.append('section').attr('class', 'panel p-statechart').node()!;
    select(chartBox).append('h2').text(t('statechart.title'));
    createStatechart(chartBox, { title: t('debrief.chartTitle', { title: scenarioTitle(titleSource) }), openVisited: true })({ view: session.state, interactive: false });
    const svg = () => chartBox.querySelector('svg.sc') as SVGSVGElement;
    svgButton.on('click', () => download(`statechart-${id}.svg`, standaloneSvg(svg()), 'image/svg+xml'));
    pngButton.on('click', () => void guarded(async () => {
      const box = svg().viewBox.baseVal;
      download(`statechart-${id}.png`, await svgToPng(standaloneSvg(svg()), box.width, box.height));
    }));
  } else {
    svgButton.property('disabled', true);
    pngButton.property('disabled', true);
  }

  timelineTable(root.append('section').attr('class', 'debrief-timeline').node()!, debrief.timeline);
  decisionsList(root.append('section').attr('class', 'debrief-decisions').node()!, debrief.decisions);
  // What the real authorities did is an answer key: the server sends it to participants only once the request has ended.
  if (debrief.authorities.length > 0) {
    createAuthorities(root.append('div').attr('class', 'debrief-authorities').node()!, t('authorities.class'))({
      ours: choicesOf(debrief.decisions), theirs: debrief.authorities,
    });
  }
  votesList(root.append('section').attr('class', 'debrief-votes').node()!, debrief.votes);
  if (debrief.scenario.notes) {
    const notes = root.append('section').attr('class', 'debrief-notes');
    notes.append('h2').text(t('debrief.notes'));
    // The trainer's notes are the scenario's: in the page's language where the scenario translates them
    // (translations.<lang>.debrief, sent with the notes only to whom the notes are), else as written, in English.
    const translated = debriefNotes(debrief.scenario, session?.scenario);
    notes.append('p').attr('class', 'notes-text').attr('dir', 'auto').attr('lang', translated ? locale() : 'en').text(translated ?? debrief.scenario.notes);
  }
  document.documentElement.dataset.ready = 'debrief';
  return {};
}

/**
 * The debrief as the server gave it, with the language it was exported in and, beside each
 * transition's English `reason` (the contract's field), its text in that language (`said`).
 */
function jsonExport(debrief: Debrief): Debrief & { language: string } {
  return { ...debrief, language: locale(), timeline: debrief.timeline.map((d) => ({ ...d, said: reasonText(d) })) };
}

/** The debrief's notes in the page's language, when the scenario (the debrief's or the session's copy) translates them. */
function debriefNotes(...sources: unknown[]): string | null {
  for (const source of sources) {
    const translations = (source as { translations?: Record<string, { debrief?: unknown } | undefined> } | undefined)?.translations;
    const text = translations?.[locale()]?.debrief;
    if (typeof text === 'string' && text.trim() !== '') return text;
  }
  return null;
}

function timelineTable(host: HTMLElement, rows: DebriefTransition[]): void {
  const root = select(host);
  root.append('h2').attr('id', 'debrief-timeline-h').text(t('timeline.title'));
  // On a phone the table scrolls inside its own box, not the whole page; a box that scrolls takes the focus, for keyboards.
  const box = root.append('div').attr('class', 'table-scroll').attr('tabindex', 0).attr('role', 'region').attr('aria-labelledby', 'debrief-timeline-h');
  const table = box.append('table').attr('aria-labelledby', 'debrief-timeline-h');
  const head = table.append('thead').append('tr');
  for (const key of ['debrief.colDay', 'debrief.colMove', 'debrief.colEvent', 'debrief.colReason', 'debrief.colSources', 'debrief.colBy']) head.append('th').attr('scope', 'col').text(t(key));
  const tr = table.append('tbody').selectAll('tr').data(rows).join('tr');
  tr.append('td').attr('class', 'num').text((d) => formatNumber(d.day));
  tr.append('td').text((d) => `${stateLabel(d.from)} ${t('common.arrow')} ${stateLabel(d.to)}`);
  tr.append('td').text((d) => eventTypeLabel(d.event));
  tr.append('td').attr('lang', (d) => engineLang(d.message)).attr('dir', 'auto').text((d) => reasonText(d));
  tr.append('td').each(function (d) {
    drawSources(select(this).append('ul'), d.sources);
  });
  tr.append('td').text((d) => (d.input === 0 ? t('debrief.atStart') : `#${formatNumber(d.input)} · ${d.by ? t(`actor.${d.by}`) : ''}`));
}

function decisionsList(host: HTMLElement, decisions: DebriefDecision[]): void {
  const root = select(host);
  root.append('h2').text(t('debrief.decisions'));
  if (decisions.length === 0) return void root.append('p').text(t('debrief.noDecisions'));
  const item = root.append('ol').selectAll('li').data(decisions).join('li');
  item.append('span').text((d) => {
    const what = d.event.type === 'CONCLUDE' ? eventTypeLabel('CONCLUDE') : eventLabel(d.event);
    const by = t(`by.${d.by === 'default policy' ? 'policy' : d.by}`);
    const vote = d.vote ? ` (${t('debrief.ballots', { ballots: d.vote.ballots, counts: d.vote.counts.join(' / ') })})` : '';
    return `${dayLabel(d.day)}: ${what}. ${t(d.kind === 'inject' ? 'debrief.injectedBy' : 'debrief.decidedBy', { by })}${vote}`;
  });
  // The question the class answered, and the reasons people gave, under the decision they made.
  item.filter((d) => Boolean(d.vote?.prompt)).append('p').attr('class', 'debrief-question').text((d) => t('debrief.question', { prompt: d.vote!.prompt! }));
  item.filter((d) => (d.vote?.explanations?.length ?? 0) > 0).append('ul').attr('class', 'debrief-reasons')
    .selectAll('li').data((d) => d.vote!.explanations!).join('li')
    .text((e) => t('debrief.reason', { name: e.name ?? t('debrief.removed'), event: eventLabel(e.event), text: e.text }));
}

function votesList(host: HTMLElement, votes: DebriefVote[]): void {
  const root = select(host);
  root.append('h2').text(t('debrief.votes'));
  if (votes.length === 0) return void root.append('p').text(t('debrief.noVotes'));
  const item = root.selectAll('article').data(votes).join('article').attr('class', 'debrief-vote');
  item.append('h3').text((_d, i) => t('debrief.voteN', { n: i + 1 }));
  item.filter((d) => Boolean(d.prompt)).append('p').attr('class', 'debrief-question').text((d) => t('debrief.question', { prompt: d.prompt! }));
  const row = item.append('ul').attr('class', 'vote-rows static').selectAll('li').data((d) => d.options.map((o) => ({ ...o, max: Math.max(1, ...d.options.map((x) => x.votes)), won: d.result?.winner === d.options.indexOf(o) }))).join('li').attr('class', 'vote-row').classed('is-winner', (d) => d.won);
  const label = row.append('div').attr('class', 'vote-label');
  label.append('span').attr('class', 'vote-text').text((d) => eventLabel(d.event));
  label.append('span').attr('class', 'vote-badge').text((d) => (d.won ? ` ✓ ${t('vote.winner')}` : ''));
  label.append('span').attr('class', 'vote-decider').property('hidden', (d) => d.decider === undefined)
    .text((d) => (d.decider === undefined ? '' : d.decider === null ? t('vote.decidedByAll') : t('vote.decidedBy', { role: roleLabel(d.decider) })));
  row.append('div').attr('class', 'vote-track').append('div').attr('class', 'vote-bar').style('inline-size', (d) => `${(100 * d.votes) / d.max}%`);
  row.append('span').attr('class', 'vote-count').text((d) => [t('vote.countOnly', { count: d.votes }), d.uncounted ? `(${t('debrief.uncounted', { count: d.uncounted })})` : ''].filter(Boolean).join(' '));
  item.append('p').text((d) => (d.result ? resultText(d.result, d.options.map((o) => o.event)) : t('debrief.stillOpen')));
}
