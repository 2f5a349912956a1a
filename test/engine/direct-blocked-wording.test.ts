import { describe, expect, it } from 'vitest';
import { say } from '../../machines/messages/say.ts';
import { assessScenario } from '../../machines/run/simulation.ts';
import { rule, scenario } from './build.ts';

/** Why the direct channel is closed, in a language, as the assessment says it. */
function blocked(rules: ReturnType<typeof rule>[], lang: 'en' | 'fr' | 'ru') {
  const direct = assessScenario(scenario({ world: { rules } })).direct;
  expect(direct).toMatchObject({ open: false, path: 'blocked' });
  return say(direct.message!, lang);
}

describe('a direct request closed by blocking rules, in words', () => {
  const one = [rule({ id: 'AR-ACT-1', jurisdiction: 'AR' })];
  const two = [...one, rule({ id: 'AR-ACT-2', jurisdiction: 'AR' })];

  it('speaks of one rule in the singular', () => {
    expect(blocked(one, 'en')).toMatch(/: AR-ACT-1 \(AR, blocking\) covers content data and does not except a direct request\.$/);
    expect(blocked(one, 'fr')).toMatch(/ couvre les .+ et n’excepte pas la demande directe\.$/);
  });

  it('speaks of two rules in the plural, in each language that conjugates', () => {
    expect(blocked(two, 'en')).toMatch(/: AR-ACT-1 \(AR, blocking\) and AR-ACT-2 \(AR, blocking\) cover content data and do not except a direct request\.$/);
    expect(blocked(two, 'fr')).toMatch(/ couvrent les .+ et n’exceptent pas la demande directe\.$/);
    expect(blocked(two, 'ru')).toMatch(/ распространяются на .+ и не делают исключения для прямого запроса\.$/);
  });
});
