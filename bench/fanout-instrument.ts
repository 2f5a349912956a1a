import type { RunningServer } from '../server/http.ts';
import type { watchGc } from './gc-watch.ts';

/** Where the server's own time goes for one command, in milliseconds of its event loop. */
export interface CommandCost {
  /** From the command's arrival to the start of the durable write: queueing and applying the input. */
  engine: number;
  /** The durable SQLite commit of the input (synchronous = FULL: an fsync). */
  commit: number;
  /** From the commit to the end of the broadcast: the view of the new state, then socket.io's encode and writes. */
  broadcast: number;
  /** The whole command, acknowledgement included. */
  total: number;
  /** Garbage collection inside the command, up to the end of its broadcast (part of the figures above). */
  gc: number;
}

/**
 * Times each command inside a running server by wrapping, on this one instance only, the
 * service's command, the store's append and a last listener of the `input` broadcast. The server's
 * code is unchanged; the wrappers cost a few performance.now() calls.
 */
export function instrument(server: RunningServer, gc: ReturnType<typeof watchGc>): { take(): CommandCost[] } {
  const { sessions, store } = server;
  type Mark = { start: number; commitStart?: number; commitEnd?: number; emitted?: number; end?: number };
  let open: Mark | null = null;
  const marks: Mark[] = [];

  const command = sessions.command.bind(sessions);
  sessions.command = async (session, cmd) => {
    const mark: Mark = { start: performance.now() };
    open = mark;
    const result = await command(session, cmd);
    mark.end = performance.now();
    marks.push(mark);
    return result;
  };
  const append = store.appendInput.bind(store);
  store.appendInput = async (sessionId, record) => {
    const mark = open;
    if (mark) mark.commitStart = performance.now();
    await append(sessionId, record);
    if (mark) mark.commitEnd = performance.now();
  };
  // Registered after the realtime layer's listener, so it runs once the broadcast has been written.
  sessions.on('input', () => {
    if (open) open.emitted = performance.now();
  });
  // Read once the commands are over, so that the collector's entries for them have arrived.
  const take = (): CommandCost[] => marks.splice(0).flatMap((m) =>
    m.commitStart !== undefined && m.commitEnd !== undefined && m.emitted !== undefined && m.end !== undefined
      ? [{
        engine: m.commitStart - m.start, commit: m.commitEnd - m.commitStart, broadcast: m.emitted - m.commitEnd,
        total: m.end - m.start, gc: gc.within(m.start, m.emitted),
      }]
      : []);
  return { take };
}
