import { SCENARIO_SCHEMA_URL_PATH, scenarioJsonSchema } from './json-schema.ts';

/**
 * docs/scenario-format.md, written from the editor's JSON Schema, which is written from
 * scenarios/schema.ts: the reference, the editor's hover text and the loader read the same
 * descriptions, so none of them can say something the others do not. Pure: the same schema always
 * gives the same page (`npm run format:doc` writes it; test/scenarios/format-doc.test.ts checks it
 * is current and that no property lacks a description).
 */

/** The part of JSON Schema that z.toJSONSchema writes for this format. */
export interface JsonSchemaNode {
  type?: string;
  description?: string;
  default?: unknown;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
  propertyNames?: JsonSchemaNode;
  additionalProperties?: JsonSchemaNode | boolean;
}

/** Every property path (`world.providers[].home`) that has no description, for the test and the writer. */
export function undescribedProperties(root: JsonSchemaNode): string[] {
  const missing = new Set<string>();
  const walk = (node: JsonSchemaNode | boolean | undefined, path: string) => {
    if (!node || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const here = path ? `${path}.${key}` : key;
      if (!child.description) missing.add(here);
      walk(child, here);
    }
    walk(node.items, `${path}[]`);
    walk(node.additionalProperties, `${path}.<id>`);
    for (const option of [...(node.anyOf ?? []), ...(node.oneOf ?? [])]) walk(option, path);
  };
  walk(root, '');
  return [...missing];
}

const code = (s: string) => `\`${s}\``;
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
/** The anchor GitHub and most Markdown renderers give a heading. */
const slug = (heading: string) => heading.toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');

const heading = (title: string) => (title === '(top level)' ? 'The top level' : code(title));

/** A default as it would be written in a YAML flow: `[]`, `builtin`, `{ answer: silent, days: 30 }`. */
function flow(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `[${value.map(flow).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${k}: ${flow(v)}`).join(', ')} }`;
  }
  return String(value);
}

const ID_PATTERN = '^\\S+$';

/** The type in words; objects name the section that lists their fields. */
function typeOf(node: JsonSchemaNode, section: (node: JsonSchemaNode) => string | undefined): string {
  if (node.const !== undefined) return code(String(node.const));
  if (node.enum) return node.enum.map((v) => code(String(v))).join(' \\| ');
  const tagged = node.oneOf && section(node);
  if (tagged) return `[object](#${slug(heading(tagged))})`;
  const options = node.anyOf ?? node.oneOf;
  if (options) return options.map((o) => typeOf(o, section)).join(' or ');
  switch (node.type) {
    case 'string':
      if (node.format === 'date') return 'date (YYYY-MM-DD)';
      if (node.pattern === ID_PATTERN) return 'id';
      if (node.pattern) return 'kebab-case id';
      return node.minLength ? 'text' : 'text (may be empty)';
    case 'integer':
      return node.minimum === 0 ? 'whole number ≥ 0' : 'whole number';
    case 'number':
      if (node.minimum === 0 && node.maximum === 1) return 'number from 0 to 1';
      return node.minimum === 0 ? 'number ≥ 0' : 'number';
    case 'boolean':
      return '`true` \\| `false`';
    case 'null':
      return '`null`';
    case 'array': {
      const least = node.minItems ? ` (at least ${node.minItems})` : '';
      return `list${least} of ${node.items ? typeOf(node.items, section) : 'anything'}`;
    }
    case 'object': {
      const target = section(node);
      const link = target ? `[object](#${slug(heading(target))})` : 'object';
      if (node.propertyNames && typeof node.additionalProperties === 'object') {
        return `map from ${typeOf(node.propertyNames, section)} to ${typeOf(node.additionalProperties, section)}`;
      }
      return link;
    }
    default:
      return 'any';
  }
}

/** One field of a table; `variants` holds the same field in each variant of a union, for its defaults. */
interface Row { field: string; node: JsonSchemaNode; required: boolean; only?: string; variants: Variant[] }

interface Variant { label: string; node: JsonSchemaNode }

interface Section { title: string; node: JsonSchemaNode; rows: Row[] }

/** The schema without its defaults: variants that differ only there are one row with a default each. */
function withoutDefaults(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutDefaults);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).filter(([k]) => k !== 'default').map(([k, v]) => [k, withoutDefaults(v)]));
}

const rowsOf = (node: JsonSchemaNode, label: string): Row[] =>
  Object.entries(node.properties ?? {}).map(([field, child]) => ({
    field, node: child, required: node.required?.includes(field) ?? false, variants: [{ label, node: child }],
  }));

/**
 * The variants of a union (instrument kinds, script events) become one table: a field they share is
 * one row, and a field that only some have, or that differs beyond its default, says for which.
 */
function merge(variants: Variant[]): Row[] {
  const tables = variants.map((v) => rowsOf(v.node, v.label));
  const fields = [...new Set(tables.flat().map((r) => r.field))];
  const tag = fields.find((f) => tables.every((t) => t.find((r) => r.field === f)?.node.const !== undefined));
  const rows: Row[] = [];
  for (const field of fields) {
    const having = tables.flatMap((t, i) => t.filter((r) => r.field === field).map((r) => ({ r, variant: variants[i]! })));
    if (field === tag) {
      const description = having.map(({ r }) => r.node.description).join(' ');
      rows.push({ field, node: { enum: having.map(({ r }) => r.node.const), description }, required: true, variants: [] });
      continue;
    }
    const shapes = new Map<string, Row>();
    for (const { r, variant } of having) {
      const key = JSON.stringify(withoutDefaults(r.node));
      const row = shapes.get(key);
      if (row) row.variants.push({ label: variant.label, node: r.node });
      else shapes.set(key, { ...r, variants: [{ label: variant.label, node: r.node }] });
    }
    for (const row of shapes.values()) {
      const all = row.variants.length === variants.length;
      rows.push(all ? row : { ...row, only: `${tag}: ${row.variants.map((v) => v.label).join(', ')}` });
    }
  }
  return rows;
}

