import { describe, expect, it } from 'vitest';
import { safeCell, safeMarkdown } from '../../server/sessions/markdown.ts';

/** What a reader sees where a link to a scheme other than http, https or mailto stood. */
const REMOVED = '[link removed: only http, https and mailto links are kept]';

describe('author text in the Markdown debrief (safeMarkdown)', () => {
  it('shows raw HTML as text: &, < and > become entities', () => {
    expect(safeMarkdown('a & b < c > d')).toBe('a &amp; b &lt; c &gt; d');
    expect(safeMarkdown('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('keeps Markdown emphasis and lists as written', () => {
    expect(safeMarkdown('**bold** _em_\n- item')).toBe('**bold** _em_\n- item');
  });

  it('drops control characters but keeps tabs and line breaks', () => {
    expect(safeMarkdown('a\u0007b\u001fc\u007fd\te\nf')).toBe('abcd\te\nf');
  });

  it('keeps http, https and mailto links, whatever the case of the scheme', () => {
    expect(safeMarkdown('[site](http://example.org)')).toBe('[site](http://example.org)');
    expect(safeMarkdown('[site](https://example.org/a?b=1 "Title")')).toBe('[site](https://example.org/a?b=1 "Title")');
    expect(safeMarkdown('[mail](mailto:desk@example.org)')).toBe('[mail](mailto:desk@example.org)');
    expect(safeMarkdown('[Site](HTTPS://EXAMPLE.ORG)')).toBe('[Site](HTTPS://EXAMPLE.ORG)');
  });

  it('keeps anchors and relative links, even with a colon further on', () => {
    expect(safeMarkdown('[note](#part:2)')).toBe('[note](#part:2)');
    expect(safeMarkdown('[next](./annex:b.md)')).toBe('[next](./annex:b.md)');
  });

  it('replaces the target of a script link by a notice and keeps its text', () => {
    expect(safeMarkdown('[click here](javascript:void "t")')).toBe(`[click here] ${REMOVED}`);
    expect(safeMarkdown('[a]( javascript:x)')).toBe(`[a] ${REMOVED}`);
    expect(safeMarkdown('Read [Click!](vbscript:msgbox) now')).toBe(`Read [Click!] ${REMOVED} now`);
  });

  it('turns an image with a data: source into its alt text and the notice', () => {
    expect(safeMarkdown('![pic](data:image/png;base64,AAAA)')).toBe(`[pic] ${REMOVED}`);
  });

  it('empties a reference definition pointing to a script or a file, with or without spaces and a title', () => {
    expect(safeMarkdown('[id]: javascript:alert(1)')).toBe('[id]: #link-removed');
    expect(safeMarkdown('[id]:javascript:alert(1)')).toBe('[id]: #link-removed');
    expect(safeMarkdown('[id]:  javascript:alert(1)')).toBe('[id]: #link-removed');
    expect(safeMarkdown('   [ref]: file:///etc/passwd "t"')).toBe('   [ref]: #link-removed');
    expect(safeMarkdown('Intro\n[ref]: vbscript:x\nEnd')).toBe('Intro\n[ref]: #link-removed\nEnd');
  });

  it('keeps a reference definition to an https page with its title', () => {
    expect(safeMarkdown('[id]: https://example.org "Treaty"')).toBe('[id]: https://example.org "Treaty"');
  });

  it('breaks a script scheme anywhere else in the text with a space, so no link can start with it', () => {
    expect(safeMarkdown('see javascript:alert(1) now')).toBe('see javascript :alert(1) now');
    expect(safeMarkdown('see JavaScript\\:alert(1)')).toBe('see JavaScript :alert(1)');
    expect(safeMarkdown('text [id]: javascript:x')).toBe('text [id]: javascript :x');
  });

  it('leaves ordinary words that merely begin like a scheme, and a scheme followed by a space', () => {
    expect(safeMarkdown('a database:prod and a filed:note')).toBe('a database:prod and a filed:note');
    expect(safeMarkdown('data: a list')).toBe('data: a list');
  });
});

describe('author text in a debrief table cell (safeCell)', () => {
  it('doubles a backslash and escapes a pipe, so the cell border stays where it is', () => {
    expect(safeCell('a\\b')).toBe('a\\\\b');
    expect(safeCell('a|b')).toBe('a\\|b');
    expect(safeCell('a\\|b')).toBe('a\\\\\\|b');
  });

  it('puts a multi-line text on one line, one space where each line break and its surrounding blanks were', () => {
    expect(safeCell('line one\nline two')).toBe('line one line two');
    expect(safeCell('a  \n  b')).toBe('a b');
    expect(safeCell('x\n\ny')).toBe('x y');
  });

  it('is safe Markdown too: HTML as text and no script link', () => {
    expect(safeCell('[x](javascript:y)|<b>')).toBe(`[x] ${REMOVED}\\|&lt;b&gt;`);
  });
});
