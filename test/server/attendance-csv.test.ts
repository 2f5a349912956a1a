import { describe, expect, it } from 'vitest';
import { attendanceCsv, attendanceHeader, csvCell, csvLine, type Seen } from '../../server/sessions/attendance.ts';
import type { ParticipantRow, VoteRow } from '../../server/store/store.ts';
import type { Role } from '../../machines/request/roles.ts';

/** The attendance sheet a trainer downloads, built straight from rows (no server): what each cell says. */

function participant(id: string, name: string, extra: Partial<ParticipantRow> = {}): ParticipantRow {
  return { id, sessionId: 's1', name, nameKey: name.toLowerCase(), status: 'admitted', tokenHash: 'h', joinedAt: `2026-01-01T09:0${id.slice(1)}:00.000Z`, ...extra };
}

function vote(extra: Partial<VoteRow> = {}): VoteRow {
  return {
    id: 'v1', sessionId: 's1', options: [{ type: 'CHOOSE_MLAT' }, { type: 'CHOOSE_ROGATORY' }], openedAtSeq: 1,
    openedAt: '2026-01-01T10:00:00.000Z', closesAt: null, closedAt: '2026-01-01T10:05:00.000Z',
    result: { winner: 0, event: { type: 'CHOOSE_MLAT' }, applied: true, seq: 2 } as VoteRow['result'],
    ballots: new Map(), settings: { prompt: null, tie: 'trainer', hideResults: false, explain: false } as VoteRow['settings'],
    leftMs: null, revealedAt: null, explanations: new Map(), ...extra,
  };
}

const seenAll = (present: Record<string, Seen>) => (id: string): Seen => present[id] ?? { present: false, lastSeen: null };

/** The sheet's lines without the byte-order mark and the last CRLF. */
function linesOf(csv: string): string[] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv.slice(1, -2).split('\r\n');
}

describe('a CSV cell as a spreadsheet takes it', () => {
  it('leaves a plain name alone', () => {
    expect(csvCell('Ana Lima')).toBe('Ana Lima');
    expect(csvCell('')).toBe('');
  });

  it('turns a leading formula character into text, but not one in the middle', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+33 1')).toBe("'+33 1");
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('@home')).toBe("'@home");
    expect(csvCell('\tTab')).toBe("'\tTab");
    expect(csvCell('Jean-Luc')).toBe('Jean-Luc');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('quotes a cell with a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvCell('Lima, Ana')).toBe('"Lima, Ana"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('a\rb')).toBe('"a\rb"');
    expect(csvCell('\rx')).toBe('"\'\rx"');
  });

  it('joins the cells of a line with commas', () => {
    expect(csvLine(['a', 'b, c', '=d'])).toBe('a,"b, c",\'=d');
  });

  it('has the same thirteen columns in English and in French', () => {
    expect(attendanceHeader('en')).toEqual(['Participant', 'Role', 'Status', 'Joined at', 'Present now', 'Last seen', 'Vote', 'Vote opened at', 'Options', 'Choice', 'Decided by', 'Counted', 'Winning option']);
    expect(attendanceHeader('fr')).toHaveLength(13);
    expect(attendanceHeader('fr')[1]).toBe('Rôle');
  });
});

