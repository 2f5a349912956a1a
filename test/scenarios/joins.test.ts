import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../scenarios/load.ts';
import { runScenario } from '../../machines/run/script.ts';
import type { World } from '../../machines/world/types.ts';
import { TEST_BUILTIN } from './world.ts';

/** The shipped world's stand-in, with a multilateral convention that France and the US are parties to and Germany is not. */
const BUILTIN: World = {
  ...TEST_BUILTIN,
  jurisdictions: [...TEST_BUILTIN.jurisdictions, { id: 'DE', name: 'Germany', consultation: { answer: 'silent', days: 30 } }],
  instruments: [...TEST_BUILTIN.instruments, {
    id: 'CONV', kind: 'mlat', parties: ['FR', 'US'], data: ['subscriber', 'traffic', 'content'], days: { median: 200, p90: 360 }, excludes: [], source: 'A convention (test data)',
  }],
};

const scenario = (date: string, joins: string) => `id: joins
title: A state joins a convention
summary: Germany asks a US provider for content.
objectives: [See a party bound from its own date.]
world:
  joins:
${joins}
request: { from: DE, provider: bigmail, data: content, date: ${date} }
script:
  - { day: 0, event: CHOOSE_MLAT }
`;

const JOIN = '    - { instrument: CONV, party: DE, from: 2020-01-01, source: "Accession recorded by the depositary (test data)" }';

describe('world.joins: a party added to an instrument defined elsewhere', () => {
  it('binds the joining state from its own date, without a copy of the instrument', () => {
    const after = parseScenario(scenario('2021-06-01', JOIN), 'joins.yaml', BUILTIN);
    expect(after.errors).toEqual([]);
    const conv = after.scenario!.world.instruments.find((i) => i.id === 'CONV')!;
    // The built-in entry, with the party and its terms added: nothing else copied or changed.
    expect(conv).toMatchObject({ parties: ['FR', 'US', 'DE'], partyTerms: { DE: { from: '2020-01-01', source: 'Accession recorded by the depositary (test data)' } }, days: { median: 200 } });
    const run = runScenario(after.scenario!);
    expect(run).toMatchObject({ outcome: 'delivered', channel: 'mlat', days: 200 });
    expect(run.cites).toContain('CONV');

    // Before its accession Germany is not bound: the convention cannot carry the request.
    const before = parseScenario(scenario('2019-06-01', JOIN), 'joins.yaml', BUILTIN);
    expect(before.errors).toEqual([]);
    expect(() => runScenario(before.scenario!)).toThrow(/CHOOSE_MLAT/);
  });

  it('refuses an unknown instrument or state, a state already a party, and a join listed twice, each at its line', () => {
    const bad = [
      '    - { instrument: CONF, party: DE, source: "x" }',
      '    - { instrument: CONV, party: XX, source: "x" }',
      '    - { instrument: CONV, party: FR, source: "x" }',
      JOIN,
      JOIN,
    ].join('\n');
    const { errors } = parseScenario(scenario('2021-06-01', bad), 'joins.yaml', BUILTIN);
    expect(errors.map((e) => [e.line, e.path, e.message])).toEqual([
      [7, 'world.joins[0].instrument', 'unknown instrument "CONF" (did you mean "CONV"?)'],
      [8, 'world.joins[1].party', expect.stringMatching(/^unknown jurisdiction "XX"/)],
      [9, 'world.joins[2].party', "FR is already a party to CONV: to give it other dates, override the instrument's partyTerms instead"],
      [11, 'world.joins[4]', 'DE joins CONV twice (first at world.joins[3]): keep one entry'],
    ]);
  });
});
