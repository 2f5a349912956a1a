import { describe, expect, it } from 'vitest';
import type { ScenarioEvent } from '../../machines/request/events.ts';
import type { VoteView } from '../../server/protocol.ts';
import { counts, describeEvent, leaders, participantView, sameEvent, voteView } from '../../server/sessions/votes.ts';
import type { VoteRow } from '../../server/store/store.ts';

/** A vote as the store holds it: three options, open, untimed, no roles, results shown. */
const vote = (change: Partial<VoteRow> = {}): VoteRow => ({
  id: 'v1',
  sessionId: 's1',
  options: [{ type: 'CHOOSE_MLAT' }, { type: 'REFUSE', ground: 'dual criminality' }, { type: 'REVIEW_DECIDES', outcome: 'upheld' } as ScenarioEvent],
  openedAtSeq: 4,
  openedAt: '2026-01-01T10:00:00.000Z',
  closesAt: null,
  closedAt: null,
  result: null,
  ballots: new Map(),
  settings: { prompt: null, tie: 'trainer', hideResults: false, explain: false, seconds: null },
  leftMs: null,
  revealedAt: null,
  explanations: new Map(),
  ...change,
});

describe('sameEvent: whether two options are the same choice', () => {
  it('ignores the order the fields were written in', () => {
    const a = { type: 'THIRD_COUNTRY_ANSWERS', country: 'Norway', answer: 'consent' } as ScenarioEvent;
    const b = { answer: 'consent', country: 'Norway', type: 'THIRD_COUNTRY_ANSWERS' } as ScenarioEvent;
    const c = { country: 'Norway', type: 'THIRD_COUNTRY_ANSWERS', answer: 'consent' } as ScenarioEvent;
    expect(sameEvent(a, b)).toBe(true);
    expect(sameEvent(b, a)).toBe(true);
    expect(sameEvent(a, c)).toBe(true);
    expect(sameEvent(c, b)).toBe(true);
    expect(sameEvent({ ground: 'ne bis in idem', type: 'REFUSE' }, { type: 'REFUSE', ground: 'ne bis in idem' })).toBe(true);
  });

  it('tells apart options that differ in a value or a type', () => {
    expect(sameEvent({ type: 'REFUSE', ground: 'dual criminality' }, { type: 'REFUSE', ground: 'ne bis in idem' })).toBe(false);
    expect(sameEvent({ type: 'CHOOSE_MLAT' }, { type: 'CHOOSE_ROGATORY' })).toBe(false);
    expect(sameEvent({ type: 'WITHDRAW' }, { type: 'WITHDRAW' })).toBe(true);
  });
});

describe('counts and leaders: the tally the trainer reads', () => {
  it('counts each ballot for the option chosen, zero for the others', () => {
    const v = vote({ ballots: new Map([['p1', 0], ['p2', 2], ['p3', 2]]) });
    expect(counts(v)).toEqual([1, 0, 2]);
    expect(counts(vote())).toEqual([0, 0, 0]);
  });

  it('one leader wins; several with the most ballots tie, in the order listed', () => {
    expect(leaders([0, 3, 1])).toEqual([1]);
    expect(leaders([2, 0, 2])).toEqual([0, 2]);
    expect(leaders([1, 1, 1])).toEqual([0, 1, 2]);
  });

  it('nobody voted: no leader at all', () => {
    expect(leaders([0, 0, 0])).toEqual([]);
    expect(leaders([])).toEqual([]);
  });
});

describe('voteView: the whole vote on the trainer screen', () => {
  it('shows counts, ballots, settings and who voted for what with their reasons', () => {
    const v = vote({
      ballots: new Map([['p1', 1], ['p2', 1], ['p3', 0]]),
      explanations: new Map([['p2', 'no dual criminality']]),
      settings: { prompt: 'Refuse or not?', tie: 'first', hideResults: true, explain: true, seconds: 60 },
      closesAt: '2026-01-01T10:01:00.000Z',
    });
    expect(voteView(v)).toStrictEqual({
      id: 'v1',
      options: v.options,
      counts: [1, 2, 0],
      ballots: 3,
      openedAtSeq: 4,
      closesAt: '2026-01-01T10:01:00.000Z',
      secondsLeft: null,
      open: true,
      result: null,
      prompt: 'Refuse or not?',
      tie: 'first',
      hideResults: true,
      revealed: false,
      explain: true,
      voters: [
        { participant: 'p1', option: 1, explanation: null },
        { participant: 'p2', option: 1, explanation: 'no dual criminality' },
        { participant: 'p3', option: 0, explanation: null },
      ],
    });
  });

  it('a held countdown shows whole seconds left, rounded up', () => {
    expect(voteView(vote({ leftMs: 1500 })).secondsLeft).toBe(2);
    expect(voteView(vote({ leftMs: 30000 })).secondsLeft).toBe(30);
    expect(voteView(vote({ leftMs: null })).secondsLeft).toBe(null);
  });

  it('a closed vote is no longer open; a revealed one says so', () => {
    const result = { winner: 1, event: { type: 'REFUSE', ground: 'dual criminality' } as ScenarioEvent, applied: true, seq: 5, message: 'Refused.' };
    const closed = voteView(vote({ closedAt: '2026-01-01T10:02:00.000Z', result, revealedAt: '2026-01-01T10:03:00.000Z' }));
    expect(closed.open).toBe(false);
    expect(closed.revealed).toBe(true);
    expect(closed.result).toEqual(result);
    expect(voteView(vote()).open).toBe(true);
    expect(voteView(vote()).revealed).toBe(false);
  });

  it('with roles: who decides each option, and the ballots of the wrong role apart', () => {
    const v = vote({
      roles: ['prosecutor', 'centralAuthority'],
      ballots: new Map([['p1', 0], ['p2', 0], ['p3', 1], ['p4', 2]]),
      ballotRoles: new Map([['p1', 'prosecutor'], ['p2', 'centralAuthority'], ['p3', 'centralAuthority'], ['p4', 'prosecutor']]),
    });
    const view = voteView(v);
    expect(view.deciders).toEqual(['prosecutor', 'centralAuthority', null]);
    expect(view.counts).toEqual([1, 1, 1]);
    expect(view.uncounted).toEqual([1, 0, 0]);
    expect(Object.keys(view)).not.toContain('0');
  });

  it('without roles: no deciders and no uncounted ballots in the view', () => {
    const view = voteView(vote({ ballots: new Map([['p1', 0]]) }));
    expect('deciders' in view).toBe(false);
    expect('uncounted' in view).toBe(false);
  });
});

