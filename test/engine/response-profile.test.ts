import { describe, expect, it } from 'vitest';
import { runScenario } from '../../machines/run/script.ts';
import { sampleScenario } from '../../machines/run/sample.ts';
import { assessScenario } from '../../machines/run/simulation.ts';
import type { DurationProfile, ProviderPractice } from '../../machines/world/types.ts';
import { J, provider, scenario } from './build.ts';

/**
 * Nimbus (based in Arcadia) answers foreign subscriber requests directly. Its transparency report
 * publishes how long its answers take: half within 30 days, nine in ten within 90. Its default
 * response time (10 days) is what a provider without a published spread would take.
 */
const PUBLISHED: DurationProfile = { median: 30, p90: 90, source: 'Nimbus transparency report 2025 (fictional)', basis: 'published' };
const world = (practice?: ProviderPractice[]) => ({
  jurisdictions: [J('AR'), J('BO'), J('CE'), J('DO')],
  providers: [provider({
    id: 'nimbus', home: 'AR', answersDirect: ['subscriber'], responseDays: 10, responseProfile: PUBLISHED,
    ...(practice && { practice }),
  })],
});
const ask = (from = 'BO', practice?: ProviderPractice[]) =>
  scenario({ world: world(practice), request: { from, data: 'subscriber' } });

describe('a provider with a published spread of answer times', () => {
  it('a deterministic run delivers on the median of the published spread, not on the default response time', () => {
    expect(assessScenario(ask()).direct).toMatchObject({ open: true, path: 'provider' });
    // The reason states the spread the run draws from, not the unused default of 10 days.
    expect(assessScenario(ask()).direct.reason).toContain('directly, after about 30 days (median; 90 % within 90)');
    expect(runScenario(ask())).toMatchObject({ outcome: 'delivered', channel: 'direct', attempts: ['direct'], days: 30 });
  });

  it('sampled runs spread around the median and beyond it, as the published p90 says', () => {
    const result = sampleScenario(ask(), 1000, 11);
    expect(result.channels).toEqual({ direct: 1000 });
    const days = result.days!;
    // A thousand log-normal draws through median 30 and p90 90 land within a few days of both.
    expect(days.p50).toBeGreaterThanOrEqual(27);
    expect(days.p50).toBeLessThanOrEqual(33);
    expect(days.p90).toBeGreaterThan(80);
    expect(days.p90).toBeLessThan(100);
    expect(days.p10).toBeLessThan(days.p50);
    // The same seed gives the same spread; another seed another one.
    expect(sampleScenario(ask(), 1000, 11)).toEqual(result);
    expect(sampleScenario(ask(), 1000, 12).days).not.toEqual(days);
  });

  it('without a published spread every answer takes the default response time, sampled or not', () => {
    const plain = scenario({
      world: { ...world(), providers: [provider({ id: 'nimbus', home: 'AR', answersDirect: ['subscriber'], responseDays: 10 })] },
      request: { data: 'subscriber' },
    });
    expect(runScenario(plain)).toMatchObject({ channel: 'direct', days: 10 });
    expect(sampleScenario(plain, 200, 11).days).toEqual({ p10: 10, p50: 10, p90: 10 });
  });
});

describe('a practice entry for the requesting state', () => {
  const fixed: ProviderPractice[] = [
    { from: ['BO'], answersDirect: ['subscriber'], responseDays: 5, period: '2025', source: 'Nimbus transparency report 2025, Borealis (fictional)' },
    { from: ['CE'], answersDirect: ['subscriber'], period: '2025', source: 'Nimbus transparency report 2025, Cerulea (fictional)' },
  ];

  it('with days of its own wins over the spread: Borealis is answered after 5 days in every run', () => {
    expect(runScenario(ask('BO', fixed))).toMatchObject({ channel: 'direct', days: 5 });
    expect(sampleScenario(ask('BO', fixed), 300, 11).days).toEqual({ p10: 5, p50: 5, p90: 5 });
  });

  it('without days of its own leaves the spread in place: Cerulea meets the published median and its spread', () => {
    expect(runScenario(ask('CE', fixed))).toMatchObject({ channel: 'direct', days: 30 });
    const days = sampleScenario(ask('CE', fixed), 1000, 11).days!;
    expect(days.p50).toBeGreaterThanOrEqual(27);
    expect(days.p50).toBeLessThanOrEqual(33);
    expect(days.p90).toBeGreaterThan(80);
  });
});
