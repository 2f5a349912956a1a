import { describe, expect, it } from 'vitest';
import { runScenario } from '../../machines/run/script.ts';
import { sampleScenario } from '../../machines/run/sample.ts';
import { J, instrument, provider, scenario } from './build.ts';

/**
 * A published figure for one direction of an instrument (`pairDays`, issue 12): requests from
 * Borealis to Arcadia are known to take about 100 days; the other direction has no figure and keeps
 * the instrument's own 300.
 */
const TREATY = instrument({
  id: 'AR-BO-MLAT', kind: 'mlat', parties: ['AR', 'BO'],
  days: { median: 300, p90: 540, source: 'format defaults (fictional)', basis: 'default' },
  pairDays: [{ from: 'BO', to: 'AR', days: { median: 100, p90: 150, source: 'Borealis ministry report (fictional)', basis: 'published' } }],
});
const ask = (from: string, home: string) => scenario({
  world: {
    jurisdictions: [J('AR'), J('BO')],
    providers: [provider({ id: 'nimbus', home })],
    instruments: [TREATY],
  },
  request: { from },
});

describe('published durations per pair of parties', () => {
  it('a request in the published direction takes the published median', () => {
    expect(runScenario(ask('BO', 'AR'))).toMatchObject({ outcome: 'delivered', channel: 'mlat', days: 100 });
  });

  it('the other direction keeps the instrument\'s own profile', () => {
    expect(runScenario(ask('AR', 'BO'))).toMatchObject({ outcome: 'delivered', channel: 'mlat', days: 300 });
  });

  it('sampled runs spread around the published figure, not the instrument\'s', () => {
    const days = sampleScenario(ask('BO', 'AR'), 500, 7).days!;
    expect(days.p50).toBeGreaterThan(85);
    expect(days.p50).toBeLessThan(115);
    expect(days.p90).toBeGreaterThan(days.p50);
    expect(days.p90).toBeLessThan(300);
  });
});

describe('a published figure for requests to one state from any party (`from: *`)', () => {
  const CONVENTION = instrument({
    id: 'CONVENTION', kind: 'mlat', parties: ['AR', 'BO', 'CE'],
    days: { median: 300, p90: 540, source: 'format defaults (fictional)', basis: 'default' },
    pairDays: [
      { from: '*', to: 'AR', days: { median: 200, p90: 360, source: 'Arcadia central authority report (fictional)', basis: 'published' } },
      { from: 'CE', to: 'AR', days: { median: 50, p90: 90, source: 'Cerulea-Arcadia figures (fictional)', basis: 'published' } },
    ],
  });
  const to = (from: string, home: string) => scenario({
    world: { jurisdictions: [J('AR'), J('BO'), J('CE')], providers: [provider({ id: 'nimbus', home })], instruments: [CONVENTION] },
    request: { from },
  });

  it('applies to every party requesting from that state, a figure for the very pair first, and not the other way', () => {
    expect(runScenario(to('BO', 'AR'))).toMatchObject({ channel: 'mlat', days: 200 });
    expect(runScenario(to('CE', 'AR'))).toMatchObject({ channel: 'mlat', days: 50 });
    expect(runScenario(to('AR', 'BO'))).toMatchObject({ channel: 'mlat', days: 300 });
  });
});
