/**
 * Well-formed input that the state of a session refuses: events it cannot take, time going back,
 * a vote that is not open, a branch beyond the log. The server must refuse each one and record nothing.
 */
import fc from 'fast-check';
import type { ScenarioEvent, TrainerCommand } from '../../server/protocol.ts';
import { EVENT_TYPES } from './malformed.ts';

const SAMPLE_EVENTS: Record<(typeof EVENT_TYPES)[number], ScenarioEvent> = {
  SEND_DIRECT: { type: 'SEND_DIRECT' }, CHOOSE_AGREEMENT: { type: 'CHOOSE_AGREEMENT' }, CHOOSE_MLAT: { type: 'CHOOSE_MLAT' },
  CHOOSE_ROGATORY: { type: 'CHOOSE_ROGATORY' }, REQUEST_PRESERVATION: { type: 'REQUEST_PRESERVATION' },
  EXTEND_PRESERVATION: { type: 'EXTEND_PRESERVATION' }, WITHDRAW: { type: 'WITHDRAW' },
  THIRD_COUNTRY_ANSWERS: { type: 'THIRD_COUNTRY_ANSWERS', country: 'ZZ', answer: 'consent' },
  REFUSE: { type: 'REFUSE', ground: 'dual criminality' }, PROVIDER_REFUSES: { type: 'PROVIDER_REFUSES', reason: 'policy' },
  PROVIDER_CHOOSES: { type: 'PROVIDER_CHOOSES', choice: 'comply' }, REVIEW_DECIDES: { type: 'REVIEW_DECIDES', outcome: 'lifted' },
};

/** Commands session A must refuse, given the event types it can take now, its seq and its day. */
export function refusedCommands(allowedTypes: Set<string>, seq: number, day: number): fc.Arbitrary<TrainerCommand> {
  const refusedEvents = EVENT_TYPES.filter((t) => !allowedTypes.has(t)).map((t) => SAMPLE_EVENTS[t]);
  if (refusedEvents.length === 0) throw new Error('the session takes every kind of event: nothing to refuse');
  const refusedEvent = fc.constantFrom(...refusedEvents);
  return fc.oneof(
    refusedEvent.map((event): TrainerCommand => ({ type: 'event', event })),
    fc.double({ min: 0, max: day - 0.01, noNaN: true }).map((to): TrainerCommand => ({ type: 'advance', to })),
    fc.constant<TrainerCommand>({ type: 'closeVote' }),
    fc.integer({ min: seq + 1, max: 1_000_000 }).map((atSeq): TrainerCommand => ({ type: 'branch', atSeq })),
    fc.tuple(refusedEvent, fc.constantFrom(...Object.values(SAMPLE_EVENTS))).map(([first, second]): TrainerCommand => ({ type: 'openVote', options: [first, second] })),
  );
}
