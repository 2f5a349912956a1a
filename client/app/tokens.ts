/**
 * The secrets a browser keeps between pages: a trainer's token per session (the presenter screen,
 * opened in another window, reads it from here), a presenter link's token, the links the owner
 * made (to show them again), and a participant's pass, so that a reload stays the same person.
 * localStorage, because the presenter window must share it.
 */
export interface TrainerPass {
  token: string;
  /** A diplomat's walk-through: the console without the classroom panels. */
  solo: boolean;
  /** Opened from a co-trainer link: every command, but the links stay with the owner. */
  cotrainer?: boolean;
}

/** A presenter link's token, kept once the link is opened so that a reload stays on the screen. */
export interface PresenterPass {
  token: string;
}

/** The links the owner made for a session, by link id: only their hashes are on the server. */
export type KeptLinks = Record<string, string>;

export interface ParticipantPass {
  token: string;
  sessionId: string;
  name: string;
  code: string;
  /** Left on purpose: kept only to be shown when joining again, so the server knows it is the same person. */
  left?: boolean;
}

const trainerKey = (sessionId: string) => `rogatory.trainer.${sessionId}`;
const presenterKey = (sessionId: string) => `rogatory.presenter.${sessionId}`;
const linksKey = (sessionId: string) => `rogatory.links.${sessionId}`;
const PARTICIPANT_KEY = 'rogatory.participant';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function read<T>(key: string): T | null {
  try {
    const raw = storage()?.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

export const trainerPass = (sessionId: string) => read<TrainerPass>(trainerKey(sessionId));

export function saveTrainerPass(sessionId: string, pass: TrainerPass): void {
  storage()?.setItem(trainerKey(sessionId), JSON.stringify(pass));
}

export const presenterPass = (sessionId: string) => read<PresenterPass>(presenterKey(sessionId));

export function savePresenterPass(sessionId: string, pass: PresenterPass): void {
  storage()?.setItem(presenterKey(sessionId), JSON.stringify(pass));
}

export const keptLinks = (sessionId: string): KeptLinks => read<KeptLinks>(linksKey(sessionId)) ?? {};

export function keepLinks(sessionId: string, links: KeptLinks): void {
  storage()?.setItem(linksKey(sessionId), JSON.stringify(links));
}

export const participantPass = () => read<ParticipantPass>(PARTICIPANT_KEY);

export function saveParticipantPass(pass: ParticipantPass | null): void {
  if (pass) storage()?.setItem(PARTICIPANT_KEY, JSON.stringify(pass));
  else storage()?.removeItem(PARTICIPANT_KEY);
}
