import { describe, expect, it } from 'vitest';
import { join, sep } from 'node:path';
import { Catalog } from '../../server/catalog.ts';
import { memoryLogger } from '../../server/log.ts';
import { runScenario } from '../../machines/run/script.ts';

const SHIPPED = join(import.meta.dirname, '..', '..', 'scenarios');

/** What the library's filters read (GET /api/scenarios → library) is what a run of each scenario gives. */
describe('the library list carries each scenario\'s facts for filtering', () => {
  const catalog = Catalog.fromFolder(SHIPPED, memoryLogger());

  it('real or fictional by its folder, its request date, and its deterministic run', () => {
    const list = catalog.list();
    expect(list.length).toBe(catalog.size);
    for (const entry of list) {
      const scenario = catalog.get(entry.id)!;
      const run = runScenario(scenario);
      expect(entry.library, entry.id).toEqual({
        origin: scenario.file!.split(sep)[0] === 'real' ? 'real' : 'fictional',
        date: scenario.request.date ?? null,
        run: { outcome: run.outcome, channel: run.channel, days: run.days },
      });
    }
    // Both kinds are shipped, so the filter has something to tell apart.
    expect(new Set(list.map((s) => s.library!.origin))).toEqual(new Set(['real', 'fictional']));
  });

  it('plays the scenarios it is given directly too (a catalog built in memory)', () => {
    const scenario = catalog.get('blocking-statute-mlat')!;
    const [entry] = new Catalog([{ ...scenario, file: undefined }]).list();
    expect(entry!.library).toEqual({ origin: 'fictional', date: null, run: { outcome: runScenario(scenario).outcome, channel: runScenario(scenario).channel, days: runScenario(scenario).days } });
  });
});
