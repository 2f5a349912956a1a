import { describe, expect, it } from 'vitest';
import { formatError, parseScenario } from '../../scenarios/load.ts';
import { MAX_ALIASES, MAX_DEPTH, MAX_ERRORS_LISTED, MAX_NODES, MAX_SCENARIO_BYTES, MAX_TOKENS } from '../../scenarios/limits.ts';
import { tokensIn, valuesIn } from '../../scenarios/measure.ts';
import { TEST_BUILTIN } from './world.ts';

/** A valid scenario of 16 lines; each test adds to its end. */
const BASE = `id: limits
title: Limits
summary: A file that grows.
world:
  extends: none
  jurisdictions:
    - { id: AR, name: Arcadia }
    - { id: BO, name: Borealis }
  providers:
    - { id: nimbus, name: Nimbus Mail, home: AR, storesIn: [AR] }
  instruments:
    - { id: T-MLAT, kind: mlat, parties: [AR, BO], data: [content], source: fictional }
request:
  from: BO
  provider: nimbus
  data: content
`;
const BASE_LINES = 16;

function load(text: string) {
  return parseScenario(text, 'big.yaml', TEST_BUILTIN);
}



/** `objectives: [x,x,...]` on line BASE_LINES + 1: item i starts at column 14 + 2i. */
const objectives = (n: number, item = (_: number) => 'x') => `${BASE}objectives: [${Array.from({ length: n }, (_, i) => item(i)).join(',')}]\n`;

