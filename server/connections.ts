import type { Server as HttpServer } from 'node:http';
import type { Socket } from 'node:net';
import type { TrustFunction } from './client-address.ts';
import { problemType } from './http/problems.ts';
import type { SampledLog } from './sampled-log.ts';

/** How long a refused client is told to wait. */
const RETRY_AFTER_S = 10;

/** An IPv4 peer seen through an IPv6 socket is the same peer. */
export const peerAddress = (address: string | undefined) => (address ?? 'unknown').replace(/^::ffff:/, '');

interface Tracked {
  socket: Socket;
  /** Requests in flight on it. */
  busy: number;
  /** Taken over by a websocket (socket.io): in use for as long as it is open. */
  upgraded: boolean;
}

/**
 * At most `perAddress` open TCP connections from one peer address: every idle socket costs a file
 * descriptor, and one laptop holding thousands of them (about 20,000 here) stopped every class on
 * the server. A class behind one NAT shares that address, so a newcomer at the cap first closes the
 * address's oldest idle connection (no request in flight, no websocket: one that was opened and
 * left, or a keep-alive nobody uses); only when every one is in use is the newcomer answered a 503
 * problem, with Retry-After, and closed. A trusted proxy's connections are not counted here (they
 * carry many clients); socket.io counts those by their forwarded address instead (realtime.ts).
 */
export function capConnections(http: HttpServer, perAddress: number, trust: TrustFunction, log: SampledLog): { open(address: string): number } {
  const byAddress = new Map<string, Set<Tracked>>();
  const tracked = new WeakMap<Socket, Tracked>();
  http.on('connection', (socket: Socket) => {
    const address = peerAddress(socket.remoteAddress);
    if (trust(address, 0)) return;
    let open = byAddress.get(address);
    if (!open) byAddress.set(address, (open = new Set()));
    if (open.size >= perAddress) {
      // Sets keep insertion order: the first idle one is the oldest.
      const idle = [...open].find((t) => t.busy === 0 && !t.upgraded);
      if (idle) {
        open.delete(idle);
        idle.socket.destroy();
      } else {
        log.warn('refused connection', `refused a connection from ${address}: its ${open.size} connections are all in use (MAX_CONNECTIONS_PER_ADDRESS)`, { address, limit: perAddress });
        refuse(socket, perAddress);
        return;
      }
    }
    const entry: Tracked = { socket, busy: 0, upgraded: false };
    open.add(entry);
    tracked.set(socket, entry);
    socket.once('close', () => {
      open.delete(entry);
      if (open.size === 0 && byAddress.get(address) === open) byAddress.delete(address);
    });
  });
  http.on('request', (req, res) => {
    const entry = tracked.get(req.socket);
    if (!entry) return;
    entry.busy++;
    res.once('close', () => entry.busy--);
  });
  http.on('upgrade', (req) => {
    const entry = tracked.get(req.socket);
    if (entry) entry.upgraded = true;
  });
  return { open: (address) => byAddress.get(address)?.size ?? 0 };
}

/** A whole HTTP answer written before the request is read: what a browser, curl or socket.io client shows. */
function refuse(socket: Socket, perAddress: number): void {
  const body = JSON.stringify({
    type: problemType('rate-limited'),
    title: 'Too many connections',
    status: 503,
    detail: `The ${perAddress} connections this address may hold to the server are all in use: try again in ${RETRY_AFTER_S} s. If you are one of many behind one network, ask whoever runs the server to raise MAX_CONNECTIONS_PER_ADDRESS.`,
  });
  socket.on('error', () => undefined);
  socket.end(
    `HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/problem+json\r\nRetry-After: ${RETRY_AFTER_S}\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
  // A peer that never reads its answer must not keep the descriptor either.
  setTimeout(() => socket.destroy(), 1000).unref();
}
