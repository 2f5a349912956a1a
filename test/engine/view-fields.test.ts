import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../scenarios/load.ts';
import { replay, type Input } from '../../machines/run/replay.ts';
import { Simulation } from '../../machines/run/simulation.ts';
import { viewOf } from '../../machines/run/view.ts';
import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';
import type { ScenarioEvent } from '../../machines/request/events.ts';
import { J, MLAT, instrument, order, provider, rule, scenario } from './build.ts';

/** What every screen draws from RequestView: the menu of events, the consultation panel, the end of a run. */

const load = (file: string) => {
  const { scenario: loaded, errors } = loadScenarioFile(join(import.meta.dirname, '..', '..', 'scenarios', 'fictional', file), BUILTIN_WORLD);
  if (!loaded) throw new Error(errors.map((e) => e.message).join('\n'));
  return loaded;
};
const ev = (event: ScenarioEvent): Input => ({ kind: 'event', event });

describe('the menu of events the view offers', () => {
  it('at intake with every channel open: the four channels, preservation, its extension and withdrawal, in the menu order', () => {
    const view = viewOf(replay(load('provider-refuses-agreement.yaml'), []));
    expect(view.state).toBe('intake');
    expect(view.allowed).toEqual([
      { type: 'SEND_DIRECT' }, { type: 'CHOOSE_AGREEMENT' }, { type: 'CHOOSE_MLAT' }, { type: 'CHOOSE_ROGATORY' },
      { type: 'REQUEST_PRESERVATION' }, { type: 'EXTEND_PRESERVATION' }, { type: 'WITHDRAW' },
    ]);
  });

  it('while an agreement order is under way: a refusal by the state and by the provider, each with the text the inject menu pre-fills', () => {
    const view = viewOf(replay(load('provider-refuses-agreement.yaml'), [ev({ type: 'CHOOSE_AGREEMENT' })]));
    expect(view.state).toBe('agreement.ordered');
    expect(view.allowed).toEqual([
      { type: 'REQUEST_PRESERVATION' }, { type: 'EXTEND_PRESERVATION' }, { type: 'WITHDRAW' },
      { type: 'REFUSE', ground: 'dual criminality' }, { type: 'PROVIDER_REFUSES', reason: 'provider policy' },
    ]);
  });

  it('with manual preservation not yet asked for: preservation is offered, an extension is not', () => {
    const view = viewOf(replay(load('preservation-manual-saved.yaml'), []));
    expect(view.custody).toBe('preservation.none');
    expect(view.allowed.map((e) => e.type)).toEqual(['SEND_DIRECT', 'CHOOSE_MLAT', 'CHOOSE_ROGATORY', 'REQUEST_PRESERVATION', 'WITHDRAW']);
  });
});

describe('the menu at a conflict of laws whose order can be reviewed', () => {
  const nimbus = provider({ id: 'nimbus', home: 'AR', responseDays: 12, offersServicesIn: ['BO'] });
  const BLOCK = rule({ id: 'AR-BLOCK', jurisdiction: 'AR', except: ['mlat', 'rogatory', 'agreement'] });
  const ORDER = order({ id: 'BO-ORDER', review: { days: 30, source: 'Production Order Act s. 9' } });
  const conflict = scenario({ world: { providers: [nimbus], orders: [ORDER], rules: [BLOCK], instruments: [MLAT] }, request: { preservation: 'manual' } });
  const toConflict: Input[] = [ev({ type: 'SEND_DIRECT' }), { kind: 'advance', to: 12 }];
  const review = ev({ type: 'PROVIDER_CHOOSES', choice: 'review' });

  it('at the conflict: the provider\'s three choices and no ruling', () => {
    const view = viewOf(replay(conflict, toConflict));
    expect(view.state).toBe('direct.conflict');
    expect(view.allowed).toEqual([
      { type: 'REQUEST_PRESERVATION' }, { type: 'WITHDRAW' },
      { type: 'PROVIDER_CHOOSES', choice: 'comply' }, { type: 'PROVIDER_CHOOSES', choice: 'refuse' }, { type: 'PROVIDER_CHOOSES', choice: 'review' },
    ]);
  });

  it('while the court reviews the order: both rulings, which a trainer may inject before the review days are over', () => {
    const view = viewOf(replay(conflict, [...toConflict, review]));
    expect({ state: view.state, day: view.day, nextDue: view.nextDue }).toEqual({ state: 'direct.review', day: 12, nextDue: 42 });
    expect(view.allowed).toEqual([
      { type: 'REQUEST_PRESERVATION' }, { type: 'WITHDRAW' },
      { type: 'REVIEW_DECIDES', outcome: 'upheld' }, { type: 'REVIEW_DECIDES', outcome: 'lifted' },
    ]);
  });

  it('once the ruling is due: both rulings, the decision the run waits for', () => {
    const view = viewOf(replay(conflict, [...toConflict, review, { kind: 'advance', to: 42 }]));
    expect({ state: view.state, day: view.day, waiting: view.waiting }).toEqual({ state: 'direct.ruling', day: 42, waiting: true });
    expect(view.allowed).toEqual([
      { type: 'REQUEST_PRESERVATION' }, { type: 'WITHDRAW' },
      { type: 'REVIEW_DECIDES', outcome: 'upheld' }, { type: 'REVIEW_DECIDES', outcome: 'lifted' },
    ]);
  });
});

