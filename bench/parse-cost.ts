import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument, stringify } from 'yaml';
import { BUILTIN_WORLD } from '../machines/world/builtin/index.ts';
import { checkScenarioText } from '../server/catalog.ts';
import { parseScenario } from '../scenarios/load.ts';
import { tokensIn, valuesIn } from '../scenarios/measure.ts';
import { MAX_ALIASES, MAX_DEPTH, MAX_NODES, MAX_SCENARIO_BYTES, MAX_TOKENS } from '../scenarios/limits.ts';

/**
 * `npx tsx bench/parse-cost.ts [filter]`: what the worst scenario files cost to load (the figures of
 * scenarios/limits.ts), then the largest files the project has, the figures the limits are set
 * against. Each input is loaded twice to warm up, then 7 times: the median and least wall-clock time,
 * the median CPU time, and the median of 3 runs of what POST /api/scenarios/validate does (load,
 * then play the script). On a shared machine the least time is the one to compare with a goal.
 */
const ROOT = join(import.meta.dirname, '..');

const HEAD = `id: cost
title: Cost
summary: Worst case.
world:
  extends: none
  jurisdictions:
    - { id: AR, name: Arcadia }
    - { id: BO, name: Borealis }
  providers:
    - { id: nimbus, name: Nimbus Mail, home: AR, storesIn: [AR] }
request:
  from: BO
  provider: nimbus
  data: content
`;
const KB = 1000;
const N = MAX_NODES;
const A = MAX_ALIASES;
const D = MAX_DEPTH;
/** What the fillers below may add to HEAD (and a key and a list of their own) to stay just under MAX_NODES. */
const ROOM = N - valuesIn(HEAD) - 2;

/** `n` items joined, between a prefix and a suffix. */
const items = (prefix: string, item: (i: number) => string, sep: string, suffix: string, n: number) =>
  prefix + Array.from({ length: n }, (_, i) => item(i)).join(sep) + suffix;
/** Items until the text is `bytes` long. */
const fill = (prefix: string, item: string, sep: string, suffix: string, bytes: number) =>
  items(prefix, () => item, sep, suffix, Math.floor((bytes - prefix.length - suffix.length) / (item.length + sep.length)));
const jurisdictions = (n: number) => items('', (i) => `    - {id: J${i}, name: n}\n`, '', '', n);
/** Jurisdictions of 5 nodes each, and twice as many references, fill the node limit. */
const J = Math.floor(ROOM / 7);
const withJurisdictions = (n: number) => HEAD.replace('    - { id: AR, name: Arcadia }\n', `    - { id: AR, name: Arcadia }\n${jurisdictions(n)}`);

