import { describe, expect, it } from 'vitest';
import { assessScenario } from '../../machines/run/simulation.ts';
import type { ProductionOrder, Provider } from '../../machines/world/types.ts';
import { MLAT, order, provider, scenario } from './build.ts';

/**
 * What the assessment says about the requesting state's production orders
 * (machines/route/reach.ts), word for word, and which order a compelled or declined direct request
 * cites. Borealis (BO) asks Nimbus, based in Arcadia (AR) and storing there.
 */
const nimbus = (more: Partial<Provider> = {}) => provider({ id: 'nimbus', home: 'AR', ...more });
const direct = (p: Provider, orders: ProductionOrder[]) =>
  assessScenario(scenario({ world: { providers: [p], orders, instruments: [MLAT] } })).direct;
const established = (id: string, data: 'anywhere' | 'in-territory' = 'anywhere', more: Partial<ProductionOrder> = {}) =>
  order({ id, reach: { providers: ['established'], data }, ...more });
const offering = (id: string, data: 'anywhere' | 'in-territory' = 'anywhere', more: Partial<ProductionOrder> = {}) =>
  order({ id, reach: { providers: ['offers-services'], data }, ...more });

describe('an order that reaches: the tie it uses and where the data may be', () => {
  it('a provider based in the requesting state, data anywhere', () => {
    const d = direct(provider({ id: 'nimbus', home: 'BO', storesIn: ['AR'] }), [established('BO-EST')]);
    expect(d).toMatchObject({ open: true, path: 'compelled', cites: ['BO-EST'] });
    expect(d.reach!.reason).toBe('BO-EST lets authorities of the requesting state (BO) compel nimbus (based in BO) to produce content data in its possession, custody or control, wherever stored.');
    // The assessment an API client reads carries the reach itself: open, by which order, citing it.
    expect(d.reach).toMatchObject({ open: true, order: { id: 'BO-EST' }, cites: ['BO-EST'] });
  });

  it('a provider established there', () => {
    const d = direct(nimbus({ establishments: ['CE', 'BO'] }), [established('BO-EST')]);
    expect(d.reach!.reason).toBe('BO-EST lets authorities of the requesting state (BO) compel nimbus (established in BO) to produce content data in its possession, custody or control, wherever stored.');
  });

  it('a provider offering services there, named as such even under an order that also binds established providers', () => {
    const both = order({ id: 'BO-BOTH', reach: { providers: ['established', 'offers-services'], data: 'anywhere' } });
    const d = direct(nimbus({ offersServicesIn: ['BO'] }), [both]);
    expect(d).toMatchObject({ path: 'compelled', cites: ['BO-BOTH'] });
    expect(d.reach!.reason).toBe('BO-BOTH lets authorities of the requesting state (BO) compel nimbus (offering services in BO) to produce content data in its possession, custody or control, wherever stored.');
  });

  it('a provider offering services everywhere (*) offers them in the requesting state', () => {
    expect(direct(nimbus({ offersServicesIn: ['*'] }), [offering('BO-ORDER')])).toMatchObject({ path: 'compelled', cites: ['BO-ORDER'] });
  });

  it('an order binding only providers offering services names that tie, even for a provider based in the requesting state', () => {
    const d = direct(provider({ id: 'nimbus', home: 'BO', offersServicesIn: ['BO'] }), [offering('BO-ORDER')]);
    expect(d.reach!.reason).toBe('BO-ORDER lets authorities of the requesting state (BO) compel nimbus (offering services in BO) to produce content data in its possession, custody or control, wherever stored.');
  });

  it('an order for data stored in the requesting state, which it is', () => {
    const d = direct(nimbus({ offersServicesIn: ['BO'], storesIn: ['AR', 'BO'] }), [offering('BO-LOCAL', 'in-territory')]);
    expect(d.reach!.reason).toBe('BO-LOCAL lets authorities of the requesting state (BO) compel nimbus (offering services in BO) to produce content data stored in BO.');
  });

  it('the first order in file order that reaches is the one cited', () => {
    const d = direct(nimbus({ offersServicesIn: ['BO'] }), [offering('BO-SUB', 'anywhere', { data: ['subscriber'] }), offering('BO-1'), offering('BO-2')]);
    expect(d).toMatchObject({ path: 'compelled', cites: ['BO-1'] });
  });
});

