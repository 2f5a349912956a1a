import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Server and browser tests start real servers; give them room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // A focused test left behind must fail the run rather than silently skip the rest.
    allowOnly: false,
  },
});
