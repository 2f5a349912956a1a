import { describe, expect, it } from 'vitest';
import { enginePhrases, exploreScenario, scenarioPhrases } from '../../machines/run/explore.ts';
import type { Exploration } from '../../machines/run/result.ts';
import { sampleScenario } from '../../machines/run/sample.ts';
import { J, MLAT, instrument, provider, scenario, unknownRated } from './build.ts';

/** The paths sampled runs take (probability above 0): outcome, channel, days, probability and the chance choices on the way. */
const likely = (e: Exploration) => e.paths.filter((p) => p.probability > 0).map((p) => ({
  outcome: p.outcome, channel: p.channel, days: p.days, probability: Number(p.probability.toFixed(6)),
  chance: p.choices.filter((c) => c.by === 'chance').map((c) => ({ day: c.day, state: c.state, event: c.event, probability: Number(c.probability.toFixed(6)) })),
}));

/** Nimbus answers Borealis's direct subscriber requests at a published rate; an MLAT is the fallback. */
const rated = (rate: number) => scenario({
  world: {
    jurisdictions: [J('AR'), J('BO'), J('CE'), J('DO')],
    providers: [provider({ id: 'nimbus', home: 'AR', answersDirect: ['subscriber'], responseDays: 10, practice: [{ from: ['BO'], answersDirect: ['subscriber'], rate, source: 'Nimbus report (fictional)' }] })],
    instruments: [MLAT],
  },
  request: { data: 'subscriber' },
  script: [{ type: 'SEND_DIRECT' }],
});

describe('exploring an unknown answer with published rates', () => {
  it('branches on each answer at its published share, likeliest first, and follows each drawn answer', () => {
    const e = exploreScenario(unknownRated());
    expect(e.truncated).toBe(false);
    expect(likely(e)).toEqual([
      { outcome: 'delivered', channel: 'mlat', days: 330, probability: 0.6, chance: [
        { day: 30, state: 'sovereigntyCheck.undecided', event: { type: 'THIRD_COUNTRY_ANSWERS', country: 'CE', answer: 'consent', basis: 'drawn' }, probability: 0.6 }] },
      { outcome: 'delivered', channel: 'rogatory', days: 570, probability: 0.3, chance: [
        { day: 30, state: 'sovereigntyCheck.undecided', event: { type: 'THIRD_COUNTRY_ANSWERS', country: 'CE', answer: 'object', basis: 'drawn' }, probability: 0.3 }] },
      { outcome: 'delivered', channel: 'rogatory', days: 570, probability: 0.1, chance: [
        { day: 30, state: 'sovereigntyCheck.undecided', event: { type: 'THIRD_COUNTRY_ANSWERS', country: 'CE', answer: 'silent', basis: 'drawn' }, probability: 0.1 }] },
    ]);
    expect(e.outcomes.slice(0, 2).map((o) => [o.outcome, o.channel, Number(o.probability.toFixed(6)), o.days])).toEqual([
      ['delivered', 'mlat', 0.6, { min: 330, max: 330 }],
      ['delivered', 'rogatory', 0.4, { min: 540, max: 570 }],
    ]);
  });

  it('offers no decided consent or objection beside the drawn answers: a user may only withdraw there', () => {
    const e = exploreScenario(unknownRated());
    const atAnswer = e.paths.flatMap((p) => p.choices.filter((c) => c.state === 'sovereigntyCheck.undecided' && c.by === 'decision').map((c) => c.event.type));
    expect([...new Set(atAnswer)]).toEqual(['WITHDRAW']);
    expect(e.paths.length).toBe(76);
  });
});

