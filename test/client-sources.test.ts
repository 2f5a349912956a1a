import { describe, expect, it } from 'vitest';
import { sourcesOf } from '../client/model/sources.ts';
import { loadOrThrow } from '../server/cli/load.ts';

describe('the client resolves every kind of citation of a scenario\'s world', () => {
  it('a production order is found with its title and source, like a rule or an instrument', () => {
    const sources = sourcesOf(loadOrThrow('scenarios/fictional/conflict-of-laws-order.yaml'));
    expect(sources.get('BO-PROD-ORDER')).toEqual({
      id: 'BO-PROD-ORDER', title: 'Borealis Production Order Act', source: 'Borealis Production Order Act s.3 (fictional)', uncertain: null,
    });
    expect([...sources.keys()].sort()).toEqual(['AR-BO-MLAT', 'AR-DATA-ACT-12', 'BO-PROD-ORDER']);
  });
});
