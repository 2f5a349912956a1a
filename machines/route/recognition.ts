import type { Ask } from './channels.ts';
import type { ChannelVerdict } from './verdict.ts';
import { stateRef } from './world-index.ts';
import { sentences } from './channels.ts';
import { msg, say } from '../messages/say.ts';
import { covers } from './connections.ts';
import type { Rule } from '../world/types.ts';

/**
 * The recognition rules (GDPR art. 48) bearing on one request: those of a state other than the
 * requesting one that cover it. Computed once per assessment.
 */
export function recognitionRules(ask: Ask): Rule[] {
  const { index, request, provider } = ask;
  return index.world.rules.filter((r) => r.kind === 'recognition' && r.jurisdiction !== request.from && covers(r, request, provider));
}

/**
 * An open channel's verdict with the recognition rules that concern it (those that do not except it)
 * said and cited: such a law governs whether its state recognises the order, so the user sees it
 * and its source, but it neither closes the channel nor makes its state a consulted party.
 */
export function withRecognition<V extends ChannelVerdict>(ask: Ask, rules: readonly Rule[], verdict: V): V {
  // A closed channel carries no order for anyone to recognise.
  // The requested state's own law is the one the channel goes through: it recognises nothing foreign.
  const concerning = verdict.open ? rules.filter((r) => !r.except.includes(verdict.channel) && r.jurisdiction !== verdict.requestedState) : [];
  if (concerning.length === 0) return verdict;
  const message = sentences(verdict.message, ...concerning.map((r) => msg('route.recognition', { rule: r.id, state: stateRef(ask.index, r.jurisdiction) })));
  return { ...verdict, reason: say(message), message, cites: [...verdict.cites, ...concerning.map((r) => r.id).filter((id) => !verdict.cites.includes(id))] };
}
