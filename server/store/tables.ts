import type { Role } from '../../machines/request/roles.ts';
import type { InputRecord, LinkRole, SessionStatus, TieRule } from '../protocol.ts';
import type { Admission, ParticipantRow } from './store.ts';

/**
 * The tables as both stores hold them (migrations.ts creates them), for Kysely's type checks.
 * JSON is kept as text and booleans as 0/1 on both: one set of queries, one set of row readers.
 * The tables whose rows are listed in the order they were written (sessions, participants, votes)
 * also have a `rowid`: SQLite's own, and an identity column of that name on PostgreSQL, so that
 * `ORDER BY rowid` means the same on both. It is never selected.
 */
export interface Tables {
  sessions: SessionsTable;
  inputs: InputsTable;
  participants: ParticipantsTable;
  votes: VotesTable;
  ballots: BallotsTable;
  links: LinksTable;
  command_keys: CommandKeysTable;
  session_owners: SessionOwnersTable;
}

export interface SessionsTable {
  id: string;
  scenario_json: string;
  join_code: string;
  trainer_token_hash: string;
  status: SessionStatus;
  parent_id: string | null;
  parent_seq: number | null;
  created_at: string;
  admission: Admission;
  roles_json: string | null;
  world_events: number;
  variant_json: string | null;
}

export interface InputsTable {
  session_id: string;
  seq: number;
  input_json: string;
  actor: InputRecord['actor'];
  vote_id: string | null;
  recorded_at: string;
}

export interface ParticipantsTable {
  id: string;
  session_id: string;
  name: string;
  name_key: string;
  status: ParticipantRow['status'];
  token_hash: string;
  joined_at: string;
  role: Role | null;
}

export interface VotesTable {
  id: string;
  session_id: string;
  options_json: string;
  opened_at_seq: number;
  opened_at: string;
  closes_at: string | null;
  closed_at: string | null;
  result_json: string | null;
  roles_json: string | null;
  tie_rule: TieRule;
  prompt: string | null;
  hide_results: number;
  explain_choice: number;
  seconds: number | null;
  left_ms: number | null;
  revealed_at: string | null;
}

export interface BallotsTable {
  vote_id: string;
  participant_id: string;
  option: number;
  cast_at: string;
  explanation: string | null;
  role: Role | null;
}

export interface LinksTable {
  session_id: string;
  id: string;
  role: LinkRole;
  token_hash: string;
  label: string | null;
  created_at: string;
  revoked_at: string | null;
}

export interface CommandKeysTable {
  session_id: string;
  key: string;
  fingerprint: string;
  seq: number;
  created_json: string | null;
  recorded_at: string;
}

/** Who serves a session, when several processes share a PostgreSQL database (ownership.ts). */
export interface SessionOwnersTable {
  session_id: string;
  process: string;
  url: string;
  since: string;
}
