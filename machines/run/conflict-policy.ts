import type { RequestContext } from '../request/context.ts';
import { reviewOpen } from '../request/conflict.ts';
import type { ScenarioEvent } from '../request/events.ts';
import type { World } from '../world/types.ts';
import type { Assumption } from './result.ts';

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
        about: `the ruling on the review of ${conflict.order}`,
        assumed: 'upheld',
        why: 'no ruling is known, and an order stands until a court lifts it',
      },
    };
  }
  if (state !== 'direct.conflict') return null;
  const name = conflict.names.provider;
  // Only at a conflict, never per event: a lookup in the world's list costs nothing here.
  const practice = world.providers.find((p) => p.id === context.input.request.provider)?.conflictPractice;
  const about = `${name}'s choice between ${conflict.order} and ${conflict.breached.join(', ')}`;
  if (practice && (practice.choice !== 'review' || reviewOpen(context))) {
    return {
      decision: { type: 'PROVIDER_CHOOSES', choice: practice.choice },
      assumption: { about, assumed: practice.choice, why: `${name}'s documented practice (${practice.source})` },
    };
  }
  return {
    decision: { type: 'PROVIDER_CHOOSES', choice: 'refuse' },
    assumption: {
      about, assumed: 'refuse',
      why: practice
        ? `${name}'s documented practice is to seek review, which is no longer open; otherwise nothing is documented, and the default is refusal`
        : `nothing is documented about ${name}'s practice, and the default is refusal (the provider keeps to the prohibition)`,
    },
  };
}
