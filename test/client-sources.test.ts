import { describe, expect, it } from 'vitest';
import { sourcesOf } from '../client/model/sources.ts';
import { loadOrThrow } from '../bin/cli/load.ts';
import { underRegime } from '../machines/run/regime.ts';
import { assessScenario, effectiveWorld } from '../machines/run/simulation.ts';
import { CHANNELS } from '../machines/world/types.ts';

describe('the client resolves every kind of citation of a scenario\'s world', () => {
  it('a production order is found with its title and source, like a rule or an instrument', () => {
    const sources = sourcesOf(loadOrThrow('scenarios/fictional/conflict-of-laws-order.yaml'));
    expect(sources.get('BO-PROD-ORDER')).toEqual({
      id: 'BO-PROD-ORDER', title: 'Borealis Production Order Act', source: 'Borealis Production Order Act s.3 (fictional)', uncertain: null,
    });
    expect([...sources.keys()].sort()).toEqual(['AR-BO-MLAT', 'AR-DATA-ACT-12', 'BO-PROD-ORDER']);
  });
});

describe('the client resolves the rules a regime adds (issue 14)', () => {
  it('under the location principle, the consent rule the regime adds is found with its source, and the world\'s own entries are kept', () => {
    const own = loadOrThrow('scenarios/real/france-us-provider-content.yaml');
    const scenario = underRegime(own, 'location-principle');
    const added = effectiveWorld(scenario).rules.find((r) => r.id === 'LOCATION-PRINCIPLE-US')!;
    expect(added.source.length).toBeGreaterThan(20);
    const sources = sourcesOf(scenario);
    expect(sources.get('LOCATION-PRINCIPLE-US')).toEqual({ id: 'LOCATION-PRINCIPLE-US', title: added.title, source: added.source, uncertain: null });
    // Every id the assessment cites resolves, closed channels' included.
    const a = assessScenario(scenario);
    for (const channel of CHANNELS) for (const id of a[channel].cites) expect(sources.has(id), id).toBe(true);
    // The scenario's own regime adds nothing here: no such rule, and the world's entries are the same.
    expect(sourcesOf(own).has('LOCATION-PRINCIPLE-US')).toBe(false);
    expect([...sourcesOf(own).keys()].every((id) => sources.has(id))).toBe(true);
  });
});
