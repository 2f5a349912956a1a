import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeResults } from '../../bench/merge-results.ts';
import { performanceTable, README_FILE, RESULTS_FILE, tableIn, withTable, type BenchResults } from '../../bench/readme-table.ts';

const ratio = (median: number, p25: number, p75: number) => ({ median, p25, p75, n: 60 });

/** A run of two parts, written by hand: every figure below is read off these numbers. */
const results = {
  measuredAt: '2026-12-02T11:00:00.000Z',
  machine: { node: 'v20.20.2', cpus: 2, cpu: 'AMD EPYC' },
  quick: false,
  measured: {
    engine: { at: '2026-12-01T09:00:00.000Z', quick: false, node: 'v20.20.2' },
    recovery: { at: '2026-12-02T11:00:00.000Z', quick: false, node: 'v20.20.2' },
  },
  engine: {
    scenarios: 66, runsPerSecond: 5400, transitionsPerRun: 8.4, runMicros: 185.2, bareMicros: 66.8, nestedSteppedMicros: 85.3, nestedActorMicros: 120.1,
    coldMicros: 965.9, rounds: 60,
    ratio: ratio(2.7716, 2.5735, 2.918), floorRatio: ratio(1.2767, 1.21, 1.33), overFloorRatio: ratio(2.171, 2.05, 2.3), actorRatio: ratio(1.404, 1.35, 1.46),
    samples: { runs: 10_000, scenario: 'preservation-race-lost', seconds: { median: 0.97, p25: 0.95, p75: 1.02, n: 7 }, each: [0.95, 0.97, 1.02, 0.96, 0.99, 1.05, 0.94] },
    bySize: [],
  },
  recovery: {
    goalMs: 200, scenario: 'blocking-statute-mlat', session: '', processStartMs: 900,
    composition: { advance: 8500, vote: 1000, inject: 499, step: 1, day: 170, state: 'mlat.domesticOrder' },
    bySize: [
      { inputs: 1000, serveMs: 20, serveRuns: [20], warmMs: 2, parts: { readMs: 2, replayMs: 4, viewMs: 0.1 } },
      { inputs: 10_000, serveMs: 48, serveRuns: [52, 47, 48, 61, 45], warmMs: 3, parts: { readMs: 12, replayMs: 42, viewMs: 0.1 } },
    ],
  },
  fanout: null, client: null, isolation: null, connections: null, classes: null,
} as unknown as BenchResults;

describe('the README\'s performance table', () => {
  const table = performanceTable(results);

  it('gives the engine\'s ratio with its middle half and its goal, and the same-shape floor beside it', () => {
    expect(table).toContain('| 2.77× (p25–p75 2.57×–2.92×, n=60) | ≤ 1.5× (missed) |');
    expect(table).toContain('stepped alike / the flat ring | 1.28× (p25–p75 1.21×–1.33×, n=60) | — |');
    expect(table).toContain('`createActor` / stepped | 1.40× (p25–p75 1.35×–1.46×, n=60) | — |');
  });

  it('gives the repeated 10,000 samples as a median with its spread against the goal', () => {
    expect(table).toContain('| engine: 10,000 sampled runs of preservation-race-lost | median 0.97 s (p25–p75 0.95–1.02 s, n=7) | < 1 s (met) |');
  });

  it('gives the first GET of the largest session over its restarts, and says what the log is made of', () => {
    expect(table).toContain('after a restart, a fresh server process each time | median 48 ms (p25–p75 47–52 ms, n=5) | < 200 ms (met) |');
    expect(table).toContain('of its 10,000 inputs, 8,500 are play ticks (85.0%), 1,000 the outcomes of class votes');
    expect(table).toContain('(10.0%), 499 the trainer\'s preservation injects (5.0%) and 1 steps (0.0%)');
    expect(table).toContain('Reading its 10,000 inputs and votes takes 12.0 ms and replaying them 42.0 ms (medians of 5');
    expect(table).toContain('the same GET a second time, on the same server process, 3.0 ms.');
  });

  it('dates each part, and names a part not measured with the command that measures it instead of a figure', () => {
    expect(table.split('\n')[0]).toBe('Measured on 2 cores (AMD EPYC) shared with other work, Node v20.20.2: engine 2026-12-01; recovery 2026-12-02.');
    expect(table).toContain('| trainer\'s command → last of N participants has the new state, p95 | not in bench/results.json (`npm run bench -- fanout`) | ≤ 1.3 × raw socket.io |');
    expect(table).not.toMatch(/85% of the time|actor-based engine/);
  });

  it('replaces only what lies between the markers', () => {
    const readme = 'before\n<!-- bench:table:start -->\nold\n<!-- bench:table:end -->\nafter\n';
    expect(withTable(readme, 'new')).toBe('before\n<!-- bench:table:start -->\nnew\n<!-- bench:table:end -->\nafter\n');
    expect(() => withTable('no markers', 'new')).toThrow('the README needs one <!-- bench:table:start -->');
  });

  // Drift: the committed README says exactly what the committed results say.
  it('in README.md is the table of bench/results.json', () => {
    const committed = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as BenchResults;
    expect(tableIn(readFileSync(README_FILE, 'utf8'))).toBe(performanceTable(committed));
  });
});

describe('a partial bench run', () => {
  it('keeps the parts it did not run, with their own dates, and dates the parts it ran', () => {
    const previous = {
      measuredAt: '2026-11-01T00:00:00.000Z', quick: false, machine: { node: 'v20.1.0' },
      engine: { old: true }, fanout: { kept: true }, recovery: null,
    };
    const fresh = { measuredAt: '2026-12-02T00:00:00.000Z', quick: true, engine: { new: true }, fanout: null, recovery: null };
    const stamp = { at: '2026-12-02T00:00:00.000Z', quick: true, node: 'v20.20.2' };
    expect(mergeResults(previous, fresh, ['engine', 'fanout', 'recovery'], stamp)).toEqual({
      measuredAt: '2026-12-02T00:00:00.000Z', quick: true, engine: { new: true }, fanout: { kept: true }, recovery: null,
      measured: { engine: stamp, fanout: { at: '2026-11-01T00:00:00.000Z', quick: false, node: 'v20.1.0' } },
    });
  });
});
