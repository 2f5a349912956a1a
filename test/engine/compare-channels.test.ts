import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../scenarios/load.ts';
import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';
import type { Scenario } from '../../machines/scenario.ts';
import { MLAT, scenario } from './build.ts';
import { COMPARED_REGIMES, compareRegimes, formatComparison, type RegimeRow } from '../../machines/run/compare.ts';

const shipped = (file: string): Scenario => loadScenarioFile(join(import.meta.dirname, '..', '..', 'scenarios', file), BUILTIN_WORLD).scenario!;

const CLOUD_ACT = 'US-CLOUD-2713 lets authorities of the requesting state (United States) compel Microsoft (Outlook.com mailbox stored in Dublin) (based in United States) to produce content data in its possession, custody or control, wherever stored. The direct request is a compelled order, answered after 10 days.';
const CLOUD_ACT_SOURCE = '18 USC 2713, added by the CLOUD Act, Pub. L. 115-141, Div. V, enacted 23 Mar 2018 [S1b][S5]; 18 USC 2703(h) [S4] (uncertain: Providers that are not US companies but are subject to US jurisdiction (by presence or business in the US) are also bound; the model reaches them only through `establishments` where a provider lists US. Statutory review under 2703(h)(2) exists only for a qualifying foreign government\'s law; against other states\' laws the review modelled here is the common-law comity analysis, for which no deadline applies (14 days is used).)';
const US_IE_SOURCE = 'Treaty signed at Washington 18 Jan 2001 (TIAS 13137; Senate Treaty Doc. 107-9), entered into force 11 Aug 2009 (the treaty Ireland asked the US to use in the Microsoft case [S47]); Agreement on Mutual Legal Assistance between the US and the EU (signed 25 Jun 2003) and the bilateral instrument under its art. 3(2) (Senate Treaty Doc. 109-13; Exec. Rept. 110-13), in force 1 Feb 2010; US State Department INCSR 2015 lists an MLAT in force with Ireland';
const MICROSOFT = 'Microsoft (Outlook.com mailbox stored in Dublin)';

