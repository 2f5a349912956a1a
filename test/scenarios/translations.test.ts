import { describe, expect, it } from 'vitest';
import { findScenarioFiles, loadScenarioFile } from '../../scenarios/load.ts';
import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';
import type { Scenario } from '../../machines/scenario.ts';

const OTHER_LANGUAGES = ['zh', 'ru', 'fr', 'ar'] as const;

const shipped = findScenarioFiles(['scenarios']).map((file) => {
  const loaded = loadScenarioFile(file, BUILTIN_WORLD);
  if (!('scenario' in loaded)) throw new Error(`${file} does not load`);
  return [file, loaded.scenario as Scenario] as const;
});

/** What the author wrote beside the four texts that a page shows: refusals' grounds, providers' reasons, fictional states' names. */
function authoredTexts(scenario: Scenario): string[] {
  const texts = scenario.script.flatMap((step) => {
    const e = step.event as { ground?: string; reason?: string };
    return [e.ground, e.reason].filter((t): t is string => typeof t === 'string');
  });
  // A world of its own names states the built-in world does not know.
  const builtin = new Set(BUILTIN_WORLD.jurisdictions.map((j) => `${j.id}:${j.name}`));
  const own = scenario.world.jurisdictions.filter((j) => !builtin.has(`${j.id}:${j.name}`)).map((j) => j.name);
  return [...texts, ...own];
}

describe('every shipped scenario in the five languages', () => {
  it('ships scenarios to check', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(41);
  });

  it.each(shipped)('%s has its title, summary, objectives, debrief and authored texts in zh, ru, fr and ar', (file, scenario) => {
    for (const lang of OTHER_LANGUAGES) {
      const tr = scenario.translations?.[lang];
      expect(tr, `${file}: no ${lang} translation`).toBeDefined();
      expect(tr!.title?.trim(), `${file}: ${lang} title`).toBeTruthy();
      if (scenario.summary.trim()) expect(tr!.summary?.trim(), `${file}: ${lang} summary`).toBeTruthy();
      expect(tr!.objectives ?? [], `${file}: ${lang} objectives`).toHaveLength(scenario.objectives.length);
      if (scenario.debrief?.trim()) expect(tr!.debrief?.trim(), `${file}: ${lang} debrief`).toBeTruthy();
      for (const text of authoredTexts(scenario)) expect(tr!.phrases?.[text], `${file}: ${lang} phrase for "${text}"`).toBeTruthy();
      // A translation is not the English copied.
      expect(tr!.title).not.toBe(scenario.title);
    }
  });
});