const cases: [string, () => string][] = [
  ['alias bomb, 48 KB', () => fill('a: &a x\nb: [', '*a', ', ', ']\n', 48 * KB)],
  ['alias bomb, 189 KB', () => fill('a: &a x\nb: [', '*a', ', ', ']\n', 189 * KB)],
  [`${A} aliases of one list, ${N} nodes expanded`, () => HEAD + items('objectives: &o [', () => 'x', ',', ']\n', Math.floor((ROOM - 2) / (A + 1)) - 1) + items('debrief: [', () => '*o', ',', ']\n', A)],
  [`${A} aliases of a ${N / 10}-node list (over)`, () => HEAD + items('objectives: &o [', () => 'x', ', ', ']\n', N / 10) + items('debrief: [', () => '*o', ', ', ']\n', A)],
  [`${A} aliases after ${(MAX_TOKENS - 2 * A) / 6 - 100} anchors`, () => HEAD + items('objectives: [', (i) => `&a${i} x`, ',', ']\n', (MAX_TOKENS - 2 * A) / 6 - 100) + items('debrief: [', (i) => `*a${i}`, ',', ']\n', A)],
  ['an alias inside its own anchor', () => `${HEAD}objectives: &o [x, *o]\n`],
  [`depth ${D} (flow)`, () => `${HEAD}objectives: ${'['.repeat(D - 1)}x${']'.repeat(D - 1)}\n`],
  [`depth ${D + 1} (flow, over)`, () => `${HEAD}objectives: ${'['.repeat(D)}x${']'.repeat(D)}\n`],
  ['depth 100,000 (flow, 200 KB, over)', () => `a: ${'['.repeat(99_990)}${']'.repeat(99_990)}\n`],
  [`depth ${D} (block)`, () => `${HEAD}debrief:\n${Array.from({ length: D - 2 }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n')}\n${' '.repeat(D - 1)}x\n`],
  [`flow list of ${ROOM} objectives`, () => HEAD + items('objectives: [', () => 'x', ',', ']\n', ROOM)],
  [`block list of ${Math.floor(MAX_TOKENS / 6) - 100} objectives`, () => HEAD + items('objectives:\n', () => '  - x', '\n', '\n', Math.floor(MAX_TOKENS / 6) - 100)],
  [`flow list of ${N + 1} objectives (over)`, () => HEAD + items('objectives: [', () => 'x', ',', ']\n', N + 1)],
  ['flow list of 60,000 objectives (over)', () => HEAD + items('objectives: [', () => 'x', ',', ']\n', 60_000)],
  [`storesIn: AR ${ROOM} times (an error each)`, () => HEAD.replace('storesIn: [AR]', items('storesIn: [', () => 'AR', ',', ']', ROOM))],
  [`${J} jurisdictions, ${2 * J} unknown refs`, () => withJurisdictions(J).replace('storesIn: [AR]', items('storesIn: [', (i) => `K${i}`, ',', ']', 2 * J))],
  [`${J} jurisdictions, ${2 * J} known refs`, () => withJurisdictions(J).replace('storesIn: [AR]', items('storesIn: [AR,', (i) => `J${i}`, ',', ']', J))],
  [`location principle: data in ${Math.floor(J / 2)} states, ${Math.floor(J / 8)} treaties`, () => `${withJurisdictions(J / 2).replace('storesIn: [AR]', items('storesIn: [AR,', (i) => `J${i}`, ',', ']', J / 2))
    .replace('  providers:', items('  instruments:\n', (i) => `    - {id: T${i}, kind: mlat, parties: [BO, J${i}], data: [content]}`, '\n', '\n  providers:', J / 8))}regime: { name: location-principle }\nscript:\n  - { event: CHOOSE_MLAT }\n`],
  [`${Math.floor(ROOM / 2)} unknown top-level fields`, () => HEAD + items('', (i) => `k${i}: 1`, '\n', '\n', Math.floor(ROOM / 2) - 1)],
  [`${Math.floor(ROOM / 2)} keys in one flow map`, () => HEAD + items('x: {', (i) => `k${i}: 1`, ',', '}\n', Math.floor(ROOM / 2) - 1)],
  ['"did you mean" typos up to the node limit', () => HEAD.replace('    - { id: BO, name: Borealis }\n', items('', (i) => `    - {id: J${i}, nmae: n, nam: m}\n`, '', '', Math.floor(ROOM / 7)))],
  [`${MAX_TOKENS / 2 - 200} comment lines`, () => HEAD + '#\n'.repeat(MAX_TOKENS / 2 - 200)],
  [`${MAX_TOKENS - 200} blank lines`, () => HEAD + '\n'.repeat(MAX_TOKENS - 200)],
  [`${ROOM} objectives, then blank lines to ${MAX_TOKENS} tokens`, () => {
    const text = HEAD + items('objectives: [', () => 'x', ',', ']\n', ROOM);
    return text + '\n'.repeat(Math.max(0, MAX_TOKENS - tokensIn(text) - 10));
  }],
  ['anchors repeated on one line, 200 KB (over)', () => `${HEAD}debrief: ${'&a '.repeat(66_000)}x\n`],
  ['comment lines, 200 KB (over)', () => fill(HEAD, '#', '\n', '\n', 200 * KB)],
  ['a summary of 200 KB', () => HEAD.replace('summary: Worst case.', `summary: ${'word '.repeat((MAX_SCENARIO_BYTES - HEAD.length) / 5 - 10)}`)],
  ['90 KB ids beside a 90 KB unknown ref', () => HEAD.replace('{ id: AR, name: Arcadia }', `{ id: ${'y'.repeat(90_000)}, name: Arcadia }`).replace('from: BO', `from: ${'x'.repeat(90_000)}`)],
  ['one unknown field of 180 KB', () => `${HEAD + 'titlex'.repeat(30_000)}: 1\n`],
];

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const ms = (x: number) => x.toFixed(1).padStart(7);

