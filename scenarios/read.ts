import {
  CST, Composer, Lexer, LineCounter, Parser, isAlias, isMap, isScalar, isSeq,
  type Alias, type Document, type Node,
} from 'yaml';
import { pathToString } from './errors.ts';
import { fieldAt, yamlHint } from './yaml-hints.ts';
import { cut } from './problems.ts';
import { MAX_ALIASES, MAX_DEPTH, MAX_NODES, MAX_SCENARIO_BYTES, MAX_TOKENS, type ScenarioLimit } from './limits.ts';

/** An error found while reading the YAML, before the schema: placed, with its field where it has one. */
export interface YamlError {
  line: number;
  column: number;
  path: string;
  message: string;
}

export interface ReadYaml {
  counter: LineCounter;
  /** Absent when the file was refused before it was parsed (too large, or nested too deep). */
  doc?: Document.Parsed;
  /** Every alias, and the node it stands for. */
  targets: Map<Alias, Node>;
  errors: YamlError[];
  /** The limit the file passes, if it does: nothing after it was checked. */
  exceeded?: ScenarioLimit;
  /** The data, when `errors` is empty. */
  value?: unknown;
}

/**
 * The parser keeps one token per open level on its stack; past this it stops reading. A little
 * above MAX_DEPTH, so that the exact check (on the nodes read so far) is the one that answers.
 */
const PARSER_DEPTH_GUARD = MAX_DEPTH + 8;
/**
 * Tokens that make a node: a scalar (a block scalar's body is one), an alias, the start of a
 * collection, or an indicator that may stand for an empty value. Every node but a block collection
 * has one of these, and a block collection's entries have one each (`- x` is 2 tokens for the list
 * and its entry), so a file has at least half as many nodes as such tokens: past twice MAX_NODES of
 * them, the nodes read so far pass MAX_NODES.
 */
const NODE_TOKENS = new Set<string | null>([
  'scalar', 'single-quoted-scalar', 'double-quoted-scalar', 'alias',
  'flow-map-start', 'flow-seq-start', 'seq-item-ind', 'explicit-key-ind', 'map-value-ind',
]);

/**
 * Reads a scenario's YAML in time linear in the text, or refuses it, placing the error where a
 * limit (limits.ts) is passed. The parser is fed one token at a time and stops as soon as a limit
 * is sure to be passed, so that an oversized file costs no more than the part up to the limit. One
 * walk over the nodes then checks the limits exactly, that each alias names an earlier anchor (and
 * not a value that contains it), and that no mapping has a key twice.
 */
