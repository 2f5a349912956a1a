import { describe, expect, it } from 'vitest';
import type { ScriptStep } from '../../machines/scenario.ts';
import type { Input } from '../../machines/run/replay.ts';
import { worldEventsAhead, worldEventsDue } from '../../machines/run/world-events.ts';

/**
 * Which of a script's world events a session plays as time moves (server/sessions/world.ts), and
 * which the trainer's console shows as next (client/pages/console.ts): by day, then file order,
 * leaving out those the session's log already accounts for.
 */
const answer = (country: string, day: number): ScriptStep => ({ day, event: { type: 'THIRD_COUNTRY_ANSWERS', country, answer: 'consent' } });
const refuse = (ground: string, day?: number): ScriptStep => ({ ...(day !== undefined && { day }), event: { type: 'REFUSE', ground } });
const seen = (events: { index: number; day: number }[]) => events.map((w) => [w.index, w.day]);

describe('the order in which the world plays a script written out of day order', () => {
  // The author wrote the refusal of day 120 before Cerulea's answer of day 21.
  const script: ScriptStep[] = [
    { day: 0, event: { type: 'CHOOSE_MLAT' } },
    refuse('dual criminality', 120),
    answer('CE', 21),
  ];

  it('shows the earliest as next on the console: the answer of day 21, then the refusal of day 120', () => {
    expect(seen(worldEventsAhead(script, [], 0))).toEqual([[2, 21], [1, 120]]);
  });

  it('plays them by day within one stretch of time', () => {
    expect(seen(worldEventsDue(script, [], 0, 200))).toEqual([[2, 21], [1, 120]]);
  });

  it('plays events of one day in file order, whatever day the steps between them carry', () => {
    const mixed: ScriptStep[] = [refuse('public order', 50), answer('CE', 10), answer('DO', 10), refuse('essential interests', 30)];
    expect(seen(worldEventsAhead(mixed, [], 0))).toEqual([[1, 10], [2, 10], [3, 30], [0, 50]]);
  });
});

describe("what a session's log accounts for", () => {
  // Arcadia refuses the treaty request on day 120; the class then tries letters rogatory, refused on day 300.
  const script: ScriptStep[] = [
    { day: 0, event: { type: 'CHOOSE_MLAT' } },
    refuse('dual criminality', 120),
    { event: { type: 'CHOOSE_ROGATORY' } },
    refuse('essential interests', 300),
  ];

  it('a log of advances and steps, as every session has, leaves the script\'s events due', () => {
    const log: Input[] = [{ kind: 'event', event: { type: 'CHOOSE_MLAT' } }, { kind: 'advance', to: 50 }, { kind: 'step' }];
    expect(seen(worldEventsDue(script, log, 50, 130))).toEqual([[1, 120]]);
  });

  it('the first refusal, played from the script, does not account for the second one', () => {
    const log: Input[] = [
      { kind: 'event', event: { type: 'CHOOSE_MLAT' } }, { kind: 'advance', to: 120 },
      { kind: 'event', event: { type: 'REFUSE', ground: 'dual criminality' }, script: 1 },
      { kind: 'event', event: { type: 'CHOOSE_ROGATORY' } },
    ];
    expect(seen(worldEventsAhead(script, log, 0))).toEqual([[3, 300]]);
  });
});