/** The sections of the page, in the order a file is written: each object with its own table. */
function sections(root: JsonSchemaNode): { list: Section[]; sectionOf: Map<JsonSchemaNode, string> } {
  const list: Section[] = [];
  const sectionOf = new Map<JsonSchemaNode, string>();
  const labelOf = (option: JsonSchemaNode) => String(Object.values(option.properties ?? {}).find((p) => p.const !== undefined)?.const ?? '');
  const visit = (variants: Variant[], title: string) => {
    const node = variants[0]!.node;
    const rows = node.oneOf
      ? merge(node.oneOf.map((option) => ({ label: labelOf(option), node: option })))
      : variants.length > 1 ? merge(variants) : rowsOf(node, '');
    for (const v of variants) sectionOf.set(v.node, title);
    for (const option of node.oneOf ?? []) sectionOf.set(option, title);
    list.push({ title, node, rows });
    for (const row of rows) {
      const inner = objectWithin(row.node);
      if (!inner) continue;
      const childTitle = `${title === '(top level)' ? '' : `${title}.`}${row.field}${inner.suffix}`;
      const childVariants = row.variants.map((v) => ({ label: v.label, node: objectWithin(v.node)?.node ?? v.node }));
      visit(childVariants.length > 0 ? childVariants : [{ label: '', node: inner.node }], childTitle);
    }
  };
  visit([{ label: '', node: root }], '(top level)');
  return { list, sectionOf };
}

/** The default, or each variant's where they differ: `300` (mlat), `30` (agreement). */
function defaultOf(row: Row): string {
  const shown = row.variants.map((v) => ({ label: v.label, text: v.node.default === undefined ? '' : code(flow(v.node.default)) }));
  const distinct = new Set(shown.map((s) => s.text));
  if (distinct.size <= 1) return [...distinct][0] ?? (row.node.default === undefined ? '' : code(flow(row.node.default)));
  return shown.map((s) => `${s.text || 'none'} (${s.label})`).join(', ');
}

/** The object a field holds, directly, as list items or as map values, with the path suffix it adds. */
function objectWithin(node: JsonSchemaNode): { node: JsonSchemaNode; suffix: string } | undefined {
  const isObject = (n: JsonSchemaNode | undefined) => n !== undefined && (n.properties !== undefined || n.oneOf !== undefined);
  if (isObject(node) && !node.propertyNames) return { node, suffix: '' };
  if (node.type === 'array' && node.items && isObject(node.items)) return { node: node.items, suffix: '[]' };
  if (node.propertyNames && typeof node.additionalProperties === 'object' && isObject(node.additionalProperties)) {
    return { node: node.additionalProperties, suffix: '.<key>' };
  }
  return undefined;
}

export function renderFormatDoc(schema: JsonSchemaNode = JSON.parse(scenarioJsonSchema())): string {
  const missing = undescribedProperties(schema);
  if (missing.length > 0) throw new Error(`properties without a description in scenarios/schema.ts: ${missing.join(', ')}`);
  const { list, sectionOf } = sections(schema);
  const section = (node: JsonSchemaNode) => {
    const target = objectWithin(node)?.node ?? node;
    return sectionOf.get(target);
  };
  const out: string[] = [
    '# The scenario format: every field',
    '',
    '<!-- Generated by `npm run format:doc` from the descriptions in scenarios/schema.ts. Do not edit: change the schema and run it again. -->',
    '',
    'A scenario is one YAML file: a world (states, providers, laws, treaties), one data request,',
    'optionally a script of what happens, and optionally what must come out (`expect`). This page lists',
    'every field the format accepts, with its type, its default and what it means. It is generated from',
    'the same schema that checks files when they load (`scenarios/schema.ts`) and that editors read',
    '(`scenarios/scenario.schema.json`, also served by the server at `' + SCENARIO_SCHEMA_URL_PATH + '`), so the three',
    'always agree.',
    '',
    '- What the engine does with these fields (channels, the third-country check, the script, results): [how-a-scenario-runs.md](how-a-scenario-runs.md).',
    '- How to write a scenario, a worked example, errors, commands and editor set-up: [authoring.md](authoring.md).',
    '- Fields marked *project extension* were added to the base format; none changes the meaning of a base field.',
    '- Every object is strict: a field not listed here is an error, not an ignored line.',
    '- **Required** fields must be given; a field with a **default** may be left out and takes that value.',
    '  Checks that need the whole world (an id that must exist, a date order, a script step the request',
    '  cannot take) are made by the loader and `rogatory validate`, not by this table.',
    '- `id` is any text without spaces naming an entry of the world (`JP`, `google`, `US-JP-MLAT`).',
    '',
    '## Contents',
    '',
    ...list.map((s) => `- [${heading(s.title)}](#${slug(heading(s.title))})`),
  ];
  for (const s of list) {
    out.push('', `## ${heading(s.title)}`, '');
    if (s.node.description) out.push(s.node.description, '');
    out.push('| Field | Type | Required | Default | Meaning |', '| --- | --- | --- | --- | --- |');
    for (const row of s.rows) {
      const name = row.only ? `${code(row.field)} (${row.only})` : code(row.field);
      const type = typeOf(row.node, section);
      const fallback = defaultOf(row);
      out.push(`| ${cell(name)} | ${type} | ${row.required ? 'yes' : ''} | ${cell(fallback)} | ${cell(row.node.description ?? '')} |`);
    }
  }
  return `${out.join('\n')}\n`;
}
