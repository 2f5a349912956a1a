import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** A secret handed out once: 256 random bits, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored in place of a token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Whether `token` is the one behind `hash`, in time that does not depend on where they differ. */
export function tokenMatches(token: string, hash: string): boolean {
  const given = createHash('sha256').update(token, 'utf8').digest();
  const stored = Buffer.from(hash, 'hex');
  return stored.length === given.length && timingSafeEqual(given, stored);
}

/** Public ids (sessions, participants, votes): unguessable, short enough for a URL. */
export function newId(): string {
  return randomBytes(12).toString('base64url');
}

// No 0/O, 1/I/L, 5/S, 2/Z: a code read off a projector is typed right the first time.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRTUVWXY346789';

/** A join code the trainer reads out: short, upper case, unambiguous. */
export function newJoinCode(length = 6): string {
  let code = '';
  for (let i = 0; i < length; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}
