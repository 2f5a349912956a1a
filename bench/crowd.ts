/**
 * The crowd: N real socket.io clients (websocket transport) in a process of their own, so that the
 * clients' work does not run on the server's event loop. Driven by the bench over IPC
 * (bench/crowd-protocol.ts); it exits when the bench does.
 */
import { io, type Socket } from 'socket.io-client';
import type { FromCrowd, Step, Target, ToCrowd } from './crowd-protocol.ts';

const send = (message: FromCrowd) => process.send!(message);
const TIMEOUT_MS = 20_000;
const CONNECT_BATCH = 50;

interface Crowd {
  sender: Socket;
  participants: Socket[];
  /** Seq of the broadcast awaited, and how many participants have it. */
  awaited: { seq: number; count: number; done: () => void } | null;
  outOfOrder: number;
}
const crowds = new Map<Target, Crowd>();

function open(url: string, auth: object = {}): Promise<Socket> {
  const socket = io(url, { transports: ['websocket'], auth, forceNew: true, reconnection: false, timeout: TIMEOUT_MS });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => reject(error));
  });
}

function ask<T>(socket: Socket, event: string, ...args: unknown[]): Promise<T> {
  return socket.timeout(TIMEOUT_MS).emitWithAck(event, ...args) as Promise<T>;
}

async function connect(m: Extract<ToCrowd, { type: 'connect' }>): Promise<void> {
  const started = performance.now();
  const sender = await open(m.url, m.auth);
  const crowd: Crowd = { sender, participants: [], awaited: null, outOfOrder: 0 };
  for (let from = 0; from < m.n; from += CONNECT_BATCH) {
    const batch = await Promise.all(Array.from({ length: Math.min(CONNECT_BATCH, m.n - from) }, async (_, i) => {
      const socket = await open(m.url);
      let last = -1;
      if (m.target === 'rogatory') {
        const answer = await ask<{ ok: boolean; snapshot?: { seq: number }; error?: { message: string } }>(socket, 'join', { code: m.joinCode, name: `P${from + i}` });
        if (!answer.ok) throw new Error(`join refused: ${answer.error?.message}`);
        last = answer.snapshot!.seq;
      }
      socket.on('input', (b: { seq: number }) => {
        // The raw server repeats Rogatory's broadcasts, some twice: only Rogatory's seqs must follow on.
        if (m.target === 'rogatory' && b.seq !== last + 1) crowd.outOfOrder++;
        last = b.seq;
        const awaited = crowd.awaited;
        if (awaited && b.seq === awaited.seq && ++awaited.count === crowd.participants.length) awaited.done();
      });
      return socket;
    }));
    crowd.participants.push(...batch);
  }
  crowds.set(m.target, crowd);
  send({ type: 'connected', target: m.target, n: crowd.participants.length, ms: performance.now() - started });
}

/** One step: from the send to the moment the last participant has the broadcast of `seq`. */
function once(crowd: Crowd, step: Step): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`broadcast ${step.seq} did not reach every participant in ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
    let received = false;
    let acked = false;
    let elapsed = 0;
    const finish = () => {
      if (!received || !acked) return;
      clearTimeout(timer);
      crowd.awaited = null;
      resolve(elapsed);
    };
    const start = performance.now();
    crowd.awaited = { seq: step.seq, count: 0, done: () => { elapsed = performance.now() - start; received = true; finish(); } };
    const ack = (answer: { ok: boolean; error?: { message: string } }) => {
      if (!answer.ok) return reject(new Error(`the trigger was refused: ${answer.error?.message}`));
      acked = true;
      finish();
    };
    if (step.target === 'rogatory') crowd.sender.emit('command', step.command, ack);
    else crowd.sender.emit('go', ack);
  });
}

async function measure(m: Extract<ToCrowd, { type: 'measure' }>): Promise<void> {
  const ms: number[] = [];
  for (const step of m.steps) {
    const crowd = crowds.get(step.target);
    if (!crowd) throw new Error(`no crowd connected to ${step.target}`);
    ms.push(await once(crowd, step));
    await new Promise((r) => setTimeout(r, m.gapMs));
  }
  const outOfOrder = [...crowds.values()].reduce((n, c) => n + c.outOfOrder, 0);
  send({ type: 'measured', ms, outOfOrder });
}

function disconnect(target: Target): void {
  const crowd = crowds.get(target);
  for (const socket of [crowd?.sender, ...(crowd?.participants ?? [])]) socket?.disconnect();
  crowds.delete(target);
  send({ type: 'disconnected', target });
}

process.on('message', (message: ToCrowd) => {
  const work = async () => {
    switch (message.type) {
      case 'connect': return connect(message);
      case 'measure': return measure(message);
      case 'disconnect': return disconnect(message.target);
      case 'exit':
        for (const target of [...crowds.keys()]) disconnect(target);
        process.exit(0);
    }
  };
  work().catch((error) => send({ type: 'failed', message: error instanceof Error ? error.message : String(error) }));
});
// The bench went away: nothing left to measure for.
process.on('disconnect', () => process.exit(0));
send({ type: 'ready' });
