import type { RequestContext } from '../request/context.ts';
import { reviewOpen } from '../request/conflict.ts';
import type { ScenarioEvent } from '../request/events.ts';
import type { World } from '../world/types.ts';
import type { Assumption } from './result.ts';
import { said } from '../messages/say.ts';
import type { Said } from '../messages/types.ts';

/** An assumption's words, in English and as messages. */
function words(about: Said, why: Said): Pick<Assumption, 'about' | 'aboutMessage' | 'why' | 'whyMessage'> {
  return { about: about.reason, aboutMessage: about.message, why: why.reason, whyMessage: why.message };
}

/**
 * The default policy at a conflict of laws (issue 11, part A). Nobody knows in advance what a
 * provider caught between two laws will do, nor how a court will rule, so each default is recorded
 * as an assumption: the provider's documented practice where its entry has one (`conflictPractice`),
 * otherwise refusal; at a review, the order upheld. Null when no such choice is awaited.
 */
export function policyAtConflict(
  state: string,
  context: RequestContext,
  world: World,
): { decision: ScenarioEvent; assumption: Assumption } | null {
  const conflict = context.input.assessment.direct.conflict;
  if (!conflict) return null;
  if (state === 'direct.ruling') {
    return {
      decision: { type: 'REVIEW_DECIDES', outcome: 'upheld' },
      assumption: {
        country: context.input.request.from,
        ...words(said('run.assumption.ruling.about', { order: conflict.order }), said('run.assumption.ruling.why')),
        assumed: 'upheld',
      },
    };
  }
  if (state !== 'direct.conflict') return null;
  const name = conflict.names.provider;
  // Only at a conflict, never per event: a lookup in the world's list costs nothing here.
  const practice = world.providers.find((p) => p.id === context.input.request.provider)?.conflictPractice;
  const about = said('run.assumption.choice.about', { provider: name, order: conflict.order, breached: conflict.breached.join(', ') });
  if (practice && (practice.choice !== 'review' || reviewOpen(context))) {
    return {
      decision: { type: 'PROVIDER_CHOOSES', choice: practice.choice },
      assumption: { ...words(about, said('run.assumption.choice.practice', { provider: name, source: practice.source })), assumed: practice.choice },
    };
  }
  return {
    decision: { type: 'PROVIDER_CHOOSES', choice: 'refuse' },
    assumption: {
      ...words(about, said(practice ? 'run.assumption.choice.reviewClosed' : 'run.assumption.choice.undocumented', { provider: name })),
      assumed: 'refuse',
    },
  };
}
