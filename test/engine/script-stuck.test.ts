import { describe, expect, it } from 'vitest';
import { exploreScenario } from '../../machines/run/explore.ts';
import { runScenario, ScriptError } from '../../machines/run/script.ts';
import { J, MLAT, provider, refusal, rule, scenario } from './build.ts';

/**
 * A run with nothing scheduled, no decision awaited and not ended cannot go on: playScript says so
 * (run.stuck) instead of looping forever, and so does exploring its paths. Files cannot get there (the loader takes whole days only),
 * but a scenario built in code can: a consulted state whose answer never comes (days: Infinity, a
 * deadline the clock never schedules) leaves the MLAT's consultation waiting once the preservation
 * has lapsed. The CLI and the editor place the error by its step's line and index (bin/cli/load.ts,
 * server/catalog.ts), so the step named must be the script's own.
 */

const NEVER_ANSWERS = {
  jurisdictions: [J('AR'), J('BO'), J('CE', { answer: 'consent', days: Infinity }), J('DO')],
  providers: [provider({ id: 'nimbus', home: 'AR', storesIn: ['AR', 'CE'] })],
  rules: [rule({ id: 'AR-BLOCK', jurisdiction: 'AR', except: ['mlat', 'rogatory'] }), rule({ id: 'CE-LOC', jurisdiction: 'CE', kind: 'consent-required' })],
  instruments: [MLAT],
};

// Playing a script and exploring its paths stop at the same step, for the same reason.
describe.each([['playing', runScenario], ['exploring', exploreScenario]] as const)('%s a run stuck with nothing scheduled', (_, run) => {
  it('is refused at the step still waiting, naming the state it is stuck in', () => {
    const s = scenario({ world: NEVER_ANSWERS, script: [[0, { type: 'CHOOSE_MLAT' }], { type: 'CHOOSE_ROGATORY' }] });
    const error = refusal(() => run(s));
    expect(error).toBeInstanceOf(ScriptError);
    expect(error.message).toBe('The request is stuck in state sovereigntyCheck.consulting with nothing scheduled.');
    expect(error.state).toBe('sovereigntyCheck.consulting');
    // The letters rogatory of line 2 wait for a decision that never comes: that is the line reported.
    expect(error.step).toBe(s.script[1]);
    expect(error.line).toBe(2);
  });
});

describe('a run stuck with nothing scheduled', () => {
  it('is refused without a line when the script has no step left', () => {
    const s = scenario({ world: NEVER_ANSWERS, script: [[0, { type: 'CHOOSE_MLAT' }]] });
    const error = refusal(() => runScenario(s));
    expect(error.message).toBe('The request is stuck in state sovereigntyCheck.consulting with nothing scheduled.');
    // No step of the script waits: the error stands at a withdrawal, the one thing left to do.
    expect(s.script).not.toContain(error.step);
    expect(error.step).toEqual({ event: { type: 'WITHDRAW' } });
    expect(error.line).toBeUndefined();
  });
});

describe('exploring a run stuck with nothing scheduled', () => {
  it('is refused without a line when the script has no step left', () => {
    const s = scenario({ world: NEVER_ANSWERS, script: [[0, { type: 'CHOOSE_MLAT' }]] });
    const error = refusal(() => exploreScenario(s));
    expect(error.message).toBe('The request is stuck in state sovereigntyCheck.consulting with nothing scheduled.');
    expect(error.step.event).toEqual({ type: 'WITHDRAW' });
    expect(error.line).toBeUndefined();
  });
});
