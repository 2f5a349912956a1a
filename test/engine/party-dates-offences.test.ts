import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';
import { loadScenarioFile } from '../../scenarios/load.ts';
import { Simulation, assessScenario } from '../../machines/run/simulation.ts';
import { runScenario } from '../../machines/run/script.ts';
import type { Instrument } from '../../machines/world/types.ts';
import { MLAT, instrument, provider, scenario, type Build } from './build.ts';

/**
 * Per-party dates, reservations and offence scope (issue 11, part D), on the fictional world of
 * build.ts: Borealis (BO) asks for data Nimbus holds in Arcadia (AR). Without an mlat the default
 * policy falls to letters rogatory, which is what a user sees when a treaty does not apply.
 */
const run = (build: Build) => runScenario(scenario(build));
const assessment = (build: Build) => assessScenario(scenario(build));

/** A regional convention in force since 2000 between Arcadia, Borealis and Cerulea. */
const convention = (extra: Partial<Instrument> = {}) =>
  instrument({ id: 'NORTHERN-CONVENTION', kind: 'mlat', parties: ['AR', 'BO', 'CE'], inForce: { from: '2000-01-01' }, days: { median: 200, p90: 380 }, ...extra });

describe('a party bound later than the instrument', () => {
  const joinsLate = convention({ partyTerms: { BO: { signed: '2018-05-01', ratified: '2019-11-30', from: '2020-03-01' } } });

  it('does not carry a request dated before that party\'s date: the request falls to letters rogatory, and the assessment says why', () => {
    const build = { world: { instruments: [joinsLate] }, request: { date: '2020-02-29' } };
    expect(assessment(build).mlat.open).toBe(false);
    expect(assessment(build).mlat.reason).toContain('BO is bound by NORTHERN-CONVENTION only from 2020-03-01');
    expect(run(build)).toMatchObject({ outcome: 'delivered', channel: 'rogatory', attempts: ['rogatory'] });
  });

  it('carries a request dated on or after that date', () => {
    const result = run({ world: { instruments: [joinsLate] }, request: { date: '2020-03-01' } });
    expect(result).toMatchObject({ outcome: 'delivered', channel: 'mlat', days: 200 });
    expect(result.cites).toContain('NORTHERN-CONVENTION');
  });

  it('binds the other parties from the instrument\'s own date meanwhile', () => {
    const ceruleaAsks = { world: { instruments: [joinsLate] }, request: { from: 'CE', date: '2010-01-01' } };
    expect(run(ceruleaAsks)).toMatchObject({ channel: 'mlat' });
  });

  it('still needs the instrument itself in force: a party date earlier than the instrument\'s does not bind before it', () => {
    const early = convention({ partyTerms: { BO: { from: '1990-01-01' } } });
    expect(run({ world: { instruments: [early] }, request: { date: '1995-01-01' } })).toMatchObject({ channel: 'rogatory' });
  });
});

describe('a party that stops being bound', () => {
  const denounced = convention({ partyTerms: { AR: { from: '2000-01-01', to: '2021-12-31', source: 'AR denunciation (fictional)' } } });

  it('is bound up to and including its last day', () => {
    expect(run({ world: { instruments: [denounced] }, request: { date: '2021-12-31' } })).toMatchObject({ channel: 'mlat' });
  });

  it('is not bound the day after, and the assessment gives the dates it was bound', () => {
    const build = { world: { instruments: [denounced] }, request: { date: '2022-01-01' } };
    expect(run(build)).toMatchObject({ channel: 'rogatory' });
    expect(assessment(build).mlat.reason).toContain('AR is bound by NORTHERN-CONVENTION only from 2000-01-01 to 2021-12-31');
  });

  it('says when it ceased to be bound where only the end is given', () => {
    const build = { world: { instruments: [convention({ partyTerms: { AR: { to: '2015-06-30' } } })] }, request: { date: '2016-01-01' } };
    expect(assessment(build).mlat.reason).toContain('AR ceased to be bound by NORTHERN-CONVENTION after 2015-06-30');
  });
});

