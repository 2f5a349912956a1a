/**
 * The subset of ICU MessageFormat the catalogues use: `{name}`, `{name, plural, one {…} other {…}}`
 * (with `=N` cases and `#` for the number) and `{name, select, a {…} other {…}}`. Translators know
 * this syntax, and it lets each language choose its own plural forms (Arabic has six, Russian four).
 */
export type Part =
  | string
  | { arg: string }
  | { arg: string; kind: 'plural' | 'select'; cases: Record<string, Part[]> }
  | { hash: true };

export class TemplateError extends Error {}

export function compile(template: string): Part[] {
  const [parts, end] = parseParts(template, 0, false);
  if (end !== template.length) throw new TemplateError(`Unexpected "}" at ${end} in: ${template}`);
  return parts;
}

/** The argument names a template uses, for checking that every translation takes the same ones. */
export function argumentsOf(parts: Part[], into = new Set<string>()): Set<string> {
  for (const part of parts) {
    if (typeof part === 'string' || 'hash' in part) continue;
    into.add(part.arg);
    if ('cases' in part) for (const c of Object.values(part.cases)) argumentsOf(c, into);
  }
  return into;
}

function parseParts(s: string, at: number, inCase: boolean): [Part[], number] {
  const parts: Part[] = [];
  let text = '';
  let i = at;
  while (i < s.length) {
    const ch = s[i]!;
    if (ch === '}') break;
    if (ch === '#' && inCase) {
      if (text) parts.push(text), (text = '');
      parts.push({ hash: true });
      i++;
    } else if (ch === '{') {
      if (text) parts.push(text), (text = '');
      const [part, next] = parseArgument(s, i + 1);
      parts.push(part);
      i = next;
    } else {
      text += ch;
      i++;
    }
  }
  if (text) parts.push(text);
  return [parts, i];
}

function parseArgument(s: string, at: number): [Part, number] {
  const close = s.indexOf('}', at);
  const comma = s.indexOf(',', at);
  if (close < 0) throw new TemplateError(`Unclosed "{" in: ${s}`);
  if (comma < 0 || close < comma) return [{ arg: s.slice(at, close).trim() }, close + 1];
  const arg = s.slice(at, comma).trim();
  const kindEnd = s.indexOf(',', comma + 1);
  if (kindEnd < 0) throw new TemplateError(`"{${arg}," without a kind in: ${s}`);
  const kind = s.slice(comma + 1, kindEnd).trim();
  if (kind !== 'plural' && kind !== 'select') throw new TemplateError(`Unknown kind "${kind}" in: ${s}`);
  const cases: Record<string, Part[]> = {};
  let i = kindEnd + 1;
  for (;;) {
    while (/\s/.test(s[i] ?? '')) i++;
    if (s[i] === '}') return [{ arg, kind, cases }, i + 1];
    const open = s.indexOf('{', i);
    if (open < 0) throw new TemplateError(`Case without a text in "{${arg}, ${kind}" in: ${s}`);
    const key = s.slice(i, open).trim();
    const [parts, end] = parseParts(s, open + 1, kind === 'plural');
    if (s[end] !== '}') throw new TemplateError(`Unclosed case "${key}" in: ${s}`);
    cases[key] = parts;
    i = end + 1;
  }
}
