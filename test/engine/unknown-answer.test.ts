import { describe, expect, it } from 'vitest';
import { Simulation } from '../../machines/run/simulation.ts';
import { runScenario } from '../../machines/run/script.ts';
import { sampleScenario } from '../../machines/run/sample.ts';
import { viewOf } from '../../machines/run/view.ts';
import { replay } from '../../machines/run/replay.ts';
import type { ConsultationRates } from '../../machines/world/types.ts';
import { J, MLAT, provider, rule, scenario, type Build } from './build.ts';

/**
 * Borealis asks Arcadia (mutual legal assistance) for Nimbus's data about a Cerulean national;
 * Cerulea's approval law covers it except for letters rogatory, so Cerulea is consulted before the
 * MLAT request goes out. Nobody knows how Cerulea answers.
 */
function unknownCerulea(build: Build = {}, rates?: ConsultationRates) {
  return scenario({
    world: {
      jurisdictions: [J('AR'), J('BO'), J('CE', { answer: 'unknown', days: 30, ...(rates ? { rates } : {}) }), J('DO')],
      rules: [rule({ id: 'CE-APPROVAL', jurisdiction: 'CE', kind: 'consent-required', connection: ['subject-nationality'], except: ['rogatory'] })],
      instruments: [MLAT],
    },
    request: { subject: { nationality: 'CE' } },
    ...build,
  });
}

const consent = { type: 'THIRD_COUNTRY_ANSWERS', country: 'CE', answer: 'consent' } as const;
const object = { type: 'THIRD_COUNTRY_ANSWERS', country: 'CE', answer: 'object' } as const;

