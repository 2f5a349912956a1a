import type { Chance } from '../random.ts';
import type { Provider, ProviderPractice } from '../world/types.ts';

/**
 * A provider's documented practice towards one requesting state: the first entry whose `from`
 * lists it. Providers publish what they answer by requesting country (transparency reports), and a
 * state's requests may fare very differently from another's.
 */
export function practiceFor(provider: Provider, from: string): ProviderPractice | undefined {
  return provider.practice?.find((p) => p.from.includes(from));
}

/** The practice's figures as a reader meets them beside the verdict: rate, period, source. */
export function practiceNote(practice: ProviderPractice): string {
  const rate = practice.rate === undefined ? '' : `it answered ${Math.round(practice.rate * 100)} % of them`;
  const period = practice.period ? `in ${practice.period}` : '';
  const figures = [rate, period].filter(Boolean).join(' ');
  return `${figures ? `${figures}; ` : ''}${practice.source}${practice.uncertain ? ` (uncertain: ${practice.uncertain})` : ''}`;
}

/**
 * Whether the provider answers this direct request. Where a documented rate governs the provider's
 * own choice, a sampled run draws it; a deterministic run follows the documented practice.
 */
export function directAnswers(verdict: { path: string; rate?: number }, chance: Chance): boolean {
  const documented = verdict.path !== 'declined';
  return verdict.rate === undefined ? documented : chance(verdict.rate, documented);
}
