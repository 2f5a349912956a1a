import type { IncomingMessage } from 'node:http';

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
 * The client's address for a socket's handshake, read exactly as Express reads `req.ip` for a REST
 * call, so that rate limits count one trainee the same way on both: walk from the peer back along
 * X-Forwarded-For while each address is a trusted proxy.
 */
export function clientAddress(request: IncomingMessage, trust: TrustFunction): string {
  const header = request.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',').map((a) => a.trim()).filter((a) => a !== '').reverse();
  const chain = [request.socket.remoteAddress ?? 'unknown', ...forwarded];
  for (let hop = 0; hop < chain.length - 1; hop++) if (!trust(chain[hop]!, hop)) return chain[hop]!;
  return chain.at(-1)!;
}
