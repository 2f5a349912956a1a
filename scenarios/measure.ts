import { Lexer, isMap, isSeq, parseDocument } from 'yaml';

/**
 * What a scenario file holds, counted as scenarios/limits.ts counts it, for the tests and the bench
 * that build files up to a limit: every key, value and list entry (aliases not expanded), and the
 * YAML tokens.
 */
export function valuesIn(text: string): number {
  let values = 0;
  const walk = (node: unknown): void => {
    if (node == null) return;
    values++;
    if (isMap(node)) for (const pair of node.items) (walk(pair.key), walk(pair.value));
    else if (isSeq(node)) for (const item of node.items) walk(item);
  };
  walk(parseDocument(text).contents);
  return values;
}

export function tokensIn(text: string): number {
  let tokens = 0;
  for (const _ of new Lexer().lex(text)) tokens++;
  return tokens;
}
