import type { Scenario, ScriptStep } from '../../machines/scenario.ts';
import type { DataRequest, Instrument, Jurisdiction, ProductionOrder, Provider, Rule, World } from '../../machines/world/types.ts';
import type { ScenarioEvent } from '../../machines/request/events.ts';
import { ScriptError } from '../../machines/run/script.ts';

/**
 * A small fictional world for engine tests, filled in the way the loader fills defaults, so that a
 * test states only what it is about.
 */
export const J = (id: string, consultation: Partial<Jurisdiction['consultation']> = {}): Jurisdiction => ({
  id, name: id, consultation: { answer: 'silent', days: 30, ...consultation },
});

export const provider = (p: Partial<Provider> & Pick<Provider, 'id' | 'home'>): Provider => ({
  name: p.id, storesIn: [p.home], answersDirect: [], responseDays: 10, emergencyDisclosure: false, ...p,
});

export const rule = (r: Partial<Rule> & Pick<Rule, 'id' | 'jurisdiction'>): Rule => ({
  kind: 'blocking', data: ['subscriber', 'traffic', 'content'], connection: ['data-location', 'provider-home'], except: [],
  source: `${r.id} (fictional)`, ...r,
});

const DEFAULT_DAYS = { mlat: { median: 300, p90: 540 }, agreement: { median: 30, p90: 60 }, 'direct-cooperation': { median: 20, p90: 45 } };

export const instrument = (i: Partial<Instrument> & Pick<Instrument, 'id' | 'kind' | 'parties'>): Instrument => ({
  data: ['subscriber', 'traffic', 'content'], days: DEFAULT_DAYS[i.kind], excludes: [], source: `${i.id} (fictional)`, ...i,
});

/** A production order of Borealis (the requesting state) reaching providers offering services there, data anywhere. */
export const order = (o: Partial<ProductionOrder> & Pick<ProductionOrder, 'id'>): ProductionOrder => ({
  jurisdiction: 'BO', data: ['subscriber', 'traffic', 'content'], reach: { providers: ['offers-services'], data: 'anywhere' },
  source: `${o.id} (fictional)`, ...o,
});

export interface Build {
  world?: Partial<World>;
  request?: Partial<DataRequest>;
  script?: (ScenarioEvent | [number, ScenarioEvent])[];
  regime?: Partial<Scenario['regime']>;
}

/**
 * The base world: Borealis (BO) asks for data held by Nimbus, based in Arcadia (AR) and storing there;
 * Cerulea (CE) and Dorado (DO) are available as third countries.
 */
export function scenario(build: Build = {}): Scenario {
  const world: World = {
    jurisdictions: [J('AR'), J('BO'), J('CE'), J('DO')],
    providers: [provider({ id: 'nimbus', home: 'AR' })],
    rules: [],
    instruments: [],
    ...build.world,
  };
  const script: ScriptStep[] = (build.script ?? []).map((s, i) =>
    Array.isArray(s) ? { day: s[0], event: s[1], line: i + 1 } : { event: s, line: i + 1 });
  return {
    id: 'engine-test', title: 'Engine test', summary: '', objectives: [], world,
    regime: { requestedState: 'data-location', maxExtensions: 1, ...build.regime },
    request: { from: 'BO', provider: 'nimbus', data: 'content', urgency: 'routine', subject: {}, preservation: 'auto', ...build.request },
    script,
  };
}

export const MLAT = instrument({ id: 'AR-BO-MLAT', kind: 'mlat', parties: ['AR', 'BO'] });

/** The ScriptError a run refuses with; the test fails if the run is not refused, or fails otherwise. */
export function refusal(run: () => unknown): ScriptError {
  try {
    run();
  } catch (error) {
    if (error instanceof ScriptError) return error;
    throw error;
  }
  throw new Error('the script was not refused');
}

/** Arcadia's blocking statute (it leaves mutual legal assistance and letters rogatory open). */
export const BLOCK_AR = rule({ id: 'AR-BLOCK', jurisdiction: 'AR', except: ['mlat', 'rogatory'] });

/**
 * Nimbus (Arcadia) stores the data in Arcadia, Cerulea and Dorado, so a request for mutual legal
 * assistance needs the consent of Cerulea and Dorado, each answering as given.
 */
export const twoConsulted = (ce: Partial<Jurisdiction['consultation']>, dO: Partial<Jurisdiction['consultation']>): Partial<World> => ({
  jurisdictions: [J('AR'), J('BO'), J('CE', ce), J('DO', dO)],
  providers: [provider({ id: 'nimbus', home: 'AR', storesIn: ['AR', 'CE', 'DO'] })],
  rules: [BLOCK_AR, rule({ id: 'CE-LOC', jurisdiction: 'CE', kind: 'consent-required' }), rule({ id: 'DO-LOC', jurisdiction: 'DO', kind: 'consent-required' })],
  instruments: [MLAT],
});

/**
 * Borealis asks Arcadia (MLAT) about a national of a state that must approve and whose answer is not
 * known: Cerulea, unless `id` and `name` put another state in its place; with `rated`, its published
 * rates (consent 0.6, objection 0.3, silence the rest, unless other shares are given).
 */
export function unknownConsulted(options: { rated?: boolean | { consent: number; object: number }; id?: string; name?: string } = {}, build: Build = {}): Scenario {
  const { rated = false, id = 'CE', name = id } = options;
  const shares = rated === true ? { consent: 0.6, object: 0.3 } : rated;
  return scenario({
    world: {
      jurisdictions: [J('AR'), J('BO'), { ...J(id, { answer: 'unknown', days: 30, ...(shares ? { rates: { ...shares, source: 'CE yearbook (fictional)' } } : {}) }), name }, J('DO')],
      rules: [rule({ id: `${id}-APPROVAL`, jurisdiction: id, kind: 'consent-required', connection: ['subject-nationality'], except: ['rogatory'] })],
      instruments: [MLAT],
    },
    request: { subject: { nationality: id } },
    ...build,
  });
}

/** unknownConsulted with Cerulea's rates published, and a script that chooses the MLAT. */
export const unknownRated = () => unknownConsulted({ rated: true }, { script: [{ type: 'CHOOSE_MLAT' }] });
