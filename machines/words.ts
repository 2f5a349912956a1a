/**
 * "a", "a or b", "a, b or c": alternatives joined by position, so that an item's own text may hold a
 * comma. For the English sentences the engine writes (see issue 15 for their translation).
 */
export function alternatives(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}
