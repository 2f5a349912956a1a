/**
 * A join code as the server reads it: people type what they see or hear ("abc def", "ABC-DEF"),
 * so spaces, dashes and case are not part of it. server/protocol.ts (JoinPayloadSchema) reads the
 * same way; this copy only lets the form say "4 to 12 letters and digits" before anything is sent.
 */
export function normalJoinCode(typed: string): string {
  return typed.replace(/[\s\-\u2010-\u2015_.·]+/gu, '').toUpperCase();
}

export const isJoinCode = (code: string): boolean => /^[A-Z0-9]{4,12}$/.test(code);
