import { select } from 'd3-selection';
import { runScenario } from '../../machines/run/script.ts';
import { underRegime } from '../../machines/run/regime.ts';
import { COMPARED_REGIMES } from '../../machines/run/compare.ts';
import { whyOfRun, worldSources } from '../../machines/run/why.ts';
import { NAMED_REGIMES } from '../../machines/world/regimes.ts';
import { getScenario } from '../app/api.ts';
import { UPLOADED_ID, uploadedScenario } from '../app/uploaded.ts';
import { announce, guarded } from '../app/announce.ts';
import type { Page } from '../app/router.ts';
import { has, t } from '../i18n/index.ts';
import { scenarioLang, scenarioSummary, scenarioTitle } from '../i18n/scenario-text.ts';
import { sampleUnder, type RegimeSample } from '../model/sample-days.ts';
import { create as createComparison, type RegimeOutcome } from '../views/comparison.ts';
import { askedUnderLink } from './variant-section.ts';
import { readVariantLink, variantHref } from '../app/variant-link.ts';
import { engineLang, errorText, regimeText } from '../i18n/engine-text.ts';
import { useScenario } from '../i18n/states.ts';

/**
 * `/compare/:id`: one scenario under the contract's default and each named regime. Everything is
 * computed here with the engine, which is pure: the deterministic run for the table and its why,
 * sampled runs (seeded, so the same figures come back) for the histograms, one per channel.
 */
export async function mount(main: HTMLElement, [id]: string[]): Promise<Page> {
  main.className = 'page page-compare';
  const root = select(main);
  // A scenario brought into the library page (issue 16) is compared as it is, from this tab's copy.
  const uploaded = id === UPLOADED_ID;
  const written = await guarded(() => (uploaded ? uploadedScenario() : getScenario(id!)));
  if (!written) {
    root.append('h1').text(t('notFound.title'));
    return {};
  }
  useScenario(written);
  root.append('p').attr('class', 'eyebrow').text(t('compare.role'));
  root.append('h1').attr('dir', 'auto').attr('lang', scenarioLang(written, 'title')).text(scenarioTitle(written));
  root.append('p').attr('class', 'lede').attr('dir', 'auto').attr('lang', scenarioLang(written, 'summary')).text(scenarioSummary(written));
  // Every run below asks the scenario on the link's date and under its what-if (docs/what-if.md).
  const { scenario } = await askedUnderLink(root.append('div').attr('class', 'variant').node()!, written, { walk: true });

  const form = root.append('form').attr('class', 'control-row compare-form');
  const runsField = form.append('label').attr('class', 'inline-field');
  runsField.append('span').text(t('compare.runs'));
  const runs = runsField.append('select');
  runs.selectAll('option').data([200, 1000, 5000]).join('option').attr('value', (d) => d).text((d) => String(d));
  runs.property('value', '1000');
  const seedField = form.append('label').attr('class', 'inline-field');
  seedField.append('span').text(t('compare.seed'));
  const seed = seedField.append('input').attr('type', 'number').attr('min', 0).attr('step', 1).property('value', String(scenario.seed ?? 1));
  form.append('button').attr('type', 'submit').attr('class', 'btn btn-primary').text(t('compare.sample'));

  // The explorer asks the same question: the link's date and what-if go with it.
  if (!uploaded) root.append('p').attr('class', 'page-links').append('a').attr('class', 'btn').attr('href', variantHref(`/explore/${encodeURIComponent(scenario.id)}`, readVariantLink())).text(t('explore.link'));

  const update = createComparison(root.append('div').attr('class', 'comparison').node()!);
  const sources = new Map<string, string>();
  const rows: RegimeOutcome[] = COMPARED_REGIMES.map(({ name, title: english }) => {
    const title = has(`regime.${name}`) ? t(`regime.${name}`) : english;
    try {
      const variant = underRegime(scenario, name);
      // Recorded: the step that ended a refused or blocked run is its why.
      const r = runScenario(variant);
      const why = whyOfRun(variant, r);
      const known = worldSources(variant);
      for (const id of why.cites) if (!sources.has(id) && known.has(id)) sources.set(id, known.get(id)!);
      return { regime: name, title, outcome: r.outcome, channel: r.channel, attempts: r.attempts, days: r.days, cites: r.cites, why, error: null };
    } catch (error) {
      return { regime: name, title, outcome: null, channel: null, attempts: [], days: null, cites: [], why: null, error: errorText(error) };
    }
  });
  update({ rows, samples: null, sources });

  const about = root.append('section').attr('class', 'panel regimes-about');
  about.append('h2').text(t('compare.aboutTitle'));
  const details = about.selectAll('details').data(NAMED_REGIMES).join('details');
  details.append('summary').text((d) => (has(`regime.${d.name}`) ? t(`regime.${d.name}`) : regimeText(d, 'title')));
  // The doctrine and its effect in the page's language (ids regime.<name>.summary|effect), English until the catalogue has them.
  details.append('p').attr('lang', (d) => engineLang(`regime.${d.name}.summary`)).attr('dir', 'auto').text((d) => regimeText(d, 'summary'));
  details.append('p').attr('lang', (d) => engineLang(`regime.${d.name}.effect`)).attr('dir', 'auto').text((d) => regimeText(d, 'effect'));
  // Sources keep their original titles.
  details.append('ul').attr('class', 'sources').selectAll('li').data((d) => d.sources).join('li').attr('lang', 'en').attr('dir', 'auto').attr('data-source', '').text((d) => d);

  let disposed = false;
  let generation = 0;
  const sample = async () => {
    const mine = ++generation;
    const n = Number(runs.property('value')) || 1000;
    const s = Math.max(0, Math.floor(Number(seed.property('value')) || 0));
    const samples: RegimeSample[] = [];
    for (const [i, { name }] of COMPARED_REGIMES.entries()) {
      if (disposed || mine !== generation) return;
      update({ rows, sources, samples: samples.length ? samples : null, progress: t('compare.progress', { done: i, total: COMPARED_REGIMES.length }) });
      samples.push(await sampleUnder(scenario, name, n, s));
    }
    if (disposed || mine !== generation) return;
    const words = t('compare.done', { runs: n, seed: s });
    update({ rows, sources, samples, progress: words });
    announce(words);
    document.documentElement.dataset.ready = 'compare';
  };
  form.on('submit', (event: Event) => {
    event.preventDefault();
    void sample();
  });
  void sample();
  return { dispose: () => { disposed = true; } };
}
