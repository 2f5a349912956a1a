import { describe, expect, it } from 'vitest';
import { ATLAS_CATEGORIES, PROVIDER_ID, atlasDifferences, atlasMatrix, atlasUnder, atlasWhole, atlasWorld, cellAt, cellScenario, type ProviderAssumption } from '../client/model/atlas.ts';
import { runScenario } from '../machines/run/script.ts';
import { applyOverlay, type Overlay } from '../machines/world/overlay.ts';
import { assess } from '../machines/route/assess.ts';
import { worldOn } from '../machines/world/in-force.ts';
import { worldUnder } from '../machines/world/regimes.ts';
import { BUILTIN_AS_OF, BUILTIN_WORLD } from '../machines/world/builtin/index.ts';
import { CHANNELS, DEFAULT_REGIME, type Category, type DataRequest } from '../machines/world/types.ts';

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

/**
 * The atlas counts days as a run does, says whom it asks, compares two dates and names why a cell
 * moved, and recomputes a what-if only where it can move a cell.
 */
describe('the atlas agrees with runs', () => {
  const run = (from: string, to: string, data: Category, providerId?: string, date = BUILTIN_AS_OF) => {
    const provider = providerId ? BUILTIN_WORLD.providers.find((p) => p.id === providerId)! : { id: PROVIDER_ID, name: 'provider', home: to, storesIn: [to], answersDirect: [], responseDays: 10, emergencyDisclosure: false };
    const world = providerId ? BUILTIN_WORLD : { ...BUILTIN_WORLD, providers: [...BUILTIN_WORLD.providers, provider] };
    const request: DataRequest = { from, provider: provider.id, data, urgency: 'routine', subject: {}, preservation: 'auto', date };
    return runScenario(cellScenario(world, DEFAULT_REGIME, request));
  };
  const cell = (from: string, to: string, data: Category, provider?: ProviderAssumption) =>
    atlasMatrix({ world: BUILTIN_WORLD, data, regime: DEFAULT_REGIME, date: BUILTIN_AS_OF, rows: [from], states: [to], provider })[0]![0]!;

  it('asks a provider that answers nobody directly unless told otherwise; with Google, India gets US subscriber data directly, as a run does', () => {
    const nobody = cell('IN', 'US', 'subscriber');
    expect([nobody.channel, nobody.days]).toEqual(['mlat', 300]);
    const google = cell('IN', 'US', 'subscriber', { kind: 'provider', id: 'google' });
    const r = run('IN', 'US', 'subscriber', 'google');
    expect(google.channel).toBe('direct');
    expect([google.channel, google.days, google.cites]).toEqual([r.channel, r.days, r.cites]);
    // Content: Google's choice at the conflict of laws is settled by running the engine, as a run settles it.
    const content = cell('IN', 'US', 'content', { kind: 'provider', id: 'google' });
    const rc = run('IN', 'US', 'content', 'google');
    expect([content.channel, content.days, content.ran]).toEqual([rc.channel, rc.days, true]);
  });

  it('names a state\'s authorities, requests and law without a possessive ("United States\'s authorities" read badly)', () => {
    const possessive = new RegExp(`(${BUILTIN_WORLD.jurisdictions.map((j) => j.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})'s `);
    const reasons: string[] = [];
    for (const provider of [undefined, { kind: 'provider', id: 'google' }, { kind: 'provider', id: 'meta' }] as ProviderAssumption[]) {
      for (const data of ATLAS_CATEGORIES) {
        const matrix = atlasMatrix({ world: BUILTIN_WORLD, data, regime: DEFAULT_REGIME, date: BUILTIN_AS_OF, rows: ['US', 'IN', 'FR', 'BR', 'CN'], states: ['US', 'IN', 'IE', 'DE', 'RU', 'CN'], provider });
        reasons.push(...matrix.flat().map((c) => c.reason));
      }
    }
    // The United States asking Google (at home there) is compelled by its own order: the sentence names its authorities.
    expect(cell('US', 'US', 'content', { kind: 'provider', id: 'google' }).reason).toContain('lets authorities of the requesting state (United States) compel');
    expect(reasons.filter((r) => possessive.test(r))).toEqual([]);
  });

  it('waits out the e-Evidence notification window for content data, as a run does (10 days, not the 8-day median)', () => {
    const c = cell('FR', 'IE', 'content');
    const r = run('FR', 'IE', 'content');
    expect(c.cites).toEqual(['EU-E-EVIDENCE-2023-1543']);
    expect(c.days).toBe(r.days);
    expect(c.days).toBe(10);
    // Subscriber data: no notification, the median stands.
    expect(cell('FR', 'IE', 'subscriber').days).toBe(run('FR', 'IE', 'subscriber').days);
  });

  it('gives every cell of a spread of pairs the channel and days of a deterministic run, for both provider assumptions', () => {
    const ids = BUILTIN_WORLD.jurisdictions.map((j) => j.id);
    const rows = ids.filter((_, i) => i % 9 === 0);
    const columns = ['US', 'IE', 'DE', 'CN', 'IN', 'BR'];
    const differing: string[] = [];
    for (const data of ATLAS_CATEGORIES) {
      const nobody = atlasMatrix({ world: BUILTIN_WORLD, data, regime: DEFAULT_REGIME, date: BUILTIN_AS_OF, rows, states: columns });
      for (const c of nobody.flat()) {
        if (c.from === c.to) continue;
        const r = run(c.from, c.to, data);
        if (r.channel !== c.channel || r.days !== c.days) differing.push(`${c.from}→${c.to} ${data}: ${c.channel} ${c.days} vs run ${r.channel} ${r.days}`);
      }
      const google = atlasMatrix({ world: BUILTIN_WORLD, data, regime: DEFAULT_REGIME, date: BUILTIN_AS_OF, rows, states: ['US'], provider: { kind: 'provider', id: 'google' } });
      for (const c of google.flat()) {
        const r = run(c.from, 'US', data, 'google');
        if (r.channel !== c.channel || r.days !== c.days) differing.push(`${c.from}→google ${data}: ${c.channel} ${c.days} vs run ${r.channel} ${r.days}`);
      }
    }
    expect(differing).toEqual([]);
  }, 120_000);

  it('compares a date with another and names the instrument that made each cell differ', () => {
    const states = ['FR', 'IE', 'DE', 'US'];
    const q = { world: BUILTIN_WORLD, regime: DEFAULT_REGIME, states };
    const before = atlasWhole({ ...q, date: '2026-01-01' });
    const after = atlasWhole({ ...q, date: BUILTIN_AS_OF });
    const diffs = atlasDifferences(before, atlasWorld({ ...q, date: '2026-01-01' }), after, atlasWorld({ ...q, date: BUILTIN_AS_OF }));
    const fr = diffs.find((d) => d.from === 'FR' && d.to === 'IE' && d.data === 'content')!;
    expect(fr.after).toEqual({ channel: 'direct', days: 10 });
    expect(fr.before.channel).not.toBe('direct');
    expect(fr.because).toEqual(['EU-E-EVIDENCE-2023-1543']);
    // The United States is no party: none of its cells moves.
    expect(diffs.filter((d) => d.from === 'US' || d.to === 'US')).toEqual([]);
    // The same date twice: nothing differs.
    expect(atlasDifferences(after, atlasWorld({ ...q, date: BUILTIN_AS_OF }), after, atlasWorld({ ...q, date: BUILTIN_AS_OF }))).toEqual([]);
  });

  it('names a rule a what-if adds as the cause, whether it is the requested state\'s law or the requesting state\'s', () => {
    const states = ['FR', 'IE', 'DE', 'US'];
    const q = { world: BUILTIN_WORLD, regime: DEFAULT_REGIME, date: BUILTIN_AS_OF, states };
    const overlay: Overlay = {
      add: { rules: [{ id: 'IE-HYPOTHETICAL-BLOCK', kind: 'blocking', jurisdiction: 'IE', data: ['content'], connection: ['data-location', 'provider-home'], except: ['mlat', 'rogatory'], source: 'hypothetical' }] },
    };
    const before = atlasWhole(q);
    const after = atlasWhole({ ...q, world: applyOverlay(BUILTIN_WORLD, overlay) });
    const diffs = atlasDifferences(before, atlasWorld(q), after, atlasWorld(q, overlay));
    const fr = diffs.find((d) => d.from === 'FR' && d.to === 'IE' && d.data === 'content')!;
    expect(fr.before.channel).toBe('direct');
    expect(fr.after.channel).not.toBe('direct');
    expect(fr.because).toEqual(['IE-HYPOTHETICAL-BLOCK']);
    // Only requests to Ireland move: a law of Ireland's does not reach a provider elsewhere.
    expect(diffs.filter((d) => d.to !== 'IE')).toEqual([]);
  });

  it('recomputes a what-if only in the rows and columns it touches, and gets the same atlas as asking again from scratch', () => {
    const states = BUILTIN_WORLD.jurisdictions.filter((j) => j.region === 'europe' || ['US', 'CN', 'KZ', 'IN'].includes(j.id)).map((j) => j.id);
    const q = { world: BUILTIN_WORLD, regime: DEFAULT_REGIME, date: BUILTIN_AS_OF, states };
    const overlay: Overlay = {
      drop: ['US-IE-MLAT'],
      add: { instruments: [{ id: 'CN-KZ-DATA', kind: 'agreement', parties: ['CN', 'KZ'], data: ['subscriber', 'content'], days: { median: 30, p90: 52 }, excludes: [], source: 'hypothetical' }] },
    };
    const base = atlasWhole(q);
    const quick = atlasUnder(base, q, overlay);
    const full = atlasWhole({ ...q, world: applyOverlay(BUILTIN_WORLD, overlay) });
    for (const data of ATLAS_CATEGORIES) for (const from of states) for (const to of states) {
      expect(cellAt(quick, data, from, to), `${from}→${to} ${data}`).toEqual(cellAt(full, data, from, to));
    }
    expect(cellAt(quick, 'content', 'US', 'IE')!.channel).toBe('rogatory');
    expect(cellAt(quick, 'content', 'CN', 'KZ')).toMatchObject({ channel: 'agreement', days: 30, cites: ['CN-KZ-DATA'] });
    expect(cellAt(base, 'content', 'CN', 'KZ')!.channel).not.toBe('agreement');
  }, 60_000);
});

