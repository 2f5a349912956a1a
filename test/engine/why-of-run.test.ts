import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../scenarios/load.ts';
import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';
import type { Scenario } from '../../machines/scenario.ts';
import type { RunResult, Transition } from '../../machines/run/result.ts';
import { runScenario } from '../../machines/run/script.ts';
import { whyOfRun, worldSources } from '../../machines/run/why.ts';
import { MLAT, instrument, order, rule, scenario } from './build.ts';

const shipped = (file: string): Scenario => loadScenarioFile(join(import.meta.dirname, '..', '..', 'scenarios', file), BUILTIN_WORLD).scenario!;

/** A recorded step, as the engine writes it (the message is the step's own words). */
let seq = 0;
const step = (day: number, from: string, event: string, to: string, reason: string, cites: string[] = []): Transition => ({
  seq: seq++, day, event, from, to, reason, message: { id: 'run.text', params: { text: reason } }, cites,
});
const record = (outcome: RunResult['outcome'], transitions: Transition[], channel: RunResult['channel'] = 'mlat'): RunResult => ({
  scenario: 'engine-test', outcome, channel, attempts: channel ? [channel] : [], days: transitions.at(-1)?.day ?? 0, cites: [], transitions,
});

const CHOOSE = step(0, 'intake', 'CHOOSE_MLAT', 'mlat.drafting', 'The mutual legal assistance request goes out.', ['AR-BO-MLAT']);
const REFUSE = step(120, 'mlat.requestedReview', 'REFUSE', 'mlat.refused', 'The requested state refused the request.', ['AR-DC']);
const CONCLUDE = step(120, 'mlat.refused', 'CONCLUDE', 'refused', 'No channel is left and no decision remains: the request ends refused.');

describe('why a shipped run ended as it did', () => {
  it('a delivery is explained by the verdict that opened the channel taken, with its treaty cited, not by the last step', () => {
    const s = shipped('fictional/preservation-held-pending.yaml');
    const result = runScenario(s);
    expect(result.transitions.at(-1)!.reason).toMatch(/^The evidence has been returned/);
    const why = whyOfRun(s, result);
    expect(why.reason).toBe("AR-BO-MLAT binds Borealis and Arcadia; the request goes to the data's location (Arcadia).");
    expect(why.message!.id).toBe('route.mlat.open');
    expect(why.cites).toEqual(['AR-BO-MLAT']);
  });

  it('a refusal is explained by the refusing step and its ground, not by the closing "no channel is left" nor by the treaty verdict', () => {
    const s = shipped('fictional/mlat-refused-dual-criminality.yaml');
    const result = runScenario(s);
    expect([result.outcome, result.channel, result.transitions.at(-1)!.event]).toEqual(['refused', 'mlat', 'CONCLUDE']);
    const why = whyOfRun(s, result);
    expect(why.reason).toBe('The requested state refused the mutual legal assistance request (ground: dual criminality: the conduct is not an offence under Arcadian law). Every channel through that state is closed.');
    expect(why.message!.id).toBe('request.refused');
    expect(why.cites).toEqual([]);
  });

  it('data lost is explained by the deletion itself, not by the court order issued the same day', () => {
    const s = shipped('fictional/preservation-race-lost.yaml');
    const why = whyOfRun(s, runScenario(s));
    expect(why.reason).toBe('No channel produced the data by the end of day 180: the provider deleted it.');
    expect(why.message!.id).toBe('request.data.deleted');
    expect(why.cites).toEqual([]);
  });

  it('an objection that blocks the last channel is explained with the rule the objecting state invoked', () => {
    const s = shipped('fictional/regime-data-location.yaml');
    const blocked = { ...s, regime: { ...s.regime, requestedState: 'provider-home' as const } };
    const result = runScenario(blocked);
    expect(result.outcome).toBe('blocked');
    const why = whyOfRun(blocked, result);
    expect(why.reason).toBe('Cerulea objected: the letters rogatory channel is closed under CE-LOCALISATION-7.');
    expect(why.cites).toEqual(['CE-LOCALISATION-7']);
  });

  it('a withdrawal says the day and the last step it followed, with that step\'s treaty cited', () => {
    const s = shipped('fictional/withdrawn-during-mlat.yaml');
    const result = runScenario(s);
    expect([result.outcome, result.channel]).toEqual(['withdrawn', 'mlat']);
    const why = whyOfRun(s, result);
    expect(why.reason).toBe('On day 150 the requesting authority withdrew the request. It followed: The requested central authority has found the request admissible under the instrument and its own law.');
    expect(why.message!.id).toBe('run.why.withdrawnAfter');
    expect(why.cites).toEqual(['AR-BO-MLAT']);
  });

  it('a withdrawal after an unanswered direct request quotes the silence and cites nothing', () => {
    const s = shipped('real/skype-belgium-2012.yaml');
    const why = whyOfRun(s, runScenario(s));
    expect(why.reason).toBe('On day 10 the requesting authority withdrew the request. It followed: The provider did not answer the direct request by day 10: declined.');
    expect(why.cites).toEqual([]);
  });

  it('the cited sources are a copy: changing them does not change the run', () => {
    const s = shipped('fictional/withdrawn-during-mlat.yaml');
    const result = runScenario(s);
    whyOfRun(s, result).cites.push('EXTRA');
    expect(result.transitions.every((t) => !t.cites.includes('EXTRA'))).toBe(true);
    const delivered = shipped('fictional/preservation-held-pending.yaml');
    whyOfRun(delivered, runScenario(delivered)).cites.push('EXTRA');
    expect(whyOfRun(delivered, runScenario(delivered)).cites).toEqual(['AR-BO-MLAT']);
  });
});