describe('comparing a request under each regime (Microsoft Ireland after the CLOUD Act)', () => {
  const s = shipped('real/microsoft-ireland-cloud-act.yaml');
  // Compared inside each test: a result computed while the suite is collected never sees a mutant.

  it('lists the contract default then every named regime, each with its title', () => {
    const rows = compareRegimes(s);
    expect(COMPARED_REGIMES).toEqual([
      { name: 'contract', title: 'Contract default (data location)' },
      { name: 'location-principle', title: 'Location principle' },
      { name: 'provider-control', title: 'Provider control' },
      { name: 'e-evidence', title: 'Order to a provider in the Union' },
    ]);
    expect(rows.map((r) => [r.regime, r.title])).toEqual(COMPARED_REGIMES.map((r) => [r.name, r.title]));
  });

  it('gives each regime its outcome, channel, days, attempts and cited rules', () => {
    const rows = compareRegimes(s);
    expect(rows.map((r) => [r.regime, r.outcome, r.channel, r.days, r.attempts, r.cites])).toEqual([
      ['contract', 'delivered', 'direct', 10, ['direct'], ['US-CLOUD-2713']],
      ['location-principle', 'delivered', 'mlat', 324, ['direct', 'mlat'], ['US-CLOUD-2713', 'LOCATION-PRINCIPLE-IE', 'US-IE-MLAT']],
      ['provider-control', 'delivered', 'direct', 10, ['direct'], ['US-CLOUD-2713']],
      ['e-evidence', 'delivered', 'direct', 10, ['direct'], ['US-CLOUD-2713']],
    ]);
    expect(rows.map((r) => r.why.cites)).toEqual([['US-CLOUD-2713'], ['US-IE-MLAT'], ['US-CLOUD-2713'], ['US-CLOUD-2713']]);
    expect(rows[1]!.why.reason).toBe("US-IE-MLAT binds United States and Ireland; the request goes to the data's location (Ireland).");
  });

  it('only the location principle meets a conflict of laws and rests on assumptions; no row is sampled unless asked', () => {
    // Compared here, not once for the describe: a comparison made while the tests are collected
    // would not see a change to the engine that a mutation run makes for this test alone.
    const rows = compareRegimes(s);
    expect(rows.map((r) => Object.keys(r).filter((k) => ['assumptions', 'conflict', 'sample'].includes(k)))).toEqual([[], ['assumptions', 'conflict'], [], []]);
    expect(rows[1]!.conflict).toEqual({ choice: 'refuse', breached: ['US-CLOUD-2713'], sanction: 'contempt of court for failing to comply with the warrant, order or subpoena' });
    expect(rows[1]!.assumptions!.map((a) => a.assumed)).toEqual(['review', 'upheld', 'refuse']);
  });

  it('writes the table, one note per distinct reason, each source once, the conflict and the assumptions', () => {
    const rows = compareRegimes(s);
    expect(formatComparison(s, rows)).toBe([
      'Microsoft Ireland after the CLOUD Act: the same warrant in 2019 (microsoft-ireland-cloud-act) under each regime',
      '',
      'regime              outcome     channel  days  attempts       why',
      'contract            delivered   direct   10    direct         [1]',
      'location-principle  delivered*  mlat     324   direct > mlat  [2]',
      'provider-control    delivered   direct   10    direct         [1]',
      'e-evidence          delivered   direct   10    direct         [1]',
      '',
      'Why (the verdict of the channel taken, or the step that ended the request):',
      `  [1] ${CLOUD_ACT} (US-CLOUD-2713)`,
      "  [2] US-IE-MLAT binds United States and Ireland; the request goes to the data's location (Ireland). (US-IE-MLAT)",
      '',
      'Sources:',
      `  US-CLOUD-2713: ${CLOUD_ACT_SOURCE}`,
      `  US-IE-MLAT: ${US_IE_SOURCE}`,
      '',
      'A conflict of laws (one state compels what another forbids):',
      "  location-principle: the provider's last choice: refuse.",
      '',
      '* rests on what the default policy assumed (`rogatory run FILE --regime NAME` says each and why):',
      `  location-principle: ${MICROSOFT}'s choice between US-CLOUD-2713 and LOCATION-PRINCIPLE-IE: review.`,
      '  location-principle: the ruling on the review of US-CLOUD-2713: upheld.',
      `  location-principle: ${MICROSOFT}'s choice between US-CLOUD-2713 and LOCATION-PRINCIPLE-IE: refuse.`,
    ].join('\n'));
  });

  it('takes a source from the world of the regime that cited it first, even if a later regime does not know it; several sources are cited together', () => {
    const rows = compareRegimes(s);
    const cited = (row: RegimeRow, cites: string[]): RegimeRow => ({ ...row, why: { ...row.why, cites } });
    const text = formatComparison(s, [rows[0]!, cited(rows[1]!, ['LOCATION-PRINCIPLE-IE']), cited(rows[2]!, ['LOCATION-PRINCIPLE-IE', 'NO-SUCH-RULE'])]);
    const sources = text.split('\n').slice(text.split('\n').indexOf('Sources:') + 1);
    expect(sources[0]).toBe(`  US-CLOUD-2713: ${CLOUD_ACT_SOURCE}`);
    expect(sources[1]).toMatch(/^ {2}LOCATION-PRINCIPLE-IE: China \+ Central Asia Data Security Cooperation Initiative, Nur-Sultan, 8 June 2022: .* under the location principle, Ireland consents first\.$/);
    expect(sources[2]).toBe('  NO-SUCH-RULE: unknown source');
    expect(sources[3]).toBe('');
    expect(text.split('\n').find((l) => l.startsWith('  [3] '))).toMatch(/ days\. \(LOCATION-PRINCIPLE-IE, NO-SUCH-RULE\)$/);
  });
});

