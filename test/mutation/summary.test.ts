import { describe, expect, it } from 'vitest';
import { measurementOf, mergeMeasurements, scoreParts, sha256, summaryMarkdown, type Measurement, type MutationReport } from './summary.ts';

// A report of the shape StrykerJS writes, small enough to count by hand.
const sources: Record<string, string> = {
  'machines/run/script.ts': 'const a = 1;\nif (due <= now) fire();\nreturn a;',
  'server/sessions/voting.ts': 'close();',
  'server/http/sessions.ts': 'x',
};
const report: MutationReport = {
  files: {
    'machines/run/script.ts': {
      source: sources['machines/run/script.ts']!,
      mutants: [
        { mutatorName: 'EqualityOperator', replacement: 'due < now', status: 'Survived', location: { start: { line: 2, column: 4 } } },
        { mutatorName: 'BlockStatement', replacement: '{}', status: 'Killed', location: { start: { line: 2, column: 16 } } },
        { mutatorName: 'ConditionalExpression', replacement: 'true', status: 'Killed', location: { start: { line: 2, column: 4 } } },
        { mutatorName: 'ConditionalExpression', replacement: 'false', status: 'Timeout', location: { start: { line: 2, column: 4 } } },
        { mutatorName: 'StringLiteral', replacement: '""', status: 'CompileError', location: { start: { line: 1, column: 10 } } },
      ],
    },
    'server/sessions/voting.ts': {
      source: sources['server/sessions/voting.ts']!,
      mutants: [
        { mutatorName: 'BlockStatement', replacement: '{}', status: 'NoCoverage', location: { start: { line: 1, column: 0 } } },
        { mutatorName: 'BlockStatement', replacement: '{}', status: 'Killed', location: { start: { line: 1, column: 0 } } },
      ],
    },
    'server/http/sessions.ts': {
      source: sources['server/http/sessions.ts']!,
      mutants: [{ mutatorName: 'BlockStatement', status: 'Survived', location: { start: { line: 1, column: 0 } } }],
    },
  },
};
const codeAt = (file: string, line: number) => (sources[file] ?? '').split('\n')[line - 1] ?? '';
const recorded = measurementOf(report, '2026-12-02T10:00:00.000Z');

describe('the mutation summary', () => {
  it('keeps what a report found without its sources: the hash of each file, its counts and its survivors', () => {
    expect(recorded.files['machines/run/script.ts']).toEqual({
      sha256: sha256(sources['machines/run/script.ts']!), killed: 2, timeout: 1, invalid: 1,
      survivors: [{ line: 2, column: 4, mutator: 'EqualityOperator', replacement: 'due < now', status: 'Survived' }],
    });
    expect(JSON.stringify(recorded)).not.toContain('fire()');
  });

  it('scores each part as Stryker does: killed and timed out over all that ran, compile errors aside', () => {
    const [machines, sessions] = scoreParts(recorded.files, codeAt);
    expect(machines).toMatchObject({ folder: 'machines/', killed: 2, timeout: 1, survived: 1, noCoverage: 0, invalid: 1, score: 75 });
    expect(sessions).toMatchObject({ folder: 'server/sessions/', killed: 1, survived: 0, noCoverage: 1, score: 50 });
  });

  it('lists every surviving mutant with its line of code, and says which goals were met', () => {
    const markdown = summaryMarkdown(scoreParts(recorded.files, codeAt, [{ folder: 'machines/', goal: 70 }, { folder: 'server/sessions/', goal: 85 }]), '2026-12-02');
    expect(markdown).toContain('| machines/ | 1 | 75.0 % | 70 % (met) | 2 | 1 | 1 | 0 | 1 |');
    expect(markdown).toContain('| server/sessions/ | 1 | 50.0 % | 85 % (missed) |');
    expect(markdown).toContain('Files of machines/ in this report: `machines/run/script.ts`.');
    expect(markdown).toContain('- `machines/run/script.ts:2` EqualityOperator: `if (due <= now) fire();` → `due < now`');
    expect(markdown).toContain('- `server/sessions/voting.ts:1` BlockStatement (no test runs this line): `close();` → `{}`');
    expect(markdown).not.toContain('server/http/sessions.ts');
  });

  it('says a goal is met on the files mutated only, when a run covered fewer files than its part has', () => {
    const markdown = summaryMarkdown(scoreParts(recorded.files, codeAt, [{ folder: 'machines/', goal: 70 }]), '2026-12-02', { 'machines/': 40 });
    expect(markdown).toContain('| machines/ | 1 of 40 | 75.0 % | 70 % (met on these files; the part as a whole not measured) |');
  });

  it('adds up batches run at different times: each file counts once, from its newest record made from the file as it is now', () => {
    const mutant = (status: 'Killed' | 'Survived') => ({ mutatorName: 'BlockStatement', replacement: '{}', status, location: { start: { line: 1, column: 0 } } });
    const older = measurementOf({ files: {
      'machines/a.ts': { source: 'a1', mutants: [mutant('Survived')] },
      'machines/b.ts': { source: 'b1', mutants: [mutant('Killed')] },
      'machines/c.ts': { source: 'c-old', mutants: [mutant('Killed')] },
    } }, '2026-12-01T09:00:00.000Z');
    const newer = measurementOf({ files: { 'machines/a.ts': { source: 'a1', mutants: [mutant('Killed'), mutant('Killed')] } } }, '2026-12-02T09:00:00.000Z');
    const now: Record<string, string> = { 'machines/a.ts': 'a1', 'machines/b.ts': 'b1', 'machines/c.ts': 'c-new' };
    // Records come in whatever order the folder lists them: their dates decide.
    const { files, stale } = mergeMeasurements([newer, older] as Measurement[], (file) => now[file]);
    expect(Object.keys(files).sort()).toEqual(['machines/a.ts', 'machines/b.ts']);
    expect(files['machines/a.ts']!.killed).toBe(2);
    expect(stale).toEqual(['machines/c.ts']);
    const [machines] = scoreParts(files, () => '', [{ folder: 'machines/', goal: 90 }]);
    expect(machines).toMatchObject({ killed: 3, survived: 0, score: 100 });
    const [empty] = scoreParts({}, () => '', [{ folder: 'server/sessions/', goal: 85 }]);
    expect(summaryMarkdown([empty!], '2026-12-03', { 'server/sessions/': 16 })).toContain('| server/sessions/ | 0 of 16 | — | 85 % (not measured: no file has a record made from it as it is now) |');
    expect(summaryMarkdown([machines!], '2026-12-03', {}, stale)).toContain('Changed since their batch ran, so left out until measured again: `machines/c.ts`.');
  });
});
