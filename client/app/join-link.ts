import type { ServerAddresses } from '../../server/protocol.ts';
import { chosenOrigin, joinOrigins } from '../model/join-origin.ts';
import { getServerAddresses } from './api.ts';

const PICKED_KEY = 'rogatory.joinOrigin';
let server: ServerAddresses | null = null;
let asked: Promise<void> | null = null;

function picked(): string | null {
  try {
    return window.localStorage.getItem(PICKED_KEY);
  } catch {
    return null;
  }
}

/** Asks the server once where participants can reach it; `then` redraws with the answer. */
export function loadJoinOrigins(then: () => void): void {
  asked ??= getServerAddresses().then((answer) => void (server = answer), () => undefined);
  void asked.then(then);
}

/** The origins the trainer may pick from for the join link, best first, and the one in use. */
export function joinOriginChoice(): { origins: string[]; origin: string } {
  const origins = joinOrigins(location, server);
  return { origins, origin: chosenOrigin(origins, picked()) };
}

export function pickJoinOrigin(origin: string): void {
  try {
    window.localStorage.setItem(PICKED_KEY, origin);
  } catch {
    // A browser without storage keeps the pick for this page only: nothing to do.
  }
}

/** The address participants open: the join route, with the code filled in, at the origin in use. */
export function joinUrl(code: string): string {
  return `${joinOriginChoice().origin}/#/join/${code}`;
}
