import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DOCS = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The text a reader sees as prose: code blocks and inline code hold examples, not links. */
const prose = (markdown: string) => markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');

/** Inline links `[text](target)` and reference definitions `[key]: target`, web and mail links left out. */
function relativeLinks(markdown: string): string[] {
  const text = prose(markdown);
  const targets = [
    ...[...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!),
    ...[...text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1]!),
  ];
  return targets.filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t));
}

/** The anchors a Markdown page offers: its headings, as GitHub names them, and explicit ids. */
function anchorsOf(markdown: string): Set<string> {
  const text = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  const slug = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, heading] of text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = slug(heading!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));
    const n = seen.get(base) ?? 0;
    anchors.add(n === 0 ? base : `${base}-${n}`);
    seen.set(base, n + 1);
  }
  for (const [, id] of markdown.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(id!);
  return anchors;
}

/** Every `[S#]` source key cited in a text. */
const sourceKeys = (text: string) => new Set([...text.matchAll(/\[(S\d+[a-z]?)\]/g)].map((m) => m[1]!));

/** Tracked text files that may cite sources: the data, the scenarios, the docs. */
function filesUnder(folder: string, ext: RegExp): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(ROOT, dir))) {
      const path = `${dir}/${name}`;
      if (statSync(join(ROOT, path)).isDirectory()) walk(path);
      else if (ext.test(name)) out.push(path);
    }
  };
  walk(folder);
  return out;
}

describe('links in README.md and docs/*.md', () => {
  it('every relative link resolves to a file in the repository, and its #anchor to a heading there', () => {
    const broken: string[] = [];
    for (const doc of DOCS) {
      const markdown = read(doc);
      for (const link of relativeLinks(markdown)) {
        const [path, anchor] = link.split('#') as [string, string | undefined];
        const target = path === '' ? join(ROOT, doc) : resolve(dirname(join(ROOT, doc)), decodeURI(path));
        const inside = !relative(ROOT, target).startsWith('..');
        if (!inside || !existsSync(target)) {
          broken.push(`${doc}: ${link} (no such file in the repository)`);
          continue;
        }
        if (anchor && target.endsWith('.md') && !anchorsOf(readFileSync(target, 'utf8')).has(decodeURIComponent(anchor))) {
          broken.push(`${doc}: ${link} (no such heading)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('no page sends readers to a path outside the repository, linked or written in code', () => {
    const outside = DOCS.flatMap((doc) => [...read(doc).matchAll(/(?:\.\.\/)+shared\/[\w./-]+/g)].map((m) => `${doc}: ${m[0]}`));
    expect(outside).toEqual([]);
  });

  it('no page cites the team\'s research notes (facts.md), which are not in the repository', () => {
    const notes = DOCS.flatMap((doc) =>
      read(doc)
        .split('\n')
        .flatMap((line, i) => (/facts\.md/i.test(line) ? [`${doc}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(notes).toEqual([]);
  });

  it('the check finds a broken link, a wrong anchor and a path outside the repository', () => {
    const sample = 'See [the contract](../../shared/SCENARIO-FORMAT.md), [a page](authoring.md#no-such-part) and `[x](in-code.md)`.';
    expect(relativeLinks(sample)).toEqual(['../../shared/SCENARIO-FORMAT.md', 'authoring.md#no-such-part']);
    expect(anchorsOf(read('docs/authoring.md')).has('no-such-part')).toBe(false);
    expect(anchorsOf(read('docs/authoring.md')).has('7-editor-support-the-json-schema')).toBe(true);
  });
});

describe('[S#] source keys', () => {
  const listed = anchorsOf(read('docs/sources.md'));
  const cited = (files: string[]) => files.flatMap((file) => [...sourceKeys(read(file))].map((key) => ({ file, key })));

  it('every key cited in README.md and docs/*.md is listed, with its source, in docs/sources.md', () => {
    const unlisted = cited(DOCS).filter(({ key }) => !listed.has(key.toLowerCase()));
    expect(unlisted).toEqual([]);
    // law.md cites the Irish amicus brief; were the pattern wrong, nothing would be checked.
    expect(cited(DOCS).map(({ key }) => key)).toContain('S47');
  });

  it('every key cited in docs/law.md is listed in docs/sources.md', () => {
    const keys = [...sourceKeys(read('docs/law.md'))];
    expect(keys.filter((key) => !listed.has(key.toLowerCase()))).toEqual([]);
    expect(keys).toEqual(expect.arrayContaining(['S19', 'S29', 'S48', 'S51']));
  });

  it('so is every key the world data and the scenarios cite (shown to trainees in sources and debriefs)', () => {
    const files = [...filesUnder('machines', /\.ts$/), ...filesUnder('scenarios', /\.(ya?ml|ts)$/)];
    const unlisted = cited(files).filter(({ key }) => !listed.has(key.toLowerCase()));
    expect(unlisted).toEqual([]);
  });

  it('each listed key has a description and at least one address or says why it has none', () => {
    const rows = read('docs/sources.md').split('\n').filter((line) => line.startsWith('| <a id='));
    expect(rows.length).toBe([...read('docs/sources.md').matchAll(/<a id="s\d+[a-z]?">/g)].length);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const [, what, where] = row.split(' | ');
      expect(what!.length, row).toBeGreaterThan(20);
      expect(where, row).toMatch(/<https?:\/\/\S+>|no public address recorded/);
    }
  });
});
