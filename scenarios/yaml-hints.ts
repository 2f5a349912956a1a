import { isMap, isScalar, isSeq, type ErrorCode, type Node, type Pair } from 'yaml';

/**
 * One line an author can act on, for each kind of YAML syntax error the parser reports. The
 * parser's own message says what it met; this says what to do about it.
 */
const HINTS: Partial<Record<ErrorCode, string>> = {
  BAD_INDENT: 'indent every entry of a list or mapping by the same number of spaces as its first entry',
  TAB_AS_INDENT: 'indent with spaces: YAML does not allow tabs at the start of a line',
  MISSING_CHAR: 'close the quote or bracket opened here (a text with ": " or "#" in it needs quotes)',
  BLOCK_AS_IMPLICIT_KEY: 'put quotes around a value that contains ": " (e.g. title: "Arcadia: the case")',
  MULTILINE_IMPLICIT_KEY: 'put quotes around a value that contains ": ", or start a nested field on a line of its own',
  UNEXPECTED_TOKEN: 'check the indentation of this line and the one above it; a list entry starts with "- "',
  BAD_SCALAR_START: 'put quotes around a value that starts with a YAML mark such as @, `, | or >',
  BAD_DQ_ESCAPE: 'in double quotes write a backslash as \\\\, or use single quotes',
  DUPLICATE_KEY: 'write each field once in a mapping; merge the two entries',
  MULTIPLE_DOCS: 'keep one scenario per file: remove the second "---"',
  BAD_ALIAS: 'define the anchor (&name) before the alias (*name) that uses it',
  BLOCK_IN_FLOW: 'inside [ ] or { } write values inline, or drop the brackets and use indented lines',
};

/** Messages that share a code but need another hint. */
const BY_MESSAGE: [RegExp, string][] = [
  [/without - indicator/, 'start every entry of a list with "- " at the same indentation as the first one'],
  [/end with a [}\]]/, 'close the { or [ opened here with its } or ], or indent the lines that continue it further'],
  [/Missing closing/, 'close the quote opened on an earlier line: a quoted text ends with the same quote mark'],
];

export function yamlHint(code: ErrorCode | undefined, message: string): string | undefined {
  return BY_MESSAGE.find(([pattern]) => pattern.test(message))?.[1] ?? (code ? HINTS[code] : undefined);
}

/**
 * The field a syntax error stands in: the deepest key or list entry that starts at or before the
 * error's offset. A broken file still composes into a partial document, which is enough to name
 * the field an author must look at.
 */
export function fieldAt(root: unknown, offset: number): PropertyKey[] {
  const path: PropertyKey[] = [];
  let node = root as Node | null | undefined;
  while (node && (isMap(node) || isSeq(node))) {
    let next: { key: PropertyKey; value: unknown } | undefined;
    if (isMap(node)) {
      for (const pair of node.items as Pair[]) {
        const start = (pair.key as Node | null)?.range?.[0] ?? (pair.value as Node | null)?.range?.[0];
        // A key that starts at the error is the parser's misreading of it (title: A: B), not a field.
        if (start === undefined || start >= offset) break;
        next = { key: isScalar(pair.key) ? String(pair.key.value) : '?', value: pair.value };
      }
    } else {
      node.items.forEach((item, index) => {
        const start = (item as Node | null)?.range?.[0];
        if (start !== undefined && start <= offset) next = { key: index, value: item };
      });
    }
    if (!next) break;
    path.push(next.key);
    const value = next.value as Node | null;
    node = value?.range && value.range[0] <= offset ? value : null;
  }
  return path;
}
