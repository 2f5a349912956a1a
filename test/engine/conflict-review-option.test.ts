import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../../machines/request/context.ts';
import { conflictNote, reviewOpen } from '../../machines/request/conflict.ts';

/**
 * Whether a court review is still offered at a conflict of laws (machines/request/conflict.ts), called
 * directly on a request's state: an order with no conflict at all, an order whose review was already
 * used, and one whose review is still open.
 */
const conflict = { names: { provider: 'Nimbus', order: 'the Order', breached: 'the Statute' }, review: { days: 30 } };
const context = (c: unknown, reviewed: boolean): RequestContext => ({
  input: { assessment: { direct: { conflict: c } }, request: { data: 'content' } },
  time: 12, reviewed,
}) as unknown as RequestContext;

describe('a court review at a conflict of laws', () => {
  it('is not open where the direct request meets no conflict', () => {
    expect(reviewOpen(context(undefined, false))).toBe(false);
  });

  it('is offered while the order\'s review is unused', () => {
    expect(conflictNote(context(conflict, false), 'met').reason).toBe(
      'Nimbus\'s answer is due: a conflict of laws. the Order requires it to produce the content data; the Statute does not permit that disclosure on a direct request. Nimbus may comply, refuse or ask a court to review the order (30 days).');
  });

  it('is no longer offered once the review was used: comply or refuse only', () => {
    expect(conflictNote(context(conflict, true), 'met').reason).toBe(
      'Nimbus\'s answer is due: a conflict of laws. the Order requires it to produce the content data; the Statute does not permit that disclosure on a direct request. Nimbus may comply or refuse.');
  });
});
