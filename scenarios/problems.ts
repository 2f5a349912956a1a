/** A problem found in a parsed file, before it is given a line and column. */
export interface Problem {
  path: PropertyKey[];
  message: string;
  /** `key`: point at the field's name rather than its value. */
  at?: 'value' | 'key';
}

/** Characters of a text an error message repeats: it names the value, it need not copy a page of it. */
const SHOWN = 80;

/** A text from the file as a message repeats it. */
export function cut(text: string): string {
  return text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text;
}

/** Shows a value found in the file the way the author wrote it. */
export function show(value: unknown): string {
  if (value === null) return 'an empty value';
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(cut(value));
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

/** Longer words get no suggestion: ids and field names are short, and comparing costs length times length. */
const LONGEST_SUGGESTED = 64;
/**
 * Cells of the edit-distance table one suggestion may fill (about a tenth of a millisecond), however
 * many candidates a file defines; four times what the built-in world's longest list needs. Past it,
 * the best candidate found so far is the suggestion.
 */
const SUGGESTION_CELLS = 50_000;

/**
 * The candidate an author most likely meant, if one is close enough to be a typo. Very short words
 * (two-letter country codes) only match up to case: any other code is one letter away from several.
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > LONGEST_SUGGESTED) return undefined;
  const allowed = word.length < 3 ? 0 : Math.max(1, Math.floor(word.length / 3));
  const lower = word.toLowerCase();
  let cells = 0;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // Each edit changes the length by at most one: a candidate this much longer or shorter is too far.
    if (Math.abs(candidate.length - word.length) > allowed) continue;
    cells += (word.length + 1) * (candidate.length + 1);
    if (cells > SUGGESTION_CELLS) break;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= allowed ? best : undefined;
}

/** Three rows of the edit-distance table, reused: a suggestion allocates nothing per candidate. */
let rows = [new Int32Array(128), new Int32Array(128), new Int32Array(128)] as const;

/** Edits (insert, delete, substitute, swap two neighbours) that turn a into b. */
function editDistance(a: string, b: string): number {
  if (rows[0].length <= b.length) rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  // `twoBack`, `back`, `row`: rows i-2, i-1 and i of the table.
  let [twoBack, back, row] = rows;
  for (let j = 0; j <= b.length; j++) back[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let best = Math.min(back[j]! + 1, row[j - 1]! + 1, back[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, twoBack[j - 2]! + 1);
      row[j] = best;
    }
    [twoBack, back, row] = [back, row, twoBack];
  }
  return back[b.length]!;
}
