import { z } from 'zod';
import { OUTCOMES } from '../machines/scenario.ts';
import { CHANNELS, CONFLICT_CHOICES } from '../machines/world/types.ts';
import {
  BranchBodySchema, CreateLinkBodySchema, CreateSessionBodySchema, IDEMPOTENCY_KEY_HOURS, IdempotencyKeySchema, RunBodySchema, ExplorationBodySchema, ScenarioEventSchema, TrainerCommandSchema, ValidateBodySchema,
} from './protocol.ts';

/**
 * The REST API as OpenAPI 3.1, written by hand route by route (a test checks that it lists exactly
 * the routes the app serves). Request bodies are generated from the zod schemas that validate them,
 * so the document cannot drift from what the server accepts.
 */

const fromZod = (schema: z.ZodType) => {
  const { $schema: _drop, ...json } = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return json;
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ 'application/json': { schema } });
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });
const retryAfter = { 'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer' } } };
/** What a route that puts work on the engine's threads may also answer. */
const heavy = {
  429: { ...problem('Too many requests, or this address has spent its engine budget for the minute'), headers: retryAfter },
  503: { ...problem('Every engine thread is busy and the queue is full'), headers: retryAfter },
};
const ok = (description: string, schema: object) => ({ description, content: json(schema) });
const sessionIdParam = { name: 'id', in: 'path', required: true, description: 'The session id returned at creation.', schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' } };
const body = (schema: object, extra: object = {}) => ({ required: true, content: { ...json(schema), ...extra } });
const bearer = [{ trainerToken: [] }];

const TRANSITION = {
  type: 'object',
  required: ['seq', 'day', 'event', 'from', 'to', 'reason', 'cites'],
  properties: {
    seq: { type: 'integer' }, day: { type: 'integer' }, event: { type: 'string' }, from: { type: 'string' },
    to: { type: 'string' }, reason: { type: 'string' }, cites: { type: 'array', items: { type: 'string' } },
  },
};

const schemas = {
  Problem: {
    type: 'object',
    description: 'RFC 9457 problem details; `errors` (scenario errors) or `issues` (field errors) when the content was at fault.',
    required: ['type', 'title', 'status', 'detail'],
    properties: {
      type: { type: 'string', format: 'uri-reference' }, title: { type: 'string' }, status: { type: 'integer' },
      detail: { type: 'string' }, instance: { type: 'string' },
      issues: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
      errors: { type: 'array', items: ref('ScenarioError') },
      state: { type: 'string', description: "The request's state, when an event was rejected." },
    },
  },
  ScenarioError: {
    type: 'object',
    description: 'The same errors as `rogatory validate`.',
    required: ['file', 'line', 'column', 'path', 'message'],
    properties: { file: { type: 'string' }, line: { type: 'integer' }, column: { type: 'integer' }, path: { type: 'string' }, message: { type: 'string' } },
  },
  ScenarioSummary: {
    type: 'object',
    required: ['id', 'title', 'summary', 'objectives'],
    properties: {
      id: { type: 'string' }, title: { type: 'string' }, summary: { type: 'string' }, objectives: { type: 'array', items: { type: 'string' } },
      library: {
        type: 'object', description: 'Only in the library list: what its filters and sorting use (computed once at start-up).',
        properties: {
          origin: { enum: ['real', 'fictional'] }, date: { type: ['string', 'null'] },
          run: { oneOf: [{ type: 'null' }, { type: 'object', properties: { outcome: { enum: [...OUTCOMES] }, channel: { enum: [...CHANNELS, null] }, days: { type: 'number' } } }] },
        },
      },
    },
  },
  Scenario: { type: 'object', description: 'A scenario ready to run, its world merged over the built-in one (machines/scenario.ts).', required: ['id', 'title', 'world', 'regime', 'request', 'script'] },
  ScenarioEvent: fromZod(ScenarioEventSchema),
  Transition: TRANSITION,
  RequestView: {
    type: 'object',
    description: 'The state of the request as every screen shows it (machines/run/view.ts).',
    required: ['day', 'state', 'custody', 'done', 'outcome', 'channel', 'waiting', 'allowed', 'transitions'],
    properties: {
      day: { type: 'integer' }, state: { type: 'string' }, custody: { type: 'string' }, done: { type: 'boolean' },
      outcome: { enum: [...OUTCOMES, null] }, channel: { enum: [...CHANNELS, null] }, waiting: { type: 'boolean' },
      attempts: { type: 'array', items: { enum: [...CHANNELS] } }, cites: { type: 'array', items: { type: 'string' } },
      preservedUntil: { type: ['integer', 'null'] }, nextDue: { type: ['number', 'null'] },
      awaiting: { type: 'array', items: { type: 'object' } }, assessment: { type: 'object' },
      undecided: {
        oneOf: [{ type: 'null' }, { type: 'object', properties: { country: { type: 'string' }, name: { type: 'string' }, rules: { type: 'array', items: { type: 'string' } } } }],
        description: 'The consulted country whose unknown answer awaits a decision (THIRD_COUNTRY_ANSWERS consent or object).',
      },
      allowed: { type: 'array', items: ref('ScenarioEvent'), description: 'The events the request can take now.' },
      transitions: { type: 'array', items: ref('Transition') },
    },
  },
  RunResult: {
    type: 'object',
    required: ['scenario', 'outcome', 'channel', 'attempts', 'days', 'cites', 'transitions', 'assumptions'],
    properties: {
      scenario: { type: 'string' }, outcome: { enum: [...OUTCOMES] }, channel: { enum: [...CHANNELS, null] },
      attempts: { type: 'array', items: { enum: [...CHANNELS] } }, days: { type: 'integer' },
      cites: { type: 'array', items: { type: 'string' } }, transitions: { type: 'array', items: ref('Transition') },
      assumptions: {
        type: 'array',
        description: 'What the run assumed where no source gives the answer (a consulted state\'s unknown answer, taken as consent by the default policy); the outcome rests on it. Absent when nothing was assumed.',
        items: {
          type: 'object', required: ['about', 'assumed', 'why'],
          properties: { country: { type: 'string' }, about: { type: 'string' }, assumed: { type: 'string' }, why: { type: 'string' } },
        },
      },
      conflict: {
        type: 'object', description: 'How the provider met a conflict of laws, when the run reached one.', required: ['choice', 'breached'],
        properties: {
          choice: { enum: [...CONFLICT_CHOICES] },
          breached: { type: 'array', items: { type: 'string' }, description: 'Ids of the law the choice breaks: comply, the rules that prohibit the disclosure; refuse, the order; review, none.' },
          sanction: { type: 'string', description: 'What the order says a refusal exposes the provider to.' },
        },
      },
    },
  },
  SampleResult: {
    type: 'object',
    required: ['scenario', 'runs', 'seed', 'outcomes', 'channels', 'days'],
    properties: {
      scenario: { type: 'string' }, runs: { type: 'integer' }, seed: { type: 'integer' },
      assumed: { type: 'integer', description: 'Runs resting on at least one assumption of the default policy (an unknown answer without published rates, a choice at a conflict of laws); absent when none does.' },
      outcomes: { type: 'object', additionalProperties: { type: 'integer' } }, channels: { type: 'object', additionalProperties: { type: 'integer' } },
      days: { oneOf: [{ type: 'null' }, { type: 'object', properties: { p10: { type: 'number' }, p50: { type: 'number' }, p90: { type: 'number' } } }] },
      byChannel: {
        type: 'object', description: 'Per channel that delivered: how many runs, their p10/p50/p90 days, and a histogram of equal bins [from, to). Absent when nothing was delivered.',
        additionalProperties: { type: 'object', required: ['delivered', 'days', 'histogram'], properties: {
          delivered: { type: 'integer' }, days: { type: 'object', properties: { p10: { type: 'number' }, p50: { type: 'number' }, p90: { type: 'number' } } },
          histogram: { type: 'array', items: { type: 'object', properties: { from: { type: 'number' }, to: { type: 'number' }, runs: { type: 'integer' } } } },
        } },
      },
    },
  },
  CreatedSession: {
    type: 'object',
    description: 'The trainer token is shown only here: keep it.',
    required: ['id', 'joinCode', 'trainerToken', 'seq'],
    properties: { id: { type: 'string' }, joinCode: { type: 'string' }, trainerToken: { type: 'string' }, seq: { type: 'integer' } },
  },
  VoteView: {
    type: 'object',
    required: ['id', 'options', 'counts', 'ballots', 'openedAtSeq', 'closesAt', 'open', 'result'],
    properties: {
      id: { type: 'string' }, options: { type: 'array', items: ref('ScenarioEvent') },
      counts: { type: ['array', 'null'], items: { type: 'integer' }, description: 'Null for anyone but the trainer while a vote opened with hideResults is not revealed.' },
      ballots: { type: 'integer' }, openedAtSeq: { type: 'integer' }, open: { type: 'boolean' },
      closesAt: { type: ['string', 'null'], description: 'While the countdown runs.' },
      secondsLeft: { type: ['integer', 'null'], description: 'While the countdown is held (the session paused or not started).' },
      prompt: { type: ['string', 'null'] }, tie: { enum: ['trainer', 'first', 'revote'] },
      hideResults: { type: 'boolean' }, revealed: { type: 'boolean' }, explain: { type: 'boolean' },
      voters: {
        type: ['array', 'null'], description: 'Who voted for what, with their reason: the trainer only (null otherwise).',
        items: { type: 'object', properties: { participant: { type: 'string' }, option: { type: 'integer' }, explanation: { type: ['string', 'null'] } } },
      },
      result: {
        oneOf: [{ type: 'null' }, {
          type: 'object',
          properties: {
            winner: { type: ['integer', 'null'] }, applied: { type: 'boolean' }, seq: { type: ['integer', 'null'] }, message: { type: 'string' },
            tied: { type: 'array', items: { type: 'integer' }, description: 'The options that shared the most ballots.' },
            tieBrokenBy: { enum: ['order', 'trainer'] },
            awaiting: { enum: ['trainer'], description: "A tie waiting for the trainer's breakTie." },
            revote: { type: 'string', description: 'The vote opened again between the tied options.' },
          },
        }],
      },
    },
  },
  Session: {
    type: 'object',
    required: ['id', 'scenario', 'withheld', 'seq', 'status', 'state', 'outcome'],
    properties: {
      id: { type: 'string' }, scenario: ref('Scenario'), seq: { type: 'integer', description: 'The number of inputs in the log.' },
      withheld: { type: 'array', items: { enum: ['script', 'expect', 'debrief'] }, description: "Parts of the scenario left out: until the request ends, only the trainer's token reads the script (its script shows as empty), `expect` and the debrief notes." },
      status: { enum: ['ready', 'running', 'paused'] }, playing: { oneOf: [{ type: 'null' }, { type: 'object', properties: { speed: { type: 'number' } } }] },
      state: ref('RequestView'), outcome: { enum: [...OUTCOMES, null] }, vote: { oneOf: [{ type: 'null' }, ref('VoteView')] },
      parent: { oneOf: [{ type: 'null' }, { type: 'object', properties: { id: { type: 'string' }, atSeq: { type: 'integer' } } }] },
      createdAt: { type: 'string', format: 'date-time' },
    },
  },
  InputRecord: {
    type: 'object',
    required: ['seq', 'input', 'actor', 'voteId', 'recordedAt'],
    properties: {
      seq: { type: 'integer' }, actor: { enum: ['trainer', 'vote', 'play'] }, voteId: { type: ['string', 'null'] },
      recordedAt: { type: 'string', format: 'date-time' },
      input: {
        oneOf: [
          { type: 'object', required: ['kind', 'event'], properties: { kind: { const: 'event' }, event: ref('ScenarioEvent') } },
          { type: 'object', required: ['kind', 'to'], properties: { kind: { const: 'advance' }, to: { type: 'number' } } },
          { type: 'object', required: ['kind'], properties: { kind: { const: 'step' } } },
        ],
      },
    },
  },
  CommandResult: {
    type: 'object',
    required: ['seq', 'state', 'status', 'playing', 'vote'],
    properties: {
      seq: { type: 'integer' }, state: ref('RequestView'), status: { enum: ['ready', 'running', 'paused'] },
      playing: { oneOf: [{ type: 'null' }, { type: 'object', properties: { speed: { type: 'number' } } }] },
      vote: { oneOf: [{ type: 'null' }, ref('VoteView')] }, created: ref('CreatedSession'),
    },
  },
  Debrief: {
    type: 'object',
    required: ['session', 'scenario', 'status', 'timeline', 'decisions', 'votes'],
    properties: {
      session: { type: 'object' }, scenario: { type: 'object' }, status: { type: 'object' },
      timeline: { type: 'array', items: { type: 'object', description: 'A transition with its sources, and the input (and actor) behind it.' } },
      decisions: { type: 'array', items: { type: 'object', description: 'Who took each decision or inject: trainer, vote or default policy.' } },
      votes: { type: 'array', items: { type: 'object', description: 'Each vote with its options, counts and result.' } },
    },
  },
  TrainerCommand: fromZod(TrainerCommandSchema),
  CreateSessionBody: fromZod(CreateSessionBodySchema),
  RunBody: fromZod(RunBodySchema),
  ExplorationBody: fromZod(ExplorationBodySchema),
  ValidateBody: fromZod(ValidateBodySchema),
  BranchBody: fromZod(BranchBodySchema),
  CreateLinkBody: fromZod(CreateLinkBodySchema),
  Link: {
    type: 'object',
    description: 'A presenter or co-trainer link; its token is shown only once, when it is made.',
    required: ['id', 'role', 'label', 'createdAt', 'revokedAt'],
    properties: {
      id: { type: 'string' }, role: { enum: ['presenter', 'trainer'] }, label: { type: ['string', 'null'] },
      createdAt: { type: 'string' }, revokedAt: { type: ['string', 'null'] }, token: { type: 'string', description: 'Only in the answer that made the link.' },
    },
  },
};

const idempotencyKeyParam = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Your name for this one command (a UUID, or 128 random bits in hex), bare or as a quoted string. Sent again with the same key ' +
    `(after a lost answer), the command is applied once and answered with what it did: its seq and the state at it, for branch the same new session and token; ` +
    `the same key with another command is refused (422). Keys belong to one session and are kept ${IDEMPOTENCY_KEY_HOURS} hours.`,
  schema: fromZod(IdempotencyKeySchema),
};
const unavailable = problem('The server cannot record now: its database was deleted or replaced while it ran, or (several processes) the process that serves the session cannot be reached. Nothing was recorded; send it again once the server is back (Retry-After).');
const unauthorized = problem('The trainer token is missing or does not match.');
const notFound = problem('No such session.');
const ownerOnly = problem("The token is a co-trainer's or a presenter's: only the token the session was created with manages links.");
const invalidBody = problem('The body is not valid (field by field in `issues`).');