describe('exploring a provider\'s published answer rate', () => {
  it('a rate under one half: not answered (the likelier) comes first, then answered', () => {
    expect(likely(exploreScenario(rated(0.3)))).toEqual([
      { outcome: 'delivered', channel: 'mlat', days: 310, probability: 0.7, chance: [{ day: 0, state: 'intake', event: { type: 'RATE', answered: false, rate: 0.3 }, probability: 0.7 }] },
      { outcome: 'delivered', channel: 'direct', days: 10, probability: 0.3, chance: [{ day: 0, state: 'intake', event: { type: 'RATE', answered: true, rate: 0.3 }, probability: 0.3 }] },
    ]);
  });

  it('a rate over one half: answered comes first', () => {
    expect(likely(exploreScenario(rated(0.8)))).toEqual([
      { outcome: 'delivered', channel: 'direct', days: 10, probability: 0.8, chance: [{ day: 0, state: 'intake', event: { type: 'RATE', answered: true, rate: 0.8 }, probability: 0.8 }] },
      { outcome: 'delivered', channel: 'mlat', days: 310, probability: 0.2, chance: [{ day: 0, state: 'intake', event: { type: 'RATE', answered: false, rate: 0.8 }, probability: 0.2 }] },
    ]);
  });

  it('a rate of 1 or 0 is no chance: one likely path, no rate shown', () => {
    expect(likely(exploreScenario(rated(1)))).toEqual([{ outcome: 'delivered', channel: 'direct', days: 10, probability: 1, chance: [] }]);
    expect(likely(exploreScenario(rated(0)))).toEqual([{ outcome: 'delivered', channel: 'mlat', days: 310, probability: 1, chance: [] }]);
  });
});

describe('exploring fixed durations', () => {
  it('takes a duration without spread as it is, with no race shown', () => {
    const fixed = instrument({ id: 'AR-BO-MLAT', kind: 'mlat', parties: ['AR', 'BO'], days: { median: 200, p90: 200 } });
    const e = exploreScenario(scenario({ world: { instruments: [fixed] }, script: [{ type: 'CHOOSE_MLAT' }] }));
    expect(likely(e)).toEqual([{ outcome: 'delivered', channel: 'mlat', days: 200, probability: 1, chance: [] }]);
  });
});

describe('the words of a run in the user\'s language', () => {
  it('are the engine\'s own event texts, with the scenario\'s phrases over them', () => {
    const engine = enginePhrases('zh');
    expect(engine['a ground the requested state may invoke (explored)']).toBeDefined();
    expect(engine['a ground the requested state may invoke (explored)']).not.toBe('a ground the requested state may invoke (explored)');
    expect(scenarioPhrases({}, 'zh')).toEqual(engine);
    expect(scenarioPhrases({ translations: { fr: { phrases: { hello: 'bonjour' } } } }, 'zh')).toEqual(engine);
    const phrases = scenarioPhrases({ translations: { zh: { phrases: { hello: '你好', 'a ground the requested state may invoke (explored)': '理由' } } } }, 'zh');
    expect(phrases.hello).toBe('你好');
    expect(phrases['a ground the requested state may invoke (explored)']).toBe('理由');
    expect(Object.keys(phrases).length).toBe(Object.keys(engine).length + 1);
  });
});

