// What CI reads from vitest's JSON reports.
//   node .ci/results.mjs died REPORT          files whose test process died (their tests neither
//                                             passed nor failed), one per line, when no test failed
//   node .ci/results.mjs summary REPORT [RERUN]  "N passed, N failed", exit 1 unless all passed
// A dead process leaves every test of its file "pending": vitest counts them in the total but
// neither passed nor failed, so without this they would vanish from the summary line.
import { readFileSync } from 'node:fs';

const [mode, path, rerunPath] = process.argv.slice(2);
const read = (p) => JSON.parse(readFileSync(p, 'utf8'));
const relative = (name) => name.replace(`${process.cwd()}/`, '');
const failed = (r) => r.numFailedTests + (r.numFailedTestSuites ?? 0);
const unfinished = (r) =>
  r.testResults.flatMap((file) => file.assertionResults
    .filter((test) => test.status !== 'passed' && test.status !== 'failed')
    .map((test) => ({ file: relative(file.name), line: `${relative(file.name)} > ${test.fullName} (${test.status})` })));

const report = read(path);
if (mode === 'died') {
  if (failed(report) === 0) for (const file of new Set(unfinished(report).map((t) => t.file))) console.log(file);
} else if (mode === 'summary') {
  if (report.numTotalTests === 0) {
    console.error('no test ran');
    process.exit(1);
  }
  for (const t of unfinished(report)) console.log(`not finished: ${t.line}`);
  let passed = report.numPassedTests;
  let notPassed = failed(report) + unfinished(report).length;
  if (rerunPath) {
    const rerun = read(rerunPath);
    for (const t of unfinished(rerun)) console.log(`not finished again: ${t.line}`);
    console.log(`run again: ${rerun.numPassedTests} passed, ${failed(rerun) + unfinished(rerun).length} failed`);
    notPassed = failed(report) + failed(rerun) + unfinished(rerun).length;
    // The files run again may run in both projects: count the first run's tests, not the rerun's.
    passed = report.numTotalTests - notPassed;
  }
  console.log(`${passed} passed, ${notPassed} failed`);
  if (notPassed > 0) process.exit(1);
} else {
  console.error(`usage: node .ci/results.mjs died|summary REPORT [RERUN]`);
  process.exit(2);
}
