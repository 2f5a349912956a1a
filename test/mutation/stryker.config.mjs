/**
 * `npm run mutation`: StrykerJS mutates the engine (machines/) and the session service
 * (server/sessions/) one change at a time and runs the tests that cover each change; a change no
 * test notices "survives". The built-in world and the message catalogue are data, checked by the
 * data tests, so they are not mutated. Goals (issue 19): 90 % on machines/, 85 % on server/sessions/;
 * `test/mutation/summary.ts` prints both from the JSON report.
 */
export default {
  $schema: '../../node_modules/@stryker-mutator/core/schema/stryker-schema.json',
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: { configFile: 'test/mutation/vitest.config.ts', related: false },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  mutate: [
    'machines/**/*.ts',
    '!machines/world/builtin/**',
    '!machines/messages/catalogue/**',
    'server/sessions/**/*.ts',
  ],
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20_000,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['json', 'html', 'clear-text', 'progress'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
