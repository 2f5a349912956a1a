import { describe, expect, it } from 'vitest';
import { formatError, parseScenario } from '../../scenarios/load.ts';
import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';

/** The whole world's format fields (issue 12) are checked like every other field: file, line, field, and what to do. */
const file = (instrument: string, provider = '') => `id: fields
title: t
summary: s
world:
  extends: none
  jurisdictions: [{ id: AR, name: Arcadia }, { id: BO, name: Borealis }, { id: CE, name: Cerulea }]
  instruments:
    - id: AR-BO-MLAT
      kind: mlat
      parties: [AR, BO]
      data: [content]
${instrument}
  providers:
    - { id: nimbus, name: Nimbus, home: AR, storesIn: [AR]${provider} }
request: { from: BO, provider: nimbus, data: content }
`;
const errors = (text: string) => parseScenario(text, 'fields.yaml', BUILTIN_WORLD).errors.map(formatError);

describe('whole-world fields in a scenario file', () => {
  it('accepts a sourced published figure for one direction between two parties', () => {
    expect(errors(file('      pairDays: [{ from: BO, to: AR, days: { median: 120, p90: 200, basis: published, source: ministry report 2024 } }]'))).toEqual([]);
  });

  it('names a direction the instrument cannot carry, on its line', () => {
    const found = errors(file('      pairDays: [{ from: BO, to: CE, days: { median: 120, p90: 200 } }, { from: BO, to: BO, days: { median: 1, p90: 2 } }]'));
    expect(found).toEqual([
      expect.stringMatching(/^fields\.yaml:12:\d+: world\.instruments\[0\]\.pairDays\[0\]\.to: CE is not a party to AR-BO-MLAT \(parties: AR, BO\)/),
      expect.stringMatching(/^fields\.yaml:12:\d+: world\.instruments\[0\]\.pairDays\[1\]\.to: from and to are both BO/),
    ]);
  });

  it('asks for the source of a figure said to be published or statutory', () => {
    expect(errors(file('      days: { median: 300, p90: 540, basis: published }'))).toEqual([
      expect.stringMatching(/world\.instruments\[0\]\.days\.source: a published figure needs its source/),
    ]);
    expect(errors(file('', ', responseProfile: { median: 3, p90: 5, basis: statutory }'))).toEqual([
      expect.stringMatching(/world\.providers\[0\]\.responseProfile\.source: a statutory figure needs its source/),
    ]);
  });
});
