import { defineConfig } from 'vitest/config';

/**
 * The tests a mutant can be killed by: those that run the engine and the session service in the
 * test's own process. Browser and CLI tests drive other processes, which never load a mutant, and
 * the resilience and bench tests are too slow to repeat for every mutant.
 */
export default defineConfig({
  test: {
    include: ['test/engine/**/*.test.ts', 'test/scenarios/**/*.test.ts', 'test/world/**/*.test.ts', 'test/server/**/*.test.ts', 'test/*.test.ts'],
    // These start the server as its own process (npm start), which never loads a mutant.
    exclude: ['test/server/main.test.ts', 'test/server/data-dir.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    allowOnly: false,
  },
});
