import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, limitsFromEnv, RateLimiter } from '../../server/limiter.ts';

describe('the limits npm start runs with', () => {
  it('are the defaults unless a setting says otherwise, each read as the README shows it', () => {
    expect(limitsFromEnv({})).toEqual(DEFAULT_LIMITS);
    const set = limitsFromEnv({
      LIMIT_CREATES: '5', LIMIT_VALIDATIONS: '7', LIMIT_COMMANDS: '100', LIMIT_RUNS: '9', LIMIT_BALLOTS: '3/10', LIMIT_JOIN_FAILURES: ' 12 / 30 ', LIMIT_REFUSALS: '100',
      MAX_CONNECTIONS_PER_ADDRESS: '250', MAX_PARTICIPANTS: '40', PRESENCE_AWAY_MINUTES: '2',
    });
    expect(set).toMatchObject({
      creates: { limit: 5, windowMs: 60_000 }, validations: { limit: 7, windowMs: 60_000 }, commands: { limit: 100, windowMs: 60_000 }, runs: { limit: 9, windowMs: 60_000 }, ballots: { limit: 3, windowMs: 10_000 }, joinFailures: { limit: 12, windowMs: 30_000 },
      refusals: { limit: 100, windowMs: 60_000 }, connectionsPerAddress: 250, participantsPerSession: 40, presence: { awayMs: 120_000 },
    });
  });

  it('refuses a setting it cannot read, naming it', () => {
    expect(() => limitsFromEnv({ LIMIT_CREATES: '0' })).toThrow(/LIMIT_CREATES must be a count per minute/);
    expect(() => limitsFromEnv({ MAX_CONNECTIONS_PER_ADDRESS: 'lots' })).toThrow(/MAX_CONNECTIONS_PER_ADDRESS must be a positive number of connections, got "lots"/);
  });
});

describe('a rate limiter', () => {
  it('tells a spent budget without spending more, and opens a new window when the old one ends', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 1000, () => now);
    expect(limiter.spent('a')).toBe(false);
    expect([limiter.take('a'), limiter.take('a')]).toEqual([true, true]);
    expect(limiter.spent('a')).toBe(true);
    expect(limiter.spent('b')).toBe(false);
    expect(limiter.take('a')).toBe(false);
    expect(limiter.retryAfter('a')).toBe(1);
    now = 1000;
    expect(limiter.spent('a')).toBe(false);
    expect(limiter.take('a')).toBe(true);
  });
});
