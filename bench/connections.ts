import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_LIMITS } from '../server/limiter.ts';
import { startServerProcess } from './server-process.ts';

export interface ConnectionFigures {
  /** The server's setting (MAX_CONNECTIONS_PER_ADDRESS, default). */
  limit: number;
  /** Idle connections one address (127.0.0.1) opened and the server kept open. */
  held: number;
  /** How many more it tried; each was answered and closed. */
  refused: number;
  /** The first line and the Retry-After of what the next connection from that address was told. */
  nextClientSees: string;
  /** A request from another address (127.0.0.2) while the first holds its whole share: its status and time. */
  otherAddress: { status: number; ms: number };
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
 * The sockets one address can hold against `npm start` with its default limits, and what the next
 * client sees. Bounded: at most the limit plus 50 connections, then all are closed.
 */
export async function connectionFigures(): Promise<ConnectionFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rogatory-bench-conn-'));
  const server = await startServerProcess(dataDir, join(import.meta.dirname, '..', 'scenarios', 'fictional'));
  const port = Number(new URL(server.url).port);
  const open: Socket[] = [];
  const limit = DEFAULT_LIMITS.connectionsPerAddress;
  try {
    let held = 0;
    let refused = 0;
    let nextClientSees = '';
    for (let i = 0; i < limit + 50; i++) {
      const answer = await idle(port, '127.0.0.1', open);
      if (answer === '') held++;
      else {
        refused++;
        nextClientSees ||= `${answer.split('\r\n')[0]}; ${/Retry-After: \d+/.exec(answer)?.[0] ?? 'no Retry-After'}`;
      }
    }
    const started = performance.now();
    const status = await new Promise<number>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port, localAddress: '127.0.0.2' }, () => socket.write(`GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
      let text = '';
      socket.on('data', (c) => (text += c));
      socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d+)/.exec(text)?.[1] ?? 0)));
      socket.on('error', () => resolve(0));
    });
    return { limit, held, refused, nextClientSees, otherAddress: { status, ms: performance.now() - started } };
  } finally {
    for (const socket of open) socket.destroy();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
