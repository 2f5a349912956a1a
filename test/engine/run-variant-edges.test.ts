import { describe, expect, it } from 'vitest';
import { underRegime } from '../../machines/run/regime.ts';
import { variantOf } from '../../machines/run/variant.ts';
import { sampleScenario } from '../../machines/run/sample.ts';
import { ScriptError } from '../../machines/run/script.ts';
import { assessScenario } from '../../machines/run/simulation.ts';
import { worldOn } from '../../machines/world/in-force.ts';
import { MLAT, instrument, rule, scenario } from './build.ts';

/**
 * The edges of asking a scenario another way: no regime named, an unknown one, no variant, no date,
 * a provider the world does not hold, and a sampled run whose script cannot be followed.
 * The base world: Borealis (BO) asks Nimbus, based in Arcadia (AR).
 */
describe('a scenario run under a regime', () => {
  it('no regime named: the scenario runs under its own regime, unchanged', () => {
    const s = scenario({ regime: { requestedState: 'provider-home' } });
    const same = underRegime(s, undefined);
    expect(same).toBe(s);
    expect(same.regime).toEqual({ requestedState: 'provider-home', maxExtensions: 1 });
  });

  it('an unknown regime is refused by its name', () => {
    expect(() => underRegime(scenario(), 'natural-law')).toThrow('Unknown regime "natural-law"');
  });

  it('"contract" replaces the scenario\'s regime with the format\'s defaults', () => {
    expect(underRegime(scenario({ regime: { requestedState: 'provider-home', maxExtensions: 3 } }), 'contract').regime)
      .toEqual({ requestedState: 'data-location', maxExtensions: 1, name: 'contract' });
  });
});

describe('a scenario asked without a variant', () => {
  it('is the scenario itself, script and decisions included', () => {
    const s = scenario({ world: { instruments: [MLAT] }, script: [{ type: 'CHOOSE_MLAT' }] });
    const same = variantOf(s, undefined);
    expect(same).toBe(s);
    expect(same.script.map((step) => step.event.type)).toEqual(['CHOOSE_MLAT']);
    expect(same.asked).toBeUndefined();
  });
});

describe('a scenario asked on another date', () => {
  const s = scenario({ world: { instruments: [MLAT] }, request: { date: '2026-03-01' }, script: [{ type: 'CHOOSE_MLAT' }, [42, { type: 'WITHDRAW' }]] });

  it('asked on its own date, it is the scenario as written, its channel decision kept', () => {
    const same = variantOf(s, { date: '2026-03-01' });
    expect(same).toBe(s);
    expect(same.asked).toBeUndefined();
  });

  it('asked on another date, the channel decision gives way to the default policy and is set aside (the CLI names it); the withdrawal stays', () => {
    const asked = variantOf(s, { date: '2027-03-01' });
    expect(asked.request.date).toBe('2027-03-01');
    expect(asked.script.map((step) => step.event.type)).toEqual(['WITHDRAW']);
    expect(asked.asked?.setAside.map((step) => step.event.type)).toEqual(['CHOOSE_MLAT']);
  });
});

describe('the world as it stands without a date', () => {
  it('keeps everything as written, even a rule that enters into force later (the same world)', () => {
    const later = rule({ id: 'AR-2031', jurisdiction: 'AR', inForce: { from: '2031-01-01' } });
    const world = scenario({ world: { rules: [later], instruments: [MLAT] } }).world;
    const undated = worldOn(world, undefined);
    expect(undated).toBe(world);
    expect(undated.rules.map((r) => r.id)).toEqual(['AR-2031']);
    expect(worldOn(world, '2026-01-01').rules).toEqual([]);
  });
});

describe('the world on a date', () => {
  const dated = rule({ id: 'AR-2020', jurisdiction: 'AR', inForce: { from: '2020-01-01', to: '2025-12-31' } });
  const guessed = rule({ id: 'AR-NOT-BEFORE', jurisdiction: 'AR', inForce: { notBefore: '2022-06-01' } });
  const world = scenario({ world: { rules: [dated, guessed], instruments: [MLAT] } }).world;
  const rulesOn = (date: string) => worldOn(world, date).rules.map((r) => r.id);

  it('an entry applies from its first day through its last, and not a day outside', () => {
    expect(rulesOn('2019-12-31')).toEqual([]);
    expect(rulesOn('2020-01-01')).toEqual(['AR-2020']);
    expect(rulesOn('2025-12-31')).toEqual(['AR-2020', 'AR-NOT-BEFORE']);
    expect(rulesOn('2026-01-01')).toEqual(['AR-NOT-BEFORE']);
  });

  it('an entry whose start is unknown applies no earlier than its "not before" day', () => {
    expect(rulesOn('2022-05-31')).toEqual(['AR-2020']);
    expect(rulesOn('2022-06-01')).toEqual(['AR-2020', 'AR-NOT-BEFORE']);
  });

  it('a treaty binds each party from its own date: a state that ratified later is a party only from then', () => {
    const treaty = instrument({
      id: 'AR-BO-CE-TREATY', kind: 'mlat', parties: ['AR', 'BO', 'CE'],
      partyTerms: { AR: { from: '2010-01-01' }, BO: { from: '2010-01-01' }, CE: { ratified: '2024-03-01' } },
    });
    const w = scenario({ world: { instruments: [treaty] } }).world;
    expect(worldOn(w, '2024-02-29').instruments[0]!.parties).toEqual(['AR', 'BO']);
    const all = worldOn(w, '2024-03-01').instruments[0]!;
    expect(all.parties).toEqual(['AR', 'BO', 'CE']);
    expect(all).toBe(treaty);
  });
});

describe('a request naming a provider the world does not hold', () => {
  it('under the location principle, the user is told the provider is unknown', () => {
    const s = underRegime(scenario({ world: { instruments: [MLAT] }, request: { provider: 'ghost' } }), 'location-principle');
    expect(() => assessScenario(s)).toThrow('Unknown provider "ghost"');
  });
});

describe('a sampled run whose script cannot be followed', () => {
  it('names the run, the number of runs and the seed before the step refused, in English and as a message', () => {
    const s = scenario({ world: { instruments: [MLAT] }, script: [{ type: 'CHOOSE_AGREEMENT' }] });
    let refused: unknown;
    try {
      sampleScenario(s, 3, 7);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ScriptError);
    const e = refused as ScriptError;
    expect(e.message).toBe('sampled run 1 of 3 (seed 7): line 1: CHOOSE_AGREEMENT on day 0 in state intake: No data-access agreement binds BO and AR for content data.');
    expect(e.said).toEqual({
      id: 'run.sampled',
      params: {
        n: '1', runs: '3', seed: '7',
        error: {
          id: 'run.script.stepAt',
          params: {
            line: '1', event: 'CHOOSE_AGREEMENT', day: '0', state: 'intake',
            why: { id: 'route.agreement.none', params: { from: { state: 'BO', name: 'BO' }, home: { state: 'AR', name: 'AR' }, data: { id: 'data.content' } } },
          },
        },
      },
    });
  });
});