describe('the limits of a scenario file', () => {
  it('allows its size in bytes, and refuses more at the character that holds the first byte past it', () => {
    // A comment of two-byte characters pads the file on line BASE_LINES + 1.
    const base = Buffer.byteLength(BASE);
    const padded = (bytes: number) => {
      const room = bytes - base - '# \n'.length;
      return `${BASE}# ${'é'.repeat(Math.floor(room / 2))}${room % 2 ? 'x' : ''}\n`;
    };
    const atLimit = padded(MAX_SCENARIO_BYTES);
    expect(Buffer.byteLength(atLimit)).toBe(MAX_SCENARIO_BYTES);
    expect(load(atLimit).errors).toEqual([]);

    const over = padded(MAX_SCENARIO_BYTES + 2);
    const { scenario, errors, exceeded } = load(over);
    expect(scenario).toBeUndefined();
    expect(exceeded).toBe('bytes');
    // Byte MAX_SCENARIO_BYTES (from 0) is in the comment, after "# " and two bytes a character.
    const column = 3 + Math.floor((MAX_SCENARIO_BYTES - base - 2) / 2);
    expect(errors.map(formatError)).toEqual([
      `big.yaml:${BASE_LINES + 1}:${column}: the file is 200,002 bytes, over the limit of 200,000 bytes for a scenario (it passes the limit here): remove what the scenario does not need, or split it in two`,
    ]);
  });

  it('allows its number of YAML tokens, and refuses one more at the token that passes it', () => {
    // Each comment line is 2 tokens, the comment and its line break; a blank line is one.
    const room = MAX_TOKENS - tokensIn(BASE);
    const blank = room % 2 ? '\n' : '';
    const atLimit = `${BASE}${blank}${'#c\n'.repeat(Math.floor(room / 2))}`;
    expect(tokensIn(atLimit)).toBe(MAX_TOKENS);
    expect(load(atLimit).errors).toEqual([]);

    const { errors, exceeded } = load(`${atLimit}#c\n`);
    expect(exceeded).toBe('tokens');
    expect(errors).toEqual([{
      file: 'big.yaml', line: BASE_LINES + blank.length + Math.floor(room / 2) + 1, column: 1, path: '',
      message: expect.stringMatching(/^more than 20,000 YAML tokens \(.*\), the limit for a scenario: remove the comments and blank lines/),
    }]);
  });

  it('allows its number of nodes, and refuses one more at that node, with its field', () => {
    const room = MAX_NODES - valuesIn(BASE) - 2;
    expect(load(objectives(room)).errors).toEqual([]);

    const { errors, exceeded } = load(objectives(room + 1));
    expect(exceeded).toBe('nodes');
    expect(errors).toEqual([{
      file: 'big.yaml', line: BASE_LINES + 1, column: 14 + 2 * room, path: `objectives[${room}]`,
      message: 'more than 5,000 values, the limit for a scenario (every key, value and list entry counts, and what an alias repeats counts again): shorten the lists from here on, or split the scenario',
    }]);
  });

  it('loads a long block list: reading stops early only once the nodes are sure to pass the limit', () => {
    // `- x` is 2 of the tokens that make nodes for 1 node: twice as many as a flow list's `x,`.
    const entries = Math.floor((MAX_TOKENS - tokensIn(BASE) - 10) / 5);
    const text = `${BASE}objectives:\n${'- x\n'.repeat(entries)}`;
    expect(entries).toBeGreaterThan(MAX_NODES / 2);
    expect(tokensIn(text)).toBeLessThanOrEqual(MAX_TOKENS);
    const { scenario, errors } = load(text);
    expect(errors).toEqual([]);
    expect(scenario?.objectives).toHaveLength(entries);
  });

  it('counts again what an alias repeats, and stops at the alias that passes the node limit', () => {
    // An anchored list of 100 entries is 101 nodes; each alias of it adds 101 more.
    const list = `${BASE}objectives: &o [${Array(100).fill('x').join(',')}]\ndebrief:\n`;
    const fits = Math.floor((MAX_NODES - valuesIn(`${list}  - x\n`) + 1) / 101);
    const aliases = (n: number) => `${list}${'  - *o\n'.repeat(n)}`;
    // Within the limit the aliases load (and are then a list where the schema wants a text).
    expect(load(aliases(fits)).errors.map(formatError)).toEqual([`big.yaml:${BASE_LINES + 3}:3: debrief: expected a string, got a list`]);

    const { errors, exceeded } = load(aliases(fits + 1));
    expect(exceeded).toBe('nodes');
    expect(errors.map(formatError)).toEqual([
      `big.yaml:${BASE_LINES + 2 + fits + 1}:5: debrief[${fits}]: more than 5,000 values, the limit for a scenario (every key, value and list entry counts, and what an alias repeats counts again): shorten the lists from here on, or split the scenario`,
    ]);
  });

  it(`allows ${MAX_ALIASES} aliases, and refuses the one after, at its place`, () => {
    const item = (i: number) => (i === 0 ? '&x x' : '*x');
    const { scenario, errors } = load(objectives(MAX_ALIASES + 1, item));
    expect(errors).toEqual([]);
    expect(scenario?.objectives).toEqual(Array(MAX_ALIASES + 1).fill('x'));

    // `&x x` is 4 characters, each `*x` 2, and a comma between each.
    const over = load(objectives(MAX_ALIASES + 2, item));
    expect(over.exceeded).toBe('aliases');
    expect(over.errors).toEqual([{
      file: 'big.yaml', line: BASE_LINES + 1, column: 14 + 5 + 3 * MAX_ALIASES, path: `objectives[${MAX_ALIASES + 1}]`,
      message: 'more than 500 aliases (*name), the limit for a scenario: write the value out here, or reuse values less often',
    }]);
  });

  it(`allows nesting ${MAX_DEPTH} levels deep, and refuses the level below, at its place`, () => {
    // The top-level mapping is level 1, `debrief` and its outer list level 2, each `[` one more.
    const nested = (levels: number) => `${BASE}debrief: ${'['.repeat(levels - 2)}x${']'.repeat(levels - 2)}\n`;
    expect(load(nested(MAX_DEPTH)).errors.map(formatError)).toEqual([`big.yaml:${BASE_LINES + 1}:10: debrief: expected a string, got a list`]);

    const { errors, exceeded } = load(nested(MAX_DEPTH + 1));
    expect(exceeded).toBe('depth');
    expect(errors).toEqual([{
      file: 'big.yaml', line: BASE_LINES + 1, column: 10 + MAX_DEPTH - 1, path: `debrief${'[0]'.repeat(MAX_DEPTH - 1)}`,
      message: 'nested more than 64 levels deep, the limit for a scenario (the deepest field of the format is at level 7): remove the brackets or indentation this value does not need',
    }]);
  });

  it('counts the levels an alias repeats at the place of the alias', () => {
    // The anchored list spans 31 levels (30 lists and the text inside); at level 2 + k, its alias reaches level k + 32.
    const text = (k: number) => `${BASE}objectives: &deep ${'['.repeat(30)}x${']'.repeat(30)}\ndebrief: ${'['.repeat(k)}*deep${']'.repeat(k)}\n`;
    expect(load(text(MAX_DEPTH - 32)).exceeded).toBeUndefined();

    const { errors, exceeded } = load(text(MAX_DEPTH - 31));
    expect(exceeded).toBe('depth');
    expect(errors).toEqual([expect.objectContaining({
      line: BASE_LINES + 2, column: 10 + MAX_DEPTH - 31, path: `debrief${'[0]'.repeat(MAX_DEPTH - 31)}`, message: expect.stringMatching(/^nested more than 64 levels deep/),
    })]);
  });

  it('refuses a file nested far deeper at once, with the same error', () => {
    const text = `${BASE}debrief: ${'['.repeat(90_000)}${']'.repeat(90_000)}\n`;
    const start = performance.now();
    const { errors, exceeded } = load(text);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(exceeded).toBe('depth');
    expect(errors).toEqual([expect.objectContaining({ line: BASE_LINES + 1, column: 10 + MAX_DEPTH - 1, message: expect.stringMatching(/^nested more than 64 levels deep/) })]);
  });
});

