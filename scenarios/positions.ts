import { isAlias, isMap, isScalar, isSeq, type Alias, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

/**
 * Where field paths stand in the YAML source. Each mapping is indexed by key the first time a path
 * goes through it, so placing every problem of a file costs time linear in the file and the paths,
 * however many problems one mapping has.
 */
export class Locator {
  private readonly indexes = new WeakMap<YAMLMap, Map<string, Pair>>();

  constructor(
    private readonly doc: Document,
    private readonly counter: LineCounter,
    /** Each alias and the node it names (read.ts): an alias's fields are found in that node. */
    private readonly targets: ReadonlyMap<Alias, Node>,
  ) {}

  /**
   * A path that runs past what the file contains (a missing field) stops at the deepest node that
   * exists, so the author is sent to the object that lacks the field. `at: 'key'` points at the
   * field's name rather than its value (an unknown field).
   */
  locate(path: readonly PropertyKey[], at: 'value' | 'key' = 'value'): Position {
    let node: unknown = this.doc.contents;
    let offset = rangeStart(node) ?? 0;
    for (const [index, segment] of path.entries()) {
      if (isAlias(node)) node = this.targets.get(node);
      let next: unknown;
      if (isMap(node)) {
        const pair = this.index(node).get(String(segment));
        if (!pair) break;
        const last = index === path.length - 1;
        // An empty value (`home:`) has no node of its own worth pointing at: its key is where to look.
        next = (last && at === 'key') || pair.value == null ? pair.key : pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        next = node.items[segment];
      }
      const start = rangeStart(next);
      if (start === undefined) break;
      node = next;
      offset = start;
    }
    const { line, col } = this.counter.linePos(offset);
    return { line, column: col };
  }

  /** The pairs of a mapping by key; the first of a key wins, as a linear search would find it. */
  private index(map: YAMLMap): Map<string, Pair> {
    let index = this.indexes.get(map);
    if (!index) {
      index = new Map();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (!index.has(key)) index.set(key, pair as Pair);
      }
      this.indexes.set(map, index);
    }
    return index;
  }
}

function rangeStart(node: unknown): number | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as { range?: [number, number, number] | null }).range;
    return range?.[0];
  }
  return undefined;
}
