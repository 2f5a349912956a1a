import { describe, expect, it } from 'vitest';
import { runScenario } from '../../machines/run/script.ts';
import type { Provider } from '../../machines/world/types.ts';
import { MLAT, order, provider, rule, scenario } from './build.ts';

/**
 * The default policy at a conflict of laws, as the debrief shows its assumptions: Borealis (BO)
 * orders Nimbus, offering services there, to produce content stored in Arcadia (AR), whose blocking
 * statute forbids a direct disclosure.
 */
const nimbus = (more: Partial<Provider> = {}) => provider({ id: 'nimbus', home: 'AR', responseDays: 12, offersServicesIn: ['BO'], ...more });
const BLOCK = rule({ id: 'AR-BLOCK', jurisdiction: 'AR', except: ['mlat', 'rogatory', 'agreement'] });
const ORDER = order({ id: 'BO-ORDER' });
const REVIEWABLE = order({ id: 'BO-ORDER', review: { days: 30, source: 'Production Order Act s. 9' } });

describe('what the default policy says it assumed at a conflict of laws', () => {
  it('at a ruling: that the order stands, because no ruling is known', () => {
    const r = runScenario(scenario({
      world: { providers: [nimbus({ conflictPractice: { choice: 'review', source: 'files motions to quash' } })], orders: [REVIEWABLE], rules: [BLOCK], instruments: [MLAT] },
    }));
    expect(r.assumptions![1]).toMatchObject({
      country: 'BO', about: 'the ruling on the review of BO-ORDER', assumed: 'upheld',
      why: 'no ruling is known, and an order stands until a court lifts it',
    });
  });

  it('after an upheld review, a provider whose practice is to seek review is assumed to refuse, and the note says review is no longer open', () => {
    const r = runScenario(scenario({
      world: { providers: [nimbus({ conflictPractice: { choice: 'review', source: 'files motions to quash' } })], orders: [REVIEWABLE], rules: [BLOCK], instruments: [MLAT] },
    }));
    expect(r.assumptions![2]).toMatchObject({
      about: "nimbus's choice between BO-ORDER and AR-BLOCK", assumed: 'refuse',
      why: "nimbus's documented practice is to seek review, which is no longer open; otherwise nothing is documented, and the default is refusal",
    });
  });

  it('a practice of seeking review under an order that provides none: refusal assumed, with the same words', () => {
    const r = runScenario(scenario({
      world: { providers: [nimbus({ conflictPractice: { choice: 'review', source: 'files motions to quash' } })], orders: [ORDER], rules: [BLOCK], instruments: [MLAT] },
    }));
    expect(r.conflict).toMatchObject({ choice: 'refuse' });
    expect(r.assumptions!.map((a) => a.why)).toEqual([
      "nimbus's documented practice is to seek review, which is no longer open; otherwise nothing is documented, and the default is refusal",
    ]);
  });

  it('without a practice: the note names the provider whose practice is undocumented', () => {
    const r = runScenario(scenario({ world: { providers: [nimbus()], orders: [ORDER], rules: [BLOCK], instruments: [MLAT] } }));
    expect(r.assumptions!.map((a) => a.why)).toEqual([
      "nothing is documented about nimbus's practice, and the default is refusal (the provider keeps to the prohibition)",
    ]);
  });

  it("follows the practice of the provider the request is addressed to, not another provider's listed before it", () => {
    const other = provider({ id: 'orbit', home: 'AR', offersServicesIn: ['BO'], conflictPractice: { choice: 'comply', source: 'Orbit transparency report' } });
    const r = runScenario(scenario({ world: { providers: [other, nimbus()], orders: [ORDER], rules: [BLOCK], instruments: [MLAT] } }));
    expect(r.conflict).toMatchObject({ choice: 'refuse' });
    expect(r).toMatchObject({ attempts: ['direct', 'mlat'], channel: 'mlat' });
    expect(r.assumptions!.map((a) => [a.assumed, a.why])).toEqual([
      ['refuse', "nothing is documented about nimbus's practice, and the default is refusal (the provider keeps to the prohibition)"],
    ]);
  });

  it('names every law the disclosure would breach, separated by commas', () => {
    // Cerulea (CE) forbids it too, its subject being a Cerulean national.
    const ceBlock = rule({ id: 'CE-BLOCK', jurisdiction: 'CE', connection: ['subject-nationality'], except: ['mlat', 'rogatory', 'agreement'] });
    const r = runScenario(scenario({
      world: { providers: [nimbus()], orders: [ORDER], rules: [BLOCK, ceBlock], instruments: [MLAT] },
      request: { subject: { nationality: 'CE' } },
    }));
    expect(r.assumptions![0]).toMatchObject({ about: "nimbus's choice between BO-ORDER and AR-BLOCK, CE-BLOCK", assumed: 'refuse' });
  });
});
