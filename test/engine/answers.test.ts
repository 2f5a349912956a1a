import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replay } from '../../machines/run/replay.ts';
import { viewOf } from '../../machines/run/view.ts';
import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';
import { loadScenarioFile } from '../../scenarios/load.ts';

const scenarioOf = (file: string) => loadScenarioFile(join(import.meta.dirname, '..', '..', 'scenarios', 'fictional', file), BUILTIN_WORLD).scenario!;

/** The map shows every third country's answer from RequestView.answers: they must outlive their consultation. */
describe('a third country\'s answer', () => {
  it('stays in the view after its objection closed the channel, and after the request moved on', () => {
    const scenario = scenarioOf('objection-closes-agreement.yaml');
    const consulting = viewOf(replay(scenario, [{ kind: 'event', event: { type: 'CHOOSE_AGREEMENT' } }]));
    expect(consulting.awaiting.map((a) => a.country)).toEqual(['CE']);
    expect(consulting.answers).toEqual([]);

    const objected = viewOf(replay(scenario, [{ kind: 'event', event: { type: 'CHOOSE_AGREEMENT' } }, { kind: 'step' }]));
    expect(objected.channel).toBeNull();
    expect(objected.awaiting).toEqual([]);
    expect(objected.answers).toEqual([{ country: 'CE', name: 'Cerulea', channel: 'agreement', answer: 'object', day: 20 }]);

    const onward = viewOf(replay(scenario, [{ kind: 'event', event: { type: 'CHOOSE_AGREEMENT' } }, { kind: 'step' }, { kind: 'event', event: { type: 'CHOOSE_MLAT' } }]));
    expect(onward.channel).toBe('mlat');
    expect(onward.answers).toEqual(objected.answers);
  });

  it('is the answer the trainer injected, on the day it came', () => {
    const scenario = scenarioOf('objection-closes-agreement.yaml');
    const view = viewOf(replay(scenario, [
      { kind: 'event', event: { type: 'CHOOSE_AGREEMENT' } },
      { kind: 'advance', to: 5 },
      { kind: 'event', event: { type: 'THIRD_COUNTRY_ANSWERS', country: 'CE', answer: 'consent' } },
    ]));
    expect(view.answers).toEqual([{ country: 'CE', name: 'Cerulea', channel: 'agreement', answer: 'consent', day: 5 }]);
    expect(view.channel).toBe('agreement');
  });
});