describe('the consultation panel', () => {
  it('lists only the countries still to answer, and offers answers only for them', () => {
    const view = viewOf(replay(load('agreement-consent-delay.yaml'), [ev({ type: 'CHOOSE_AGREEMENT' }), { kind: 'advance', to: 30 }]));
    expect(view.state).toBe('sovereigntyCheck.consulting');
    expect(view.awaiting).toEqual([{ country: 'DU', name: 'Dunmere', due: 40 }]);
    expect(view.answers).toEqual([{ country: 'CE', name: 'Cerulea', channel: 'agreement', answer: 'consent', day: 25 }]);
    expect(view.allowed.filter((e) => e.type === 'THIRD_COUNTRY_ANSWERS')).toEqual([
      { type: 'THIRD_COUNTRY_ANSWERS', country: 'DU', answer: 'consent' },
      { type: 'THIRD_COUNTRY_ANSWERS', country: 'DU', answer: 'object' },
      { type: 'THIRD_COUNTRY_ANSWERS', country: 'DU', answer: 'silent' },
    ]);
  });

  it('names the country whose unknown answer awaits a decision, not the first country consulted', () => {
    // Cerulea (consent after 10 days) and Dorado (unknown, 30 days) both have a say over a Cerulean
    // stored in Dorado; at day 30 Cerulea has consented and Dorado's answer is for the user to decide.
    const sc = scenario({
      world: {
        jurisdictions: [J('AR'), J('BO'), J('CE', { answer: 'consent', days: 10 }), J('DO', { answer: 'unknown', days: 30 })],
        providers: [provider({ id: 'nimbus', home: 'AR', storesIn: ['DO'] })],
        rules: [
          rule({ id: 'CE-APPROVAL', jurisdiction: 'CE', kind: 'consent-required', connection: ['subject-nationality'], except: ['rogatory'] }),
          rule({ id: 'DO-LOCAL', jurisdiction: 'DO', kind: 'consent-required', connection: ['data-location'], except: ['rogatory'] }),
        ],
        instruments: [instrument({ id: 'AR-BO-MLAT', kind: 'mlat', parties: ['AR', 'BO', 'DO'] })],
      },
      regime: { requestedState: 'provider-home' },
      request: { subject: { nationality: 'CE' } },
    });
    const view = viewOf(replay(sc, [ev({ type: 'CHOOSE_MLAT' }), { kind: 'advance', to: 30 }]));
    expect(view.state).toBe('sovereigntyCheck.undecided');
    expect(view.undecided).toEqual({ country: 'DO', name: 'DO', rules: ['DO-LOCAL'] });
    expect(view.awaiting).toEqual([{ country: 'DO', name: 'DO', due: 30 }]);
    expect(view.allowed.filter((e) => e.type === 'THIRD_COUNTRY_ANSWERS')).toEqual([
      { type: 'THIRD_COUNTRY_ANSWERS', country: 'DO', answer: 'consent' },
      { type: 'THIRD_COUNTRY_ANSWERS', country: 'DO', answer: 'object' },
    ]);
  });
});

describe('the state of the request the view shows', () => {
  const saved: Input[] = [
    ev({ type: 'REQUEST_PRESERVATION' }), ev({ type: 'CHOOSE_MLAT' }), { kind: 'advance', to: 75 }, ev({ type: 'EXTEND_PRESERVATION' }),
  ];

  it('while a treaty request is under way: its channel, attempts, cites, the steps so far and when the next one falls due', () => {
    const view = viewOf(replay(load('preservation-manual-saved.yaml'), saved));
    expect(view).toMatchObject({
      day: 75, state: 'mlat.requestedReview', custody: 'preservation.preserved', done: false, outcome: null, channel: 'mlat',
      waiting: false, attempts: ['mlat'], cites: ['AR-BO-MLAT'], preservedUntil: 180, awaiting: [], undecided: null, nextDue: 77,
    });
    expect(view.transitions.map((t) => [t.day, t.event, t.to])).toEqual([
      [0, 'REQUEST_PRESERVATION', 'preservation.preserved'],
      [0, 'CHOOSE_MLAT', 'mlat.drafting'],
      [9, 'STAGE_COMPLETE', 'mlat.requestingReview'],
      [17, 'STAGE_COMPLETE', 'mlat.transmission'],
      [26, 'STAGE_COMPLETE', 'mlat.requestedReview'],
      [75, 'EXTEND_PRESERVATION', 'preservation.preserved'],
    ]);
  });

  it('once delivered: the outcome, the channel that delivered, nothing more to offer and nothing falling due', () => {
    const view = viewOf(replay(load('preservation-manual-saved.yaml'), [...saved, { kind: 'advance', to: 500 }]));
    expect(view).toMatchObject({
      day: 170, state: 'delivered', done: true, outcome: 'delivered', channel: 'mlat', attempts: ['mlat'], cites: ['AR-BO-MLAT'], allowed: [],
    });
    expect(view.nextDue).toBeNull();
    expect(view.transitions.at(-1)).toMatchObject({ day: 170, to: 'delivered' });
    expect(view.transitions).toHaveLength(10);
  });

  it('shows no next date (null, not a missing field) when nothing is scheduled while the request waits at intake', () => {
    // Manual preservation and no retention period: no deletion, no deadline.
    const sim = new Simulation(scenario({ world: { instruments: [MLAT] }, request: { preservation: 'manual' } }));
    const view = viewOf(sim);
    expect({ state: view.state, done: view.done, waiting: view.waiting }).toEqual({ state: 'intake', done: false, waiting: true });
    expect(view.nextDue).toBeNull();
  });
});
