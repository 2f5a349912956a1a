import type { RequestContext } from './context.ts';
import { alternatives } from '../words.ts';

/** Whether the provider may still ask a court to review the order: the order provides a review, not yet used. */
export function reviewOpen(context: RequestContext): boolean {
  return context.input.assessment.direct.conflict?.review !== undefined && !context.reviewed;
}

/**
 * What the notes say at a conflict of laws (issue 11, part A). Each side is named in its own terms:
 * the order requires, the other state's rule does not permit; neither is called right or wrong.
 */
export function conflictNote(context: RequestContext, step: 'met' | 'complied' | 'refused' | 'review' | 'due' | 'upheld' | 'lifted'): string {
  const c = context.input.assessment.direct.conflict!;
  const { provider, order, breached } = c.names;
  const data = context.input.request.data;
  switch (step) {
    case 'met': {
      const options = [
        'comply',
        `refuse${c.sanction ? ` (and face: ${c.sanction})` : ''}`,
        ...(c.review && reviewOpen(context) ? [`ask a court to review the order (${c.review.days} days${c.review.source ? `; ${c.review.source}` : ''})`] : []),
      ];
      const choices = alternatives(options);
      return `${provider}'s answer is due: a conflict of laws. ${order} requires it to produce the ${data} data; ${breached} does not permit that disclosure on a direct request. ${provider} may ${choices}.`;
    }
    case 'complied':
      return `${provider} complies with ${order} and produces the ${data} data; in doing so it discloses what ${breached} does not permit on a direct request.`;
    case 'refused':
      return `${provider} refuses to produce, keeping to ${breached}. ${c.sanction ? `Under ${order} a refusal exposes it to: ${c.sanction}.` : `${order} names no sanction in this world.`} The direct channel ends; the requesting state may try another.`;
    case 'review':
      return `${provider} asks a court to review ${order}${c.review?.source ? ` (${c.review.source})` : ''}; the ruling is due on day ${context.time + c.review!.days}.`;
    case 'due':
      return `The review of ${order} has run its ${c.review!.days} days: the court's ruling is awaited.`;
    case 'upheld':
      return `The court upholds ${order}: ${provider} must choose again, now without a review.`;
    case 'lifted':
      return `The court lifts ${order}: the order falls and the direct channel is closed. The requesting state decides on another channel.`;
  }
}
