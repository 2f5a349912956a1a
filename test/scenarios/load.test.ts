import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findScenarioFiles, formatError, loadScenarioFile, parseScenario } from '../../scenarios/load.ts';
import { TEST_BUILTIN } from './world.ts';

const EXAMPLE = fileURLToPath(new URL('../fixtures/valid/contract-example.yaml', import.meta.url));

const MINIMAL = `
id: minimal
title: Minimal
summary: Only what must be written.
world:
  extends: none
  jurisdictions:
    - { id: AR, name: Arcadia }
    - { id: BO, name: Borealis }
  providers:
    - { id: nimbus, name: Nimbus Mail, home: AR, storesIn: [AR] }
  rules:
    - { id: AR-ACT, kind: blocking, jurisdiction: AR, data: [content], source: fictional }
  instruments:
    - { id: T-MLAT, kind: mlat, parties: [AR, BO], data: [content], source: fictional }
    - { id: T-AGR, kind: agreement, parties: [AR, BO], data: [content], source: fictional }
    - { id: T-DC, kind: direct-cooperation, parties: [AR, BO], data: [subscriber], source: fictional }
    - { id: T-HALF, kind: mlat, parties: [AR, BO], data: [content], days: { median: 100 }, source: fictional }
request:
  from: BO
  provider: nimbus
  data: content
`;

function load(text: string, builtin = TEST_BUILTIN) {
  return parseScenario(text, 'inline.yaml', builtin);
}

describe('a valid scenario', () => {
  it('loads with every default of the contract filled in', () => {
    const { scenario, errors } = load(MINIMAL);
    expect(errors).toEqual([]);
    expect(scenario).toEqual({
      id: 'minimal',
      title: 'Minimal',
      summary: 'Only what must be written.',
      objectives: [],
      file: 'inline.yaml',
      world: {
        jurisdictions: [
          { id: 'AR', name: 'Arcadia', consultation: { answer: 'silent', days: 30 } },
          { id: 'BO', name: 'Borealis', consultation: { answer: 'silent', days: 30 } },
        ],
        providers: [
          {
            id: 'nimbus',
            name: 'Nimbus Mail',
            home: 'AR',
            storesIn: ['AR'],
            answersDirect: [],
            responseDays: 10,
            emergencyDisclosure: false,
          },
        ],
        rules: [
          {
            id: 'AR-ACT',
            kind: 'blocking',
            jurisdiction: 'AR',
            data: ['content'],
            connection: ['data-location', 'provider-home'],
            except: [],
            source: 'fictional',
          },
        ],
        instruments: [
          { id: 'T-MLAT', kind: 'mlat', parties: ['AR', 'BO'], data: ['content'], days: { median: 300, p90: 540 }, excludes: [], source: 'fictional' },
          { id: 'T-AGR', kind: 'agreement', parties: ['AR', 'BO'], data: ['content'], days: { median: 30, p90: 60 }, excludes: [], source: 'fictional' },
          { id: 'T-DC', kind: 'direct-cooperation', parties: ['AR', 'BO'], data: ['subscriber'], days: { median: 20, p90: 45 }, excludes: [], source: 'fictional' },
          { id: 'T-HALF', kind: 'mlat', parties: ['AR', 'BO'], data: ['content'], days: { median: 100, p90: 540 }, excludes: [], source: 'fictional' },
        ],
      },
      regime: { requestedState: 'data-location', maxExtensions: 1 },
      request: { from: 'BO', provider: 'nimbus', data: 'content', urgency: 'routine', subject: {}, preservation: 'auto' },
      script: [],
    });
  });

  it('loads the whole example of the contract', () => {
    const { scenario, errors } = loadScenarioFile(EXAMPLE, TEST_BUILTIN);
    expect(errors).toEqual([]);
    expect(scenario?.id).toBe('arcadia-borealis-content');
    expect(scenario?.request.preservation).toBe('manual');
    expect(scenario?.world.jurisdictions.map((j) => j.id)).toEqual(['AR', 'BO', 'CE']);
    expect(scenario?.world.jurisdictions[2]?.consultation).toEqual({ answer: 'object', days: 20 });
    expect(scenario?.expect).toEqual({
      outcome: 'delivered',
      channel: 'mlat',
      attempts: ['direct', 'mlat'],
      cites: ['AR-DATA-ACT-12', 'AR-BO-MLAT'],
      days: { max: 330 },
    });
  });

  it('turns flat script steps into typed events that know their line', () => {
    const text = `${MINIMAL}script:
  - { day: 0, event: SEND_DIRECT }
  - event: THIRD_COUNTRY_ANSWERS
    country: AR
    answer: consent
  - { day: 40, event: REFUSE, ground: public order }
  - { event: PROVIDER_REFUSES, reason: terms of service }
  - { event: WITHDRAW }
`;
    const lines = text.split('\n');
    const lineOf = (fragment: string) => lines.findIndex((line) => line.includes(fragment)) + 1;
    const { scenario, errors } = load(text);
    expect(errors).toEqual([]);
    expect(scenario?.script).toEqual([
      { day: 0, event: { type: 'SEND_DIRECT' }, line: lineOf('SEND_DIRECT') },
      { event: { type: 'THIRD_COUNTRY_ANSWERS', country: 'AR', answer: 'consent' }, line: lineOf('THIRD_COUNTRY_ANSWERS') },
      { day: 40, event: { type: 'REFUSE', ground: 'public order' }, line: lineOf('REFUSE,') },
      { event: { type: 'PROVIDER_REFUSES', reason: 'terms of service' }, line: lineOf('PROVIDER_REFUSES') },
      { event: { type: 'WITHDRAW' }, line: lineOf('WITHDRAW') },
    ]);
  });

  it('keeps the project extensions', () => {
    const text = MINIMAL.replace('  data: content\n', '  data: content\n  date: 2024-02-29\n')
      .replace('{ id: AR, name: Arcadia }', '{ id: AR, name: Arcadia, memberships: [EU] }')
      .concat('regime: { name: location-principle, requestedState: provider-home, maxExtensions: 0 }\ndebrief: What happened.\n');
    const { scenario, errors } = load(text);
    expect(errors).toEqual([]);
    expect(scenario?.request.date).toBe('2024-02-29');
    expect(scenario?.world.jurisdictions[0]?.memberships).toEqual(['EU']);
    // The named regime's settings, with the fields given beside the name overriding them.
    expect(scenario?.regime).toEqual({ name: 'location-principle', locationConsent: true, requestedState: 'provider-home', maxExtensions: 0 });
    expect(scenario?.debrief).toBe('What happened.');
  });
});