export function openApiDocument(): object {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Rogatory',
      version: '0.1.0',
      summary: 'Sessions that run cross-border data-request scenarios, live.',
      description: 'Live updates go over socket.io (see server/protocol.ts). Errors are application/problem+json (RFC 9457).',
    },
    servers: [{ url: '/' }],
    components: {
      schemas,
      securitySchemes: { trainerToken: { type: 'http', scheme: 'bearer', description: 'The trainerToken returned when the session was created.' } },
    },
    paths: {
      '/': { get: { summary: 'A placeholder page: the scenarios and how to use the API', responses: { 200: { description: 'HTML', content: { 'text/html': { schema: { type: 'string' } } } } } } },
      '/api/openapi.json': { get: { summary: 'This document', responses: { 200: ok('OpenAPI 3.1', { type: 'object' }) } } },
      '/scenario.schema.json': {
        get: {
          summary: 'The JSON Schema of a scenario file, for YAML editors (the same as scenarios/scenario.schema.json)',
          responses: { 200: { description: 'JSON Schema 2020-12', content: { 'application/schema+json': { schema: { type: 'object' } } } } },
        },
      },
      '/api/server': {
        get: {
          summary: 'Where participants can reach this server: PUBLIC_URL, and every address it listens on but loopback (for the join link and its QR code)',
          responses: { 200: ok('Addresses', { type: 'object', properties: { publicUrl: { type: ['string', 'null'] }, urls: { type: 'array', items: { type: 'string' } } } }) },
        },
      },
      '/api/health': { get: { summary: 'Whether the server is up', responses: { 200: ok('Up', { type: 'object', properties: { ok: { type: 'boolean' }, scenarios: { type: 'integer' } } }) } } },
      '/api/scenarios': {
        get: { summary: 'The scenario library', responses: { 200: ok('The library: the shipped scenarios and those of the added folders (SCENARIOS_DIR), and the files that could not join it', { type: 'object', properties: {
          scenarios: { type: 'array', items: ref('ScenarioSummary') },
          invalid: { type: 'array', items: { type: 'object', required: ['file', 'errors'], properties: {
            file: { type: 'string' },
            errors: { type: 'array', items: { type: 'object', required: ['line', 'column', 'path', 'message'], properties: { line: { type: 'integer' }, column: { type: 'integer' }, path: { type: 'string' }, message: { type: 'string' } } } },
          } } },
        } }) } },
      },
      '/api/scenarios/{id}': {
        get: {
          summary: 'One scenario, as the engine runs it',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: ok('The scenario', ref('Scenario')), 404: problem('No scenario with this id') },
        },
      },
      '/api/scenarios/validate': {
        post: {
          summary: 'Check a scenario file as `rogatory validate` does',
          parameters: [{ name: 'file', in: 'query', required: false, description: 'The file name errors are reported against (text bodies).', schema: { type: 'string' } }],
          requestBody: body(ref('ValidateBody'), { 'text/plain': { schema: { type: 'string' } }, 'text/yaml': { schema: { type: 'string' } } }),
          responses: {
            200: ok('Whether the file is valid, with every error found', {
              type: 'object', required: ['valid', 'errors'],
              properties: {
                valid: { type: 'boolean' }, scenario: { oneOf: [{ type: 'null' }, ref('ScenarioSummary')] }, errors: { type: 'array', items: ref('ScenarioError') },
                full: { ...ref('Scenario'), description: 'The checked scenario whole, when the JSON body asked `full: true` and the file is valid (issue 16).' },
              },
            }),
            400: invalidBody, 413: problem('The body is too large'), ...heavy,
            422: problem('The file passes a limit of the scenario format and was not checked (the error is in `errors`)'),
          },
        },
      },
      '/api/runs': {
        post: {
          summary: 'Run a scenario to its end (or sample it N times)',
          description: 'Runs in the engine\'s worker threads. A sample costs runs × transitions × (1 + third countries consulted); over the maximum per request it is refused (422, `cost`, `maxCost`, `maxRuns`), over what the address has left this minute it waits (429).',
          requestBody: body(ref('RunBody')),
          responses: {
            200: ok('A run result, or a sample result when `sample` is given', { oneOf: [ref('RunResult'), ref('SampleResult')] }),
            400: invalidBody, 404: problem('No scenario with this id'),
            422: problem('The YAML has errors (in `errors`), the script cannot be played, or the work costs more than one request may'),
            ...heavy,
          },
        },
      },
      '/api/explorations': {
        post: {
          summary: 'Every outcome a scenario can reach, the path to each and how likely it is under sampling (what `rogatory explore FILE --json` prints)',
          description: 'Runs in the engine\'s worker threads. Each path costs about two runs (transitions × (1 + third countries consulted) each); the search stops at `maxPaths` or where the request\'s budget ends, and then says it is `truncated`.',
          requestBody: body(ref('ExplorationBody')),
          responses: {
            200: ok('The exploration: `paths` (each with its choices, outcome, days and probability) and `outcomes` (grouped by outcome and channel)', {
              type: 'object', required: ['scenario', 'date', 'paths', 'outcomes', 'truncated'],
              properties: {
                scenario: { type: 'string' }, date: { type: 'string' }, truncated: { type: 'boolean' },
                paths: { type: 'array', items: { type: 'object' } }, outcomes: { type: 'array', items: { type: 'object' } },
              },
            }),
            400: invalidBody, 404: problem('No scenario with this id'),
            422: problem('The YAML has errors (in `errors`), the script cannot be played, or not even one path fits in what one request may cost'),
            ...heavy,
          },
        },
      },
      '/api/sessions': {
        post: {
          summary: 'Open a session on a scenario',
          requestBody: body(ref('CreateSessionBody')),
          responses: {
            201: { ...ok('The session, its join code and its trainer token', ref('CreatedSession')), headers: { Location: { schema: { type: 'string' } } } },
            400: invalidBody, 404: problem('No scenario with this id'), 422: problem('The YAML has errors (in `errors`)'), ...heavy,
            503: { ...problem('Every engine thread is busy and the queue is full (see Retry-After), or the server can no longer write its database'), headers: retryAfter },
          },
        },
      },
      '/api/sessions/{id}': {
        get: {
          summary: "A session: its scenario, seq and state (the script and `expect` only with the trainer's token, or once the request has ended)",
          parameters: [sessionIdParam],
          security: [{}, ...bearer],
          responses: { 200: ok('The session', ref('Session')), 401: problem('A trainer token was sent and does not match'), 404: notFound },
        },
      },
      '/api/sessions/{id}/log': {
        get: {
          summary: "A session's inputs, in order",
          parameters: [sessionIdParam],
          responses: { 200: ok('The log', { type: 'object', properties: { id: { type: 'string' }, seq: { type: 'integer' }, inputs: { type: 'array', items: ref('InputRecord') } } }), 404: notFound },
        },
      },
      '/api/sessions/{id}/commands': {
        post: {
          summary: "A trainer's command (the same as over the socket)",
          parameters: [sessionIdParam, idempotencyKeyParam],
          security: bearer,
          requestBody: body(ref('TrainerCommand')),
          responses: {
            200: ok('The session after the command (sent again with its Idempotency-Key: its seq and the state at that seq; status, playing and vote as they are now)', ref('CommandResult')),
            201: ok('branch and reset: the new session is in `created`', ref('CommandResult')),
            400: problem('The body is not valid (field by field in `issues`), or the Idempotency-Key is not'), 401: unauthorized,
            403: problem('The token is a presenter link: it watches and never commands'), 404: notFound,
            409: problem('The request cannot take this now (the engine says why); nothing was recorded'),
            422: problem('atSeq is beyond the end of the log, or the Idempotency-Key was used for another command'),
            503: unavailable,
          },
        },
      },
      '/api/sessions/{id}/branch': {
        post: {
          summary: 'A new session with the first atSeq inputs of this one; it takes over the join code (this session gets a new one), so the class\'s code leads to it',
          parameters: [sessionIdParam, idempotencyKeyParam],
          security: bearer,
          requestBody: body(ref('BranchBody')),
          responses: {
            201: ok('The new session, with its own token (sent again with its Idempotency-Key: the same session and token)', ref('CreatedSession')),
            400: problem('The body is not valid (field by field in `issues`), or the Idempotency-Key is not'), 401: unauthorized, 404: notFound,
            422: problem('atSeq is beyond the end of the log, or the Idempotency-Key was used for another command'), 429: problem('Too many requests'),
            503: unavailable,
          },
        },
      },
      '/api/sessions/{id}/links': {
        get: {
          summary: "The session's presenter and co-trainer links (the owner's token only; never their tokens)",
          parameters: [sessionIdParam],
          security: bearer,
          responses: { 200: ok('Every link, revoked ones too', { type: 'object', properties: { links: { type: 'array', items: ref('Link') } } }), 401: unauthorized, 403: ownerOnly, 404: notFound },
        },
        post: {
          summary: 'A new link: `presenter` opens the projector screen (it only watches), `trainer` the console on another device (a co-trainer)',
          parameters: [sessionIdParam],
          security: bearer,
          requestBody: body(ref('CreateLinkBody')),
          responses: {
            201: ok('The link, with its token (shown this once)', { type: 'object', properties: { link: ref('Link') } }),
            400: problem('The body is not valid (field by field in `issues`)'), 401: unauthorized, 403: ownerOnly, 404: notFound,
            409: problem('The session has as many links as it may'), 503: unavailable,
          },
        },
      },
      '/api/sessions/{id}/links/{link}': {
        delete: {
          summary: "Revoke a link: its token opens nothing more, and the screens it opened are closed",
          parameters: [sessionIdParam, { name: 'link', in: 'path', required: true, schema: { type: 'string' } }],
          security: bearer,
          responses: { 200: ok('The link, revoked', { type: 'object', properties: { link: ref('Link') } }), 401: unauthorized, 403: ownerOnly, 404: problem('No such session or link'), 503: unavailable },
        },
      },
      '/api/sessions/{id}/debrief': {
        get: {
          summary: 'The debrief: timeline with reasons and sources, decisions, votes',
          parameters: [sessionIdParam],
          responses: {
            200: { description: 'JSON, or Markdown with `Accept: text/markdown`', content: { ...json(ref('Debrief')), 'text/markdown': { schema: { type: 'string' } } } },
            404: notFound,
          },
        },
      },
      '/api/sessions/{id}/debrief.csv': {
        get: {
          summary: "Attendance and each participant's choices, as CSV: one row per participant and vote (trainer only)",
          description: 'Columns: participant, role, status, joined at, present now, last seen, vote, vote opened at, options, choice, ' +
            'decided by, counted, winning option. RFC 4180 (CRLF, quoted cells), UTF-8 with a byte-order mark; a cell starting with = + - @, ' +
            "a tab or a carriage return is prefixed with ' so that no spreadsheet runs it as a formula. Headers are in English.",
          parameters: [sessionIdParam],
          security: bearer,
          responses: {
            200: { description: 'The CSV file', content: { 'text/csv': { schema: { type: 'string' } } } },
            401: unauthorized, 403: problem("A token that is not this session's trainer token"), 404: notFound,
          },
        },
      },
    },
  };
}
