import type { SessionDescription } from '../../server/protocol.ts';
import type { RunningServer } from '../../server/http.ts';
import type { CreatedSession, ScenarioEvent, TrainerCommand } from '../../server/protocol.ts';
import { BLOCKING, CONSENT, api, client, type Cleanup } from '../server/helpers.ts';

/** Two sessions to attack: A well under way (a treaty request on day 50), B with a vote open and a ballot in. */
export async function twoSessions(cleanup: Cleanup, server: RunningServer) {
  const url = server.url;
  const a = (await api<CreatedSession>(url, 'POST', '/api/sessions', { scenario: BLOCKING })).body;
  const drive = async (s: CreatedSession, command: TrainerCommand) => {
    const res = await api(url, 'POST', `/api/sessions/${s.id}/commands`, command, s.trainerToken);
    if (res.status !== 200) throw new Error(`${command.type}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  await drive(a, { type: 'event', event: { type: 'SEND_DIRECT' } });
  await drive(a, { type: 'step' });
  await drive(a, { type: 'advance', to: 50.5 });

  const b = (await api<CreatedSession>(url, 'POST', '/api/sessions', { scenario: CONSENT })).body;
  await drive(b, { type: 'start' });
  const participant = await client(cleanup, url);
  const joined = await participant.timeout(5000).emitWithAck('join', { code: b.joinCode, name: 'Ines' });
  if (!joined.ok) throw new Error(joined.error.message);
  const voteId = (await drive(b, { type: 'openVote', options: [{ type: 'CHOOSE_MLAT' }, { type: 'CHOOSE_ROGATORY' }] })).vote.id as string;
  const ballot = await participant.timeout(5000).emitWithAck('vote', { voteId, option: 1 });
  if (!ballot.ok) throw new Error(ballot.error.message);

  /** Everything a client can read of both sessions, and who takes part: equal before and after an attack. */
  const state = async () => Promise.all([a, b].map(async (s) => ({
    session: (await api<SessionDescription>(url, 'GET', `/api/sessions/${s.id}`)).body,
    log: (await api(url, 'GET', `/api/sessions/${s.id}/log`)).body,
    debrief: (await api(url, 'GET', `/api/sessions/${s.id}/debrief`)).body,
    participants: await server.store.participants(s.id),
  })));
  const before = await state();
  const allowedInA = new Set(before[0]!.session.state.allowed.map((e: ScenarioEvent) => e.type));
  return { a, b, voteId, participant, participantToken: joined.participant.token, state, before, allowedInA, seqA: before[0]!.session.seq, dayA: before[0]!.session.state.day };
}