describe('comparing a request the regimes send to different states (one request, two doctrines)', () => {
  const s = shipped('fictional/regime-data-location.yaml');
  // Compared inside each test: a result computed while the suite is collected never sees a mutant.

  it('shows the blocked regimes with no channel, both attempts, and the objection with the rule invoked', () => {
    const rows = compareRegimes(s);
    expect(formatComparison(s, rows)).toBe([
      'One request, two doctrines (1): the state where the data sits (regime-data-location) under each regime',
      '',
      'regime              outcome    channel  days  attempts         why',
      'contract            delivered  mlat     240   mlat             [1]',
      'location-principle  delivered  mlat     240   mlat             [1]',
      'provider-control    blocked    -        40    mlat > rogatory  [2]',
      'e-evidence          blocked    -        40    mlat > rogatory  [2]',
      '',
      'Why (the verdict of the channel taken, or the step that ended the request):',
      "  [1] BO-CE-MLAT binds Borealis and Cerulea; the request goes to the data's location (Cerulea). (BO-CE-MLAT)",
      '  [2] Cerulea objected: the letters rogatory channel is closed under CE-LOCALISATION-7. (CE-LOCALISATION-7)',
      '',
      'Sources:',
      '  BO-CE-MLAT: Borealis-Cerulea Mutual Legal Assistance Treaty (fictional)',
      '  CE-LOCALISATION-7: Cerulea Data Localisation Law art.7 (fictional)',
    ].join('\n'));
    expect(rows.map((r) => Object.keys(r).includes('conflict'))).toEqual([false, false, false, false]);
  });

  it('a row with no attempt shows a dash; a reason with no sources and no message is written as recorded, with no source list', () => {
    const rows = compareRegimes(s);
    const bare = (row: RegimeRow): RegimeRow => ({ ...row, attempts: [], why: { reason: 'Nothing was tried.', cites: [] } as unknown as RegimeRow['why'] });
    expect(formatComparison(s, [bare(rows[2]!)])).toBe([
      'One request, two doctrines (1): the state where the data sits (regime-data-location) under each regime',
      '',
      'regime            outcome  channel  days  attempts  why',
      'provider-control  blocked  -        40    -         [1]',
      '',
      'Why (the verdict of the channel taken, or the step that ended the request):',
      '  [1] Nothing was tried.',
    ].join('\n'));
  });

  it('with ten or more distinct reasons, the notes\' numbers are padded to the widest and no line ends in spaces', () => {
    const rows = compareRegimes(s);
    // Four regimes give at most four reasons today; a caller's own rows (or more regimes) may give more.
    const reasons = Array.from({ length: 10 }, (_, k): RegimeRow => ({
      ...rows[k % 4]!, why: { reason: `Reason ${k + 1}.`, cites: [] } as unknown as RegimeRow['why'],
    }));
    const text = formatComparison(s, reasons);
    expect(text.split('\n').slice(2, 13)).toEqual([
      'regime              outcome    channel  days  attempts         why',
      'contract            delivered  mlat     240   mlat             [1]',
      'location-principle  delivered  mlat     240   mlat             [2]',
      'provider-control    blocked    -        40    mlat > rogatory  [3]',
      'e-evidence          blocked    -        40    mlat > rogatory  [4]',
      'contract            delivered  mlat     240   mlat             [5]',
      'location-principle  delivered  mlat     240   mlat             [6]',
      'provider-control    blocked    -        40    mlat > rogatory  [7]',
      'e-evidence          blocked    -        40    mlat > rogatory  [8]',
      'contract            delivered  mlat     240   mlat             [9]',
      'location-principle  delivered  mlat     240   mlat             [10]',
    ]);
    expect(text.split('\n').slice(-2)).toEqual(['  [9] Reason 9.', '  [10] Reason 10.']);
  });

  it('with no rows, gives the heading, the column names and an empty list of reasons', () => {
    expect(formatComparison(s, [])).toBe([
      'One request, two doctrines (1): the state where the data sits (regime-data-location) under each regime',
      '',
      'regime  outcome  channel  days  attempts  why',
      '',
      'Why (the verdict of the channel taken, or the step that ended the request):',
    ].join('\n'));
  });
});

