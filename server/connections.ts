import type { Server as HttpServer } from 'node:http';
import type { Socket } from 'node:net';
import type { TrustFunction } from './client-address.ts';
import { problemType } from './http/problems.ts';
import type { SampledLog } from './sampled-log.ts';

/** How long a refused client is told to wait. */
const RETRY_AFTER_S = 10;

/** An IPv4 peer seen through an IPv6 socket is the same peer. */
export const peerAddress = (address: string | undefined) => (address ?? 'unknown').replace(/^::ffff:/, '');

/**
 * At most `perAddress` open TCP connections from one peer address: every idle socket costs a file
 * descriptor, and one laptop holding thousands of them (about 20,000 here) stopped every class on
 * the server. The next connection gets a 503 problem, with Retry-After, and is closed. A trusted
 * proxy's connections are not counted here (they carry many clients); socket.io counts those by
 * their forwarded address instead (realtime.ts).
 */
export function capConnections(http: HttpServer, perAddress: number, trust: TrustFunction, log: SampledLog): { open(address: string): number } {
  const open = new Map<string, number>();
  http.on('connection', (socket: Socket) => {
    const address = peerAddress(socket.remoteAddress);
    if (trust(address, 0)) return;
    const count = open.get(address) ?? 0;
    if (count >= perAddress) {
      log.warn('refused connection', `refused a connection from ${address}: it already holds ${count} (MAX_CONNECTIONS_PER_ADDRESS)`, { address, limit: perAddress });
      refuse(socket, perAddress);
      return;
    }
    open.set(address, count + 1);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left <= 0) open.delete(address);
      else open.set(address, left);
    });
  });
  return { open: (address) => open.get(address) ?? 0 };
}

/** A whole HTTP answer written before the request is read: what a browser, curl or socket.io client shows. */
function refuse(socket: Socket, perAddress: number): void {
  const body = JSON.stringify({
    type: problemType('rate-limited'),
    title: 'Too many connections',
    status: 503,
    detail: `This address already holds ${perAddress} open connections to the server, its limit: close some (other tabs, other scripts) or try again in ${RETRY_AFTER_S} s.`,
  });
  socket.on('error', () => undefined);
  socket.end(
    `HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/problem+json\r\nRetry-After: ${RETRY_AFTER_S}\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
  // A peer that never reads its answer must not keep the descriptor either.
  setTimeout(() => socket.destroy(), 1000).unref();
}