describe('a consulted state whose answer is unknown', () => {
  it('does not close the check at its deadline: the run waits for a decision on the answer', () => {
    const sim = new Simulation(unknownCerulea());
    sim.send({ type: 'CHOOSE_MLAT' });
    sim.advanceTo(30);
    expect(sim.state).toBe('sovereigntyCheck.undecided');
    expect(sim.waiting).toBe(true);
    expect(sim.transitions.at(-1)!.reason).toContain("CE: its answer is not known");
    // Time may pass: nothing decides it but a decision.
    sim.advanceTo(80);
    expect(sim.state).toBe('sovereigntyCheck.undecided');
    const view = viewOf(sim);
    expect(view.undecided).toEqual({ country: 'CE', name: 'CE', rules: ['CE-APPROVAL'] });
    const answers = view.allowed.filter((e) => e.type === 'THIRD_COUNTRY_ANSWERS');
    expect(answers).toEqual([consent, object]);
    // A channel choice is not the decision awaited here.
    expect(view.allowed.some((e) => e.type === 'CHOOSE_ROGATORY')).toBe(false);
  });

  it('never offers `unknown` (nor, before the deadline, anything but the given answers) as an answer', () => {
    const sim = new Simulation(unknownCerulea());
    sim.send({ type: 'CHOOSE_MLAT' });
    const offered = viewOf(sim).allowed.flatMap((e) => (e.type === 'THIRD_COUNTRY_ANSWERS' ? [e.answer] : []));
    expect(offered).toEqual(['consent', 'object', 'silent']);
  });

  it('takes an answer injected before the deadline as today', () => {
    const sim = new Simulation(unknownCerulea());
    sim.send({ type: 'CHOOSE_MLAT' });
    sim.advanceTo(10);
    sim.send(consent);
    expect(sim.state).toBe('mlat.drafting');
    expect(sim.transitions.at(-1)!.day).toBe(10);
  });

  it('takes a decision at the undecided answer: consent sends the request, an objection closes the channel', () => {
    const consenting = replay(unknownCerulea(), [{ kind: 'event', event: { type: 'CHOOSE_MLAT' } }, { kind: 'advance', to: 30 }, { kind: 'event', event: consent }]);
    expect(consenting.state).toBe('mlat.drafting');
    expect(consenting.transitions.at(-1)!.reason).toContain("CE: its answer is not known; decided: consent.");
    expect(consenting.assumptions).toEqual([]);

    const objecting = replay(unknownCerulea(), [{ kind: 'event', event: { type: 'CHOOSE_MLAT' } }, { kind: 'advance', to: 30 }, { kind: 'event', event: object }]);
    expect(objecting.state).toBe('sovereigntyCheck.objected');
    expect(objecting.transitions.at(-1)!.reason).toContain('the mutual legal assistance channel is closed under CE-APPROVAL');
    // The next decision is a channel's: letters rogatory are not covered by the rule.
    expect(viewOf(objecting).allowed.some((e) => e.type === 'CHOOSE_ROGATORY')).toBe(true);
  });

  it('does not take silence as the decision on an undecided answer: only consent or object settle it', () => {
    const sim = new Simulation(unknownCerulea());
    sim.send({ type: 'CHOOSE_MLAT' });
    sim.advanceTo(30);
    expect(() => sim.send({ type: 'THIRD_COUNTRY_ANSWERS', country: 'CE', answer: 'silent' })).toThrow(/CE's answer is unknown .*decided as consent or object/);
    expect(sim.state).toBe('sovereigntyCheck.undecided');
    // Before the deadline, "will not answer" is still an answer a class may give.
    const early = new Simulation(unknownCerulea());
    early.send({ type: 'CHOOSE_MLAT' });
    early.advanceTo(10);
    early.send({ type: 'THIRD_COUNTRY_ANSWERS', country: 'CE', answer: 'silent' });
    expect(early.state).toBe('sovereigntyCheck.objected');
  });

  it('refuses another country\'s answer and a channel choice while an answer is undecided, saying why', () => {
    const sim = new Simulation(unknownCerulea());
    sim.send({ type: 'CHOOSE_MLAT' });
    sim.advanceTo(30);
    expect(() => sim.send({ type: 'THIRD_COUNTRY_ANSWERS', country: 'DO', answer: 'consent' })).toThrow(/waits for a decision on CE's answer/);
    expect(() => sim.send({ type: 'CHOOSE_ROGATORY' })).toThrow(/the decision awaited is CE's unknown answer \(consent or object\)/);
    expect(sim.state).toBe('sovereigntyCheck.undecided');
  });

  it('without a decision, the default policy assumes consent, says so and records the assumption', () => {
    const result = runScenario(unknownCerulea());
    expect(result.outcome).toBe('delivered');
    expect(result.channel).toBe('mlat');
    expect(result.days).toBe(330);
    expect(result.assumptions).toEqual([{
      country: 'CE',
      about: "CE's answer when consulted before the mutual legal assistance request (CE-APPROVAL)",
      assumed: 'consent',
      why: expect.stringContaining('No source says how CE answers'),
      aboutMessage: expect.objectContaining({ id: expect.any(String) }), whyMessage: expect.objectContaining({ id: expect.any(String) }),
    }]);
    const decided = result.transitions.find((t) => t.from === 'sovereigntyCheck.undecided')!;
    expect(decided.reason).toContain("CE: its answer is not known; assumed: consent");
    expect(decided.day).toBe(30);
  });

  it('lets the script decide with its own answer, dated after the deadline, instead of the policy', () => {
    const result = runScenario(unknownCerulea({ script: [{ type: 'CHOOSE_MLAT' }, [45, object], { type: 'CHOOSE_ROGATORY' }] }));
    expect(result.attempts).toEqual(['mlat', 'rogatory']);
    expect(result.channel).toBe('rogatory');
    expect(result.assumptions).toBeUndefined();
    const objection = result.transitions.find((t) => t.to === 'sovereigntyCheck.objected')!;
    expect(objection.day).toBe(45);
  });

  it('lets the default policy decide the answer when the script only has a later channel choice', () => {
    const result = runScenario(unknownCerulea({ script: [{ type: 'CHOOSE_MLAT' }, { type: 'CHOOSE_ROGATORY' }] }));
    // The assumed consent sends the MLAT request; the script's rogatory choice then has nothing to wait for.
    expect(result.channel).toBe('mlat');
    expect((result.assumptions ?? []).map((a) => a.assumed)).toEqual(['consent']);
  });

  it('a silent state still closes the check (the format default is unchanged)', () => {
    const silent = scenario({
      world: {
        jurisdictions: [J('AR'), J('BO'), J('CE'), J('DO')],
        rules: [rule({ id: 'CE-APPROVAL', jurisdiction: 'CE', kind: 'consent-required', connection: ['subject-nationality'], except: ['rogatory'] })],
        instruments: [MLAT],
      },
      request: { subject: { nationality: 'CE' } },
    });
    const result = runScenario(silent);
    expect(result.channel).toBe('rogatory');
    expect(result.assumptions).toBeUndefined();
  });
});

describe('sampling an unknown answer', () => {
  it('without rates: every run rests on the assumption, and the same seed gives the same figures', () => {
    const s = unknownCerulea();
    const a = sampleScenario(s, 60, 7);
    expect(a.assumed).toBe(60);
    expect(a.channels).toEqual({ mlat: 60 });
    expect(sampleScenario(s, 60, 7)).toEqual(a);
  });

  it('with rates: draws the answer from them with the seed alone, assuming nothing', () => {
    const s = unknownCerulea({}, { consent: 0.5, object: 0.5, source: 'fictional published figures' });
    const a = sampleScenario(s, 200, 11);
    expect(a.assumed).toBeUndefined();
    expect(a.runs).toBe(200);
    // Consent sends the MLAT request; an objection leaves letters rogatory.
    expect(a.channels.mlat! + a.channels.rogatory!).toBe(200);
    expect(a.channels.mlat).toBeGreaterThan(70);
    expect(a.channels.rogatory).toBeGreaterThan(70);
    expect(sampleScenario(s, 200, 11)).toEqual(a);
    expect(sampleScenario(s, 200, 12).channels).not.toEqual(a.channels);
  });

  it('with rates, the share not given to consent or objection is silence, which closes the channel', () => {
    const s = unknownCerulea({}, { consent: 0, object: 0, source: 'fictional: never answers' });
    expect(sampleScenario(s, 20, 3).channels).toEqual({ rogatory: 20 });
  });

  it('a deterministic run ignores rates and records the assumption', () => {
    const s = unknownCerulea({}, { consent: 0, object: 1, source: 'fictional' });
    expect(runScenario(s).assumptions).toHaveLength(1);
    expect(runScenario(s).channel).toBe('mlat');
  });

  it('a deterministic run with rates says they exist, cites their source, and that it still assumes consent', () => {
    const result = runScenario(unknownCerulea({}, { consent: 0.6, object: 0.1, source: 'Cerulean ministry report 2020' }));
    const texts = [...result.transitions.map((t) => t.reason), ...(result.assumptions ?? []).map((a) => a.why)];
    expect(texts.join('\n')).not.toMatch(/no source says/i);
    const due = result.transitions.find((t) => t.to === 'sovereigntyCheck.undecided')!;
    expect(due.reason).toContain('its published rates (Cerulean ministry report 2020: consent 0.6, objection 0.1)');
    expect(due.reason).toContain('a sampled run draws from them');
    expect(result.assumptions![0]!.why).toMatch(/published rates \(Cerulean ministry report 2020.*sampled runs draw from.*assumes consent/);
  });
});

describe('a recognition rule', () => {
  const world = (kind: 'recognition' | 'blocking') => scenario({
    world: {
      jurisdictions: [J('AR'), J('BO'), J('CE', { answer: 'object', days: 5 }), J('DO')],
      providers: [provider({ id: 'nimbus', home: 'AR', storesIn: ['CE'], answersDirect: ['content'] })],
      rules: [rule({ id: 'CE-RECOGNITION', jurisdiction: 'CE', kind, connection: ['data-location'], except: ['mlat'] })],
      instruments: [MLAT, { ...MLAT, id: 'AR-BO-AGREEMENT', kind: 'agreement' }],
    },
  });

  it('is said and cited on the open channels it concerns, but never closes one nor calls for a consultation', () => {
    const s = world('recognition');
    const sim = new Simulation(s);
    const { assessment } = sim;
    expect(assessment.direct.open).toBe(true);
    expect(assessment.agreement.open).toBe(true);
    expect(assessment.direct.cites).toContain('CE-RECOGNITION');
    expect(assessment.agreement.reason).toContain('CE-RECOGNITION (CE) governs whether that state recognises the order');
    // It excepts mutual legal assistance: not said there.
    expect(assessment.mlat.cites).not.toContain('CE-RECOGNITION');
    expect(assessment.consultations).toEqual({ agreement: [], mlat: [], rogatory: [] });
    const result = runScenario(s);
    expect(result.channel).toBe('direct');
    expect(result.cites).toContain('CE-RECOGNITION');
    const agreementRun = runScenario({ ...s, script: [{ event: { type: 'CHOOSE_AGREEMENT' } }] });
    expect(agreementRun.channel).toBe('agreement');
    expect(agreementRun.attempts).toEqual(['agreement']);
  });

  it('where the same law were blocking, it would close those channels (the contrast the kind makes)', () => {
    const { assessment } = new Simulation(world('blocking'));
    expect(assessment.direct.open).toBe(false);
    expect(assessment.consultations.agreement.map((c) => c.country)).toEqual(['CE']);
  });
});
