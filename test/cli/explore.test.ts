import { describe, expect, it } from 'vitest';
import { rogatory } from './command.ts';

const UNKNOWN = 'test/fixtures/cli/unknown-answer.yaml';

/** Each test spawns the command a few times: seconds each on a busy 2-core machine. */
const SPAWNS = 120_000;

describe('rogatory explore', () => {
  it('--json prints the exploration: every path with its choices, and the outcomes they reach with their probability', () => {
    const r = rogatory('explore', UNKNOWN, '--json');
    expect(r.code).toBe(0);
    const exploration = JSON.parse(r.out);
    expect(Object.keys(exploration)).toEqual(['scenario', 'date', 'paths', 'outcomes', 'truncated']);
    expect(exploration).toMatchObject({ scenario: 'cli-unknown-answer', truncated: false });
    expect(exploration.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The default policy's path: MLAT, Cerulea's unknown answer assumed as consent, delivered on day 330 (the run's own result).
    expect(exploration.paths[0]).toEqual({
      choices: [
        { by: 'decision', day: 0, state: 'intake', event: { type: 'CHOOSE_MLAT' }, probability: 1 },
        { by: 'decision', day: 30, state: 'sovereigntyCheck.undecided', event: { type: 'THIRD_COUNTRY_ANSWERS', country: 'CE', answer: 'consent', basis: 'assumed' }, probability: 1 },
      ],
      outcome: 'delivered', channel: 'mlat', attempts: ['mlat'], days: 330, probability: 1, cites: ['CE-APPROVAL', 'AR-BO-MLAT'],
    });
    const outcomes = exploration.outcomes as { outcome: string; channel: string | null; probability: number; days: { min: number; max: number }; paths: number[] }[];
    expect(outcomes[0]).toMatchObject({ outcome: 'delivered', channel: 'mlat', probability: 1, days: { min: 330, max: 330 } });
    // Letters rogatory are open (Cerulea's rule excepts them) but never the default: reached only by deciding so.
    const rogatory_ = outcomes.find((o) => o.outcome === 'delivered' && o.channel === 'rogatory')!;
    expect(rogatory_.probability).toBe(0);
    expect(outcomes.map((o) => o.outcome)).toEqual(expect.arrayContaining(['delivered', 'refused', 'withdrawn', 'blocked']));
    // Each outcome lists the paths that reach it, and every path is in exactly one outcome.
    for (const o of outcomes) for (const i of o.paths) expect(exploration.paths[i]).toMatchObject({ outcome: o.outcome, channel: o.channel });
    expect(outcomes.flatMap((o) => o.paths).sort((a, b) => a - b)).toEqual(exploration.paths.map((_: unknown, i: number) => i));
  }, SPAWNS);

  it('without --json prints each outcome with its probability, days and plainest path, the decisions marked as decisions', () => {
    const r = rogatory('explore', UNKNOWN);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe("MLAT after Cerulea's unknown answer (cli-unknown-answer)");
    const delivered = lines.indexOf('delivered via mlat: 100 %, day 330, 2 paths');
    expect(delivered).toBeGreaterThan(0);
    expect(lines.slice(delivered + 1, delivered + 4)).toEqual([
      '  shortest path (330 days):',
      '    day 0: [decision, default] ask for mutual legal assistance',
      "    day 30: [decision, default] Cerulea's unknown answer is taken as: consents",
    ]);
    const rogatory_ = lines.findIndex((l) => l.startsWith('delivered via rogatory: 0 %, days 540-570'));
    expect(lines[rogatory_ + 2]).toBe('    day 0: [decision] send letters rogatory');
    // A world event nobody scripted is explored, and said to be the world's, with how often sampled runs see it.
    expect(r.out).toContain('[world] the requested state refuses (0 %)');
  }, SPAWNS);

  it('shows real days: no race with an endless draw, no refusal while the request is still being drafted', () => {
    const uk = rogatory('explore', 'scenarios/real/uk-us-agreement-order.yaml');
    expect(uk.code).toBe(0);
    expect(uk.out).toContain('delivered via agreement: 100 %, day 6,');
    expect(uk.out).not.toMatch(/\d{7,}/);
    expect(uk.out).not.toContain('takes at most');
    const india = rogatory('explore', 'scenarios/real/india-meta-content-mlat-2021.yaml', '--overlay', 'scenarios/what-if/india-us-data-access-agreement.yaml');
    expect(india.code).toBe(0);
    expect(india.out).toMatch(/^delivered via agreement: \d+ %, days? \d{1,3}(-\d{1,3})?, /m);
    expect(india.out).not.toMatch(/\d{7,}/);
    // India's MLAT is refused at the earliest once it is with the United States (day 10 + its transmission), not on day 0-10.
    const refused = /^refused via mlat: 0 %, days? (\d+)/m.exec(rogatory('explore', 'scenarios/real/india-meta-content-mlat-2021.yaml').out);
    expect(Number(refused![1])).toBeGreaterThan(10);
  }, SPAWNS);

  it('offers extending a manual preservation on its last day in force, where the data would be lost with it', () => {
    const file = 'test/fixtures/cli/preservation-unextended.yaml';
    const r = rogatory('explore', file);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^data-lost via mlat: \d+ %, day 90, /m);
    expect(r.out).toMatch(/^delivered via mlat: \d+ %, days 90-180, /m);
    const json = JSON.parse(rogatory('explore', file, '--json').out);
    const extended = json.paths.find((p: { choices: { event: { type: string } }[] }) => p.choices.length === 3 && p.choices[0]!.event.type === 'CHOOSE_MLAT' && p.choices[2]!.event.type === 'EXTEND_PRESERVATION');
    expect(extended).toMatchObject({ outcome: 'delivered', channel: 'mlat', days: 170, probability: 0 });
    expect(extended.choices[2]).toEqual({ by: 'decision', day: 90, state: 'mlat.domesticOrder', event: { type: 'EXTEND_PRESERVATION' }, probability: 0 });
  }, SPAWNS);

  it('--max-paths stops the search and says the list is a part of the whole', () => {
    const json = JSON.parse(rogatory('explore', UNKNOWN, '--json', '--max-paths', '3').out);
    expect(json.truncated).toBe(true);
    expect(json.paths).toHaveLength(3);
    expect(rogatory('explore', UNKNOWN, '--max-paths', '3').out).toContain('The search stopped at 3 paths: the list is a part of the whole.');
  }, SPAWNS);

  it('refuses a wrong command line with exit code 2 and the usage', () => {
    const none = rogatory('explore');
    expect(none.code).toBe(2);
    expect(none.err).toContain('explore takes exactly one FILE');
    expect(rogatory('explore', UNKNOWN, '--max-paths', '0').err).toContain('--max-paths takes a whole number of at least 1');
  }, SPAWNS);

  it('refuses an invalid file, and a script that cannot be played, with exit code 2 and the line', () => {
    const invalid = rogatory('explore', 'test/fixtures/cli/invalid.yaml');
    expect(invalid.code).toBe(2);
    expect(invalid.err).toMatch(/^test\/fixtures\/cli\/invalid\.yaml:\d+:\d+: /);
    // A script that cannot be played as written is named by its line, as `run` names it.
    const busy = rogatory('explore', 'test/fixtures/cli/script-busy.yaml');
    expect(busy.code).toBe(2);
    expect(busy.err).toContain('test/fixtures/cli/script-busy.yaml:19:1: script[1]: CHOOSE_ROGATORY on day 10 in state mlat.drafting');
  }, SPAWNS);
});
