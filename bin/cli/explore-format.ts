import type { Exploration, ExploredChoice, ExploredPath } from '../../machines/run/result.ts';
import type { Scenario } from '../../machines/scenario.ts';
import { CHANNEL_LABELS } from '../../machines/route/channels.ts';
import type { ChannelName } from '../../machines/world/types.ts';

/** A probability as a reader compares them: a percentage, with "0 %" kept for what sampled runs never take. */
export function percent(p: number): string {
  if (p <= 0) return '0 %';
  if (p >= 1) return '100 %';
  const value = p * 100;
  return `${value < 0.1 ? '<0.1' : value < 10 ? value.toFixed(1) : value.toFixed(0)} %`;
}

const DECISIONS: Record<string, string> = {
  SEND_DIRECT: 'send a direct request to the provider',
  CHOOSE_AGREEMENT: `use the ${CHANNEL_LABELS.agreement}`,
  CHOOSE_MLAT: `ask for ${CHANNEL_LABELS.mlat}`,
  CHOOSE_ROGATORY: `send ${CHANNEL_LABELS.rogatory}`,
  CONCLUDE: 'conclude: no channel is left',
  WITHDRAW: 'withdraw the request',
  REQUEST_PRESERVATION: 'ask the provider to preserve the data',
  EXTEND_PRESERVATION: 'extend the preservation before it ends',
};

/** One choice in words, marked by who makes it: a decision, the world, or chance (a published rate). */
export function describeChoice(choice: ExploredChoice, nameOf: (id: string) => string): string {
  const e = choice.event as Record<string, unknown> & { type: string };
  const who = choice.by === 'decision' ? (choice.probability > 0 ? '[decision, default]' : '[decision]') : choice.by === 'world' ? '[world]' : '[chance]';
  const share = choice.by === 'decision' ? '' : ` (${percent(choice.probability)})`;
  let what: string;
  switch (e.type) {
    case 'THIRD_COUNTRY_ANSWERS': {
      const answer = e.answer === 'consent' ? 'consents' : e.answer === 'object' ? 'objects' : 'does not answer';
      what = e.basis === 'drawn' ? `${nameOf(String(e.country))} ${answer} (drawn from its published rates)`
        : choice.by === 'decision' ? `${nameOf(String(e.country))}'s unknown answer is taken as: ${answer}` : `${nameOf(String(e.country))} ${answer}`;
      break;
    }
    case 'REFUSE':
      what = 'the requested state refuses';
      break;
    case 'PROVIDER_REFUSES':
      what = 'the provider refuses';
      break;
    case 'PROVIDER_CHOOSES':
      what = `the provider, between two laws, ${e.choice === 'comply' ? 'complies with the order' : e.choice === 'refuse' ? 'refuses the order' : 'seeks review of the order'}`;
      break;
    case 'REVIEW_DECIDES':
      what = `the court ${e.outcome === 'upheld' ? 'upholds' : 'lifts'} the order`;
      break;
    case 'RATE':
      what = e.answered ? 'the provider answers, as its published rate says some requests are' : 'the provider does not answer, as its published rate says some requests are not';
      break;
    case 'DURATION': {
      const channel = e.channel ? CHANNEL_LABELS[e.channel as ChannelName] : 'the channel';
      what = e.atMost !== undefined ? `the ${channel} takes at most ${dayCount(Number(e.atMost))}` : `the ${channel} takes more than ${dayCount(Number(e.moreThan))}`;
      break;
    }
    default:
      what = DECISIONS[e.type] ?? e.type;
  }
  return `day ${choice.day}: ${who} ${what}${share}`;
}

/** The path with the fewest choices, the likeliest of those: the plainest way to an outcome. */
export function shortestPath(paths: readonly ExploredPath[], indexes: readonly number[]): ExploredPath {
  return indexes.map((i) => paths[i]!).reduce((best, p) =>
    p.choices.length < best.choices.length || (p.choices.length === best.choices.length && p.probability > best.probability) ? p : best);
}

/** An exploration as a person reads it: each outcome, how likely, how long, and the plainest way there. */
export function formatExploration(scenario: Scenario, exploration: Exploration): string {
  const names = new Map(scenario.world.jurisdictions.map((j) => [j.id, j.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const out = [
    `${scenario.title} (${scenario.id})`,
    `Every outcome the request can reach (request on ${exploration.date}): ${exploration.paths.length} paths, ${exploration.outcomes.length} outcomes.`,
    'Probability: how often sampled runs end there (the default policy decides; rates are drawn). Days: every duration at its median.',
  ];
  if (exploration.truncated) out.push(`The search stopped at ${exploration.paths.length} paths: the list is a part of the whole.`);
  for (const o of exploration.outcomes) {
    const days = o.days.min === o.days.max ? `day ${o.days.min}` : `days ${o.days.min}-${o.days.max}`;
    out.push('', `${o.outcome}${o.channel ? ` via ${o.channel}` : ''}: ${percent(o.probability)}, ${days}, ${o.paths.length} path${o.paths.length === 1 ? '' : 's'}`);
    const path = shortestPath(exploration.paths, o.paths);
    out.push(`  shortest path (${dayCount(path.days)}):`);
    if (path.choices.length === 0) out.push('    nothing to decide: the request takes its course');
    for (const choice of path.choices) out.push(`    ${describeChoice(choice, nameOf)}`);
  }
  return out.join('\n');
}

/** "1 day", "12 days": the CLI speaks English only. */
function dayCount(days: number): string {
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}
