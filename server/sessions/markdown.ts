/**
 * Text a scenario's author wrote, made safe to copy into the debrief's Markdown. A Markdown file is
 * opened in viewers that render raw HTML and follow links, so what an author (or an attacker posting
 * a scenario) wrote must neither start markup nor carry a script link.
 */

/** Link schemes a reader may follow from a debrief; anything else (javascript:, data:, vbscript:, file:…) is dropped. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * `&`, `<` and `>` as entities: no raw HTML, no autolink `<javascript:…>`, and no entity such as
 * `&#106;` spelling a scheme that a renderer would decode inside a link destination.
 */
const escapeHtml = (text: string) => text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));

/** Whether a link destination is one a reader may follow: a safe scheme, or none (a relative link or an anchor). */
function safeDestination(destination: string): boolean {
  // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(destination.replace(/[\u0000-\u0020]/g, ''));
  return !scheme || SAFE_SCHEMES.has(scheme[1]!.toLowerCase());
}

/**
 * Schemes that run or smuggle content when followed, wherever they stand: Markdown has more ways to
 * make a link than a pattern can follow (nested brackets, a label over two lines, a destination on
 * the next line, `\:` for `:`), so besides the links recognised below, every such scheme in the text
 * that a destination could start with (a colon and no space after it) is broken by a space.
 */
const SCRIPT_SCHEME = /\b(javascript|vbscript|livescript|data|file)(\s*\\?):(?=\S)/gi;

/**
 * Markdown the author wrote (the debrief notes), kept as Markdown: emphasis, lists and http links
 * survive; raw HTML is shown as text, and a link to another scheme keeps its text and loses its target.
 */
export function safeMarkdown(text: string): string {
  return escapeHtml(text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ''))
    // Inline links and images: [text](destination "title").
    .replace(/(!?\[[^\]\n]*\])\(\s*([^\s)]*)([^)\n]*)\)/g, (whole, label: string, destination: string) =>
      safeDestination(destination) ? whole : `${label.replace(/^!/, '')} [link removed: only http, https and mailto links are kept]`)
    // Reference definitions: [id]: destination.
    .replace(/^( {0,3}\[[^\]\n]+\]:)[ \t]*(\S+)(.*)$/gm, (whole, label: string, destination: string) =>
      safeDestination(destination) ? whole : `${label} #link-removed`)
    .replace(SCRIPT_SCHEME, (_whole, scheme: string) => `${scheme} :`);
}

/** One line of author text inside a table cell or a sentence: no markup, no line break, no cell border. */
export function safeCell(text: string): string {
  return safeMarkdown(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}