describe('a signatory not bound', () => {
  it('is listed only in partyTerms, carries nothing, and the assessment says it signed without being bound', () => {
    const signedOnly = convention({ parties: ['AR', 'BO'], partyTerms: { CE: { signed: '2001-02-03' } } });
    const build: Build = {
      world: { instruments: [signedOnly], providers: [provider({ id: 'nimbus', home: 'CE' })] },
      request: { date: '2024-01-01' },
    };
    expect(run(build)).toMatchObject({ channel: 'rogatory' });
    expect(assessment(build).mlat.reason).toContain('CE signed NORTHERN-CONVENTION on 2001-02-03 but is not bound by it');
  });
});

describe('a convention bound by only two states on the date', () => {
  it('is still a convention: a bilateral treaty is preferred to it even though it is faster', () => {
    const twoOfThree = convention({ partyTerms: { CE: { from: '2030-01-01' } } });
    const result = run({ world: { instruments: [twoOfThree, { ...MLAT, days: { median: 320, p90: 560 } }] }, request: { date: '2024-01-01' } });
    expect(result).toMatchObject({ channel: 'mlat', days: 320 });
    expect(result.cites).toContain('AR-BO-MLAT');
  });
});

describe('a reservation excluding a category', () => {
  const reserved = convention({
    reservations: [{ party: 'AR', data: ['content'], text: 'Arcadia does not apply the convention to stored content', source: 'AR instrument of ratification (fictional)' }],
  });

  it('closes the instrument for that category, saying whose reservation and what it says', () => {
    const build = { world: { instruments: [reserved] } };
    expect(run(build)).toMatchObject({ channel: 'rogatory' });
    expect(assessment(build).mlat.reason).toContain('The reservation of AR to NORTHERN-CONVENTION excludes content data (Arcadia does not apply the convention to stored content; source: AR instrument of ratification (fictional))');
    // The verdict that explains the closed channel cites the instrument it explains.
    expect(assessment(build).mlat.cites).toEqual(['NORTHERN-CONVENTION']);
  });

  it('leaves the other categories to the instrument', () => {
    expect(run({ world: { instruments: [reserved] }, request: { data: 'subscriber' } })).toMatchObject({ channel: 'mlat' });
  });

  it('works both ways: the reserving state cannot use it for that category either', () => {
    const build: Build = { world: { instruments: [reserved], providers: [provider({ id: 'nimbus', home: 'BO' })] }, request: { from: 'AR' } };
    expect(run(build)).toMatchObject({ channel: 'rogatory' });
  });
});

describe('a reservation on notification', () => {
  /** Direct cooperation answered in 5 days, where the provider's home has 10 days to object to traffic and content orders. */
  const cooperation = (extra: Partial<Instrument> = {}) => instrument({
    id: 'COOP', kind: 'direct-cooperation', parties: ['AR', 'BO'], days: { median: 5, p90: 8 },
    notify: { data: ['traffic', 'content'], days: 10 }, ...extra,
  });

  it('without it, a content order waits out the notified state\'s window', () => {
    expect(run({ world: { instruments: [cooperation()] } })).toMatchObject({ channel: 'direct', days: 10 });
  });

  it('dropping notification for orders to providers in that party: the provider answers in its own time, and the reason says so', () => {
    const build = { world: { instruments: [cooperation({ reservations: [{ party: 'AR', notify: false, text: 'Arcadia does not require notification', source: 'fictional' }] })] } };
    expect(run(build)).toMatchObject({ channel: 'direct', days: 5 });
    expect(assessment(build).direct.reason).toContain('AR is not notified (declaration of AR: Arcadia does not require notification)');
  });

  it('concerns only orders to providers in the reserving party', () => {
    const byBorealis = cooperation({ reservations: [{ party: 'BO', notify: false, text: 'Borealis does not require notification', source: 'fictional' }] });
    expect(run({ world: { instruments: [byBorealis] } })).toMatchObject({ days: 10 });
  });

  it('requiring notification of every order where the instrument notifies none: the state is told, the provider does not wait', () => {
    const build = {
      world: { instruments: [cooperation({ notify: undefined, reservations: [{ party: 'AR', notify: true, text: 'Arcadia requires simultaneous notification', source: 'fictional' }] })] },
      request: { data: 'subscriber' as const },
    };
    expect(run(build)).toMatchObject({ channel: 'direct', days: 5 });
    expect(assessment(build).direct.reason).toContain('AR is notified of the order when it is served');
  });
});

