import { say, type Phrases } from '../../machines/messages/say.ts';
import type { Message } from '../../machines/messages/types.ts';
import { locale } from './index.ts';

let phrases: Phrases = {};

/** The open scenario's translations of its authored texts into the page's language (translations.<lang>.phrases). */
export function setPhrases(next: Phrases | undefined): void {
  phrases = next ?? {};
}

/** What the engine said, in the page's language: its message when it carries one, else its English text. */
export function engineText(english: string, message?: Message): string {
  return message ? say(message, locale(), { phrases }) : english;
}

/** A verdict's or a note's reason in the page's language. */
export function reasonText(x: { reason: string; message?: Message }): string {
  return engineText(x.reason, x.message);
}

/** One of the engine's messages in the page's language. */
export function sayHere(message: Message): string {
  return say(message, locale(), { phrases });
}
