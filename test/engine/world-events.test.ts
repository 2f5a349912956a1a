import { describe, expect, it } from 'vitest';
import type { ScriptStep } from '../../machines/scenario.ts';
import type { Input } from '../../machines/run/replay.ts';
import { authorityActsOf, isWorldEvent, worldEventsAhead, worldEventsDue, worldEventsOf } from '../../machines/run/world-events.ts';

const refuse = { type: 'REFUSE', ground: 'dual criminality' } as const;
const consent = { type: 'THIRD_COUNTRY_ANSWERS', country: 'CE', answer: 'consent' } as const;
const script: ScriptStep[] = [
  { day: 0, event: { type: 'CHOOSE_MLAT' } },
  { day: 21, event: consent },
  { day: 120, event: refuse },
  { event: { type: 'CHOOSE_ROGATORY' } },
  { event: { type: 'PROVIDER_REFUSES', reason: 'policy' } },
  { day: 200, event: { type: 'WITHDRAW' } },
];
const dueDays = (after: number, through: number, inputs: Input[] = []) => worldEventsDue(script, inputs, after, through).map((w) => [w.index, w.day]);

describe("a script's world events and what the real authorities did", () => {
  it('tells the world\'s events from the authorities\' acts', () => {
    expect(['REFUSE', 'PROVIDER_REFUSES', 'THIRD_COUNTRY_ANSWERS'].map((type) => isWorldEvent({ type }))).toEqual([true, true, true]);
    expect(['CHOOSE_MLAT', 'SEND_DIRECT', 'WITHDRAW', 'REQUEST_PRESERVATION', 'EXTEND_PRESERVATION'].some((type) => isWorldEvent({ type }))).toBe(false);
    expect(authorityActsOf(script).map((a) => [a.index, a.day, a.event.type])).toEqual([
      [0, 0, 'CHOOSE_MLAT'], [3, null, 'CHOOSE_ROGATORY'], [5, 200, 'WITHDRAW'],
    ]);
  });

  it('dates an undated world event by the latest dated step before it', () => {
    expect(worldEventsOf(script).map((w) => [w.index, w.day])).toEqual([[1, 21], [2, 120], [4, 120]]);
  });

  it('makes an event due when time reaches its day, and not before', () => {
    expect(dueDays(0, 20.999)).toEqual([]);
    expect(dueDays(0, 21)).toEqual([[1, 21]]);
    expect(dueDays(21, 119)).toEqual([]);
    // Both of day 120, in file order, in one stretch of time.
    expect(dueDays(30, 300)).toEqual([[2, 120], [4, 120]]);
  });

  it('does not make an event due again once time has passed its day', () => {
    // Time stood at day 21 already: the answer of day 21 was played or skipped then.
    expect(dueDays(21, 50)).toEqual([]);
    expect(dueDays(120, 500)).toEqual([]);
  });

  it('makes a day-0 event due while time still stands at day 0', () => {
    const early: ScriptStep[] = [{ day: 0, event: refuse }];
    expect(worldEventsDue(early, [], 0, 0).map((w) => w.index)).toEqual([0]);
    expect(worldEventsDue(early, [], 0.5, 10)).toEqual([]);
  });

  it('leaves out an event the log already played from the script', () => {
    const played: Input[] = [{ kind: 'event', event: refuse, script: 2 }];
    expect(dueDays(30, 300, played)).toEqual([[4, 120]]);
  });

  it("leaves out an event the trainer's own inject overrode, and keeps one of another country", () => {
    const trainerRefused: Input[] = [{ kind: 'event', event: { type: 'REFUSE', ground: 'essential interests' } }];
    expect(dueDays(30, 300, trainerRefused)).toEqual([[4, 120]]);
    const otherCountry: Input[] = [{ kind: 'event', event: { ...consent, country: 'XX' } }];
    expect(dueDays(0, 21, otherCountry)).toEqual([[1, 21]]);
    const sameCountry: Input[] = [{ kind: 'event', event: { ...consent, answer: 'object' } }];
    expect(dueDays(0, 21, sameCountry)).toEqual([]);
  });

  it('lists what is still ahead for the trainer', () => {
    expect(worldEventsAhead(script, [], 0).map((w) => w.day)).toEqual([21, 120, 120]);
    expect(worldEventsAhead(script, [], 21).map((w) => w.day)).toEqual([120, 120]);
    expect(worldEventsAhead(script, [], 120)).toEqual([]);
  });
});
