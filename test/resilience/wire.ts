import type { Socket } from 'socket.io-client';

let nextAckId = 1_000_000;

/**
 * Send `text` as the body of a socket.io EVENT packet, byte for byte (`2<ackId>` + text), under the
 * client's encoder: what a hostile client can put on the wire, invalid JSON and nesting deeper than
 * JSON.stringify can write included. Resolves with the server's acknowledgement (its JSON text), or
 * `null` when none comes within `ms` (an unknown event, or a packet the server could not read).
 */
export function rawEmit(socket: Socket, text: string, ms = 2000): Promise<string | null> {
  const engine = socket.io.engine;
  const id = nextAckId++;
  const prefix = `3${id}`;
  return new Promise((resolve) => {
    const done = (answer: string | null) => {
      clearTimeout(timer);
      engine.off('message', onMessage);
      engine.off('close', onClose);
      resolve(answer);
    };
    const onMessage = (data: unknown) => {
      if (typeof data === 'string' && data.startsWith(prefix) && data[prefix.length] === '[') done(data.slice(prefix.length));
    };
    const onClose = () => done(null);
    const timer = setTimeout(() => done(null), ms);
    engine.on('message', onMessage);
    engine.on('close', onClose);
    engine.write(`2${id}${text}`);
  });
}

/** `depth` arrays inside each other, as JSON text: `[[[…0…]]]`. */
export const deepArray = (depth: number) => `${'['.repeat(depth)}0${']'.repeat(depth)}`;
/** `depth` objects inside each other, as JSON text: `{"a":{"a":…0…}}`. */
export const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}0${'}'.repeat(depth)}`;
