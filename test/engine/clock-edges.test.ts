import { describe, expect, it } from 'vitest';
import { DayClock } from '../../machines/clock.ts';

/**
 * The day clock's edges (machines/clock.ts) that clock.test.ts leaves open: a deadline already past,
 * a deadline due exactly at the limit, cancelling the first or an unknown deadline, a deadline the
 * clock has already moved past, and order among deadlines of one day set out of order.
 */
describe('the day clock at its edges', () => {
  it('a deadline set with a negative delay is due now, not in the past', () => {
    const clock = new DayClock<string>();
    clock.moveTo(10);
    clock.schedule('late', 'late', -3);
    expect(clock.nextDue()).toBe(10);
    expect(clock.takeNext()).toBe('late');
    expect(clock.now()).toBe(10);
  });

  it('the next deadline named is the earliest, whatever order they were set in', () => {
    const clock = new DayClock<string>();
    expect(clock.nextDue()).toBeUndefined();
    clock.schedule('late', 'late', 30);
    clock.schedule('soon', 'soon', 7);
    clock.schedule('middle', 'middle', 12);
    expect(clock.nextDue()).toBe(7);
    clock.cancel('soon');
    expect(clock.nextDue()).toBe(12);
  });

  it('a deadline due on the limit itself is taken', () => {
    const clock = new DayClock<string>();
    clock.schedule('a', 'a', 5);
    expect(clock.takeNext(5)).toBe('a');
    expect(clock.now()).toBe(5);
  });

  it('cancelling drops only the deadline of that key, the first set as well as any other; an unknown key drops none', () => {
    const clock = new DayClock<string>();
    clock.schedule('a', 'a', 1);
    clock.schedule('b', 'b', 2);
    clock.schedule('c', 'c', 3);
    clock.cancel('a');
    clock.cancel('nothing');
    expect([clock.takeNext(), clock.takeNext(), clock.takeNext()]).toEqual(['b', 'c', undefined]);
  });

  it('time never goes back: a deadline the clock was moved past is taken at the later time', () => {
    const clock = new DayClock<string>();
    clock.schedule('a', 'a', 5);
    clock.moveTo(10);
    expect(clock.takeNext()).toBe('a');
    expect(clock.now()).toBe(10);
  });

  it('of one day\'s deadlines the first set comes first, even after a later day\'s set between them', () => {
    const clock = new DayClock<string>();
    clock.schedule('x', 'day 4 first', 4);
    clock.schedule('y', 'day 2', 2);
    clock.schedule('z', 'day 4 second', 4);
    clock.schedule('w', 'day 3', 3);
    expect([clock.takeNext(), clock.takeNext(), clock.takeNext(), clock.takeNext()]).toEqual(['day 2', 'day 3', 'day 4 first', 'day 4 second']);
    expect(clock.nextDue()).toBeUndefined();
  });

  it('a deadline that never comes leaves nothing due, whatever the limit', () => {
    const clock = new DayClock<string>();
    clock.schedule('never', 'never', Infinity);
    expect(clock.nextDue()).toBeUndefined();
    expect(clock.takeNext()).toBeUndefined();
    expect(clock.now()).toBe(0);
  });
});
