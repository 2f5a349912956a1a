import { defineConfig } from 'vitest/config';

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
  },
});
