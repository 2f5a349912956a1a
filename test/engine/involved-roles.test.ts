import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { involvedJurisdictions, locationUnknown } from '../../machines/world/involved.ts';
import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';
import { loadScenarioFile } from '../../scenarios/load.ts';
import { provider, scenario } from './build.ts';

/**
 * Which states a scenario touches and in what part (machines/world/involved.ts): what the catalogue
 * lists under each scenario (server/catalog.ts) and what the map colours (client/model/map-roles.ts).
 * The base world: Borealis (BO) asks Nimbus, based in Arcadia (AR).
 */
const shipped = (file: string) => loadScenarioFile(join(import.meta.dirname, '..', '..', 'scenarios', file), BUILTIN_WORLD).scenario!;

describe('the states a shipped scenario touches', () => {
  it('data nobody can locate: the map draws no data location and says the location is unknown', () => {
    const s = shipped('fictional/unknown-location-direct-cooperation.yaml');
    expect(involvedJurisdictions(s)).toEqual([
      { id: 'BO', name: 'Borealis', roles: ['requesting', 'subjectNationality', 'subjectLocation'] },
      { id: 'DU', name: 'Dunmere', roles: ['providerHome'] },
    ]);
    expect(locationUnknown(s)).toBe(true);
  });

  it('a real case: Uzbekistan asks Yandex, whose home is also where the data is', () => {
    const s = shipped('real/uzbekistan-yandex-minsk-2024.yaml');
    expect(involvedJurisdictions(s)).toEqual([
      { id: 'UZ', name: 'Uzbekistan', roles: ['requesting', 'subjectNationality', 'subjectLocation'] },
      { id: 'RU', name: 'Russia', roles: ['providerHome', 'dataLocation'] },
    ]);
    expect(locationUnknown(s)).toBe(false);
  });
});

describe('the states an inline request touches', () => {
  it('lists each state once, in the order a request meets them, with every part it plays', () => {
    const s = scenario({
      world: { providers: [provider({ id: 'nimbus', home: 'AR', storesIn: ['CE', 'AR', 'CE'] })] },
      request: { subject: { nationality: 'DO', location: 'CE' } },
    });
    expect(involvedJurisdictions(s)).toEqual([
      { id: 'BO', name: 'BO', roles: ['requesting'] },
      { id: 'AR', name: 'AR', roles: ['providerHome', 'dataLocation'] },
      { id: 'CE', name: 'CE', roles: ['dataLocation', 'subjectLocation'] },
      { id: 'DO', name: 'DO', roles: ['subjectNationality'] },
    ]);
  });

  it('a subject of unknown nationality and whereabouts adds no state', () => {
    expect(involvedJurisdictions(scenario())).toEqual([
      { id: 'BO', name: 'BO', roles: ['requesting'] },
      { id: 'AR', name: 'AR', roles: ['providerHome', 'dataLocation'] },
    ]);
  });

  it('a subject located "unknown" is not drawn as a state', () => {
    const s = scenario({ request: { subject: { nationality: 'BO', location: 'unknown' } } });
    expect(involvedJurisdictions(s).map((j) => [j.id, j.roles])).toEqual([['BO', ['requesting', 'subjectNationality']], ['AR', ['providerHome', 'dataLocation']]]);
  });

  it('a state the world does not describe is named by its id', () => {
    const s = scenario({ world: { jurisdictions: [{ id: 'BO', name: 'Borealis', consultation: { answer: 'silent', days: 30 } }] }, request: { subject: { location: 'ZQ' } } });
    expect(involvedJurisdictions(s)).toEqual([
      { id: 'BO', name: 'Borealis', roles: ['requesting'] },
      { id: 'AR', name: 'AR', roles: ['providerHome', 'dataLocation'] },
      { id: 'ZQ', name: 'ZQ', roles: ['subjectLocation'] },
    ]);
  });

  it('a provider the world does not hold: only the requesting state and the subject, and no unknown location', () => {
    const s = scenario({ request: { provider: 'ghost', subject: { nationality: 'CE' } } });
    expect(involvedJurisdictions(s)).toEqual([
      { id: 'BO', name: 'BO', roles: ['requesting'] },
      { id: 'CE', name: 'CE', roles: ['subjectNationality'] },
    ]);
    expect(locationUnknown(s)).toBe(false);
  });

  it('data stored partly in an unknown place: the known places are drawn and the map says the rest is unknown', () => {
    const s = scenario({ world: { providers: [provider({ id: 'nimbus', home: 'AR', storesIn: ['unknown', 'CE'] })] } });
    expect(involvedJurisdictions(s).map((j) => [j.id, j.roles])).toEqual([['BO', ['requesting']], ['AR', ['providerHome']], ['CE', ['dataLocation']]]);
    expect(locationUnknown(s)).toBe(true);
  });
});