describe('aliases within the limits', () => {
  it('load as the values they name, the same scenario as the file written out', () => {
    const written = load(`${BASE}objectives: [Compare the channels, Compare the channels]\n`);
    const aliased = load(`${BASE.replace('parties: [AR, BO]', 'parties: &both [AR, BO]')}objectives: [&goal Compare the channels, *goal]\n`);
    expect(written.errors).toEqual([]);
    expect(aliased.errors).toEqual([]);
    expect(aliased.scenario).toEqual(written.scenario);

    const reused = load(BASE.replace('parties: [AR, BO]', 'parties: &both [AR, BO]').concat('world2: *both\n'));
    expect(reused.errors.map(formatError)).toEqual([`big.yaml:${BASE_LINES + 1}:1: world2: unknown field "world2" (did you mean "world"?)`]);
  });

  it('place an error inside an aliased value at the anchor, and one about the alias itself at the alias', () => {
    const text = BASE.replace('data: [content]', 'data: &cats [contents]').replace('  data: content\n', '  data: *cats\n');
    expect(load(text).errors.map(formatError)).toEqual([
      `big.yaml:12:${text.split('\n')[11]!.indexOf('contents') + 1}: world.instruments[0].data[0]: expected one of subscriber, traffic, content, got "contents"`,
      `big.yaml:16:9: request.data: expected one of subscriber, traffic, content, got a list`,
    ]);
  });

  it('refuse an alias inside the value its anchor names, which would contain itself', () => {
    expect(load(`${BASE}objectives: &o [x, *o]\n`).errors.map(formatError)).toEqual([
      `big.yaml:${BASE_LINES + 1}:20: YAML syntax: the alias *o is inside the value &o names, which would then contain itself without end`,
    ]);
  });

  it('still report an alias without an anchor before it', () => {
    expect(load(`${BASE}objectives: [*later, &later x]\n`).errors.map(formatError)).toEqual([
      `big.yaml:${BASE_LINES + 1}:14: YAML syntax: no anchor &later before this alias`,
    ]);
  });
});

describe('what the loader reports', () => {
  it('a run of anchors or tags on one value, at the third, however long the run', () => {
    expect(load(`${BASE}debrief: &a !!str x\n`).errors).toEqual([]);
    expect(load(`${BASE}debrief: ${'&a '.repeat(60_000)}x\n`).errors.map(formatError)).toEqual([
      `big.yaml:${BASE_LINES + 1}:16: YAML syntax: A node can have at most one anchor and one tag`,
    ]);
  });

  it('a key given twice in a mapping, at the second', () => {
    expect(load(`${BASE}debrief: first\ndebrief: second\n`).errors.map(formatError)).toEqual([
      `big.yaml:${BASE_LINES + 2}:1: YAML syntax: the key "debrief" appears twice in this mapping`,
    ]);
  });

  it(`the first ${MAX_ERRORS_LISTED} errors in file order, then how many more there are`, () => {
    const { errors } = load(BASE.replace('storesIn: [AR]', `storesIn: [${Array.from({ length: 150 }, (_, i) => `X${i}`).join(', ')}]`));
    expect(errors).toHaveLength(MAX_ERRORS_LISTED + 1);
    expect(errors[0]).toMatchObject({ path: 'world.providers[0].storesIn[0]', message: 'unknown jurisdiction "X0"; known: AR, BO' });
    expect(errors[MAX_ERRORS_LISTED - 1]).toMatchObject({ path: `world.providers[0].storesIn[${MAX_ERRORS_LISTED - 1}]` });
    const last = errors[MAX_ERRORS_LISTED]!;
    expect(last).toMatchObject({ path: '', message: '50 more errors from here on are not listed (a file lists at most 100): correct the ones above and check the file again' });
    expect(last.column).toBe(errors[MAX_ERRORS_LISTED - 1]!.column + `X${MAX_ERRORS_LISTED - 1}, `.length);
  });

  it('a long value cut short in its message', () => {
    const long = 'Z'.repeat(50_000);
    const [error] = load(BASE.replace('from: BO', `from: ${long}`)).errors;
    expect(error?.message).toBe(`unknown jurisdiction "${'Z'.repeat(80)}…"; known: AR, BO`);
  });
});
