import type { ServerAddresses } from '../../server/protocol.ts';

const LOOPBACK = /^(localhost|127(\.\d+){3}|\[::1\])$/i;

/**
 * The origins a join link may use, best first. PUBLIC_URL when the operator set one. Otherwise the
 * page's own origin, unless the page was opened at localhost: a phone that scans localhost reaches
 * itself, so the server's own addresses on the room's network come first then.
 */
export function joinOrigins(page: { origin: string; hostname: string }, server: ServerAddresses | null): string[] {
  if (server?.publicUrl) return [server.publicUrl];
  const others = server?.urls ?? [];
  const local = LOOPBACK.test(page.hostname);
  const all = local ? [...others, page.origin] : [page.origin, ...others];
  return [...new Set(all)];
}

/** The origin to use: the trainer's pick if it is still offered, else the best. */
export function chosenOrigin(origins: readonly string[], picked: string | null): string {
  return picked && origins.includes(picked) ? picked : origins[0]!;
}
