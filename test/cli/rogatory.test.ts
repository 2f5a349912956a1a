import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rogatory } from './command.ts';

const F = 'test/fixtures/cli';

describe('rogatory run', () => {
  it('prints the contract\'s JSON result and exits 0', () => {
    const r = rogatory('run', `${F}/passes.yaml`, '--json');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out);
    // Nothing assumed: exactly the contract's fields (assumptions and conflict appear only when a run has them).
    expect(Object.keys(result)).toEqual(['scenario', 'outcome', 'channel', 'attempts', 'days', 'cites', 'transitions']);
    expect(result).toMatchObject({ scenario: 'cli-passes', outcome: 'delivered', channel: 'mlat', attempts: ['direct', 'mlat'], days: 300, cites: ['AR-DATA-ACT-12', 'AR-BO-MLAT'] });
    expect(result.transitions[0]).toEqual({
      seq: 1, day: 0, event: 'PRESERVATION_REQUESTED', from: 'preservation.none', to: 'preservation.preserved',
      reason: 'Preservation requested by the default policy: the provider keeps the data through day 90.', cites: [],
      // extension: the reason's message, for saying it in another language (docs/translation.md).
      message: { id: 'request.preservation.requested', params: { by: 'policy', day: 90 } },
    });
    expect(result.transitions[1]).toMatchObject({ seq: 2, day: 0, event: 'SEND_DIRECT', from: 'intake', to: 'direct.blocked', cites: ['AR-DATA-ACT-12'] });
  });

  it('without --json prints a readable trace: day, states, reason and sources, then the outcome', () => {
    const r = rogatory('run', `${F}/passes.yaml`);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/day 0 +intake -> direct\.blocked/);
    expect(r.out).toContain('source: AR-DATA-ACT-12: Arcadia Data Act s.12 (fictional)');
    expect(r.out.trim().split('\n').at(-2)).toBe('Outcome: delivered (mlat) on day 300. Attempts: direct, mlat.');
  });

  it('gives each source in full once, where the trace first cites it, and by its id after that', () => {
    const r = rogatory('run', 'scenarios/real/argentina-nisman-emails-2015.yaml');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n').map((l) => l.trim());
    const full = lines.filter((l) => l.startsWith('source: US-AR-MLAT: US State Department, INCSR 2015 vol. II'));
    const again = lines.filter((l) => l === 'source: US-AR-MLAT (given above)');
    expect(full).toHaveLength(1);
    // The treaty is cited by the assessment and by each stage of the request that follows it.
    expect(again.length).toBeGreaterThanOrEqual(4);
    expect(lines.indexOf(full[0]!)).toBeLessThan(lines.indexOf(again[0]!));
  });

  it('says what a run assumed: in the JSON result, after the outcome in the trace, and as a share of sampled runs', () => {
    const json = rogatory('run', `${F}/unknown-answer.yaml`, '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out).assumptions).toEqual([{
      country: 'CE', about: "Cerulea's answer when consulted before the mutual legal assistance request (CE-APPROVAL)",
      assumed: 'consent', why: expect.stringContaining('No source says how Cerulea answers'),
      aboutMessage: expect.objectContaining({ id: expect.any(String) }), whyMessage: expect.objectContaining({ id: expect.any(String) }),
    }]);
    const trace = rogatory('run', `${F}/unknown-answer.yaml`);
    expect(trace.out).toContain("Cerulea: its answer is not known; assumed: consent");
    expect(trace.out.trim().split('\n').at(-1)).toMatch(/^Assumed: Cerulea's answer when consulted .*: consent\. No source says/);
    const sample = rogatory('run', `${F}/unknown-answer.yaml`, '--sample', '40', '--seed', '3');
    expect(sample.out).toContain('resting on an assumption: 40 (100.0%)');
    const test = rogatory('test', `${F}/unknown-answer.yaml`);
    expect(test.out.trim().split('\n')[0]).toBe('PASS cli-unknown-answer (test/fixtures/cli/unknown-answer.yaml): delivered via mlat on day 330 (assumed CE: consent)');
  });

  it('at a conflict of laws names the law the provider\'s choice breaks, and says each assumption as sentences', () => {
    const refused = rogatory('run', `${F}/conflict-assumed.yaml`);
    expect(refused.code).toBe(0);
    const lines = refused.out.trim().split('\n');
    // Refusing keeps to Arcadia's statute: what it breaks is Borealis's order, with the order's sanction.
    expect(lines).toContain('Conflict of laws: the provider refused the order BO-PROD-ORDER, facing a fine of 10,000 crowns a day (fictional).');
    expect(JSON.parse(rogatory('run', `${F}/conflict-assumed.yaml`, '--json').out).conflict)
      .toEqual({ choice: 'refuse', breached: ['BO-PROD-ORDER'], sanction: 'a fine of 10,000 crowns a day (fictional)' });
    expect(lines.filter((l) => l.startsWith('Assumed: '))).toEqual([
      "Assumed: Nimbus Mail's choice between BO-PROD-ORDER and AR-DATA-ACT-12: review. Nimbus Mail's documented practice (Nimbus transparency report (fictional)).",
      'Assumed: the ruling on the review of BO-PROD-ORDER: upheld. No ruling is known, and an order stands until a court lifts it.',
      expect.stringMatching(/: refuse\. Nimbus Mail's documented practice is to seek review, .*refusal\.$/),
    ]);
    // Complying obeys the order and breaks the statute.
    const dir = mkdtempSync(join(tmpdir(), 'rogatory-cli-'));
    const complies = join(dir, 'complies.yaml');
    writeFileSync(complies, readFileSync(`${F}/conflict-assumed.yaml`, 'utf8').replace('choice: review, source', 'choice: comply, source').replace('choice: refuse }', 'choice: comply }'));
    const complied = rogatory('run', complies);
    expect(complied.code).toBe(0);
    expect(complied.out).toContain('Conflict of laws: the provider complied with the order, in breach of AR-DATA-ACT-12.');
    expect(JSON.parse(rogatory('run', complies, '--json').out).conflict).toEqual({ choice: 'comply', breached: ['AR-DATA-ACT-12'] });
    rmSync(dir, { recursive: true, force: true });
  });

  it('a sampled conflict says its runs rest on the default policy\'s assumptions, not on an unknown answer', () => {
    const sample = rogatory('run', `${F}/conflict-assumed.yaml`, '--sample', '20', '--seed', '1');
    expect(sample.code).toBe(0);
    expect(sample.out).toContain("resting on an assumption: 20 (100.0%) (the default policy's; the run without --sample says what it assumed and why)");
    expect(sample.out).not.toContain('unknown answer');
  });

  it('samples with a seed, and the same seed gives the same figures', () => {
    const a = rogatory('run', `${F}/passes.yaml`, '--sample', '300', '--seed', '5', '--json');
    const b = rogatory('run', `${F}/passes.yaml`, '--sample', '300', '--seed', '5', '--json');
    expect(a.code).toBe(0);
    const result = JSON.parse(a.out);
    expect(result).toMatchObject({ scenario: 'cli-passes', runs: 300, outcomes: { delivered: 300 }, channels: { mlat: 300 } });
    expect(Object.keys(result.days)).toEqual(['p10', 'p50', 'p90']);
    expect(b.out).toBe(a.out);
  });

  it('gives the days per channel that delivered: one line each, and in the JSON', () => {
    const text = rogatory('run', 'scenarios/fictional/provider-practice-by-state.yaml', '--sample', '300', '--seed', '1');
    expect(text.code).toBe(0);
    const lines = text.out.split('\n').filter((l) => l.trim().startsWith('via '));
    expect(lines.map((l) => l.trim().split(/\s+/).slice(0, 2))).toEqual([['via', 'direct'], ['via', 'mlat']]);
    const json = JSON.parse(rogatory('run', 'scenarios/fictional/provider-practice-by-state.yaml', '--sample', '300', '--seed', '1', '--json').out);
    expect(json.byChannel.direct.delivered + json.byChannel.mlat.delivered).toBe(300);
    const c = json.byChannel.mlat;
    expect(lines[1]).toContain(`${c.delivered}`);
    expect(lines[1]).toContain(`p10 ${c.days.p10}, p50 ${c.days.p50}, p90 ${c.days.p90}`);
  });

  it('exits 2 on an invalid file, naming file, line, column and field', () => {
    const r = rogatory('run', `${F}/invalid.yaml`);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(`${F}/invalid.yaml:16:46: request.data: expected one of subscriber, traffic, content, got "contnt"`);
    expect(r.out).toBe('');
  });

  it('exits 2 on a bad command line, with the usage', () => {
    const r = rogatory('run', `${F}/passes.yaml`, '--sample', 'many');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--sample takes a whole number');
    expect(r.err).toContain('Usage:');
  });
});

