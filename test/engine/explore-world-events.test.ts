import { describe, expect, it } from 'vitest';
import { exploreScenario } from '../../machines/run/explore.ts';
import { runScenario } from '../../machines/run/script.ts';
import type { Exploration, ExploredChoice } from '../../machines/run/result.ts';
import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';
import { loadScenarioFile } from '../../scenarios/load.ts';
import { MLAT, instrument, provider, scenario, twoConsulted, unknownConsulted } from './build.ts';

/**
 * What the outcome explorer brings about that neither the data nor the script fixes (world events,
 * the requesting side's menu), and what it leaves to the script. The mutation run of
 * machines/run/explore.ts showed these points unchecked: a consulted state answering otherwise, a
 * script's own answer or ruling, the menu at intake, the order of drawn answers, a preservation that
 * lapses with the data still there.
 */

/** Each choice with the choices taken before it on its path. */
const choicesWithPast = (e: Exploration): { choice: ExploredChoice; before: ExploredChoice[] }[] =>
  e.paths.flatMap((path) => path.choices.map((choice, i) => ({ choice, before: path.choices.slice(0, i) })));

const answerOf = (c: ExploredChoice) => `${c.event.country as string} ${c.event.answer as string}`;
const distinct = (items: string[]) => [...new Set(items)].sort();

/** Borealis asks Arcadia (MLAT) for data stored in Cerulea and Dorado too; both are known to consent (on days 20 and 40). */
const bothConsent = (extra: Parameters<typeof scenario>[0] = {}) =>
  scenario({ world: twoConsulted({ answer: 'consent', days: 20 }, { answer: 'consent', days: 40 }), script: [{ type: 'CHOOSE_MLAT' }], ...extra });

/** An agreement binding Arcadia and Borealis, beside their MLAT. */
const AGREEMENT = instrument({ id: 'AR-BO-AG', kind: 'agreement', parties: ['AR', 'BO'] });

/** The consulted states' answers the explorer brings about, each with the choices before it. */
const worldAnswers = (e: Exploration) => choicesWithPast(e).filter(({ choice }) => choice.by === 'world' && choice.event.type === 'THIRD_COUNTRY_ANSWERS');

// Every exploration runs inside its test, never in a describe body (README, mutation testing).
describe('a consulted state answering otherwise than the data says', () => {
  const onRogatory = (before: ExploredChoice[]) => before.some((c) => c.event.type === 'CHOOSE_ROGATORY');

  it('is explored for each consulted state: its objection and its silence, never the consent the data already gives', () => {
    const e = exploreScenario(bothConsent());
    const answers = worldAnswers(e);
    expect(e.truncated).toBe(false);
    expect(distinct(answers.filter(({ before }) => !onRogatory(before)).map(({ choice }) => answerOf(choice)))).toEqual(['CE object', 'CE silent', 'DO object', 'DO silent']);
    for (const { choice } of answers) expect([choice.probability, choice.state]).toEqual([0, 'sovereigntyCheck.consulting']);
    // Sampled runs follow the data: both consent, the MLAT delivers.
    const likely = e.paths.filter((p) => p.probability > 0);
    expect(likely.map((p) => [p.outcome, p.channel, p.days, p.probability])).toEqual([['delivered', 'mlat', 340, 1]]);
  });

  it('an objection explored on the MLAT closes it, and the letters rogatory that follow ask each state again', () => {
    const e = exploreScenario(bothConsent());
    // The default policy then turns to letters rogatory, which deliver.
    const objected = e.paths.find((p) => p.choices.length === 3 && p.choices[1]!.by === 'world' && answerOf(p.choices[1]!) === 'DO object');
    expect(objected && [objected.choices[2]!.event.type, objected.outcome, objected.channel, objected.attempts]).toEqual(['CHOOSE_ROGATORY', 'delivered', 'rogatory', ['mlat', 'rogatory']]);
    // Letters rogatory are a new channel: Dorado is consulted afresh, and may object again.
    expect(worldAnswers(e).some(({ choice, before }) => onRogatory(before) && answerOf(choice) === 'DO object')).toBe(true);
  });

  it('is not explored for a state whose answer the script gives: the script\'s answer stands on its channel', () => {
    // The script has Cerulea object on day 10: on the MLAT only Dorado's answer is explored.
    const scripted = exploreScenario(bothConsent({ script: [{ type: 'CHOOSE_MLAT' }, [10, { type: 'THIRD_COUNTRY_ANSWERS', country: 'CE', answer: 'object' }]] }));
    const explored = worldAnswers(scripted);
    expect(distinct(explored.filter(({ before }) => !onRogatory(before)).map(({ choice }) => answerOf(choice)))).toEqual(['DO object', 'DO silent']);
    // The script's answer is spent once given: on the letters rogatory after it, Cerulea's answer is explored again.
    expect(distinct(explored.filter(({ before }) => onRogatory(before)).map(({ choice }) => answerOf(choice)))).toEqual(['CE object', 'CE silent', 'DO object', 'DO silent']);
    expect(scripted.paths.filter((p) => p.probability > 0).map((p) => [p.outcome, p.channel, p.days])).toEqual([['delivered', 'rogatory', 590]]);
  });
});

