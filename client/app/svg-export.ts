import { t } from '../i18n/index.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The statechart as a file that stands alone: the page's rules for it copied into a <style> inside
 * the SVG (an exported file has no stylesheet), sized from its viewBox, buttons turned back into
 * plain labels.
 */
export function standaloneSvg(svg: SVGSVGElement, prefixes: string[] = ['.sc']): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const box = svg.viewBox.baseVal;
  clone.setAttribute('xmlns', SVG_NS);
  // The file says its language and, for Arabic, its direction: a viewer without the page's <html
  // dir="rtl"> still puts a label's full stop on the sentence's left.
  clone.setAttribute('xml:lang', document.documentElement.lang || 'en');
  clone.setAttribute('lang', document.documentElement.lang || 'en');
  if (document.documentElement.dir === 'rtl') clone.setAttribute('direction', 'rtl');
  clone.setAttribute('width', String(Math.round(box.width)));
  clone.setAttribute('height', String(Math.round(box.height)));
  clone.querySelectorAll('[tabindex]').forEach((el) => {
    el.removeAttribute('tabindex');
    el.removeAttribute('role');
  });
  const style = document.createElementNS(SVG_NS, 'style');
  style.textContent = rulesFor(prefixes);
  clone.insertBefore(style, clone.firstChild);
  // A white ground, so that the file reads the same on any viewer's background.
  const ground = document.createElementNS(SVG_NS, 'rect');
  ground.setAttribute('x', String(box.x));
  ground.setAttribute('y', String(box.y));
  ground.setAttribute('width', String(box.width));
  ground.setAttribute('height', String(box.height));
  ground.setAttribute('fill', '#ffffff');
  clone.insertBefore(ground, style.nextSibling);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

/** The same drawing as a PNG, rendered through an <img> from a data: URL (which the CSP allows). */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error(t('export.noCanvas'));
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(t('export.pngFailed')))), 'image/png'));
}

/** The stylesheet's rules for the drawing (and its custom properties), as text. */
function rulesFor(prefixes: string[]): string {
  const out: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSStyleRule)) continue;
      const selector = rule.selectorText;
      if (selector === ':root' || prefixes.some((p) => selector.includes(p))) out.push(rule.cssText.replace(/:root/g, 'svg'));
    }
  }
  return out.join('\n');
}
