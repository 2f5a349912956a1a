import { select, type Selection } from 'd3-selection';
import type { LibraryFacts, ScenarioSummary } from '../../server/protocol.ts';
import { locale, t } from '../i18n/index.ts';
import { isRealState, stateHere } from '../i18n/states.ts';
import { scenarioLang, scenarioObjectives, scenarioSummary, scenarioTitle, type TranslatableText } from '../i18n/scenario-text.ts';
import type { Involved } from '../../machines/world/involved.ts';

export interface CardsState {
  scenarios: (ScenarioSummary & TranslatableText)[];
  /** Jurisdictions by scenario id, as their details arrive. */
  involved: Map<string, Involved[]>;
}

export interface CardActions {
  walk(id: string): void;
  classroom(id: string): void;
  compareHref(id: string): string;
  /** The outcome explorer's address (issue 14), when the page offers it. */
  exploreHref?(id: string): string;
}

/** The library's scenario cards, one per scenario, joined by id. All scenario text goes in as text. */
export function create(container: HTMLElement, actions: CardActions): (state: CardsState) => void {
  const list = select(container).append('ul').attr('class', 'cards').attr('role', 'list');

  return (state) => {
    list
      .selectAll<HTMLLIElement, CardsState['scenarios'][number]>('li.card')
      .data(state.scenarios, (d) => d.id)
      .join((enter) => enter.append('li').attr('class', 'card').call(build, actions))
      .call(fill, state);
  };
}

type Card = Selection<HTMLLIElement, CardsState['scenarios'][number], HTMLUListElement, unknown>;

function build(card: Card, actions: CardActions): void {
  const article = card.append('article').attr('aria-labelledby', (d) => `card-${d.id}`);
  // Scenario text takes its direction from its own words (dir="auto"), the page's from the interface.
  article.append('h2').attr('class', 'card-title').attr('dir', 'auto').attr('id', (d) => `card-${d.id}`);
  article.append('p').attr('class', 'card-summary').attr('dir', 'auto');
  // What the library filters and sorts by, said on the card: real or fictional, the deterministic run's end.
  article.append('p').attr('class', 'card-facts');
  article.append('h3').attr('class', 'card-sub card-objectives-title');
  article.append('ul').attr('class', 'card-objectives');
  article.append('h3').attr('class', 'card-sub card-jurisdictions-title');
  article.append('ul').attr('class', 'chips').attr('role', 'list');
  const buttons = article.append('div').attr('class', 'card-actions');
  buttons.append('button').attr('type', 'button').attr('class', 'btn btn-primary act-walk')
    .on('click', (_e, d) => actions.walk(d.id));
  buttons.append('button').attr('type', 'button').attr('class', 'btn act-classroom')
    .on('click', (_e, d) => actions.classroom(d.id));
  buttons.append('a').attr('class', 'btn act-compare').attr('href', (d) => actions.compareHref(d.id));
  if (actions.exploreHref) buttons.append('a').attr('class', 'btn act-explore').attr('href', (d) => actions.exploreHref!(d.id));
}

function fill(card: Card, state: CardsState): void {
  card.select('.card-title').text((d) => scenarioTitle(d)).attr('lang', (d) => scenarioLang(d, 'title'));
  card.select('.card-summary').text((d) => scenarioSummary(d)).attr('lang', (d) => scenarioLang(d, 'summary'));
  card.select('.card-facts').text((d) => cardFacts(d.library)).attr('hidden', (d) => (d.library ? null : ''));
  card.select('.card-objectives-title').text(t('library.objectives'));
  card.select('.card-objectives').attr('dir', 'auto').attr('lang', (d) => scenarioLang(d, 'objectives')).selectAll('li').data((d) => scenarioObjectives(d)).join('li').text((d) => d);
  card.select('.card-jurisdictions-title').text(t('library.jurisdictions'));
  card.select('.chips')
    .selectAll('li')
    .data((d) => (state.involved.get(d.id) ?? []).map((j) => ({ ...j, shown: chipName(d, j) })))
    .join((enter) => {
      // A real state's name is the page's language's; a fictional one's is its world's (or the scenario's translation).
      const chip = enter.append('li').attr('class', 'chip');
      chip.append('bdi').attr('class', 'chip-name');
      chip.append('span').attr('class', 'chip-roles');
      return chip;
    })
    .call((chip) => chip.select('.chip-name').text((j) => j.shown).attr('lang', (j) => (isRealState(j.id, j.name) || j.shown !== j.name ? locale() : 'en')))
    .call((chip) => chip.select('.chip-roles').text((j) => ` · ${j.roles.map((r) => t(`role.${r}`)).join(t('common.comma'))}`));
  card.select('.chips').attr('aria-busy', (d) => (state.involved.has(d.id) ? null : 'true'));
  // Button names say which scenario they act on, for screen readers that list buttons out of context.
  card.select('.act-walk').text(t('library.walk')).attr('aria-label', (d) => `${t('library.walk')}: ${scenarioTitle(d)}`);
  card.select('.act-classroom').text(t('library.classroom')).attr('aria-label', (d) => `${t('library.classroom')}: ${scenarioTitle(d)}`);
  card.select('.act-compare').text(t('library.compare')).attr('aria-label', (d) => `${t('library.compare')}: ${scenarioTitle(d)}`);
  card.select('.act-explore').text(t('explore.link')).attr('aria-label', (d) => `${t('explore.link')}: ${scenarioTitle(d)}`);
}

/** A state on a card: a real one in the page's language, a fictional one as the scenario translates it, else its world's name. */
function chipName(d: CardsState['scenarios'][number], j: { id: string; name: string }): string {
  if (isRealState(j.id, j.name)) return stateHere(j.id, j.name);
  const phrases = (d as { translations?: Record<string, { phrases?: Record<string, string> } | undefined> }).translations?.[locale()]?.phrases;
  const translated = phrases?.[j.name];
  return typeof translated === 'string' ? translated : j.name;
}

function cardFacts(facts: LibraryFacts | undefined): string {
  if (!facts) return '';
  const origin = t(`library.origin.${facts.origin}One`);
  const date = facts.date ? ` · ${facts.date}` : '';
  const run = facts.run;
  if (!run) return `${origin}${date}`;
  const end = run.channel
    ? t('library.run', { outcome: t(`outcome.${run.outcome}`), channel: t(`channel.${run.channel}`), days: run.days })
    : t('library.runNoChannel', { outcome: t(`outcome.${run.outcome}`), days: run.days });
  return `${origin}${date} · ${end}`;
}
