import type { Expectation } from '../scenario.ts';
import type { RunResult } from './result.ts';
import { msg, say } from '../messages/say.ts';
import type { Message } from '../messages/types.ts';

/**
 * What differs between a run and what its scenario expects, one sentence per field
 * (SCENARIO-FORMAT.md: `days` takes min and max, every listed cite must appear, attempts match exactly).
 */
export function unmet(expect: Expectation, result: RunResult): string[] {
  return unmetMessages(expect, result).map((m) => say(m));
}

/**
 * unmet as messages, to be said in the user's language. The values are the scenario format's own
 * (outcome, channel and choice names, ids, days), as an author writes them in `expect`.
 */
export function unmetMessages(expect: Expectation, result: RunResult): Message[] {
  const problems: Message[] = [];
  if (expect.outcome !== undefined && expect.outcome !== result.outcome) {
    problems.push(msg('run.unmet.outcome', { expected: expect.outcome, got: result.outcome }));
  }
  if (expect.channel !== undefined && expect.channel !== result.channel) {
    problems.push(msg('run.unmet.channel', { expected: expect.channel ?? 'null', got: result.channel ?? 'null' }));
  }
  if (expect.attempts !== undefined && expect.attempts.join(',') !== result.attempts.join(',')) {
    problems.push(msg('run.unmet.attempts', { expected: expect.attempts.join(', '), got: result.attempts.join(', ') }));
  }
  const missing = (expect.cites ?? []).filter((id) => !result.cites.includes(id));
  if (missing.length > 0) {
    problems.push(msg('run.unmet.cites', { missing: missing.join(', '), count: result.cites.length, cited: result.cites.join(', ') }));
  }
  if (expect.days?.min !== undefined && result.days < expect.days.min) {
    problems.push(msg('run.unmet.daysMin', { expected: String(expect.days.min), got: String(result.days) }));
  }
  if (expect.days?.max !== undefined && result.days > expect.days.max) {
    problems.push(msg('run.unmet.daysMax', { expected: String(expect.days.max), got: String(result.days) }));
  }
  if (expect.conflict !== undefined && expect.conflict.choice !== result.conflict?.choice) {
    problems.push(result.conflict
      ? msg('run.unmet.conflict', { expected: expect.conflict.choice, got: result.conflict.choice })
      : msg('run.unmet.noConflict', { expected: expect.conflict.choice }));
  }
  return problems;
}
