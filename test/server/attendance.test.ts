import { afterEach, describe, expect, it } from 'vitest';
import { attendanceCsv, csvCell } from '../../server/sessions/attendance.ts';
import { CONSENT, Cleanup, api, client, command, parseCsv, testPlace, testServer } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const csvOf = async (url: string, id: string, token?: string) => {
  const res = await fetch(`${url}/api/sessions/${id}/debrief.csv`, { headers: token ? { authorization: `Bearer ${token}` } : {}, signal: AbortSignal.timeout(5000) });
  return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), // fetch's text() drops a byte-order mark; a spreadsheet sees it, so the test reads the bytes.
    text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer()) };
};

describe('attendance and choices as CSV', () => {
  it('gives the trainer one row per participant and vote, with role, presence, choice, whether it counted and the winner; kept across a restart', async () => {
    const place = testPlace(cleanup);
    const first = await testServer(cleanup, { place });
    const url = first.server.url;
    const s = (await api(url, 'POST', '/api/sessions', { scenario: CONSENT, roles: ['prosecutor', 'centralAuthority'] })).body;
    const trainer = await client(cleanup, url, { sessionId: s.id, trainerToken: s.trainerToken });
    await trainer.snapshot;
    await command(trainer, { type: 'start' });
    const join = async (name: string, role: 'prosecutor' | 'centralAuthority') => {
      const p = await client(cleanup, url);
      const joined = await p.timeout(5000).emitWithAck('join', { code: s.joinCode, name });
      if (!joined.ok) throw new Error(joined.error.message);
      expect((await p.timeout(5000).emitWithAck('role', { role })).ok).toBe(true);
      return p;
    };
    const ana = await join('Ana', 'prosecutor');
    const ben = await join('=HYPERLINK("http://evil.example","Ben")', 'centralAuthority');
    const vote = (await command(trainer, { type: 'openVote', options: [{ type: 'CHOOSE_MLAT' }, { type: 'CHOOSE_ROGATORY' }] })).vote!;
    await ana.timeout(5000).emitWithAck('vote', { voteId: vote.id, option: 0 });
    await ben.timeout(5000).emitWithAck('vote', { voteId: vote.id, option: 1 });
    await command(trainer, { type: 'closeVote' });
    ben.disconnect();

    const live = await csvOf(url, s.id, s.trainerToken);
    expect(live.status).toBe(200);
    expect(live.type).toMatch(/^text\/csv; charset=utf-8/);
    expect(live.disposition).toBe(`attachment; filename="attendance-${s.id}.csv"`);
    expect(live.text.startsWith('\uFEFFParticipant,Role,Status,Joined at,Present now,Last seen,Vote,')).toBe(true);
    const rows = parseCsv(live.text.slice(1));
    expect(rows[0]).toEqual(['Participant', 'Role', 'Status', 'Joined at', 'Present now', 'Last seen', 'Vote', 'Vote opened at', 'Options', 'Choice', 'Decided by', 'Counted', 'Winning option']);
    expect(rows).toHaveLength(3);
    const [a, b] = [rows[1]!, rows[2]!];
    expect(a[0]).toBe('Ana');
    expect(a.slice(1, 3)).toEqual(['Requesting prosecutor', 'admitted']);
    expect(Date.parse(a[3]!)).not.toBeNaN();
    expect(a[4]).toBe('yes');
    expect(a.slice(6)).toEqual(['1', expect.any(String), 'Choose MLAT | Send letters rogatory', 'Choose MLAT', 'Requesting prosecutor', 'yes', 'Choose MLAT']);
    // The name is a formula to a spreadsheet: it arrives as text, quoted because it holds quotes and a comma.
    expect(b[0]).toBe('\'=HYPERLINK("http://evil.example","Ben")');
    expect(live.text).toContain('"\'=HYPERLINK(""http://evil.example"",""Ben"")"');
    expect(b.slice(1, 2)).toEqual(['Central authority of the requested state']);
    expect(b.slice(9)).toEqual(['Send letters rogatory', 'Requesting prosecutor', 'no', 'Choose MLAT']);

    // After a restart, roles, ballots and whether each counted come back from the store.
    await first.server.close();
    const second = await testServer(cleanup, { place });
    const again = parseCsv((await csvOf(second.server.url, s.id, s.trainerToken)).text.slice(1));
    expect(again.map((r) => [r[0], r[1], r[9], r[11], r[12]])).toEqual(rows.map((r) => [r[0], r[1], r[9], r[11], r[12]]));
    expect(again[1]![4]).toBe('no');
  });

  it('refuses anyone without the trainer token: 401 without a token, 403 with a participant pass or another session\'s token', async () => {
    const { server } = await testServer(cleanup);
    const s = (await api(server.url, 'POST', '/api/sessions', { scenario: CONSENT })).body;
    const other = (await api(server.url, 'POST', '/api/sessions', { scenario: CONSENT })).body;
    const p = await client(cleanup, server.url);
    const joined = await p.timeout(5000).emitWithAck('join', { code: s.joinCode, name: 'Ana' });
    if (!joined.ok) throw new Error(joined.error.message);

    const none = await csvOf(server.url, s.id);
    expect(none.status).toBe(401);
    const pass = await csvOf(server.url, s.id, joined.participant.token);
    expect(pass.status).toBe(403);
    expect(JSON.parse(pass.text.replace(/^\uFEFF/, '')).detail).toMatch(/^Only the trainer of this session can read who attended/);
    expect(pass.text).not.toContain('Ana');
    expect((await csvOf(server.url, s.id, other.trainerToken)).status).toBe(403);
    expect((await csvOf(server.url, 'nope', s.trainerToken)).status).toBe(404);
    // Without roles and before any vote, a participant is one row with the vote's cells empty.
    const rows = parseCsv((await csvOf(server.url, s.id, s.trainerToken)).text.slice(1));
    expect(rows).toHaveLength(2);
    expect(rows[1]!.slice(0, 3)).toEqual(['Ana', '', 'admitted']);
    expect(rows[1]!.slice(6)).toEqual(['', '', '', '', '', '', '']);
  });
});

