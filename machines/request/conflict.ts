import type { RequestContext } from './context.ts';
import type { Message, Said } from '../messages/types.ts';
import { msg, said } from '../messages/say.ts';

/** Whether the provider may still ask a court to review the order: the order provides a review, not yet used. */
export function reviewOpen(context: RequestContext): boolean {
  return context.input.assessment.direct.conflict?.review !== undefined && !context.reviewed;
}

/**
 * What the notes say at a conflict of laws (issue 11, part A). Each side is named in its own terms:
 * the order requires, the other state's rule does not permit; neither is called right or wrong.
 * The provider, the order and the rules keep their own names; a sanction is the world author's text.
 */
export function conflictNote(context: RequestContext, step: 'met' | 'complied' | 'refused' | 'review' | 'due' | 'upheld' | 'lifted'): Said {
  const c = context.input.assessment.direct.conflict!;
  const { provider, order, breached } = c.names;
  const data = msg(`data.${context.input.request.data}`);
  const sanction = c.sanction ? { authored: c.sanction } : undefined;
  switch (step) {
    case 'met': {
      const options: Message[] = [
        msg('request.conflict.option.comply'),
        sanction ? msg('request.conflict.option.refuseSanction', { sanction }) : msg('request.conflict.option.refuse'),
        ...(c.review && reviewOpen(context)
          ? [c.review.source
            ? msg('request.conflict.option.reviewSource', { days: c.review.days, source: c.review.source })
            : msg('request.conflict.option.review', { days: c.review.days })]
          : []),
      ];
      return said('request.conflict.met', { provider, order, data, breached, choices: { list: options, join: 'or' } });
    }
    case 'complied':
      return said('request.conflict.complied', { provider, order, data, breached });
    case 'refused':
      return sanction
        ? said('request.conflict.refusedSanction', { provider, order, breached, sanction })
        : said('request.conflict.refused', { provider, order, breached });
    case 'review': {
      const day = context.time + c.review!.days;
      return c.review?.source
        ? said('request.conflict.reviewSource', { provider, order, source: c.review.source, day })
        : said('request.conflict.review', { provider, order, day });
    }
    case 'due':
      return said('request.conflict.due', { order, days: c.review!.days });
    case 'upheld':
      return said('request.conflict.upheld', { order, provider });
    case 'lifted':
      return said('request.conflict.lifted', { order });
  }
}
