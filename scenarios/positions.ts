import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

/**
 * Where a field path stands in the YAML source. A path that runs past what the file contains (a
 * missing field) stops at the deepest node that exists, so the author is sent to the object that
 * lacks the field. `at: 'key'` points at the field's name rather than its value (an unknown field).
 */
export function locate(
  doc: Document,
  counter: LineCounter,
  path: readonly PropertyKey[],
  at: 'value' | 'key' = 'value',
): Position {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const [index, segment] of path.entries()) {
    if (isAlias(node)) node = node.resolve(doc);
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
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
  const { line, col } = counter.linePos(offset);
  return { line, column: col };
}

function rangeStart(node: unknown): number | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as { range?: [number, number, number] | null }).range;
    return range?.[0];
  }
  return undefined;
}