describe('rogatory compare', () => {
  it('sets the regimes side by side, marks the rows that rest on an assumption and says what was assumed', () => {
    const r = rogatory('compare', 'scenarios/real/microsoft-ireland-cloud-act.yaml');
    expect(r.code).toBe(0);
    const rows = r.out.split('\n').filter((l) => /^(contract|location-principle|provider-control|e-evidence) /.test(l));
    expect(rows.map((l) => l.split(/\s+/).slice(0, 3))).toEqual([
      ['contract', 'delivered', 'direct'],
      ['location-principle', 'delivered*', 'mlat'],
      ['provider-control', 'delivered', 'direct'],
      ['e-evidence', 'delivered', 'direct'],
    ]);
    // Under the location principle the US order meets Ireland's covering law: a conflict of laws, met by assumptions.
    expect(r.out).toContain('A conflict of laws (one state compels what another forbids):\n  location-principle: the provider\'s last choice: refuse.');
    expect(r.out).toContain('  location-principle: the ruling on the review of US-CLOUD-2713: upheld.');
    const json = JSON.parse(rogatory('compare', 'scenarios/real/microsoft-ireland-cloud-act.yaml', '--json').out);
    const byRegime = Object.fromEntries(json.regimes.map((row: { regime: string }) => [row.regime, row]));
    expect(byRegime.contract.assumptions).toBeUndefined();
    expect(byRegime['location-principle'].conflict.choice).toBe('refuse');
    expect(byRegime['location-principle'].assumptions.map((a: { assumed: string }) => a.assumed)).toEqual(['review', 'upheld', 'refuse']);
  });

  it('says why each regime ends as it does, each reason and each source once under the table', () => {
    const r = rogatory('compare', 'scenarios/fictional/regime-data-location.yaml');
    expect(r.code).toBe(0);
    const rows = r.out.split('\n').filter((l) => /^(contract|location-principle|provider-control|e-evidence) /.test(l));
    expect(rows.map((l) => l.trim().split(/\s+/).at(-1))).toEqual(['[1]', '[1]', '[2]', '[2]']);
    // Delivered: the verdict that opened the channel taken; blocked: the objection that closed the last one.
    expect(r.out).toContain('  [1] BO-CE-MLAT binds Borealis and Cerulea; the request goes to the data\'s location (Cerulea). (BO-CE-MLAT)');
    expect(r.out).toContain('  [2] Cerulea objected: the letters rogatory channel is closed under CE-LOCALISATION-7. (CE-LOCALISATION-7)');
    expect(r.out).toContain('Sources:\n  BO-CE-MLAT: Borealis-Cerulea Mutual Legal Assistance Treaty (fictional)\n  CE-LOCALISATION-7: Cerulea Data Localisation Law art.7 (fictional)');
    expect(r.out.split('Cerulea Data Localisation Law art.7').length).toBe(2);
    const json = JSON.parse(rogatory('compare', 'scenarios/fictional/regime-data-location.yaml', '--json').out);
    expect(json.regimes.map((row: { why: { cites: string[] } }) => row.why.cites)).toEqual([['BO-CE-MLAT'], ['BO-CE-MLAT'], ['CE-LOCALISATION-7'], ['CE-LOCALISATION-7']]);
  });

  it('a withdrawal is explained by its day and the step it followed, not only "withdrew the request"', () => {
    const r = rogatory('compare', 'scenarios/real/skype-belgium-2012.yaml');
    expect(r.code).toBe(0);
    expect(r.out).toContain('  [1] On day 10 the requesting authority withdrew the request. It followed: The provider did not answer the direct request by day 10: declined.');
  });

  it('a refusal is explained by the refusal, not by the closing step', () => {
    const r = rogatory('compare', 'scenarios/fictional/mlat-refused-dual-criminality.yaml');
    expect(r.out).toContain('[1] The requested state refused the mutual legal assistance request (ground: dual criminality');
    expect(r.out).not.toContain('No channel is left');
  });

  it('adds no footnote where nothing was assumed and no conflict was met', () => {
    const r = rogatory('compare', 'scenarios/fictional/blocking-statute-mlat.yaml');
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('*');
    expect(r.out).not.toContain('conflict of laws');
  });
});

