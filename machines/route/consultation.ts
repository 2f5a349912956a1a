import type { Ask } from './channels.ts';
import { jurisdictionName } from './world-index.ts';
import { connectedJurisdictions, covers } from './connections.ts';
import type { Answer, ChannelName, ConsultationRates } from '../world/types.ts';

/** A third country to be consulted before a channel goes out, and why. */
export interface ConsultedCountry {
  country: string;
  name: string;
  /** The covering rules that make it a party to the check, in file order. */
  rules: string[];
  /** Its answer as the world says it will give it, and after how many days. */
  answer: Answer;
  days: number;
  /** Published shares of its answers, when its answer is `unknown` and a source gives them. */
  rates?: ConsultationRates;
}

/**
 * The third-country sovereignty check: every jurisdiction connected to the request that is neither
 * the requesting nor the requested state, and that has a rule covering the request which does not
 * except the channel, is consulted. Countries come in the file order of their first such rule, which
 * is what breaks ties between answers on the same day.
 */
export function consultationPlan(ask: Ask, channel: ChannelName, requestedState: string | null): ConsultedCountry[] {
  const { index, request, provider } = ask;
  const third = new Set(connectedJurisdictions(request, provider));
  third.delete(request.from);
  if (requestedState !== null) third.delete(requestedState);
  const byCountry = new Map<string, ConsultedCountry>();
  for (const rule of index.world.rules) {
    // A recognition rule (GDPR art. 48) governs what its state recognises, not who is consulted.
    if (rule.kind === 'recognition' || !third.has(rule.jurisdiction) || rule.except.includes(channel) || !covers(rule, request, provider)) continue;
    const entry = byCountry.get(rule.jurisdiction);
    if (entry) {
      entry.rules.push(rule.id);
      continue;
    }
    const j = index.jurisdictions.get(rule.jurisdiction);
    const answer = j?.consultation.answer ?? 'silent';
    byCountry.set(rule.jurisdiction, {
      country: rule.jurisdiction,
      name: jurisdictionName(index, rule.jurisdiction),
      rules: [rule.id],
      answer,
      days: j?.consultation.days ?? 30,
      ...(answer === 'unknown' && j?.consultation.rates ? { rates: j.consultation.rates } : {}),
    });
  }
  return [...byCountry.values()];
}
