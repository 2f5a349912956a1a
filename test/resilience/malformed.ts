/**
 * Generated bad input: seeded fast-check arbitraries of what a careless or hostile client sends.
 * Every value is checked against the server's own schemas after a JSON round trip (what the wire
 * carries), so that none of them is by chance a valid command, ballot or join: the test can then
 * demand a refusal for each one.
 */
import fc from 'fast-check';
import type { z } from 'zod';
import {
  BallotSchema, BranchBodySchema, CreateSessionBodySchema, HandshakeAuthSchema, JoinPayloadSchema, RunBodySchema, TrainerCommandSchema,
} from '../../server/protocol.ts';

export const SEED = 20261122;

/** `n` values of `arb`, the same ones on every run. */
export function draw<T>(arb: fc.Arbitrary<T>, n: number, seed = SEED): T[] {
  return fc.sample(arb, { seed, numRuns: n });
}

/** What the value becomes on the wire. */
export const overTheWire = (value: unknown): unknown => {
  const text = JSON.stringify(value);
  return text === undefined ? undefined : JSON.parse(text);
};
const invalidFor = (schema: z.ZodType) => (value: unknown) => !schema.safeParse(overTheWire(value)).success;

const COMMAND_TYPES = ['start', 'pause', 'step', 'advance', 'play', 'event', 'openVote', 'closeVote', 'branch', 'reset'] as const;
export const EVENT_TYPES = [
  'SEND_DIRECT', 'CHOOSE_AGREEMENT', 'CHOOSE_MLAT', 'CHOOSE_ROGATORY', 'REQUEST_PRESERVATION', 'EXTEND_PRESERVATION', 'WITHDRAW',
  'THIRD_COUNTRY_ANSWERS', 'REFUSE', 'PROVIDER_REFUSES', 'PROVIDER_CHOOSES', 'REVIEW_DECIDES',
] as const;

const nested = (depth: number, array: boolean): unknown => {
  let value: unknown = 0;
  for (let i = 0; i < depth; i++) value = array ? [value] : { a: value };
  return value;
};

/** Values of the wrong type for any field: text, numbers out of every range, null, containers, long strings. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 0, 1e9, -1e-9, 2 ** 53, Number.MAX_VALUE, Number.NaN, Number.POSITIVE_INFINITY),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
  fc.integer({ min: 200, max: 5000 }).map((n) => 'é'.repeat(n)),
  fc.string({ unit: 'binary', maxLength: 16 }),
);

/** Anything at all: wrong types at the top, deep nesting (within what JSON.stringify writes), long strings. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.anything({ maxDepth: 3 }) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 20, max: 1500 }), fc.boolean()).map(([d, a]) => nested(d, a)) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 60_000 }).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: wrongValue },
);

const maybe = (arb: fc.Arbitrary<unknown>) => fc.oneof(arb, wrongValue);

/** Scenario events with unknown types, missing or mistyped fields, extra keys. */
export const badEvent: fc.Arbitrary<unknown> = fc.record({
  type: fc.oneof(fc.constantFrom(...EVENT_TYPES), fc.string({ maxLength: 20 }), wrongValue),
  country: maybe(fc.string({ maxLength: 70 })),
  answer: maybe(fc.constantFrom('consent', 'object', 'silent', 'yes')),
  ground: maybe(fc.string({ maxLength: 210 })),
  reason: maybe(fc.string({ maxLength: 210 })),
  choice: maybe(fc.constantFrom('comply', 'refuse', 'review', 'ignore')),
  outcome: maybe(fc.constantFrom('upheld', 'lifted', 'quashed')),
  day: wrongValue,
}, { requiredKeys: [] });

