/**
 * The date and what-if of a page, kept in its link so that opening the link asks the same question:
 * `#/compare/ID?date=2020-01-01&whatif=<base64url of the overlay YAML>` (docs/what-if.md). The same
 * two parameters serve every page that asks a scenario under a variant.
 */
export interface VariantLink {
  date?: string;
  /** The overlay's YAML text. */
  whatIf?: string;
}

/** The query part of a hash route (`#/compare/x?date=…` → `date=…`). */
function queryOf(hash: string): URLSearchParams {
  const at = hash.indexOf('?');
  return new URLSearchParams(at === -1 ? '' : hash.slice(at + 1));
}

/** The route without its query (`#/compare/x?date=…` → `/compare/x`). */
export function routeOf(hash: string = location.hash): string {
  const path = hash.replace(/^#/, '');
  const at = path.indexOf('?');
  return at === -1 ? path : path.slice(0, at);
}

export function readVariantLink(hash: string = location.hash): VariantLink {
  const query = queryOf(hash);
  const date = query.get('date') ?? undefined;
  const encoded = query.get('whatif');
  let whatIf: string | undefined;
  if (encoded) {
    try {
      whatIf = decodeWhatIf(encoded);
    } catch {
      // A link cut short or mistyped: the page asks without the what-if rather than failing.
      whatIf = undefined;
    }
  }
  return { ...(date && { date }), ...(whatIf && { whatIf }) };
}

/** `?date=…&whatif=…` for a variant (empty for the scenario as written), other parameters of `hash` kept. */
export function variantQuery(variant: VariantLink, hash = ''): string {
  const query = queryOf(hash);
  query.delete('date');
  query.delete('whatif');
  if (variant.date) query.set('date', variant.date);
  if (variant.whatIf?.trim()) query.set('whatif', encodeWhatIf(variant.whatIf));
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** The route `path` (e.g. `/compare/x`) with the variant's parameters. */
export function variantHref(path: string, variant: VariantLink): string {
  return `#${path}${variantQuery(variant)}`;
}

/** The full address of the route with the variant, to copy and send. */
export function variantUrl(path: string, variant: VariantLink): string {
  return `${location.origin}${location.pathname}${variantHref(path, variant)}`;
}

/** UTF-8, then base64url without padding: a what-if in any script survives a link. */
export function encodeWhatIf(yaml: string): string {
  const bytes = new TextEncoder().encode(yaml);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeWhatIf(encoded: string): string {
  const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}