describe('an instrument scoped by offence', () => {
  const organised = instrument({
    id: 'ORGANISED-CRIME-CONVENTION', kind: 'mlat', parties: ['AR', 'BO', 'CE', 'DO'], offences: ['organised-crime'], days: { median: 250, p90: 450 },
  });

  it('serves a request concerning organised crime between states with no bilateral treaty', () => {
    const result = run({ world: { instruments: [organised] }, request: { offenceCategory: 'organised-crime' } });
    expect(result).toMatchObject({ outcome: 'delivered', channel: 'mlat', days: 250 });
    expect(result.cites).toContain('ORGANISED-CRIME-CONVENTION');
  });

  it('does not serve another category: the request falls to letters rogatory, the assessment naming the category that would open it', () => {
    const build = { world: { instruments: [organised] }, request: { offenceCategory: 'other' as const } };
    expect(run(build)).toMatchObject({ channel: 'rogatory' });
    expect(assessment(build).mlat.reason).toContain('ORGANISED-CRIME-CONVENTION serves only requests concerning organised crime; this request concerns other');
  });

  it('does not serve a request without a category', () => {
    const build = { world: { instruments: [organised] } };
    expect(run(build)).toMatchObject({ channel: 'rogatory' });
    expect(assessment(build).mlat.reason).toContain('this request gives no offence category');
  });

  it('gives way to a bilateral treaty between the two states, though it is faster', () => {
    const result = run({ world: { instruments: [organised, { ...MLAT, days: { median: 320, p90: 560 } }] }, request: { offenceCategory: 'organised-crime' } });
    expect(result).toMatchObject({ channel: 'mlat', days: 320 });
    expect(result.cites).toContain('AR-BO-MLAT');
    expect(result.cites).not.toContain('ORGANISED-CRIME-CONVENTION');
  });

  it('names every scoped convention that binds both states in one sentence, with the offences each serves', () => {
    const corruption = instrument({ id: 'CORRUPTION-CONVENTION', kind: 'mlat', parties: ['AR', 'BO'], offences: ['corruption', 'organised-crime'] });
    const reason = assessment({ world: { instruments: [organised, corruption] }, request: { offenceCategory: 'drug-trafficking' } }).mlat.reason;
    expect(reason).toContain('ORGANISED-CRIME-CONVENTION serves only requests concerning organised crime; CORRUPTION-CONVENTION only requests concerning corruption or organised crime; this request concerns drug trafficking.');
  });

  it('leaves requests to an unscoped instrument as before', () => {
    expect(run({ world: { instruments: [MLAT] }, request: { offenceCategory: 'other' } })).toMatchObject({ channel: 'mlat' });
  });
});

describe('the shipped scenario party-bound-later', () => {
  it('loads its party terms and reservation and, dated before Borealis is bound, says why the convention does not serve', () => {
    const loaded = loadScenarioFile(join(import.meta.dirname, '..', '..', 'scenarios', 'fictional', 'party-bound-later.yaml'), BUILTIN_WORLD).scenario!;
    expect(assessScenario(loaded).mlat.reason).toContain('Borealis is bound by NORTHERN-CONVENTION only from 2023-03-01');
    // A trainer or script choosing the treaty anyway is refused with the same reason.
    expect(() => new Simulation(loaded).send({ type: 'CHOOSE_MLAT' })).toThrow(/Borealis is bound by NORTHERN-CONVENTION only from 2023-03-01/);
    const later = { ...loaded, request: { ...loaded.request, date: '2023-03-01' } };
    expect(runScenario(later)).toMatchObject({ channel: 'mlat', days: 200 });
  });
});
