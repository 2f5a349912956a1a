/**
 * `npm run mutation`: StrykerJS mutates the engine (machines/) and the session service
 * (server/sessions/) one change at a time and runs the tests that cover each change; a change no
 * test notices "survives". Each part runs on its own with the tests written for it
 * (MUTATION_PART=machines or sessions): the engine's mutants against the engine, scenario and world
 * tests (the server's tests run the engine too, but a socket round trip per mutant would take the
 * run from an hour to a day), the service's against the server tests. The built-in world and the
 * message catalogue are data, checked by the data tests, so they are not mutated.
 * Goals (issue 19): 90 % on machines/, 85 % on server/sessions/; summary.ts scores both.
 */
const PARTS = {
  machines: {
    mutate: ['machines/**/*.ts', '!machines/world/builtin/**', '!machines/messages/catalogue/**'],
    // test/*.test.ts and test/client/ run the client's models and the library in this process, and
    // so the engine's comparison, differences and expectations with them.
    tests: ['test/engine/**/*.test.ts', 'test/scenarios/**/*.test.ts', 'test/world/**/*.test.ts', 'test/*.test.ts', 'test/client/**/*.test.ts'],
  },
  sessions: {
    mutate: ['server/sessions/**/*.ts'],
    tests: ['test/server/**/*.test.ts'],
  },
};
const part = process.env.MUTATION_PART ?? 'machines';
if (!(part in PARTS)) throw new Error(`MUTATION_PART must be one of ${Object.keys(PARTS).join(', ')}; got "${part}"`);
process.env.MUTATION_TESTS = JSON.stringify(PARTS[part].tests);
// A batch (MUTATION_BATCH=name, with --mutate narrowing the files) keeps its own reports beside the
// part's, so that batches run over several sessions add up: summary.ts merges every report of a part.
const batch = process.env.MUTATION_BATCH;
if (batch !== undefined && !/^[a-z0-9-]+$/.test(batch)) throw new Error(`MUTATION_BATCH is a name of lower-case letters, digits and dashes; got "${batch}"`);
const report = batch ? `${part}-${batch}` : part;

export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: { configFile: 'test/mutation/vitest.config.ts', related: false },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  mutate: PARTS[part].mutate,
  ignoreStatic: true,
  concurrency: 3,
  timeoutMS: 20_000,
  dryRunTimeoutMinutes: 60,
  incremental: true,
  incrementalFile: `reports/mutation/${report}-incremental.json`,
  reporters: ['json', 'html', 'clear-text', 'progress'],
  jsonReporter: { fileName: `reports/mutation/${report}.json` },
  htmlReporter: { fileName: `reports/mutation/${report}.html` },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
