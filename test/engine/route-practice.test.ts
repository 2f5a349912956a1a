import { describe, expect, it } from 'vitest';
import { assessScenario } from '../../machines/run/simulation.ts';
import { directAnswers, practiceNoteMessage } from '../../machines/route/practice.ts';
import { say } from '../../machines/messages/say.ts';
import type { ProviderPractice } from '../../machines/world/types.ts';
import { MLAT, provider, scenario } from './build.ts';

/**
 * A provider's documented practice by requesting state (machines/route/practice.ts), as the user
 * reads it beside the direct verdict and as the run follows it.
 */
const SOURCE = 'Nimbus transparency report (fictional)';
const note = (p: Partial<ProviderPractice>) => say(practiceNoteMessage({ from: ['BO'], answersDirect: [], source: SOURCE, ...p }), 'en');

describe('the practice note a user reads', () => {
  it('a rate and a period: the rate as a whole percentage, the period as the report labels it, then the source', () => {
    expect(note({ rate: 0.567, period: '2023 H2' })).toBe(`it answered 57 % of them in 2023 H2; ${SOURCE}`);
  });

  it('a rate alone', () => {
    expect(note({ rate: 0.5 })).toBe(`it answered 50 % of them; ${SOURCE}`);
  });

  it('a rate of nothing is still a figure', () => {
    expect(note({ rate: 0 })).toBe(`it answered 0 % of them; ${SOURCE}`);
  });

  it('a period alone', () => {
    expect(note({ period: '2022' })).toBe(`in 2022; ${SOURCE}`);
  });

  it('neither: the source alone', () => {
    expect(note({})).toBe(SOURCE);
  });

  it('an uncertain practice says so after the figures, and after the bare source', () => {
    expect(note({ rate: 0.25, period: '2021', uncertain: 'the report groups Borealis with its neighbours' }))
      .toBe(`it answered 25 % of them in 2021; ${SOURCE} (uncertain: the report groups Borealis with its neighbours)`);
    expect(note({ uncertain: 'undated' })).toBe(`${SOURCE} (uncertain: undated)`);
  });
});

describe('the entry that applies to a requesting state', () => {
  const practice: ProviderPractice[] = [
    { from: ['CE'], answersDirect: [], source: 'Cerulea entry' },
    { from: ['DO', 'BO'], answersDirect: ['content'], responseDays: 4, source: 'Borealis entry' },
    { from: ['BO'], answersDirect: [], responseDays: 40, source: 'later Borealis entry' },
  ];
  const direct = (from: string) =>
    assessScenario(scenario({ world: { providers: [provider({ id: 'nimbus', home: 'AR', practice })], instruments: [MLAT] }, request: { from } })).direct;

  it('is the first entry that lists it, wherever it stands in the list', () => {
    const d = direct('BO');
    expect(d).toMatchObject({ open: true, path: 'provider', timing: { fixed: 4 } });
    expect(d.reason).toBe("nimbus answers requests from BO for content data directly, after 4 days. Its practice towards BO: Borealis entry.");
  });

  it('a state no entry lists meets the provider\'s general practice, with no note', () => {
    const d = direct('EL');
    expect(d).toMatchObject({ open: false, path: 'declined', timing: { fixed: 10 } });
    expect(d.reason).not.toContain('entry');
  });
});

describe('whether the provider answers a direct request', () => {
  // A chance that records what it is asked and answers the opposite of the documented practice.
  const contrary = () => {
    const asked: [number, boolean][] = [];
    return { asked, chance: (rate: number, documented: boolean) => (asked.push([rate, documented]), !documented) };
  };

  it('without a rate, as documented: yes unless declined, drawing nothing', () => {
    const c = contrary();
    expect(directAnswers({ path: 'provider' }, c.chance)).toBe(true);
    expect(directAnswers({ path: 'declined' }, c.chance)).toBe(false);
    expect(c.asked).toEqual([]);
  });

  it('with a rate, the chance decides, told the rate and what is documented', () => {
    const c = contrary();
    expect(directAnswers({ path: 'provider', rate: 0.3 }, c.chance)).toBe(false);
    expect(directAnswers({ path: 'declined', rate: 0.7 }, c.chance)).toBe(true);
    expect(c.asked).toEqual([[0.3, true], [0.7, false]]);
  });
});