describe('a provider refusing what it is asked', () => {
  it('is explored on each channel that asks it: the direct request, and the agreement\'s order tried after it', () => {
    // Nimbus answers direct requests for content.
    const e = exploreScenario(scenario({
      world: { instruments: [MLAT, AGREEMENT], providers: [provider({ id: 'nimbus', home: 'AR', answersDirect: ['content'] })] },
      script: [{ type: 'SEND_DIRECT' }],
    }));
    const chains = e.paths.map((p) => p.choices.map((c) => `${c.by} ${c.event.type} in ${c.state}`).join(' > '));
    expect(chains).toContain('decision SEND_DIRECT in intake > world PROVIDER_REFUSES in direct.sent > decision CHOOSE_AGREEMENT in direct.refused'
      + ' > world PROVIDER_REFUSES in agreement.ordered > decision CHOOSE_MLAT in agreement.refused');
    for (const c of e.paths.flatMap((p) => p.choices).filter((c) => c.event.type === 'PROVIDER_REFUSES')) expect([c.by, c.probability]).toEqual(['world', 0]);
    expect(e.paths[0]!.choices.map((c) => c.event.type)).toEqual(['SEND_DIRECT']);
  });
});

describe('the requesting side\'s menu', () => {
  it('at intake, every channel the request can take is explored beside the default policy\'s, and withdrawing', () => {
    const atIntake = (first: 'CHOOSE_MLAT' | 'SEND_DIRECT') => {
      const e = exploreScenario(scenario({ world: { instruments: [MLAT, AGREEMENT] }, script: [{ type: first }] }));
      return distinct(e.paths.flatMap((p) => p.choices.filter((c) => c.state === 'intake').map((c) => `${c.event.type} ${c.probability}`)));
    };
    expect(atIntake('CHOOSE_MLAT')).toEqual(['CHOOSE_AGREEMENT 0', 'CHOOSE_MLAT 1', 'CHOOSE_ROGATORY 0', 'SEND_DIRECT 0', 'WITHDRAW 0']);
    expect(atIntake('SEND_DIRECT')).toEqual(['CHOOSE_AGREEMENT 0', 'CHOOSE_MLAT 0', 'CHOOSE_ROGATORY 0', 'SEND_DIRECT 1', 'WITHDRAW 0']);
  });
});

describe('a script\'s own steps', () => {
  it('waits for a decision the script dates later, as the scripted run does, instead of deciding by the default policy at once', () => {
    // Cerulea objects on day 10; the script turns to letters rogatory only on day 60.
    const s = bothConsent({ script: [{ type: 'CHOOSE_MLAT' }, [10, { type: 'THIRD_COUNTRY_ANSWERS', country: 'CE', answer: 'object' }], [60, { type: 'CHOOSE_ROGATORY' }]] });
    const first = exploreScenario(s).paths[0]!;
    expect(first.choices.map((c) => `${c.event.type} day ${c.day}`)).toEqual(['CHOOSE_MLAT day 0', 'CHOOSE_ROGATORY day 60']);
    expect([first.outcome, first.channel, first.days]).toEqual(['delivered', 'rogatory', 640]);
    expect(runScenario(s, { record: false }).days).toBe(640);
  });
});

describe('an unknown answer with published shares', () => {
  it('is drawn likeliest share first, whatever the order of the shares in the data', () => {
    const objectionLikelier = unknownConsulted({ rated: { consent: 0.2, object: 0.5 } }, { script: [{ type: 'CHOOSE_MLAT' }] });
    const likely = exploreScenario(objectionLikelier).paths.filter((p) => p.probability > 0);
    expect(likely.map((p) => [p.choices.find((c) => c.by === 'chance')!.event.answer, Number(p.probability.toFixed(6))])).toEqual([
      ['object', 0.5], ['silent', 0.3], ['consent', 0.2],
    ]);
  });
});

describe('a court\'s ruling on a reviewed order', () => {
  const conflict = () => exploreScenario(loadScenarioFile('scenarios/fictional/conflict-of-laws-order.yaml', BUILTIN_WORLD).scenario!);

  it('is the script\'s where the script brings it: explored early only on paths that have left the script', () => {
    const early = choicesWithPast(conflict()).filter(({ choice }) => choice.by === 'world' && choice.event.type === 'REVIEW_DECIDES');
    expect(early.length).toBeGreaterThan(0);
    for (const { choice, before } of early) {
      expect(choice.state).toBe('direct.review');
      expect(before.some((c) => c.probability === 0), `an early ruling on day ${choice.day} after ${before.map((c) => c.event.type).join(', ')}`).toBe(true);
    }
  });

  it('once the review is over, both rulings are explored as the court\'s decision: the script\'s upheld, and lifted', () => {
    const rulings = conflict().paths.flatMap((p) => p.choices.filter((c) => c.state === 'direct.ruling' && c.event.type === 'REVIEW_DECIDES'));
    expect(distinct(rulings.map((c) => `${c.by} ${c.event.outcome as string} ${c.probability}`))).toEqual(['decision lifted 0', 'decision upheld 1']);
  });
});

describe('a preservation that lapses while the provider still keeps the data', () => {
  // Nimbus keeps the data 120 days; a preservation holds it 90 (one extension allowed), the MLAT takes about 300.
  const onMlat = (e: Exploration, type: string) => distinct(e.paths.flatMap((p) => p.choices.filter((c) => c.event.type === type && c.state.startsWith('mlat.')).map((c) => `day ${c.day}`)));

  it('is not offered an extension on its last day (the data outlives it), but a new preservation once it lapsed', () => {
    const e = exploreScenario(scenario({ world: { instruments: [MLAT] }, request: { retentionDays: 120, preservation: 'manual' }, script: [{ type: 'CHOOSE_MLAT' }] }));
    expect(onMlat(e, 'REQUEST_PRESERVATION')).toEqual(['day 0', 'day 90']);
    // The second preservation runs to day 180, past the data's 120 days: that one is worth extending.
    expect(onMlat(e, 'EXTEND_PRESERVATION')).toEqual(['day 180']);
  });
});
