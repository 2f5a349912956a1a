import type { Expectation } from '../scenario.ts';
import type { RunResult } from './result.ts';

/**
 * What differs between a run and what its scenario expects, one sentence per field
 * (SCENARIO-FORMAT.md: `days` takes min and max, every listed cite must appear, attempts match exactly).
 */
export function unmet(expect: Expectation, result: RunResult): string[] {
  const problems: string[] = [];
  if (expect.outcome !== undefined && expect.outcome !== result.outcome) {
    problems.push(`outcome: expected ${expect.outcome}, got ${result.outcome}`);
  }
  if (expect.channel !== undefined && expect.channel !== result.channel) {
    problems.push(`channel: expected ${expect.channel ?? 'null'}, got ${result.channel ?? 'null'}`);
  }
  if (expect.attempts !== undefined && expect.attempts.join(',') !== result.attempts.join(',')) {
    problems.push(`attempts: expected [${expect.attempts.join(', ')}], got [${result.attempts.join(', ')}]`);
  }
  const missing = (expect.cites ?? []).filter((id) => !result.cites.includes(id));
  if (missing.length > 0) problems.push(`cites: missing ${missing.join(', ')} (cited: ${result.cites.join(', ') || 'none'})`);
  if (expect.days?.min !== undefined && result.days < expect.days.min) {
    problems.push(`days: expected at least ${expect.days.min}, got ${result.days}`);
  }
  if (expect.days?.max !== undefined && result.days > expect.days.max) {
    problems.push(`days: expected at most ${expect.days.max}, got ${result.days}`);
  }
  if (expect.conflict !== undefined && expect.conflict.choice !== result.conflict?.choice) {
    problems.push(`conflict: expected the provider to ${expect.conflict.choice}, got ${result.conflict ? result.conflict.choice : 'no conflict of laws'}`);
  }
  return problems;
}
