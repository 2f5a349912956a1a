import type { Chance } from '../random.ts';
import type { Provider, ProviderPractice } from '../world/types.ts';
import { msg } from '../messages/say.ts';
import type { Message, Param } from '../messages/types.ts';

/**
 * A provider's documented practice towards one requesting state: the first entry whose `from`
 * lists it. Providers publish what they answer by requesting country (transparency reports), and a
 * state's requests may fare very differently from another's.
 */
export function practiceFor(provider: Provider, from: string): ProviderPractice | undefined {
  return provider.practice?.find((p) => p.from.includes(from));
}

/** The practice's figures as a reader meets them beside the verdict: rate, period, source. */
export function practiceNoteMessage(practice: ProviderPractice): Message {
  const rate = practice.rate === undefined ? undefined : Math.round(practice.rate * 100);
  const period = practice.period;
  const figures = rate !== undefined
    ? period ? msg('route.practice.ratePeriod', { rate, period }) : msg('route.practice.rate', { rate })
    : period ? msg('route.practice.period', { period }) : null;
  // The source is cited as written; a period ("2023 H2") is the report's own label.
  const note: Param = figures ? msg('route.practice.sourced', { figures, source: practice.source }) : practice.source;
  return practice.uncertain ? msg('route.practice.uncertain', { note, uncertain: { authored: practice.uncertain } }) : typeof note === 'string' ? msg('route.list', { items: note }) : note;
}

/**
 * Whether the provider answers this direct request. Where a documented rate governs the provider's
 * own choice, a sampled run draws it; a deterministic run follows the documented practice.
 */
export function directAnswers(verdict: { path: string; rate?: number }, chance: Chance): boolean {
  const documented = verdict.path !== 'declined';
  return verdict.rate === undefined ? documented : chance(verdict.rate, documented);
}
