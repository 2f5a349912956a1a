import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rogatory } from './command.ts';

const UK_ORDER = 'scenarios/real/uk-us-agreement-order.yaml';
const DROP_UK_US = 'scenarios/what-if/drop-uk-us-agreement.yaml';
const IN_US = 'scenarios/what-if/india-us-data-access-agreement.yaml';
const dir = mkdtempSync(join(tmpdir(), 'rogatory-variants-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a real case asked under a what-if that changes the treaty its authorities used', () => {
  const CASE = 'scenarios/real/india-meta-content-mlat-2021.yaml';

  it('dropping the MLAT the case went through answers the question (letters rogatory) instead of failing on the script, and says the old choices were set aside', () => {
    const drop = join(dir, 'drop-in-mlat.yaml');
    writeFileSync(drop, 'drop: [US-IN-MLAT]\n');
    const asWritten = JSON.parse(rogatory('run', CASE, '--json').out);
    expect(asWritten.channel).toBe('mlat');
    for (const command of ['run', 'compare', 'explore']) expect(rogatory(command, CASE, '--overlay', drop).code).toBe(0);
    expect(JSON.parse(rogatory('run', CASE, '--overlay', drop, '--json').out)).toMatchObject({ outcome: 'delivered', channel: 'rogatory' });
    expect(rogatory('run', CASE, '--overlay', drop).out).toContain("The script's channel decisions (SEND_DIRECT, CHOOSE_MLAT) were taken under the law as written");
  });

  it('an agreement added by a what-if is the channel the request takes, as the difference says it opens', () => {
    const r = JSON.parse(rogatory('run', CASE, '--overlay', IN_US, '--json').out);
    expect(r).toMatchObject({ outcome: 'delivered', channel: 'agreement' });
  });
});

describe('rogatory run --date', () => {
  it('a UK order dated before the UK-US agreement entered into force (3 Oct 2022) goes through the MLAT, and the difference names the agreement with its source', () => {
    const asWritten = JSON.parse(rogatory('run', UK_ORDER, '--json').out);
    expect(asWritten).toMatchObject({ outcome: 'delivered', channel: 'agreement' });

    const earlier = rogatory('run', UK_ORDER, '--date', '2021-06-01', '--json');
    expect(earlier.code).toBe(0);
    expect(JSON.parse(earlier.out)).toMatchObject({ outcome: 'delivered', channel: 'mlat', cites: ['US-GB-MLAT'] });

    const text = rogatory('run', UK_ORDER, '--date', '2021-06-01');
    expect(text.code).toBe(0);
    expect(text.out).toContain('Asked on 2021-06-01 (the scenario\'s own date is 2024-06-03).');
    expect(text.out).toContain('Outcome: delivered (mlat)');
    const compared = text.out.slice(text.out.indexOf('Compared with the scenario\'s own date (2024-06-03):'));
    expect(compared).not.toBe(text.out);
    expect(compared).toMatch(/agreement:\n\s+before: open, 6 days: .*\n\s+after: +closed: /);
    expect(compared).toMatch(/because of US-GB-CLOUD-2019: UK-US Agreement on Access to Electronic Data.*Source: .*in force 3 Oct 2022/);
  });

  it('a date that is no calendar day exits 2 and says what it takes', () => {
    const r = rogatory('run', UK_ORDER, '--date', '2021-02-30');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--date takes a real calendar day written YYYY-MM-DD (e.g. 2021-06-01), got "2021-02-30"');
    expect(rogatory('compare', UK_ORDER, '--date', 'June 2021').code).toBe(2);
  });
});

describe('rogatory run --overlay', () => {
  it('dropping the UK-US agreement sends the order through the MLAT and names the what-if and the dropped agreement', () => {
    const r = rogatory('run', UK_ORDER, '--overlay', DROP_UK_US);
    expect(r.code).toBe(0);
    expect(r.out).toContain('What-if: What if the UK-US Data Access Agreement did not apply (a real agreement, left out) (drops US-GB-CLOUD-2019).');
    expect(r.out).toContain('Outcome: delivered (mlat)');
    expect(r.out).toContain('Compared with no what-if:');
    expect(r.out).toMatch(/because of US-GB-CLOUD-2019: UK-US Agreement/);
  });

  it('a hypothetical India-US agreement opens the agreement channel for India\'s request to Meta, naming the hypothetical entry', () => {
    const r = rogatory('run', 'scenarios/real/india-meta-content-mlat-2021.yaml', '--overlay', IN_US);
    expect(r.code).toBe(0);
    expect(r.out).toContain('What-if: Hypothetical: India and the United States sign');
    expect(r.out).toMatch(/agreement:\n\s+before: closed: .*\n\s+after: +open, 30 days: /);
    expect(r.out).toMatch(/because of HYPOTHETICAL-IN-US-CLOUD: Hypothetical India-US agreement .*Source: Hypothetical: no India-US agreement exists/);
  });

  it('a malformed overlay gives file:line:column: field: message and exits 2', () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'title: a typo\ndrop:\n  - US-GB-CLOUD-2018\n');
    const r = rogatory('run', UK_ORDER, '--overlay', file);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${file}:3:5: drop[0]: unknown instrument, rule or order "US-GB-CLOUD-2018" (did you mean "US-GB-CLOUD-2019"?)`);

    writeFileSync(file, 'add:\n  instrument:\n    - { id: X }\n');
    const shape = rogatory('compare', UK_ORDER, '--overlay', file);
    expect(shape.code).toBe(2);
    expect(shape.err).toContain(`${file}:2:3: add.instrument: unknown field "instrument"`);

    const missing = rogatory('test', UK_ORDER, '--overlay', join(dir, 'none.yaml'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain(`${join(dir, 'none.yaml')}:1:1: cannot read the file: no such file`);
  });
});

describe('rogatory compare and test with a variant', () => {
  it('compare asks every regime on the date given', () => {
    const written = JSON.parse(rogatory('compare', UK_ORDER, '--json').out);
    const earlier = rogatory('compare', UK_ORDER, '--json', '--date', '2021-06-01');
    expect(earlier.code).toBe(0);
    const rows = JSON.parse(earlier.out);
    expect(rows.variant).toEqual({ date: '2021-06-01' });
    const contract = (r: { regimes: { regime: string; channel: string }[] }) => r.regimes.find((x) => x.regime === 'contract')!.channel;
    expect(contract(written)).toBe('agreement');
    expect(contract(rows)).toBe('mlat');
    const text = rogatory('compare', UK_ORDER, '--date', '2021-06-01').out;
    expect(text).toContain('Asked on 2021-06-01');
    expect(text).toContain('because of US-GB-CLOUD-2019');
  });

  it('test: the expectation written for 2024 fails when the request is asked in 2021 or without the agreement', () => {
    expect(rogatory('test', UK_ORDER).code).toBe(0);
    const dated = rogatory('test', UK_ORDER, '--date', '2021-06-01');
    expect(dated.code).toBe(1);
    expect(dated.out).toContain('Every scenario is asked on 2021-06-01');
    expect(dated.out).toMatch(/FAIL uk-us-agreement-order .*mlat/);
    const dropped = rogatory('test', UK_ORDER, '--overlay', DROP_UK_US);
    expect(dropped.code).toBe(1);
    expect(dropped.out).toMatch(/FAIL uk-us-agreement-order/);
  });

  it('explore lists the outcomes the request can reach on the date given: before the agreement, nothing is delivered through it', () => {
    const written = JSON.parse(rogatory('explore', UK_ORDER, '--json').out);
    const channels = (e: { outcomes: { outcome: string; channel: string | null }[] }) => e.outcomes.filter((o) => o.outcome === 'delivered').map((o) => o.channel);
    expect(channels(written)).toContain('agreement');
    const earlier = rogatory('explore', UK_ORDER, '--date', '2021-06-01', '--json');
    expect(earlier.code).toBe(0);
    expect(channels(JSON.parse(earlier.out))).not.toContain('agreement');
    const text = rogatory('explore', UK_ORDER, '--overlay', DROP_UK_US).out;
    expect(text).toContain('What-if: What if the UK-US Data Access Agreement did not apply');
    expect(text).toContain('because of US-GB-CLOUD-2019');
    expect(rogatory('explore', UK_ORDER, '--date', '2021-13-01').code).toBe(2);
  });

  it('the shipped what-ifs are not taken for scenarios: `test scenarios` does not read scenarios/what-if', () => {
    const r = rogatory('test', 'scenarios');
    expect(r.code).toBe(0);
    expect(r.out + r.err).not.toContain('what-if');
  });
});