describe('the attendance sheet', () => {
  it('without any vote: one row per participant, the vote cells empty, status and presence in words', () => {
    const csv = attendanceCsv(
      [participant('p1', 'Ana'), participant('p2', 'Ben', { status: 'pending' }), participant('p3', 'Chloé', { status: 'removed' }), participant('p4', 'Dan', { status: 'left' })],
      [],
      seenAll({ p1: { present: true, lastSeen: '2026-01-01T11:00:00.000Z' } }),
    );
    expect(linesOf(csv)).toEqual([
      'Participant,Role,Status,Joined at,Present now,Last seen,Vote,Vote opened at,Options,Choice,Decided by,Counted,Winning option',
      'Ana,,admitted,2026-01-01T09:01:00.000Z,yes,2026-01-01T11:00:00.000Z,,,,,,,',
      'Ben,,waiting,2026-01-01T09:02:00.000Z,no,,,,,,,,',
      'Chloé,,removed,2026-01-01T09:03:00.000Z,no,,,,,,,,',
      'Dan,,left,2026-01-01T09:04:00.000Z,no,,,,,,,,',
    ]);
  });

  it('with no participant: only the header, with its byte-order mark and CRLF', () => {
    expect(attendanceCsv([], [vote()], seenAll({}))).toBe('\uFEFFParticipant,Role,Status,Joined at,Present now,Last seen,Vote,Vote opened at,Options,Choice,Decided by,Counted,Winning option\r\n');
  });

  it('one row per participant and vote, numbered from 1: choice, who decides, whether it counted, the winner', () => {
    const first = vote({ ballots: new Map([['p1', 1]]) });
    const second = vote({
      id: 'v2', openedAt: '2026-01-01T10:30:00.000Z', options: [{ type: 'WITHDRAW' }], closedAt: null, result: null,
      ballots: new Map([['p2', 0]]),
    });
    const csv = attendanceCsv([participant('p1', 'Ana'), participant('p2', 'Ben')], [first, second], seenAll({ p2: { present: true, lastSeen: null } }));
    expect(linesOf(csv).slice(1)).toEqual([
      'Ana,,admitted,2026-01-01T09:01:00.000Z,no,,1,2026-01-01T10:00:00.000Z,Choose MLAT | Send letters rogatory,Send letters rogatory,whole class,yes,Choose MLAT',
      'Ana,,admitted,2026-01-01T09:01:00.000Z,no,,2,2026-01-01T10:30:00.000Z,Withdraw,,,,still open',
      'Ben,,admitted,2026-01-01T09:02:00.000Z,yes,,1,2026-01-01T10:00:00.000Z,Choose MLAT | Send letters rogatory,,,,Choose MLAT',
      'Ben,,admitted,2026-01-01T09:02:00.000Z,yes,,2,2026-01-01T10:30:00.000Z,Withdraw,Withdraw,whole class,yes,still open',
    ]);
  });

  it('a closed vote nobody voted in says so', () => {
    const csv = attendanceCsv([participant('p1', 'Ana')], [vote({ result: { winner: null, event: null, applied: false } as unknown as VoteRow['result'] })], seenAll({}));
    expect(linesOf(csv)[1]).toBe('Ana,,admitted,2026-01-01T09:01:00.000Z,no,,1,2026-01-01T10:00:00.000Z,Choose MLAT | Send letters rogatory,,,,nobody voted');
  });

  it('with roles: the role named, the deciding role, and a ballot from the wrong role marked as not counted', () => {
    const roles: Role[] = ['prosecutor', 'centralAuthority'];
    const v = vote({ roles, ballots: new Map([['p1', 0], ['p2', 1]]), ballotRoles: new Map<string, Role | null>([['p1', 'prosecutor'], ['p2', 'centralAuthority']]) });
    const csv = attendanceCsv([participant('p1', 'Ana', { role: 'prosecutor' }), participant('p2', 'Ben', { role: 'centralAuthority' })], [v], seenAll({}));
    const rows = linesOf(csv).slice(1);
    expect(rows[0]).toBe('Ana,Requesting prosecutor,admitted,2026-01-01T09:01:00.000Z,no,,1,2026-01-01T10:00:00.000Z,Choose MLAT | Send letters rogatory,Choose MLAT,Requesting prosecutor,yes,Choose MLAT');
    expect(rows[1]).toBe('Ben,Central authority of the requested state,admitted,2026-01-01T09:02:00.000Z,no,,1,2026-01-01T10:00:00.000Z,Choose MLAT | Send letters rogatory,Send letters rogatory,Requesting prosecutor,no,Choose MLAT');
  });

  it('a name that is a formula arrives as quoted text', () => {
    const csv = attendanceCsv([participant('p1', '=HYPERLINK("x","y")')], [], seenAll({}));
    expect(linesOf(csv)[1]).toBe('"\'=HYPERLINK(""x"",""y"")",,admitted,2026-01-01T09:01:00.000Z,no,,,,,,,,');
  });

  it('in French: header, status, presence, role, option names and winner in French', () => {
    const v = vote({ closedAt: null, result: null, ballots: new Map([['p1', 0]]) });
    const csv = attendanceCsv([participant('p1', 'Ana', { status: 'pending', role: 'prosecutor' })], [v], seenAll({ p1: { present: true, lastSeen: null } }), 'fr');
    const rows = linesOf(csv);
    expect(rows[0]).toBe('Participant,Rôle,Statut,Arrivée,Présent,Vu pour la dernière fois,Vote,Vote ouvert à,Options,Choix,Décidé par,Compté,Option gagnante');
    expect(rows[1]).toMatch(/^Ana,[^,]+,en attente,2026-01-01T09:01:00.000Z,oui,,1,2026-01-01T10:00:00.000Z,/);
    expect(rows[1]).toMatch(/,toute la classe,oui,toujours ouvert$/);
    expect(rows[1]).not.toContain('Choose MLAT');
  });
});