describe('the built-in world', () => {
  it('is the start of a file that does not say otherwise, and the file overrides by id and appends', () => {
    const { scenario, errors } = load(`
id: over-builtin
title: Over the built-in world
summary: Refers to built-in entries, replaces one, adds one.
world:
  jurisdictions:
    - { id: FR, name: République française }
    - { id: CE, name: Cerulea }
  instruments:
    - { id: FR-US-MLAT, kind: mlat, parties: [FR, US], data: [content], days: { median: 200, p90: 400 }, source: amended }
request:
  from: CE
  provider: bigmail
  data: content
  subject: { nationality: FR }
expect:
  cites: [US-SCA, FR-US-MLAT]
`);
    expect(errors).toEqual([]);
    const world = scenario?.world;
    expect(world?.jurisdictions.map((j) => `${j.id} ${j.name}`)).toEqual(['US United States', 'FR République française', 'CE Cerulea']);
    expect(world?.providers).toEqual(TEST_BUILTIN.providers);
    expect(world?.rules).toEqual(TEST_BUILTIN.rules);
    expect(world?.instruments).toHaveLength(1);
    expect(world?.instruments[0]?.days).toEqual({ median: 200, p90: 400 });
    expect(world?.instruments[0]?.source).toBe('amended');
  });

  it('is ignored by a file with extends: none', () => {
    const { scenario, errors } = load(MINIMAL);
    expect(errors).toEqual([]);
    expect(scenario?.world.jurisdictions.map((j) => j.id)).toEqual(['AR', 'BO']);
    expect(scenario?.world.providers.map((p) => p.id)).toEqual(['nimbus']);

    const refersToBuiltin = load(MINIMAL.replace('provider: nimbus', 'provider: bigmail'));
    expect(refersToBuiltin.errors.map(formatError)).toEqual([
      'inline.yaml:21:13: request.provider: unknown provider "bigmail"; known: nimbus',
    ]);
  });
});

describe('a script that answers for a state whose answer is unknown', () => {
  const withUnknown = (answer: string) => `${MINIMAL.replace('{ id: AR, name: Arcadia }', '{ id: AR, name: Arcadia, consultation: { answer: unknown, days: 30 } }')}script:
  - { day: 30, event: THIRD_COUNTRY_ANSWERS, country: AR, answer: ${answer} }
`;

  it('is refused where it says silent, at the step\'s answer field', () => {
    const text = withUnknown('silent');
    const line = text.split('\n').findIndex((l) => l.includes('THIRD_COUNTRY_ANSWERS')) + 1;
    const column = text.split('\n')[line - 1]!.indexOf('silent') + 1;
    const { errors } = load(text);
    expect(errors.map(formatError)).toEqual([
      `inline.yaml:${line}:${column}: script[0].answer: AR's answer is unknown: a script decides it as consent or object, not silent`,
    ]);
  });

  it('loads where it decides consent or object', () => {
    expect(load(withUnknown('consent')).errors).toEqual([]);
    expect(load(withUnknown('object')).errors).toEqual([]);
  });
});