describe('exploring preservation the user asks for and extends', () => {
  // Nimbus deletes the data after 60 days; the MLAT takes about 300. With `preservation: manual` the
  // user asks for the preservation (90 days) and extends it (once, 90 more) or not.
  const race = (preservation: 'manual' | 'auto') => exploreScenario(scenario({ world: { instruments: [MLAT] }, request: { retentionDays: 60, preservation }, script: [{ type: 'CHOOSE_MLAT' }] }));
  const preservationChoices = (e: Exploration) => [...new Set(e.paths.flatMap((p) => p.choices.filter((c) => c.event.type.endsWith('PRESERVATION')).map((c) => `${c.event.type} day ${c.day} in ${c.state}`)))];
  const along = (e: Exploration, types: string[]) => e.paths.filter((p) => JSON.stringify(p.choices.map((c) => c.event.type)) === JSON.stringify(types)).map((p) => [p.outcome, p.channel, p.days]);

  it('offers the preservation on day 0 and its extension on day 90, its last day in force, where the data would go with it', () => {
    const e = race('manual');
    expect(e.paths.length).toBe(155);
    expect(preservationChoices(e)).toEqual([
      'REQUEST_PRESERVATION day 0 in mlat.drafting', 'EXTEND_PRESERVATION day 90 in mlat.requestedReview',
      'REQUEST_PRESERVATION day 0 in direct.sent', 'EXTEND_PRESERVATION day 90 in rogatory.transmission',
      'REQUEST_PRESERVATION day 0 in rogatory.transmission', 'EXTEND_PRESERVATION day 90 in rogatory.requestedReview',
      'EXTEND_PRESERVATION day 90 in direct.sent',
    ]);
    // Preserved and extended, the data lasts to day 180; preserved only, to day 90; not preserved, to
    // day 60 (where the MLAT is quicker than that, delivered on day 60).
    expect(along(e, ['CHOOSE_MLAT', 'DURATION', 'REQUEST_PRESERVATION', 'EXTEND_PRESERVATION'])).toEqual([['data-lost', 'mlat', 180]]);
    expect(along(e, ['CHOOSE_MLAT', 'DURATION', 'REQUEST_PRESERVATION'])).toEqual([['data-lost', 'mlat', 90], ['delivered', 'mlat', 60]]);
    expect(along(e, ['CHOOSE_MLAT', 'DURATION'])).toEqual([['data-lost', 'mlat', 60], ['delivered', 'mlat', 60]]);
  });

  it('offers no extension where the engine extends by itself', () => {
    const e = race('auto');
    expect(preservationChoices(e)).toEqual([]);
    expect(e.paths.length).toBe(85);
  });

  it('offers no extension of a preservation a treaty holds pending the request', () => {
    const holding = instrument({ ...MLAT, preservationPending: { source: 'AR-BO MLAT art. 9 (fictional)' } });
    const e = exploreScenario(scenario({ world: { instruments: [holding] }, request: { retentionDays: 60, preservation: 'manual' }, script: [{ type: 'CHOOSE_MLAT' }] }));
    expect(preservationChoices(e).filter((c) => c.includes('mlat.'))).toEqual(['REQUEST_PRESERVATION day 0 in mlat.drafting']);
    expect(along(e, ['CHOOSE_MLAT', 'DURATION', 'REQUEST_PRESERVATION'])).toEqual([['delivered', 'mlat', 300], ['delivered', 'mlat', 60]]);
  });
});

describe('exploring a direct order held back by a notified state\'s window', () => {
  // Borealis orders Nimbus (Arcadia) directly under a cooperation instrument that notifies Arcadia,
  // whose window holds the answer back; the subject is abroad, and Nimbus deletes the data after 15 days.
  const ordered = (windowDays: number) => {
    const coop = instrument({ id: 'AR-BO-COOP', kind: 'direct-cooperation', parties: ['AR', 'BO'], notify: { data: ['content'], days: windowDays } });
    return scenario({ world: { instruments: [coop] }, request: { retentionDays: 15, preservation: 'manual', subject: { location: 'CE' } }, script: [{ type: 'SEND_DIRECT' }] });
  };
  const notified = (windowDays: number) => exploreScenario(ordered(windowDays));

  it('a window shorter than the data\'s life: the answer races the deletion, each side at its odds', () => {
    expect(likely(notified(10))).toEqual([
      { outcome: 'data-lost', channel: 'direct', days: 15, probability: 0.656459, chance: [{ day: 0, state: 'intake', event: { type: 'DURATION', channel: 'direct', moreThan: 15, days: 20 }, probability: 0.656459 }] },
      { outcome: 'delivered', channel: 'direct', days: 15, probability: 0.343541, chance: [{ day: 0, state: 'intake', event: { type: 'DURATION', channel: 'direct', atMost: 15, days: 15 }, probability: 0.343541 }] },
    ]);
  });

  it('a window that ends on the data\'s last day still races it: a provider ready by then answers that day, before the deletion', () => {
    const race = likely(notified(15));
    expect(race.map((p) => [p.outcome, p.days, p.probability])).toEqual([['data-lost', 15, 0.656459], ['delivered', 15, 0.343541]]);
    // Sampled runs agree: about a third are delivered.
    const sample = sampleScenario(ordered(15), 4000, 20261204);
    expect(Math.abs((sample.outcomes.delivered ?? 0) / 4000 - 0.343541)).toBeLessThan(0.03);
  });

  it('a window longer than the data\'s life: no race, the data is lost whatever the draw', () => {
    expect(likely(notified(20))).toEqual([{ outcome: 'data-lost', channel: 'direct', days: 15, probability: 1, chance: [] }]);
  });
});
