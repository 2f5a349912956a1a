import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../../machines/request/context.ts';
import { heldPreservationReleased, preservationHeld } from '../../machines/request/preservation.ts';

/**
 * The hold on a preservation and what a refusal's note says when it ends (machines/request/preservation.ts),
 * called directly on a request's state: whether a hold is in force while a consultation is under way,
 * and the note's words when the refused channel held nothing, or nothing was tried yet, or the
 * retention's last moment falls exactly on the refusal.
 */
const HOLD = { instrument: 'AR-BO-MLAT', source: 'AR-BO MLAT art. 9 (fictional)' };
const context = (over: Partial<Omit<RequestContext, 'input'>>): RequestContext => ({
  input: { assessment: { preservationPending: { mlat: HOLD } } },
  time: 250, current: null, consultation: null, lastEnd: null, preservedUntil: 180,
  ...over,
}) as unknown as RequestContext;

describe('a preservation held pending a request', () => {
  it('is held while the request is under way through the holding channel', () => {
    expect(preservationHeld(context({ current: 'mlat' }))).toEqual(HOLD);
  });

  it('is not held while a third country is still being consulted, nor before any channel is chosen', () => {
    expect(preservationHeld(context({ current: 'mlat', consultation: { channel: 'mlat' } as unknown as RequestContext['consultation'] }))).toBeNull();
    expect(preservationHeld(context({ current: null }))).toBeNull();
    expect(preservationHeld(context({ current: 'agreement' }))).toBeNull();
  });
});

describe('what a refusal says of the preservation', () => {
  it('a refused channel that held nothing: the term ended on its day, and the provider\'s retention decides', () => {
    expect(heldPreservationReleased(context({ lastEnd: { channel: 'agreement', refused: true } }), 300, 0.5).reason).toBe(
      'The preservation held pending the request ends with this decision (its term ended on day 180); the provider keeps the data through day 300 under its retention policy.');
  });

  it('no attempt ended yet: the same words, with no deletion date', () => {
    expect(heldPreservationReleased(context({ lastEnd: null, preservedUntil: null }), undefined, 0.5).reason).toBe(
      'The preservation held pending the request ends with this decision (its term ended on day 0); the provider has no deletion date for this data.');
  });

  it('a retention whose end falls exactly at the moment of the refusal has ended: the data is deleted now', () => {
    expect(heldPreservationReleased(context({ lastEnd: { channel: 'mlat', refused: true }, time: 250.5 }), 250, 0.5).reason).toBe(
      'The preservation held under AR-BO-MLAT pending the request ends with this decision (its term ended on day 180); the provider\'s retention period ended on day 250, so it deletes the data now.');
    expect(heldPreservationReleased(context({ lastEnd: { channel: 'mlat', refused: true }, time: 250 }), 250, 0.5).reason).toBe(
      'The preservation held under AR-BO-MLAT pending the request ends with this decision (its term ended on day 180); the provider keeps the data through day 250 under its retention policy.');
  });
});
