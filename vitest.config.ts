import { defineConfig } from 'vitest/config';

/** Server tests about SQLite's own files (its data folder, lock, integrity check, legacy schema): they run once, on SQLite. */
const SQLITE_ONLY = ['test/server/data-dir.test.ts'];

export default defineConfig({
  test: {
    // Server and browser tests start real servers; give them room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // A focused test left behind must fail the run rather than silently skip the rest.
    allowOnly: false,
    projects: [
      // Everything, the server on SQLite (the default store).
      { extends: true, test: { name: 'sqlite', include: ['test/**/*.test.ts'], exclude: ['test/postgres/**'] } },
      // The server tests again on PostgreSQL (DATABASE_URL's store), and PostgreSQL's own (test/postgres):
      // a throwaway cluster, or TEST_DATABASE_URL.
      {
        extends: true,
        test: {
          name: 'postgres',
          include: ['test/server/**/*.test.ts', 'test/postgres/**/*.test.ts'],
          exclude: SQLITE_ONLY,
          env: { ROGATORY_TEST_STORE: 'postgres' },
          globalSetup: ['test/postgres/global-setup.ts'],
        },
      },
    ],
  },
});