describe('why a recorded run ended, step by step', () => {
  const s = scenario({ world: { instruments: [MLAT] } });

  it('a run with no recorded step gives an empty reason and no sources', () => {
    const why = whyOfRun(s, record('blocked', [], null));
    expect(why).toEqual({ reason: '', message: { id: 'run.text', params: { text: '' } }, cites: [] });
  });

  it('a preservation step recorded between the refusal and the closing does not hide the refusal', () => {
    const lapsed = step(120, 'preservation.preserved', 'PRESERVATION_LAPSED', 'preservation.lapsed', 'The preservation lapsed.');
    const why = whyOfRun(s, record('refused', [CHOOSE, REFUSE, lapsed, CONCLUDE]));
    expect(why.reason).toBe('The requested state refused the request.');
    expect(why.message).toEqual({ id: 'run.text', params: { text: 'The requested state refused the request.' } });
    expect(why.cites).toEqual(['AR-DC']);
  });

  it('a step that leaves custody (the data deleted) before the closing is not taken for the request\'s own end', () => {
    const deleted = step(120, 'preservation.preserved', 'DATA_DELETED', 'dataLost', 'The provider deleted the data.');
    expect(whyOfRun(s, record('refused', [CHOOSE, REFUSE, deleted, CONCLUDE])).reason).toBe('The requested state refused the request.');
    const saved = step(120, 'preservation.none', 'PRESERVATION_REQUESTED', 'preservation.preserved', 'Preservation requested.');
    expect(whyOfRun(s, record('refused', [CHOOSE, REFUSE, saved, CONCLUDE])).reason).toBe('The requested state refused the request.');
  });

  it('the very first step can be the one that ended the request', () => {
    const refusedAtOnce = step(0, 'intake', 'REFUSE', 'mlat.refused', 'Refused on receipt.', ['AR-DC']);
    const why = whyOfRun(s, record('refused', [refusedAtOnce, CONCLUDE]));
    expect(why.reason).toBe('Refused on receipt.');
    expect(why.cites).toEqual(['AR-DC']);
  });

  it('a closing into a state that is not an ending is itself the reason', () => {
    const notFinal = step(130, 'mlat.refused', 'CONCLUDE', 'mlat.closed', 'Closed without ending.');
    expect(whyOfRun(s, record('refused', [CHOOSE, REFUSE, notFinal])).reason).toBe('Closed without ending.');
    const other = step(130, 'mlat.refused', 'ABANDON', 'refused', 'Abandoned.');
    expect(whyOfRun(s, record('refused', [CHOOSE, REFUSE, other])).reason).toBe('Abandoned.');
  });

  it('a withdrawal with no earlier reasoned step says only the day, citing nothing', () => {
    const withdraw = step(3, 'intake', 'WITHDRAW', 'withdrawn', 'The requesting authority withdrew the request.');
    const why = whyOfRun(s, record('withdrawn', [withdraw], null));
    expect(why).toEqual({ reason: 'On day 3 the requesting authority withdrew the request.', message: { id: 'run.why.withdrawn', params: { day: '3' } }, cites: [] });
  });

  it('a withdrawal follows the last step of the request itself, skipping preservation and steps without words', () => {
    const extended = step(90, 'preservation.preserved', 'PRESERVATION_EXTENDED', 'preservation.preserved', 'Preservation extended.');
    const stage = step(45, 'mlat.transmission', 'STAGE_COMPLETE', 'mlat.requestedReview', 'The request has reached the requested state.', ['AR-BO-MLAT']);
    const silent = step(91, 'mlat.requestedReview', 'TICK', 'mlat.requestedReview', '');
    const withdraw = step(92, 'mlat.requestedReview', 'WITHDRAW', 'withdrawn', 'The requesting authority withdrew the request.');
    const why = whyOfRun(s, record('withdrawn', [CHOOSE, stage, extended, silent, withdraw]));
    expect(why.reason).toBe('On day 92 the requesting authority withdrew the request. It followed: The request has reached the requested state.');
    expect(why.cites).toEqual(['AR-BO-MLAT']);
  });

  it('a withdrawal after a step into custody only is still explained by the request\'s own step', () => {
    const into = step(10, 'intake', 'PRESERVE', 'preservation.preserved', 'Into custody.');
    const outOf = step(11, 'preservation.preserved', 'RELEASE', 'intake', 'Out of custody.');
    const withdraw = step(12, 'intake', 'WITHDRAW', 'withdrawn', 'The requesting authority withdrew the request.');
    expect(whyOfRun(s, record('withdrawn', [CHOOSE, into, outOf, withdraw])).reason)
      .toBe('On day 12 the requesting authority withdrew the request. It followed: The mutual legal assistance request goes out.');
  });
});

describe('the sources a comparison names', () => {
  it('names every rule, instrument and production order of the world by id, with what is uncertain about it', () => {
    const s = scenario({
      world: {
        rules: [rule({ id: 'AR-BLOCK', jurisdiction: 'AR', uncertain: 'no court has applied it' })],
        instruments: [MLAT, instrument({ id: 'AR-BO-AGREEMENT', kind: 'agreement', parties: ['AR', 'BO'], source: 'Agreement of 2020' })],
        orders: [order({ id: 'BO-ORDER' })],
      },
    });
    expect([...worldSources(s)]).toEqual([
      ['AR-BLOCK', 'AR-BLOCK (fictional) (uncertain: no court has applied it)'],
      ['AR-BO-MLAT', 'AR-BO-MLAT (fictional)'],
      ['AR-BO-AGREEMENT', 'Agreement of 2020'],
      ['BO-ORDER', 'BO-ORDER (fictional)'],
    ]);
  });

  it('a world without production orders names its rules and instruments only', () => {
    expect([...worldSources(scenario({ world: { instruments: [MLAT] } }))]).toEqual([['AR-BO-MLAT', 'AR-BO-MLAT (fictional)']]);
  });
});
