import { describe, expect, it } from 'vitest';
import { atlasMatrix } from '../client/model/atlas.ts';
import { assess } from '../machines/route/assess.ts';
import { worldOn } from '../machines/world/in-force.ts';
import { worldUnder } from '../machines/world/regimes.ts';
import { BUILTIN_AS_OF, BUILTIN_WORLD } from '../machines/world/builtin/index.ts';
import { CHANNELS, DEFAULT_REGIME, type DataRequest } from '../machines/world/types.ts';

/**
 * The atlas assesses each pair of states in a world cut to their own instruments, rules and orders
 * (so that 195 × 195 cells stay within seconds). That cut must never change a cell: checked against
 * the engine's assessment in the whole world for every requesting state, each against a spread of
 * requested states, and for every category of data.
 */
describe('the atlas over the whole world', () => {
  const ids = BUILTIN_WORLD.jurisdictions.map((j) => j.id);
  // Every requesting state against every 13th state (15 columns spread over every region).
  const columns = ids.filter((_, i) => i % 13 === 0);

  it('answers every jurisdiction as requesting state', () => {
    const matrix = atlasMatrix({ world: BUILTIN_WORLD, data: 'content', regime: DEFAULT_REGIME, date: BUILTIN_AS_OF, rows: ids, states: columns });
    expect(matrix).toHaveLength(195);
    expect(matrix.every((row) => row.length === columns.length)).toBe(true);
  });

  for (const data of ['subscriber', 'content'] as const) {
    it(`gives each cell the channel and citations the engine gives in the whole world (${data})`, () => {
      const matrix = atlasMatrix({ world: BUILTIN_WORLD, data, regime: DEFAULT_REGIME, date: BUILTIN_AS_OF, rows: ids, states: columns });
      const dated = worldOn(BUILTIN_WORLD, BUILTIN_AS_OF);
      const differing: string[] = [];
      matrix.flat().forEach((cell) => {
        if (cell.from === cell.to) return;
        const provider = { id: 'atlas-provider', name: 'provider', home: cell.to, storesIn: [cell.to], answersDirect: [], responseDays: 10, emergencyDisclosure: false };
        const request: DataRequest = { from: cell.from, provider: provider.id, data, urgency: 'routine', subject: {}, preservation: 'auto', date: BUILTIN_AS_OF };
        const a = assess(worldUnder(DEFAULT_REGIME, { ...dated, providers: [provider] }, request), request, DEFAULT_REGIME);
        const channel = CHANNELS.find((c) => a[c].open) ?? null;
        const cites = channel ? a[channel].cites : [];
        if (channel !== cell.channel || JSON.stringify(cites) !== JSON.stringify(cell.cites)) differing.push(`${cell.from}→${cell.to}: ${cell.channel} vs ${channel}`);
      });
      expect(differing).toEqual([]);
    }, 120_000);
  }
});
