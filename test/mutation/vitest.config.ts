import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest runs its slowest files first (the best order for a whole run on several workers); a
 * mutant's run is one worker that stops at the first failing test, so the quickest files go first:
 * a killed mutant then costs its cheapest failing test, not explore.test.ts's 30 seconds.
 */
class QuickestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return (await super.sort(files)).reverse();
  }
}

/**
 * The tests a mutant can be killed by, chosen per part by stryker.config.mjs (MUTATION_TESTS).
 * Browser and CLI tests drive other processes, which never load a mutant; so do the two server
 * tests that start `npm start`. Two engine tests read the engine's source text, which Stryker
 * rewrites with its instrumentation.
 */
const include = JSON.parse(process.env.MUTATION_TESTS ?? '["test/engine/**/*.test.ts"]') as string[];

export default defineConfig({
  test: {
    include,
    exclude: [
      'test/server/main.test.ts', 'test/server/data-dir.test.ts',
      'test/engine/purity.test.ts', 'test/engine/english-outside-catalogue.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    allowOnly: false,
    // The engine's tests share no state between files, and a mutant is switched on at run time
    // (Stryker's mutation switching), so each file need not import the world afresh: a third less
    // time per mutant (the whole set, one worker: 60 s instead of 91 s). The server's tests keep
    // their isolation: they start servers and set the environment.
    isolate: process.env.MUTATION_PART === 'sessions',
    sequence: { sequencer: QuickestFirst },
  },
});
