import { describe, expect, it } from 'vitest';
import { applyOverlay } from '../../machines/world/overlay.ts';
import { variantOf } from '../../machines/run/variant.ts';
import { assessmentDifferences } from '../../machines/run/differences.ts';
import { runScenario } from '../../machines/run/script.ts';
import { MLAT, instrument, rule, scenario } from './build.ts';

const AGREEMENT = instrument({ id: 'AR-BO-AGREEMENT', kind: 'agreement', parties: ['AR', 'BO'], inForce: { from: '2022-01-01' } });
const BLOCKING = rule({ id: 'AR-BLOCKING', jurisdiction: 'AR' });

describe('a what-if and a date, applied to a scenario', () => {
  it('an added agreement takes the request that went by MLAT, and the difference names it', () => {
    const base = scenario({ world: { instruments: [MLAT] } });
    const after = variantOf(base, { overlay: { add: { instruments: [{ ...AGREEMENT, inForce: undefined }] } } });
    expect(runScenario(base).channel).toBe('mlat');
    expect(runScenario(after).channel).toBe('agreement');
    const agreement = assessmentDifferences(base, after).find((d) => d.channel === 'agreement')!;
    expect(agreement.before.open).toBe(false);
    expect(agreement.after.open).toBe(true);
    expect(agreement.because).toEqual(['AR-BO-AGREEMENT']);
  });

  it('dropping a rule reopens the direct channel it closed, and names the rule', () => {
    const base = scenario({ world: { rules: [BLOCKING], instruments: [MLAT] }, request: { data: 'subscriber' } });
    const after = variantOf(base, { overlay: { drop: ['AR-BLOCKING'] } });
    expect(after.world.rules).toEqual([]);
    const direct = assessmentDifferences(base, after).find((d) => d.channel === 'direct');
    expect(direct?.because).toEqual(['AR-BLOCKING']);
  });

  it('a request dated before an instrument entered into force does not use it; the date alone makes the difference', () => {
    const base = scenario({ world: { instruments: [MLAT, AGREEMENT] }, request: { date: '2023-05-01' } });
    const earlier = variantOf(base, { date: '2021-05-01' });
    expect(earlier.request.date).toBe('2021-05-01');
    expect(runScenario(base).channel).toBe('agreement');
    expect(runScenario(earlier).channel).toBe('mlat');
    const differences = assessmentDifferences(base, earlier);
    expect(differences.map((d) => d.channel)).toContain('agreement');
    expect(differences.find((d) => d.channel === 'agreement')!.because).toEqual(['AR-BO-AGREEMENT']);
  });

  it('a variant that changes nothing is the scenario itself, and no channel differs', () => {
    const base = scenario({ world: { instruments: [MLAT] }, request: { date: '2023-05-01' } });
    expect(variantOf(base, { date: '2023-05-01', overlay: { drop: [] } })).toBe(base);
    expect(assessmentDifferences(base, variantOf(base, { date: '2023-06-01' }))).toEqual([]);
  });

  it('an added entry with an id already in the world replaces it in place', () => {
    const world = scenario({ world: { instruments: [MLAT, AGREEMENT] } }).world;
    const slower = { ...MLAT, days: { median: 500, p90: 700 } };
    const overlaid = applyOverlay(world, { add: { instruments: [slower] } });
    expect(overlaid.instruments.map((i) => i.id)).toEqual(['AR-BO-MLAT', 'AR-BO-AGREEMENT']);
    expect(overlaid.instruments[0]!.days.median).toBe(500);
  });
});