describe('rogatory test', () => {
  it('exits 0 when every expectation holds, closing with the count line', () => {
    const r = rogatory('test', `${F}/passes.yaml`);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toEqual(['PASS cli-passes (test/fixtures/cli/passes.yaml): delivered via mlat on day 300', '1 passed, 0 failed']);
  });

  it('exits 1 when an expectation fails, saying which field and why', () => {
    const r = rogatory('test', `${F}/passes.yaml`, `${F}/fails.yaml`);
    expect(r.code).toBe(1);
    expect(r.out).toContain('FAIL cli-fails (test/fixtures/cli/fails.yaml): channel: expected agreement, got mlat; days: expected at most 100, got 300');
    expect(r.out.trim().split('\n').at(-1)).toBe('1 passed, 1 failed');
  });

  it('exits 2 when a file is invalid, and still tests the others', () => {
    const r = rogatory('test', `${F}/passes.yaml`, `${F}/invalid.yaml`);
    expect(r.code).toBe(2);
    expect(r.out.trim().split('\n').at(-1)).toBe('1 passed, 1 failed');
    expect(r.err).toContain('invalid.yaml:16:46');
  });
});

describe('rogatory validate', () => {
  it('exits 0 for valid files', () => {
    const r = rogatory('validate', `${F}/passes.yaml`, `${F}/fails.yaml`);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`ok ${F}/passes.yaml`);
  });

  it.each([
    ['script-refuse.yaml', ':19:1: script[1]: REFUSE on day 0 in state direct.blocked: nothing has gone out for the requested state to refuse'],
    ['script-closed.yaml', ':18:1: script[0]: CHOOSE_AGREEMENT on day 0 in state intake: No data-access agreement binds Borealis and Arcadia'],
    ['script-busy.yaml', ':19:1: script[1]: CHOOSE_ROGATORY on day 10 in state mlat.drafting: the mutual legal assistance channel is under way'],
  ])('an event the script reaches in the wrong state makes %s invalid (exit 2)', (file, message) => {
    const r = rogatory('validate', `${F}/${file}`);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${F}/${file}${message}`);
  });
});