describe('the whole atlas, asked once per kind of pair', () => {
  // The whole atlas asks pairs alike in every way that counts once (AtlasAsker.leanCell): it must
  // give every cell the channel, days and citations that asking each pair on its own gives.
  const ids = BUILTIN_WORLD.jurisdictions.map((j) => j.id);
  const columns = [...ids.filter((_, i) => i % 11 === 0), 'US', 'IE', 'CN', 'HK', 'IN', 'FR', 'GB', 'RU'];
  for (const offenceCategory of [undefined, 'organised-crime'] as const) {
    it(`matches the pair-by-pair atlas for every requesting state (offence: ${offenceCategory ?? 'none'})`, () => {
      const whole = atlasWhole({ world: BUILTIN_WORLD, regime: DEFAULT_REGIME, date: BUILTIN_AS_OF, offenceCategory, rows: ids, states: columns });
      const differing: string[] = [];
      for (const data of ATLAS_CATEGORIES) {
        const matrix = atlasMatrix({ world: BUILTIN_WORLD, data, regime: DEFAULT_REGIME, date: BUILTIN_AS_OF, offenceCategory, rows: ids, states: columns });
        for (const cell of matrix.flat()) {
          const lean = cellAt(whole, data, cell.from, cell.to)!;
          if (lean.channel !== cell.channel || lean.days !== cell.days || lean.cites.join() !== cell.cites.join()) differing.push(`${cell.from}→${cell.to} ${data}: ${lean.channel} ${lean.days} vs ${cell.channel} ${cell.days}`);
        }
      }
      expect(differing).toEqual([]);
    }, 120_000);
  }
});