/** A trainer's view with roles, two voters and the given visibility. */
const trainerView = (hideResults: boolean, revealed: boolean): VoteView => ({
  id: 'v1', options: [{ type: 'CHOOSE_MLAT' }, { type: 'WITHDRAW' }], counts: [2, 1], ballots: 4, openedAtSeq: 2, closesAt: null, secondsLeft: null,
  open: true, result: null, deciders: ['prosecutor', 'prosecutor'], uncounted: [1, 0], prompt: 'Which way?', tie: 'trainer', hideResults, revealed, explain: false,
  voters: [
    { participant: 'p1', option: 0, explanation: null },
    { participant: 'p2', option: 1, explanation: 'too slow' },
    { participant: 'p3', option: 0, explanation: null },
  ],
});

describe('participantView: what a participant sees of a vote', () => {
  it('results shown: counts and uncounted stay, who voted for what goes', () => {
    expect(participantView(trainerView(false, false))).toStrictEqual({
      id: 'v1', options: [{ type: 'CHOOSE_MLAT' }, { type: 'WITHDRAW' }], counts: [2, 1], ballots: 4, openedAtSeq: 2, closesAt: null, secondsLeft: null,
      open: true, result: null, deciders: ['prosecutor', 'prosecutor'], uncounted: [1, 0], prompt: 'Which way?', tie: 'trainer', hideResults: false, revealed: false, explain: false,
      voters: null,
    });
  });

  it('results hidden by the trainer: no counts and no uncounted, only how many answered', () => {
    const seen = participantView(trainerView(true, false));
    expect(seen.counts).toBe(null);
    expect('uncounted' in seen).toBe(false);
    expect(seen.ballots).toBe(4);
    expect(seen.voters).toBe(null);
  });

  it('hidden results once revealed: the counts come back', () => {
    const seen = participantView(trainerView(true, true));
    expect(seen.counts).toEqual([2, 1]);
    expect(seen.uncounted).toEqual([1, 0]);
  });

  it('a vote without roles has no uncounted for participants either', () => {
    const { uncounted: _u, deciders: _d, ...noRoles } = trainerView(false, false);
    const seen = participantView(noRoles);
    expect('uncounted' in seen).toBe(false);
    expect(seen.counts).toEqual([2, 1]);
  });

  it('`mine` is the participant’s own choice, null when they have not voted, absent when nobody asked', () => {
    expect(participantView(trainerView(false, false), 'p2').mine).toBe(1);
    expect(participantView(trainerView(false, false), 'p3').mine).toBe(0);
    expect(participantView(trainerView(true, false), 'p2').mine).toBe(1);
    expect(participantView(trainerView(false, false), 'p9').mine).toBe(null);
    expect('mine' in participantView(trainerView(false, false))).toBe(false);
  });

  it('a view that lists no voters gives `mine` null rather than failing', () => {
    const seen = participantView({ ...trainerView(false, false), voters: null }, 'p1');
    expect(seen.mine).toBe(null);
  });
});

describe('describeEvent: an option in a sentence', () => {
  it('an event without fields is its type', () => {
    expect(describeEvent({ type: 'WITHDRAW' })).toBe('WITHDRAW');
  });

  it('fields follow in brackets, separated by commas', () => {
    expect(describeEvent({ type: 'REFUSE', ground: 'dual criminality' })).toBe('REFUSE (ground: dual criminality)');
    expect(describeEvent({ type: 'THIRD_COUNTRY_ANSWERS', country: 'Norway', answer: 'object' } as ScenarioEvent)).toBe('THIRD_COUNTRY_ANSWERS (country: Norway, answer: object)');
  });
});
