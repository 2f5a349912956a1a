import { select } from 'd3-selection';
import { exploreScenario } from '../../machines/run/explore.ts';
import type { Exploration } from '../../machines/run/result.ts';
import { getScenario } from '../app/api.ts';
import { announce, guarded } from '../app/announce.ts';
import type { Page } from '../app/router.ts';
import { readVariantLink, variantHref } from '../app/variant-link.ts';
import { t } from '../i18n/index.ts';
import { daysLabel } from '../i18n/labels.ts';
import { scenarioLang, scenarioSummary, scenarioTitle } from '../i18n/scenario-text.ts';
import { sampleDays } from '../model/sample-days.ts';
import { daysTop, drawChannelDays } from '../views/channel-days.ts';
import { choiceLine, create as createFlow, outcomeDays, outcomeName, percent } from '../views/outcome-flow.ts';
import { askedUnderLink } from './variant-section.ts';
import { errorText } from '../i18n/engine-text.ts';
import { useScenario } from '../i18n/states.ts';

const SAMPLED_RUNS = 1000;

/**
 * `/explore/:id`: every outcome the scenario's request can reach (machines/run/explore.ts), drawn as
 * decisions flowing to outcomes, listed path by path for the keyboard and screen readers, and the
 * sampled days per channel. Everything is computed here with the engine, which is pure.
 */
export async function mount(main: HTMLElement, [id]: string[]): Promise<Page> {
  main.className = 'page page-explore';
  const root = select(main);
  const loaded = await guarded(() => getScenario(id!));
  if (!loaded) {
    root.append('h1').text(t('notFound.title'));
    return {};
  }
  useScenario(loaded);
  root.append('p').attr('class', 'eyebrow').text(t('explore.role'));
  root.append('h1').attr('dir', 'auto').attr('lang', scenarioLang(loaded, 'title')).text(scenarioTitle(loaded));
  root.append('p').attr('class', 'lede').attr('dir', 'auto').attr('lang', scenarioLang(loaded, 'summary')).text(scenarioSummary(loaded));
  root.append('p').attr('class', 'hint').text(t('explore.lede'));
  const links = root.append('p').attr('class', 'page-links');
  links.append('a').attr('class', 'btn').attr('href', variantHref(`/compare/${encodeURIComponent(loaded.id)}`, readVariantLink())).text(t('library.compare'));
  // Every path below is explored on the link's date and under its what-if (docs/what-if.md), and
  // what they change against the scenario as written is shown, as on the comparison page.
  const { scenario } = await askedUnderLink(root.append('div').attr('class', 'variant').node()!, loaded, { walk: true });
  const status = root.append('p').attr('class', 'explore-status').attr('role', 'status').text(t('explore.working'));

  const flowBox = root.append('section').attr('class', 'panel explore-flow');
  flowBox.append('h2').text(t('explore.flowTitle'));
  const legend = flowBox.append('ul').attr('class', 'flow-legend');
  for (const by of ['decision', 'world', 'chance'] as const) {
    const item = legend.append('li').attr('class', `by-${by}`);
    item.append('span').attr('class', 'flow-swatch').attr('aria-hidden', 'true');
    item.append('span').text(t(`explore.by.${by}`));
  }
  const scroll = flowBox.append('div').attr('class', 'flow-scroll');
  const flow = createFlow(scroll.node()!);

  const grid = root.append('div').attr('class', 'explore-grid');
  const listBox = grid.append('section').attr('class', 'panel explore-outcomes');
  listBox.append('h2').text(t('explore.outcomesTitle'));
  listBox.append('p').attr('class', 'hint').text(t('explore.neverNote'));
  const outcomeList = listBox.append('ul').attr('class', 'outcome-list');
  const choicesBox = grid.append('section').attr('class', 'panel explore-choices').attr('aria-live', 'polite');
  const choicesTitle = choicesBox.append('h2').text(t('explore.choicesTitle'));
  const choicesHint = choicesBox.append('p').attr('class', 'hint').text(t('explore.choicesHint'));
  const choiceList = choicesBox.append('ol').attr('class', 'choice-list');

  const distBox = root.append('section').attr('class', 'panel explore-days');
  distBox.append('h2').text(t('explore.distTitle'));
  const distStatus = distBox.append('p').attr('class', 'hint').attr('role', 'status');
  const dists = distBox.append('div').attr('class', 'hists');

  let disposed = false;
  const show = (exploration: Exploration, path: number | null) => {
    flow.focus(path);
    outcomeList.selectAll('button.path-item').classed('path-on', (d) => d === path);
    if (path === null) return;
    const p = exploration.paths[path]!;
    choicesTitle.text(t('explore.choicesOf', { n: path + 1 }));
    choicesHint.text(t('explore.pathSummary', { outcome: outcomeName(p), days: daysLabel(p.days), percent: percent(p.probability) }));
    choiceList.selectAll('li').data(p.choices).join('li').text((c) => choiceLine(c));
  };

  const explore = () => {
    if (disposed) return;
    let exploration: Exploration;
    try {
      exploration = exploreScenario(scenario);
    } catch (error) {
      status.text(`⚠ ${errorText(error)}`);
      return;
    }
    const words = t('explore.summary', { outcomes: exploration.outcomes.length, paths: exploration.paths.length, date: exploration.date })
      + (exploration.truncated ? ` ${t('explore.truncated', { paths: exploration.paths.length })}` : '');
    status.text(words);
    announce(words);
    flow.update({ exploration });
    const item = outcomeList.selectAll('li.outcome-item').data(exploration.outcomes).join('li').attr('class', 'outcome-item')
      .attr('data-outcome', (o) => o.outcome).attr('data-channel', (o) => o.channel ?? '').attr('data-probability', (o) => o.probability);
    item.append('h3').text((o) => outcomeName(o));
    item.append('p').attr('class', 'outcome-figures').text((o) => t('explore.outcomeFigures', { percent: percent(o.probability), days: outcomeDays(o) }));
    item.append('ul').attr('class', 'path-list').selectAll('li').data((o) => o.paths).join('li')
      .append('button').attr('type', 'button').attr('class', 'path-item').attr('data-path', (i) => i)
      .text((i) => t('explore.pathItem', { n: i + 1, percent: percent(exploration.paths[i]!.probability), days: daysLabel(exploration.paths[i]!.days), steps: exploration.paths[i]!.choices.length }))
      .on('focus', (_e, i) => show(exploration, i))
      .on('mouseenter', (_e, i) => show(exploration, i))
      .on('click', (_e, i) => show(exploration, i));
  };

  const sample = async () => {
    const seed = scenario.seed ?? 1;
    distStatus.text(t('explore.sampling', { runs: SAMPLED_RUNS }));
    const sampled = await sampleDays(scenario, SAMPLED_RUNS, seed);
    if (disposed) return;
    if (sampled.error) return void distStatus.text(`⚠ ${sampled.error}`);
    distStatus.text(sampled.delivered === 0 ? t('explore.noneDelivered', { runs: SAMPLED_RUNS }) : t('explore.sampled', { runs: SAMPLED_RUNS, seed, delivered: sampled.delivered }));
    drawChannelDays(dists.node()!, sampled.byChannel, SAMPLED_RUNS, daysTop([sampled.byChannel]));
  };

  // The page is drawn first; the exploration (up to a second on a slow machine) runs after it paints.
  await new Promise((r) => setTimeout(r, 0));
  explore();
  void sample().then(() => {
    if (!disposed) document.documentElement.dataset.ready = 'explore';
  });
  return { dispose: () => { disposed = true; } };
}
