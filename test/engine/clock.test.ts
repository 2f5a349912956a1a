import { describe, expect, it } from 'vitest';
import { DayClock } from '../../machines/clock.ts';

describe('the day clock keeps the machine\'s deadlines', () => {
  it('gives deadlines in time order, and those due together in the order they were set', () => {
    const clock = new DayClock<string>();
    clock.schedule('late', 'late', 30);
    clock.schedule('first', 'first of day 10', 10);
    clock.schedule('second', 'second of day 10', 10);
    expect(clock.nextDue()).toBe(10);
    expect([clock.takeNext(), clock.takeNext(), clock.takeNext()]).toEqual(['first of day 10', 'second of day 10', 'late']);
    expect(clock.now()).toBe(30);
    expect(clock.takeNext()).toBeUndefined();
  });

  it('takes nothing due after the limit, and moves time only when told', () => {
    const clock = new DayClock<string>();
    clock.schedule('a', 'a', 5);
    expect(clock.takeNext(4)).toBeUndefined();
    expect(clock.now()).toBe(0);
    clock.moveTo(4);
    expect(clock.now()).toBe(4);
    clock.moveTo(2);
    expect(clock.now()).toBe(4);
  });

  it('counts a delay from the current day, drops a cancelled deadline and keeps none that never comes', () => {
    const clock = new DayClock<string>();
    clock.moveTo(100);
    clock.schedule('stage', 'stage ends', 7);
    clock.schedule('never', 'never', Infinity);
    clock.schedule('gone', 'gone', 1);
    clock.cancel('gone');
    expect(clock.nextDue()).toBe(107);
    expect(clock.takeNext()).toBe('stage ends');
    expect(clock.nextDue()).toBeUndefined();
  });
});