export function readYaml(text: string): ReadYaml {
  const counter = new LineCounter();
  const targets = new Map<Alias, Node>();
  const refuse = (exceeded: ScenarioLimit, error: YamlError): ReadYaml => ({ counter, targets, errors: [error], exceeded });

  // A what-if overlay is read in the browser too (client/views/variant-form.ts), which has no Buffer.
  const bytes = typeof Buffer === 'undefined' ? new TextEncoder().encode(text).length : Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_SCENARIO_BYTES) {
    return refuse('bytes', {
      ...positionOfByte(text, MAX_SCENARIO_BYTES), path: '',
      message: `the file is ${figure(bytes)} bytes, over the limit of ${figure(MAX_SCENARIO_BYTES)} bytes for a scenario (it passes the limit here): remove what the scenario does not need, or split it in two`,
    });
  }

  const tokens: CST.Token[] = [];
  const parser = new Parser(counter.addNewLine);
  counter.addNewLine(0);
  let stopped: { limit: Exclude<ScenarioLimit, 'bytes'>; offset: number } | undefined;
  let allTokens = 0;
  let nodeTokens = 0;
  let aliasTokens = 0;
  /** Anchors and tags since the last node or comma: one node takes at most one of each. */
  let properties = 0;
  for (const lexeme of new Lexer().lex(text)) {
    const type = CST.tokenType(lexeme);
    const offset = parser.offset;
    if (++allTokens > MAX_TOKENS) {
      stopped = { limit: 'tokens', offset };
      break;
    }
    if (type === 'anchor' || type === 'tag') {
      // yaml accepts thousands in a row and reports each, at a cost out of proportion to the file.
      if (++properties > 2) {
        const { line, col } = counter.linePos(offset);
        return { counter, targets, errors: [{ line, column: col, path: '', message: 'YAML syntax: A node can have at most one anchor and one tag' }] };
      }
    } else if (type === 'comma') properties = 0;
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (NODE_TOKENS.has(type)) {
      properties = 0;
      if (type === 'alias' && ++aliasTokens > MAX_ALIASES) stopped = { limit: 'aliases', offset };
      else if (++nodeTokens > 2 * MAX_NODES) stopped = { limit: 'nodes', offset };
    }
    if (parser.stack.length > PARSER_DEPTH_GUARD) stopped = { limit: 'depth', offset };
    if (stopped) break;
  }
  for (const token of parser.end()) tokens.push(token);

  // Duplicate keys are checked in the walk below: yaml's own check compares each key with every
  // earlier one, which is quadratic in the size of a mapping.
  const composer = new Composer({ uniqueKeys: false });
  let doc: Document.Parsed | undefined;
  const errors: YamlError[] = [];
  for (const composed of composer.compose(tokens, true, text.length)) {
    if (doc) {
      const { line, col } = counter.linePos(composed.range[0]);
      errors.push({ line, column: col, path: '', message: 'YAML syntax: a scenario file holds one YAML document, and a second starts here' });
      break;
    }
    doc = composed;
  }
  if (!doc) throw new Error('yaml composed no document from a whole text');
  for (const e of doc.errors) {
    const { line, col } = counter.linePos(e.pos[0]);
    // yaml may append the position and a source excerpt; the position is already in our prefix.
    const message = (e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
    const hint = yamlHint(e.code, message);
    errors.push({ line, column: col, path: pathToString(fieldAt(doc.contents, e.pos[0])), message: `YAML syntax: ${message}${hint ? `. Hint: ${hint}` : ''}` });
  }

  const walk = new Walk(counter, targets, errors);
  let exceeded: ScenarioLimit | undefined;
  try {
    walk.node(doc.contents, 1, doc, 'contents');
  } catch (error) {
    if (!(error instanceof LimitPassed)) throw error;
    // Reading stopped early: the rest of the file was not read, so its syntax errors mean nothing.
    if (stopped) return refuse(error.limit, error.error);
    errors.push(error.error);
    exceeded = error.limit;
  }
  if (stopped) {
    // The token limit, which the nodes do not show; for the others not expected (their guards stop
    // only once the nodes read pass the limit), but then said at the token where reading stopped.
    const { line, col } = counter.linePos(stopped.offset);
    const messages = { tokens: tooManyTokens, aliases: tooManyAliases, nodes: tooMany, depth: tooDeep };
    return refuse(stopped.limit, { line, column: col, path: '', message: messages[stopped.limit]() });
  }
  if (errors.length) return { counter, doc, targets, errors, ...(exceeded ? { exceeded } : {}) };

  // Each alias is replaced by the node it names while the data is built, so that yaml never
  // resolves one itself (its resolution scans the document for each alias). What this repeats was
  // counted in MAX_NODES above; so is the work. Then the aliases are put back, for positions.
  // maxAliasCount is the same limit, should yaml ever meet an alias here.
  for (const [holder, slot, , target] of walk.slots) holder[slot] = target;
  try {
    return { counter, doc, targets, errors, value: doc.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (error) {
    return { counter, doc, targets, errors: [{ line: 1, column: 1, path: '', message: `YAML: ${(error as Error).message}` }] };
  } finally {
    for (const [holder, slot, alias] of walk.slots) holder[slot] = alias;
  }
}

class LimitPassed extends Error {
  constructor(
    readonly limit: ScenarioLimit,
    readonly error: YamlError,
  ) {
    super(error.message);
  }
}

/** How many nodes a value stands for, aliases expanded, and how many levels it spans. */
interface Extent {
  nodes: number;
  levels: number;
}

type Holder = Record<string | number, unknown>;

/** Adds a child's extent to its collection's. */
function grow(extent: Extent, child: Extent): void {
  extent.nodes += child.nodes;
  extent.levels = Math.max(extent.levels, child.levels + 1);
}

class Walk {
  /** The last node to carry each anchor so far: an alias names the last one before it. */
  private readonly anchors = new Map<string, Node>();
  private readonly extents = new Map<Node, Extent>();
  /** Collections being walked: an alias to one of them would contain itself. */
  private readonly open = new Set<Node>();
  private readonly path: PropertyKey[] = [];
  private aliases = 0;
  private nodes = 0;
  /** Where each alias stands (its holder and slot), to put the node it names there for toJS. */
  readonly slots: [Holder, string | number, Alias, Node][] = [];

  constructor(
    private readonly counter: LineCounter,
    private readonly targets: Map<Alias, Node>,
    private readonly errors: YamlError[],
  ) {}

  node(node: unknown, depth: number, holder: object, slot: string | number): Extent {
    if (node === null || node === undefined) return { nodes: 0, levels: 0 };
    if (isAlias(node)) return this.alias(node, depth, holder, slot);
    if (++this.nodes > MAX_NODES) throw this.passed('nodes', node, tooMany());
    if (depth > MAX_DEPTH) throw this.passed('depth', node, tooDeep());
    const anchored = (node as Node).anchor;
    if (anchored) this.anchors.set(anchored, node as Node);
    const extent = { nodes: 1, levels: 1 };
    if (isMap(node)) {
      this.open.add(node);
      const keys = new Set<string>();
      for (const pair of node.items) {
        const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
        this.path.push(name ?? '?');
        if (name !== undefined) {
          if (keys.has(name)) this.error(pair.key, `YAML syntax: the key "${cut(name)}" appears twice in this mapping`);
          keys.add(name);
        }
        grow(extent, this.node(pair.key, depth + 1, pair, 'key'));
        grow(extent, this.node(pair.value, depth + 1, pair, 'value'));
        this.path.pop();
      }
      this.open.delete(node);
    } else if (isSeq(node)) {
      this.open.add(node);
      for (let index = 0; index < node.items.length; index++) {
        this.path.push(index);
        grow(extent, this.node(node.items[index], depth + 1, node.items, index));
        this.path.pop();
      }
      this.open.delete(node);
    }
    if (anchored) this.extents.set(node as Node, extent);
    return extent;
  }

  private alias(alias: Alias, depth: number, holder: object, slot: string | number): Extent {
    if (++this.aliases > MAX_ALIASES) {
      throw this.passed('aliases', alias, tooManyAliases());
    }
    const target = this.anchors.get(alias.source);
    if (!target) {
      this.error(alias, `YAML syntax: no anchor &${alias.source} before this alias`);
      return { nodes: 1, levels: 1 };
    }
    if (this.open.has(target)) {
      this.error(alias, `YAML syntax: the alias *${alias.source} is inside the value &${alias.source} names, which would then contain itself without end`);
      return { nodes: 1, levels: 1 };
    }
    const extent = this.extents.get(target) ?? { nodes: 1, levels: 1 };
    this.nodes += extent.nodes;
    if (this.nodes > MAX_NODES) throw this.passed('nodes', alias, tooMany());
    if (depth - 1 + extent.levels > MAX_DEPTH) throw this.passed('depth', alias, tooDeep());
    this.targets.set(alias, target);
    this.slots.push([holder as Holder, slot, alias, target]);
    return extent;
  }

  private where(node: unknown): YamlError {
    const range = (node as { range?: [number, number, number] | null }).range;
    const { line, col } = this.counter.linePos(range?.[0] ?? 0);
    return { line, column: col, path: pathToString(this.path), message: '' };
  }

  private error(node: unknown, message: string): void {
    this.errors.push({ ...this.where(node), path: '', message });
  }

  private passed(limit: ScenarioLimit, node: unknown, message: string): LimitPassed {
    return new LimitPassed(limit, { ...this.where(node), message });
  }
}

function tooManyTokens(): string {
  return `more than ${figure(MAX_TOKENS)} YAML tokens (every scalar, punctuation mark, indentation, comment and line break counts), the limit for a scenario: remove the comments and blank lines the file does not need, or split the scenario`;
}

function tooManyAliases(): string {
  return `more than ${figure(MAX_ALIASES)} aliases (*name), the limit for a scenario: write the value out here, or reuse values less often`;
}

function tooMany(): string {
  return `more than ${figure(MAX_NODES)} values, the limit for a scenario (every key, value and list entry counts, and what an alias repeats counts again): shorten the lists from here on, or split the scenario`;
}

function tooDeep(): string {
  return `nested more than ${MAX_DEPTH} levels deep, the limit for a scenario (the deepest field of the format is at level 7): remove the brackets or indentation this value does not need`;
}

/** 200000 as "200,000". */
function figure(n: number): string {
  return n.toLocaleString('en-US');
}

/** The line and column of the character that holds byte `offset` (from 0) of the text's UTF-8 encoding. */
function positionOfByte(text: string, offset: number): { line: number; column: number } {
  let bytes = 0;
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    const pair = code >= 0xd800 && code < 0xdc00;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
    if (bytes + size > offset) break;
    bytes += size;
    index += pair ? 2 : 1;
  }
  const start = text.lastIndexOf('\n', index - 1) + 1;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < start; i = text.indexOf('\n', i + 1)) line++;
  return { line, column: index - start + 1 };
}