const filter = process.argv[2];
console.log(`${'input'.padEnd(48)} ${'bytes'.padStart(7)} ${'tokens'.padStart(7)}  wall ms: median  least   cpu ms  validate ms  errors  first error`);
for (const [name, make] of cases) {
  if (filter && !name.includes(filter)) continue;
  const text = make();
  let result = parseScenario(text, 'cost.yaml', BUILTIN_WORLD);
  parseScenario(text, 'cost.yaml', BUILTIN_WORLD);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 7; i++) {
    const c0 = cpuMs();
    const t0 = performance.now();
    result = parseScenario(text, 'cost.yaml', BUILTIN_WORLD);
    wall.push(performance.now() - t0);
    cpu.push(cpuMs() - c0);
  }
  const validate: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    checkScenarioText(text, 'cost.yaml');
    validate.push(performance.now() - t0);
  }
  const first = result.errors[0];
  const said = first ? `${result.errors.length > 1 ? `(${result.errors.length}) ` : ''}${first.line}:${first.column} ${first.message.slice(0, 60)}` : 'valid';
  console.log(`${name.padEnd(48)} ${String(Buffer.byteLength(text)).padStart(7)} ${String(tokensIn(text)).padStart(7)}  ${ms(median(wall))} ${ms(Math.min(...wall))}  ${ms(median(cpu))}  ${ms(median(validate))}      ${said}`);
}

if (!filter) {
  // The figures scenarios/limits.ts quotes: the largest files there are, and the built-in world as one.
  const measure = (text: string) => {
    let nodes = 0;
    let depth = 0;
    const walk = (node: unknown, level: number): void => {
      if (node == null) return;
      nodes++;
      depth = Math.max(depth, level);
      if (isMap(node)) for (const pair of node.items) (walk(pair.key, level + 1), walk(pair.value, level + 1));
      else if (isSeq(node)) for (const item of node.items) walk(item, level + 1);
    };
    walk(parseDocument(text).contents, 1);
    return { bytes: Buffer.byteLength(text), tokens: tokensIn(text), nodes, depth, aliases: (text.match(/(^|[\s[{,])\*[^\s,\]}]+/g) ?? []).length };
  };
  const files = execSync("git ls-files 'scenarios/*.yaml' 'test/*.yaml'", { cwd: ROOT }).toString().trim().split('\n');
  const all = files.map((file) => measure(readFileSync(join(ROOT, file), 'utf8')));
  const most = (key: keyof ReturnType<typeof measure>) => Math.max(...all.map((m) => m[key])).toLocaleString('en-US');
  console.log(`\n${files.length} scenario files in the repository: at most ${most('bytes')} bytes, ${most('tokens')} tokens, ${most('nodes')} nodes, depth ${most('depth')}, ${most('aliases')} aliases.`);
  const world = measure(stringify({ world: { extends: 'none', ...BUILTIN_WORLD } }));
  console.log(`The built-in world as one file: ${world.bytes.toLocaleString('en-US')} bytes, ${world.tokens.toLocaleString('en-US')} tokens, ${world.nodes.toLocaleString('en-US')} nodes, depth ${world.depth}.`);
}
