import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';

/**
 * The floor for fan-out: a bare socket.io server on 127.0.0.1 that, when its sender emits `go`,
 * broadcasts a payload to everyone connected and acknowledges: no validation, no engine, no
 * storage. The payload is `latest()`, Rogatory's own latest broadcast, so both servers send the
 * very same object.
 */
export async function startRawServer(latest: () => object | undefined) {
  const http = createServer();
  const io = new Server(http, { serveClient: false });
  /** Each broadcast call (encode once, write to every socket), as performance.now() times. */
  const emits: { start: number; end: number }[] = [];
  io.on('connection', (socket) => {
    void socket.join('room');
    socket.on('go', (ack?: (answer: { ok: boolean }) => void) => {
      const payload = latest();
      if (!payload) return ack?.({ ok: false });
      const start = performance.now();
      io.to('room').emit('input', payload);
      emits.push({ start, end: performance.now() });
      ack?.({ ok: true });
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, emits, close: () => io.close() };
}
