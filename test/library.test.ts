import { describe, expect, it } from 'vitest';
import { BUILTIN_WORLD } from '../machines/world/builtin/index.ts';
import { runScenario } from '../machines/run/script.ts';
import { unmet } from '../machines/run/expectation.ts';
import { findScenarioFiles, formatError, loadScenarioFile } from '../scenarios/load.ts';

/**
 * Every shipped scenario is a test: it must load, and where it has `expect`, its deterministic run
 * must meet it. (The shape of XState's SCXML fixture suite: one loop, one test per data file.)
 */
const files = findScenarioFiles(['scenarios']);

describe('the shipped scenario library', () => {
  it('has scenarios to run', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  for (const file of files) {
    it(file, () => {
      const { scenario, errors } = loadScenarioFile(file, BUILTIN_WORLD);
      expect(errors.map(formatError)).toEqual([]);
      expect(scenario!.title.length).toBeGreaterThan(0);
      expect(scenario!.objectives.length).toBeGreaterThan(0);
      expect(scenario!.expect, 'every shipped scenario states what must come out').toBeDefined();
      expect(unmet(scenario!.expect!, runScenario(scenario!))).toEqual([]);
    });
  }
});