/** Commands that are almost right: a known type with fields of the wrong type, out of range, or extra. */
const commandLike = fc.record({
  type: fc.oneof(fc.constantFrom(...COMMAND_TYPES), fc.string({ maxLength: 12 }), wrongValue),
  to: maybe(fc.double({ min: -1e7, max: 1e7 })),
  speed: maybe(fc.double({ min: -10, max: 10_000 })),
  event: maybe(badEvent),
  options: maybe(fc.array(badEvent, { maxLength: 12 })),
  seconds: maybe(fc.double({ min: -5, max: 200_000 })),
  atSeq: maybe(fc.double({ min: -5, max: 1e6 })),
  extra: wrongValue,
}, { requiredKeys: [] });

export const badCommand = fc.oneof(junk, commandLike, commandLike).filter(invalidFor(TrainerCommandSchema));

export const badBallot = fc.oneof(junk, fc.record({
  voteId: maybe(fc.string({ maxLength: 80 })), option: maybe(fc.integer({ min: -3, max: 15 })), extra: wrongValue,
}, { requiredKeys: [] })).filter(invalidFor(BallotSchema));

export const badJoin = fc.oneof(junk, fc.record({
  code: maybe(fc.string({ maxLength: 16 })), name: maybe(fc.string({ maxLength: 60 })), extra: wrongValue,
}, { requiredKeys: [] })).filter(invalidFor(JoinPayloadSchema));

const CODE_ALPHABET = 'ABCDEFGHJKMNPQRTUVWXY346789'.split('');
/** Join codes of the right form that no session has (the test leaves out the real ones). */
export const strangerCode = fc.array(fc.constantFrom(...CODE_ALPHABET), { minLength: 4, maxLength: 12 }).map((c) => c.join(''));

/** Tokens and ids of the right form that nothing was ever given. */
export const forgedToken = fc.oneof(fc.base64String({ minLength: 4, maxLength: 64 }), fc.string({ minLength: 1, maxLength: 128 }));
export const strangerId = fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), fc.string({ minLength: 1, maxLength: 80 }));

/** Handshakes a server must turn away: malformed, or with a forged pass. */
export const badHandshake = (sessionId: string) => fc.oneof(
  fc.record({ sessionId: fc.oneof(fc.constant(sessionId), strangerId), trainerToken: forgedToken }),
  fc.record({ participantToken: forgedToken }),
  fc.oneof(fc.object({ maxDepth: 2 }), fc.record({ participantToken: wrongValue, sessionId: wrongValue }, { requiredKeys: [] }))
    .filter((auth) => invalidFor(HandshakeAuthSchema)(auth)),
);

export const badCreateBody = fc.oneof(junk, fc.record({
  scenario: maybe(fc.string({ maxLength: 220 })), yaml: maybe(fc.string({ maxLength: 300 })), regime: maybe(fc.oneof(fc.string(), fc.object({ maxDepth: 1 }))), extra: wrongValue,
}, { requiredKeys: [] })).filter(invalidFor(CreateSessionBodySchema));

export const badRunBody = fc.oneof(junk, fc.record({
  scenario: maybe(fc.string({ maxLength: 220 })), sample: maybe(fc.integer({ min: -5, max: 5000 })), seed: maybe(fc.double()), extra: wrongValue,
}, { requiredKeys: [] })).filter(invalidFor(RunBodySchema));

export const badBranchBody = fc.oneof(junk, fc.record({ atSeq: wrongValue, extra: wrongValue }, { requiredKeys: [] })).filter(invalidFor(BranchBodySchema));

/** JSON text that is not JSON, or JSON nested deeper than JSON.stringify can write. */
export const brokenJsonText = fc.oneof(
  fc.string({ maxLength: 200 }).filter((t) => { try { JSON.parse(t); return false; } catch { return true; } }),
  fc.constantFrom('{', '{"type":', '[1,2', '{"a":1}}', 'undefined', 'NaN', "{'type':'step'}", '\u0000', '{"type":"step"', '\uFEFF{}'),
  fc.integer({ min: 5_000, max: 60_000 }).map((d) => `${'['.repeat(d)}${']'.repeat(d)}`),
  fc.integer({ min: 5_000, max: 30_000 }).map((d) => `${'{"a":'.repeat(d)}1${'}'.repeat(d)}`),
);