describe('comparing with a sample', () => {
  it('adds the sampled median days with their spread and the share delivered; a regime that never delivers shows a dash and 0%', () => {
    const s = shipped('fictional/preservation-race-lost.yaml');
    const rows = compareRegimes(s, { runs: 20, seed: 3 });
    expect(rows.map((r) => [r.sample!.runs, r.sample!.outcomes])).toEqual([
      [20, { 'data-lost': 19, delivered: 1 }], [20, { 'data-lost': 19, delivered: 1 }], [20, { 'data-lost': 19, delivered: 1 }], [20, { 'data-lost': 20 }],
    ]);
    expect(formatComparison(s, rows)).toBe([
      'A slow treaty request outrun by data retention (preservation-race-lost) under each regime',
      '',
      'regime              outcome    channel  days  attempts  sampled p50 (p10-p90)  delivered  why',
      'contract            data-lost  mlat     180   mlat      176 (176-176)          5%         [1]',
      'location-principle  data-lost  mlat     180   mlat      176 (176-176)          5%         [1]',
      'provider-control    data-lost  mlat     180   mlat      176 (176-176)          5%         [1]',
      'e-evidence          data-lost  mlat     90    mlat      -                      0%         [2]',
      '',
      'Why (the verdict of the channel taken, or the step that ended the request):',
      '  [1] No channel produced the data by the end of day 180: the provider deleted it.',
      '  [2] No channel produced the data by the end of day 90: the provider deleted it.',
    ].join('\n'));
  });

  it('shows the spread of a channel whose sampled days vary', () => {
    const s = shipped('fictional/provider-practice-by-state.yaml');
    const text = formatComparison(s, compareRegimes(s, { runs: 20, seed: 3 }));
    expect(text.split('\n').slice(2, 4)).toEqual([
      'regime              outcome    channel  days  attempts  sampled p50 (p10-p90)  delivered  why',
      'contract            delivered  direct   5     direct    5 (5-265)              100%       [1]',
    ]);
  });
});

describe('comparing in another language', () => {
  it('uses the scenario\'s own French title and French words around the table, keeping the column names', () => {
    const s = shipped('real/france-us-provider-content.yaml');
    const text = formatComparison(s, compareRegimes(s), 'fr');
    const lines = text.split('\n');
    expect(lines[0]).toBe('La France demande à un fournisseur américain le contenu de courriels (2025) (france-us-provider-content) sous chaque régime');
    expect(lines[2]).toBe('regime              outcome    channel  days  attempts       why');
    expect(lines[3]).toBe('contract            delivered  mlat     300   direct > mlat  [1]');
    expect(lines[8]).toBe('Pourquoi (l’appréciation de la voie suivie, ou l’étape qui a mis fin à la demande) :');
    expect(lines[9]).toBe('  [1] US-FR-MLAT lie l’État requérant (France) et l’État requis (États-Unis) ; la demande part vers le lieu où se trouvent les données (États-Unis). (US-FR-MLAT)');
    expect(lines[13]).toBe('Sources :');
    expect(lines[14]).toMatch(/^ {2}US-FR-MLAT: Treaty signed at Paris 10 Dec 1998 /);
  });

  it('falls back to the English title when the scenario has none in that language', () => {
    const untranslated = scenario({ world: { instruments: [MLAT] } });
    expect(formatComparison(untranslated, compareRegimes(untranslated), 'fr').split('\n')[0]).toBe('Engine test (engine-test) sous chaque régime');
    const chineseOnly: Scenario = { ...untranslated, translations: { zh: { title: '引擎测试' } } } as Scenario;
    expect(formatComparison(chineseOnly, compareRegimes(chineseOnly), 'fr').split('\n')[0]).toBe('Engine test (engine-test) sous chaque régime');
    expect(formatComparison(chineseOnly, compareRegimes(chineseOnly), 'zh').split('\n')[0]).toBe('引擎测试（engine-test）在各制度下的结果');
  });
});
