import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_LIMITS } from '../server/limiter.ts';
import { startServerProcess } from './server-process.ts';

export interface ConnectionFigures {
  /** The server's setting (MAX_CONNECTIONS_PER_ADDRESS, default). */
  limit: number;
  /** Idle connections one address (127.0.0.1) opened, one after another. */
  opened: number;
  /** How many of them the server still held at the end: never more than the limit. */
  held: number;
  /** A request from that same address while its idle connections fill its share: its status (an idle one makes room). */
  sameAddress: { status: number; ms: number };
  /** A request from another address (127.0.0.2) meanwhile: its status and time. */
  otherAddress: { status: number; ms: number };
}

/** One GET /api/health from `from`, on a connection of its own: the status and the time it took. */
async function health(port: number, from: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const status = await new Promise<number>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port, localAddress: from }, () => socket.write(`GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
    let text = '';
    socket.on('data', (c) => (text += c));
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d+)/.exec(text)?.[1] ?? 0)));
    socket.on('error', () => resolve(0));
  });
  return { status, ms: performance.now() - started };
}

/** Opens a connection from `from` and sends nothing; resolves with what the server says before closing, or '' if it keeps it open. */
function idle(port: number, from: string, open: Socket[]): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const socket = connect({ host: '127.0.0.1', port, localAddress: from }, () => {
      open.push(socket);
      // A kept connection says nothing; a refused one is answered at once.
      setTimeout(() => resolve(text), 30);
    });
    socket.on('data', (chunk) => (text += chunk));
    socket.once('error', reject);
  });
}

/**
 * The sockets one address can hold against `npm start` with its default limits, and what a newcomer
 * from that address and from another sees. Bounded: the limit plus 50 connections, then all are closed.
 */
export async function connectionFigures(): Promise<ConnectionFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rogatory-bench-conn-'));
  const server = await startServerProcess(dataDir, join(import.meta.dirname, '..', 'scenarios', 'fictional'));
  const port = Number(new URL(server.url).port);
  const open: Socket[] = [];
  const limit = DEFAULT_LIMITS.connectionsPerAddress;
  try {
    const opened = limit + 50;
    for (let i = 0; i < opened; i++) await idle(port, '127.0.0.1', open);
    const sameAddress = await health(port, '127.0.0.1');
    const otherAddress = await health(port, '127.0.0.2');
    await new Promise((r) => setTimeout(r, 100));
    const held = open.filter((socket) => !socket.destroyed && !socket.readableEnded).length;
    return { limit, opened, held, sameAddress, otherAddress };
  } finally {
    for (const socket of open) socket.destroy();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
