import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

/**
 * Whom to believe about a client's address behind a reverse proxy, as Express's `trust proxy`
 * reads it: false (the default: the peer's address, X-Forwarded-For ignored), true (the farthest
 * address X-Forwarded-For gives), a number of proxy hops, or a comma-separated list of addresses,
 * subnets and names such as `loopback` or `uniquelocal`.
 */
export type TrustProxy = boolean | number | string;

/** Express's compiled form of TrustProxy: whether the `hop`-th address from us is a trusted proxy. */
export type TrustFunction = (address: string, hop: number) => boolean;

/** TRUST_PROXY as an environment variable gives it. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  if (/^\d+$/.test(text)) return Number(text);
  return text;
}

/**
 * The client's address for a socket's handshake, read by the very function Express uses for
 * `req.ip` (proxy-addr), so that rate limits count one trainee the same way on REST and socket.io.
 */
export function clientAddress(request: IncomingMessage, trust: TrustFunction): string {
  return proxyAddr(request, trust);
}
