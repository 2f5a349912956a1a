import { describe, expect, it } from 'vitest';
import { CostBudget } from '../../server/limiter.ts';

describe('a cost budget per address, refilled by the minute', () => {
  it('charges work when it ends, refills at its rate, and holds each address to its own', () => {
    let now = 0;
    const budget = new CostBudget(60_000, () => now);
    expect(budget.left('1.2.3.4')).toBe(60_000);
    budget.charge('1.2.3.4', 45_000);
    expect(budget.left('1.2.3.4')).toBe(15_000);
    expect(budget.left('5.6.7.8')).toBe(60_000);
    // 1,000 a second comes back, up to one minute's worth and no more.
    now = 10_000;
    expect(budget.left('1.2.3.4')).toBe(25_000);
    // 30,000 more needs 5 s more.
    expect(budget.retryAfter('1.2.3.4', 30_000)).toBe(5);
    now = 1_000_000;
    expect(budget.left('1.2.3.4')).toBe(60_000);
  });

  it('lets requests in flight together run into debt, and makes the address wait until it is repaid', () => {
    let now = 0;
    const budget = new CostBudget(60_000, () => now);
    // Two samples were let through on the same balance; both cost 50,000.
    budget.charge('k', 50_000);
    budget.charge('k', 50_000);
    expect(budget.left('k')).toBe(-40_000);
    expect(budget.retryAfter('k')).toBe(41);
    now = 40_000;
    expect(budget.left('k')).toBe(0);
    now = 41_000;
    expect(budget.left('k')).toBe(1_000);
    // Asking for more than a minute's worth waits for a full minute, not for ever.
    expect(budget.retryAfter('k', 1e12)).toBe(59);
  });

  it('has no limit when the rate is infinite', () => {
    const budget = new CostBudget(Infinity, () => 0);
    budget.charge('k', 1e15);
    expect(budget.left('k')).toBe(Infinity);
  });
});
