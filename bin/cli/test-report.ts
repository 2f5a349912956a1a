/**
 * What `rogatory test` found, and the formats CI systems read it in: JUnit XML (Jenkins, GitLab,
 * GitHub's test reporters), TAP 14, and JSON. The readable lines stay in commands.ts.
 */

/** passed/failed: the expectation held or not; invalid: the file could not be run; skipped: it has no `expect`. */
export type TestStatus = 'passed' | 'failed' | 'invalid' | 'skipped';

export interface TestCase {
  file: string;
  /** The scenario's id; null when the file could not be read far enough to know it. */
  scenario: string | null;
  status: TestStatus;
  /** One line: the outcome that passed, the unmet expectations, why the file is invalid, or why it was skipped. */
  message: string;
  /** The validator's located errors of an invalid file (file:line:column, field), one per line. */
  details: string[];
  seconds: number;
}

export interface TestReport {
  cases: TestCase[];
  seconds: number;
  /** When every scenario was asked on another date or under a what-if, the sentence that says so. */
  asked?: string;
}

export const REPORTERS = ['text', 'junit', 'tap', 'json'] as const;
export type Reporter = (typeof REPORTERS)[number];

export function counts(report: TestReport): Record<TestStatus, number> {
  const tally: Record<TestStatus, number> = { passed: 0, failed: 0, invalid: 0, skipped: 0 };
  for (const c of report.cases) tally[c.status]++;
  return tally;
}

function xml(text: string): string {
  // Characters XML 1.0 forbids (control characters other than tab and newlines) are dropped.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const seconds = (s: number) => s.toFixed(3);

/**
 * JUnit XML as Jenkins's schema defines it (the one GitLab and most CI systems follow): one
 * suite, one test case per scenario file; an unmet expectation is a <failure>, an invalid file an
 * <error>, a file without `expect` <skipped>.
 */
export function formatJunit(report: TestReport, timestamp: Date): string {
  const n = counts(report);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="rogatory test" tests="${report.cases.length}" failures="${n.failed}" errors="${n.invalid}" time="${seconds(report.seconds)}">`,
    `  <testsuite name="rogatory scenarios" tests="${report.cases.length}" failures="${n.failed}" errors="${n.invalid}" skipped="${n.skipped}" time="${seconds(report.seconds)}" timestamp="${timestamp.toISOString().slice(0, 19)}">`,
  ];
  if (report.asked) lines.push('    <properties>', `      <property name="asked" value="${xml(report.asked)}"/>`, '    </properties>');
  for (const c of report.cases) {
    const open = `    <testcase name="${xml(c.scenario ?? c.file)}" classname="${xml(c.file)}" time="${seconds(c.seconds)}"`;
    if (c.status === 'passed') {
      lines.push(`${open}>`, `      <system-out>${xml(c.message)}</system-out>`, '    </testcase>');
    } else if (c.status === 'skipped') {
      lines.push(`${open}>`, `      <skipped>${xml(c.message)}</skipped>`, '    </testcase>');
    } else {
      const element = c.status === 'failed' ? 'failure' : 'error';
      const body = [c.message, ...c.details].join('\n');
      lines.push(`${open}>`, `      <${element} type="${c.status === 'failed' ? 'expectation' : 'invalid-file'}" message="${xml(c.message)}">${xml(body)}</${element}>`, '    </testcase>');
    }
  }
  lines.push('  </testsuite>', '</testsuites>');
  return lines.join('\n');
}

/** A YAML string a TAP consumer reads back as the same text. */
const yamlString = (text: string) => JSON.stringify(text);

/** TAP version 14: one test point per file; a skipped file is `ok … # SKIP`; details as a YAML block. */
export function formatTap(report: TestReport): string {
  const lines = ['TAP version 14', `1..${report.cases.length}`];
  if (report.asked) lines.splice(1, 0, `# ${report.asked}`);
  report.cases.forEach((c, i) => {
    const name = (c.scenario ? `${c.scenario} (${c.file})` : c.file).replace(/#/g, '\\#');
    if (c.status === 'passed') lines.push(`ok ${i + 1} - ${name}`);
    else if (c.status === 'skipped') lines.push(`ok ${i + 1} - ${name} # SKIP ${c.message}`);
    else {
      lines.push(`not ok ${i + 1} - ${name}`, '  ---', `  status: ${c.status}`, `  message: ${yamlString(c.message)}`);
      if (c.details.length > 0) lines.push('  details:', ...c.details.map((d) => `    - ${yamlString(d)}`));
      lines.push(`  file: ${yamlString(c.file)}`, '  ...');
    }
  });
  return lines.join('\n');
}

export function formatJson(report: TestReport): string {
  const n = counts(report);
  return JSON.stringify({ ...n, ...(report.asked && { asked: report.asked }), seconds: report.seconds, cases: report.cases });
}