describe('error reporting', () => {
  it('formats errors as file:line:column: path: message', () => {
    const error = { file: 'a.yaml', line: 3, column: 9, path: 'request.data', message: 'expected one of subscriber, traffic, content, got "x"' };
    expect(formatError(error)).toBe('a.yaml:3:9: request.data: expected one of subscriber, traffic, content, got "x"');
    expect(formatError({ ...error, path: '' })).toBe('a.yaml:3:9: expected one of subscriber, traffic, content, got "x"');
  });

  it('reports a file that cannot be read against its name', () => {
    const { scenario, errors } = loadScenarioFile('no/such/file.yaml', TEST_BUILTIN);
    expect(scenario).toBeUndefined();
    expect(errors.map(formatError)).toEqual(['no/such/file.yaml:1:1: cannot read the file: no such file']);
  });

  it('reports an alias to an anchor that does not exist', () => {
    const { errors } = load(MINIMAL.replace('data: content\n', 'data: *category\n'));
    expect(errors.map(formatError)).toEqual(['inline.yaml:22:9: YAML syntax: no anchor &category before this alias']);
  });
});

describe('finding scenario files', () => {
  it('searches folders recursively for .yaml and .yml, in sorted order, and keeps named files', () => {
    const root = mkdtempSync(join(tmpdir(), 'rogatory-find-'));
    const write = (path: string) => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), 'id: x\n');
    };
    ['b.yaml', 'a.yml', 'notes.txt', 'deep/er/c.YAML', '.hidden/d.yaml', 'node_modules/e.yaml'].forEach(write);
    try {
      const named = join(root, 'notes.txt');
      expect(findScenarioFiles([root, named, join(root, 'b.yaml')])).toEqual(
        [join(root, 'a.yml'), join(root, 'b.yaml'), join(root, 'deep/er/c.YAML'), named].sort(),
      );
      expect(findScenarioFiles([join(root, 'missing.yaml')])).toEqual([join(root, 'missing.yaml')]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});


describe('fields that would be read by nothing where they are written', () => {
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('refuses rates beside a known answer, naming the field', () => {
    const text = MINIMAL.replace('{ id: AR, name: Arcadia }',
      '{ id: AR, name: Arcadia, consultation: { answer: object, rates: { consent: 0.5, object: 0.5, source: fictional } } }');
    const { errors } = load(text);
    expect(errors.map(formatError)).toEqual([
      expect.stringMatching(new RegExp(`^inline\\.yaml:${lineOf(text, 'rates:')}:\\d+: world\\.jurisdictions\\[0\\]\\.consultation\\.rates: rates apply only to an unknown answer \\(answer: unknown\\); AR's answer is "object"`)),
    ]);
    expect(load(text.replace('answer: object', 'answer: unknown')).errors).toEqual([]);
  });

  it('refuses one-way exclusions on an instrument that is not an agreement, naming the field', () => {
    const exclusions = 'directionalExcludes: [{ from: BO, subjectLocation: [AR], source: fictional }]';
    const onMlat = MINIMAL.replace('{ id: T-MLAT, kind: mlat, parties: [AR, BO], data: [content], source: fictional }',
      `{ id: T-MLAT, kind: mlat, parties: [AR, BO], data: [content], source: fictional, ${exclusions} }`);
    expect(load(onMlat).errors.map(formatError)).toEqual([
      expect.stringMatching(new RegExp(`^inline\\.yaml:${lineOf(onMlat, 'directionalExcludes')}:\\d+: world\\.instruments\\[0\\]\\.directionalExcludes: directionalExcludes apply only to a data-access agreement \\(kind: agreement\\); T-MLAT is of kind "mlat"`)),
    ]);
    const onAgreement = MINIMAL.replace('{ id: T-AGR, kind: agreement, parties: [AR, BO], data: [content], source: fictional }',
      `{ id: T-AGR, kind: agreement, parties: [AR, BO], data: [content], source: fictional, ${exclusions} }`);
    expect(load(onAgreement).errors).toEqual([]);
  });
});