describe('no order of the requesting state', () => {
  it('without any order in the world, or with only another state\'s, the direct request is declined and says nothing of reach', () => {
    const none = assessScenario(scenario({ world: { providers: [nimbus({ offersServicesIn: ['*'] })], instruments: [MLAT] } })).direct;
    expect(none).toMatchObject({ open: false, path: 'declined', cites: [] });
    expect(none.reach).toBeUndefined();
    const ceruleas = direct(nimbus({ offersServicesIn: ['*'] }), [order({ id: 'CE-ORDER', jurisdiction: 'CE' })]);
    expect(ceruleas).toMatchObject({ open: false, path: 'declined', cites: [] });
    expect(ceruleas.reach).toBeUndefined();
  });

  it('another state\'s order is not among the misses of the requesting state\'s', () => {
    const d = direct(nimbus({ offersServicesIn: ['*'] }), [order({ id: 'CE-ORDER', jurisdiction: 'CE' }), offering('BO-SUB', 'anywhere', { data: ['subscriber'] })]);
    expect(d.reach!.reason).toBe('No production order of BO reaches this request: BO-SUB does not cover content data.');
  });
});

describe('no order reaches: every order\'s miss, in file order', () => {
  it('the category, the tie and the territory, each said', () => {
    const d = direct(nimbus({ offersServicesIn: ['BO'], storesIn: ['AR', 'unknown', 'CE'] }), [
      offering('BO-SUB', 'anywhere', { data: ['subscriber'] }),
      established('BO-EST'),
      offering('BO-LOCAL', 'in-territory'),
    ]);
    expect(d).toMatchObject({ open: false, path: 'declined' });
    expect(d.reach).toMatchObject({ open: false, order: null, cites: [] });
    expect(d.reach!.reason).toBe('No production order of BO reaches this request: BO-SUB does not cover content data; '
      + 'BO-EST binds providers established in BO, and nimbus is not; '
      + 'BO-LOCAL reaches only data stored in BO, and the data is stored in AR and CE.');
  });

  it('an order binding either tie names both', () => {
    const both = order({ id: 'BO-BOTH', reach: { providers: ['established', 'offers-services'], data: 'anywhere' } });
    expect(direct(nimbus({ offersServicesIn: ['CE'], establishments: ['CE'] }), [both]).reach!.reason)
      .toBe('No production order of BO reaches this request: BO-BOTH binds providers established in BO or offering services in BO, and nimbus is not.');
  });

  it('data of unknown location is said so', () => {
    expect(direct(nimbus({ offersServicesIn: ['BO'], storesIn: ['unknown'] }), [offering('BO-LOCAL', 'in-territory')]).reach!.reason)
      .toBe('No production order of BO reaches this request: BO-LOCAL reaches only data stored in BO, and the data is of unknown location.');
  });

  it('a provider offering services only elsewhere, or established only elsewhere, is not bound', () => {
    expect(direct(nimbus({ offersServicesIn: ['CE'] }), [offering('BO-ORDER')]).path).toBe('declined');
    expect(direct(nimbus({ establishments: ['CE'] }), [established('BO-EST')]).path).toBe('declined');
    expect(direct(nimbus(), [established('BO-EST')]).path).toBe('declined');
    expect(direct(nimbus(), [offering('BO-ORDER')]).path).toBe('declined');
  });
});

describe('a domestic order under a law that stops at the border', () => {
  const home = (storesIn: string[]) => provider({ id: 'nimbus', home: 'BO', storesIn });

  it('cites the first order that binds the provider for the category but reaches only data at home', () => {
    const d = direct(home(['AR']), [
      established('BO-SUB', 'in-territory', { data: ['subscriber'] }),
      offering('BO-OFFER', 'in-territory'),
      established('BO-LOCAL-1', 'in-territory'),
      established('BO-LOCAL-2', 'in-territory'),
    ]);
    expect(d).toMatchObject({ open: false, path: 'declined', cites: ['BO-LOCAL-1'] });
    expect(d.reason).toContain('A domestic order to nimbus does not reach the data where it is stored');
  });

  it('an order that neither binds nor covers does not stop it: the domestic order is as before', () => {
    const d = direct(home(['AR']), [established('BO-SUB', 'in-territory', { data: ['subscriber'] }), offering('BO-OFFER', 'in-territory')]);
    expect(d).toMatchObject({ open: true, path: 'domestic', cites: [] });
  });
});
