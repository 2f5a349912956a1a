import { describe, expect, it } from 'vitest';
import { ROLES, deciderOf, decidingRole } from '../../machines/request/roles.ts';
import { CONFLICT_EVENTS, DECISION_EVENTS, SCENARIO_EVENT_TYPES, isConflictChoice, isDecision, type ScenarioEvent } from '../../machines/request/events.ts';

/**
 * Who takes each scenario event in a class with roles (machines/request/roles.ts), and which events are
 * decisions or choices at a conflict of laws (machines/request/events.ts): what a class sees as its
 * ballot's decider, and which script lines a run sets aside or awaits in their own state.
 */
const EVERY: ScenarioEvent[] = [
  { type: 'SEND_DIRECT' }, { type: 'CHOOSE_AGREEMENT' }, { type: 'CHOOSE_MLAT' }, { type: 'CHOOSE_ROGATORY' },
  { type: 'REQUEST_PRESERVATION' }, { type: 'EXTEND_PRESERVATION' }, { type: 'WITHDRAW' },
  { type: 'THIRD_COUNTRY_ANSWERS', country: 'CE', answer: 'consent' }, { type: 'REFUSE', ground: 'dual criminality' },
  { type: 'PROVIDER_REFUSES', reason: 'policy' }, { type: 'PROVIDER_CHOOSES', choice: 'comply' }, { type: 'REVIEW_DECIDES', outcome: 'upheld' },
];

describe('the parts a class plays', () => {
  it('are four, in this order', () => {
    expect(ROLES).toEqual(['prosecutor', 'centralAuthority', 'providerCounsel', 'thirdState']);
  });

  it('each event is taken by one of them, or (a court\'s ruling) by none', () => {
    expect(EVERY.map((e) => [e.type, decidingRole(e)])).toEqual([
      ['SEND_DIRECT', 'prosecutor'], ['CHOOSE_AGREEMENT', 'prosecutor'], ['CHOOSE_MLAT', 'prosecutor'], ['CHOOSE_ROGATORY', 'prosecutor'],
      ['REQUEST_PRESERVATION', 'prosecutor'], ['EXTEND_PRESERVATION', 'prosecutor'], ['WITHDRAW', 'prosecutor'],
      ['THIRD_COUNTRY_ANSWERS', 'thirdState'], ['REFUSE', 'centralAuthority'],
      ['PROVIDER_REFUSES', 'providerCounsel'], ['PROVIDER_CHOOSES', 'providerCounsel'], ['REVIEW_DECIDES', null],
    ]);
  });
});

describe('who decides an option of a vote', () => {
  const refuse: ScenarioEvent = { type: 'REFUSE', ground: 'dual criminality' };
  const answer: ScenarioEvent = { type: 'THIRD_COUNTRY_ANSWERS', country: 'CE', answer: 'object' };

  it('with roles off, the whole class decides everything', () => {
    expect(deciderOf(refuse, null)).toBeNull();
    expect(deciderOf(refuse, undefined)).toBeNull();
  });

  it('the role in play decides its own events', () => {
    expect(deciderOf(refuse, ['centralAuthority'])).toBe('centralAuthority');
    expect(deciderOf(answer, ['prosecutor', 'thirdState'])).toBe('thirdState');
    expect(deciderOf({ type: 'CHOOSE_MLAT' }, ['thirdState', 'prosecutor'])).toBe('prosecutor');
  });

  it('an event whose role nobody plays falls to the whole class, not to nobody', () => {
    expect(deciderOf(refuse, ['prosecutor', 'thirdState'])).toBeNull();
    expect(deciderOf(answer, [])).toBeNull();
  });

  it('a court\'s ruling falls to the whole class even with every role in play', () => {
    expect(deciderOf({ type: 'REVIEW_DECIDES', outcome: 'lifted' }, ROLES)).toBeNull();
  });
});

describe('the kinds of scenario events', () => {
  it('lists the contract\'s events: the four decisions first', () => {
    expect(DECISION_EVENTS).toEqual(['SEND_DIRECT', 'CHOOSE_AGREEMENT', 'CHOOSE_MLAT', 'CHOOSE_ROGATORY']);
    expect(SCENARIO_EVENT_TYPES).toEqual(EVERY.map((e) => e.type));
    expect(CONFLICT_EVENTS).toEqual(['PROVIDER_CHOOSES', 'REVIEW_DECIDES']);
  });

  it('decisions are the channel choices only; conflict choices are the provider\'s choice and the court\'s ruling only', () => {
    expect(EVERY.filter(isDecision).map((e) => e.type)).toEqual(['SEND_DIRECT', 'CHOOSE_AGREEMENT', 'CHOOSE_MLAT', 'CHOOSE_ROGATORY']);
    expect(EVERY.filter(isConflictChoice).map((e) => e.type)).toEqual(['PROVIDER_CHOOSES', 'REVIEW_DECIDES']);
    expect([isDecision({ type: 'CONCLUDE' }), isConflictChoice({ type: 'CONCLUDE' })]).toEqual([false, false]);
  });
});
