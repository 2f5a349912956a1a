import { deciderOf, type Role } from '../../machines/request/roles.ts';
import type { ParticipantRow, VoteRow } from '../store/store.ts';
import { ballotCounts } from './roles.ts';
import { describeEvent } from './votes.ts';

/** The roles as the CSV names them (the server's texts are English, as the Markdown debrief). */
export const ROLE_NAMES: Record<Role, string> = {
  prosecutor: 'requesting prosecutor',
  centralAuthority: 'central authority of the requested state',
  providerCounsel: "provider's counsel",
  thirdState: 'third state',
};

export const ATTENDANCE_HEADER = [
  'Participant', 'Role', 'Status', 'Joined at', 'Present now', 'Last seen',
  'Vote', 'Vote opened at', 'Options', 'Choice', 'Decided by', 'Counted', 'Winning option',
] as const;

export interface Seen {
  present: boolean;
  /** ISO wall time of the last connection or disconnection this server saw; null when it saw none. */
  lastSeen: string | null;
}

/**
 * A cell as a spreadsheet will take it. A cell that starts with = + - @, a tab or a carriage return
 * is a formula to Excel, LibreOffice and Google Sheets (a name like `=HYPERLINK(...)` would run):
 * it is prefixed with ' (OWASP's advice on CSV injection). Then RFC 4180: a cell with a comma, a
 * quote or a line break is quoted, its quotes doubled.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}

const roleName = (role: Role | null | undefined) => (role ? ROLE_NAMES[role] : '');

/**
 * Attendance and choices beside the debrief: one row per participant and vote (a participant when
 * no vote was held: one row, its vote cells empty). Removed participants stay, as their ballots do.
 * Lines end with CRLF (RFC 4180); a byte-order mark first, so that spreadsheets read the names as UTF-8.
 */
export function attendanceCsv(participants: readonly ParticipantRow[], votes: readonly VoteRow[], seen: (participantId: string) => Seen): string {
  const lines = [csvLine(ATTENDANCE_HEADER)];
  for (const p of participants) {
    const attended = seen(p.id);
    const who = [
      p.name, roleName(p.role), p.status === 'pending' ? 'waiting' : p.status,
      p.joinedAt, attended.present ? 'yes' : 'no', attended.lastSeen ?? '',
    ];
    if (votes.length === 0) lines.push(csvLine([...who, '', '', '', '', '', '', '']));
    votes.forEach((vote, i) => {
      const option = vote.ballots.get(p.id);
      const chosen = option === undefined ? undefined : vote.options[option];
      const winner = vote.result === null ? 'still open' : vote.result.event ? describeEvent(vote.result.event) : 'nobody voted';
      lines.push(csvLine([
        ...who, String(i + 1), vote.openedAt, vote.options.map(describeEvent).join(' | '),
        chosen ? describeEvent(chosen) : '',
        chosen ? roleName(deciderOf(chosen, vote.roles)) || 'whole class' : '',
        chosen ? (ballotCounts(vote, p.id, option!) ? 'yes' : 'no') : '',
        winner,
      ]));
    });
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