describe('CSV cells', () => {
  it('quotes by RFC 4180 and defuses every formula opener', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    for (const opener of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${opener}1+1`).startsWith(`'${opener}`) || csvCell(`${opener}1+1`).startsWith(`"'${opener}`)).toBe(true);
    expect(csvCell('-1,2')).toBe('"\'-1,2"');
    expect(csvCell('Inès = judge')).toBe('Inès = judge');
  });

  it('writes CRLF lines, a ballot-less participant as an empty choice, and an open vote as still open', () => {
    const text = attendanceCsv(
      [{ id: 'p', sessionId: 's', name: 'Zhāng Wěi', nameKey: 'x', status: 'removed', tokenHash: 'h', joinedAt: '2026-12-01T10:00:00.000Z' }],
      [{ id: 'v', sessionId: 's', options: [{ type: 'CHOOSE_MLAT' }, { type: 'REFUSE', ground: 'dual, criminality' }], openedAtSeq: 0, openedAt: '2026-12-01T10:01:00.000Z', closesAt: null, closedAt: null, result: null, ballots: new Map(),
        settings: { prompt: null, tie: 'first', hideResults: false, explain: false, seconds: null }, leftMs: null, revealedAt: null, explanations: new Map() }],
      () => ({ present: false, lastSeen: null }),
    );
    expect(text.split('\r\n')).toEqual([
      '\uFEFFParticipant,Role,Status,Joined at,Present now,Last seen,Vote,Vote opened at,Options,Choice,Decided by,Counted,Winning option',
      'Zhāng Wěi,,removed,2026-12-01T10:00:00.000Z,no,,1,2026-12-01T10:01:00.000Z,"Choose MLAT | Requested state refuses (dual, criminality)",,,,still open',
      '',
    ]);
  });
});
