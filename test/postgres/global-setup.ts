import type { TestProject } from 'vitest/node';
import { startCluster } from './cluster.ts';

/**
 * The `postgres` project's server: TEST_DATABASE_URL when given (a database in which the tests may
 * create and drop schemas), else a throwaway cluster for this run. Each test store takes its own
 * schema in it (test/server/helpers.ts: testPlace).
 */
export default async function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL?.trim();
  const cluster = given ? null : await startCluster();
  project.provide('databaseUrl', given || cluster!.url);
  return async () => {
    await cluster?.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
