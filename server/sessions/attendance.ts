import { deciderOf, type Role } from '../../machines/request/roles.ts';
import type { ParticipantRow, VoteRow } from '../store/store.ts';
import { ballotCounts } from './roles.ts';
import { EXPORT_WORDS, type ExportWord } from './export-words.ts';
import { sayFrom } from '../../machines/messages/say.ts';
import type { Lang } from '../../machines/messages/types.ts';
import type { ScenarioEvent } from '../../machines/request/events.ts';
import { eventPhrase, interfaceWord } from '../../client/i18n/all-words.ts';

/** The CSV's header row in `lang` (one cell per column; the columns are the same in every language). */
export function attendanceHeader(lang: Lang): string[] {
  return sayFrom(EXPORT_WORDS, 'csv.header', undefined, lang).split('|');
}

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


/**
 * Attendance and choices beside the debrief: one row per participant and vote (a participant when
 * no vote was held: one row, its vote cells empty). Removed participants stay, as their ballots do.
 * Lines end with CRLF (RFC 4180); a byte-order mark first, so that spreadsheets read the names as UTF-8.
 */
export function attendanceCsv(participants: readonly ParticipantRow[], votes: readonly VoteRow[], seen: (participantId: string) => Seen, lang: Lang = 'en'): string {
  const w = (id: ExportWord) => sayFrom(EXPORT_WORDS, id, undefined, lang);
  const roleName = (role: Role | null | undefined) => (role ? interfaceWord(lang, `role.${role}`) ?? role : '');
  const describe = (event: ScenarioEvent) => eventPhrase(lang, event);
  const status = (s: ParticipantRow['status']) => w(s === 'pending' ? 'csv.waiting' : `csv.${s}`);
  const lines = [csvLine(attendanceHeader(lang))];
  for (const p of participants) {
    const attended = seen(p.id);
    const who = [
      p.name, roleName(p.role), status(p.status),
      p.joinedAt, w(attended.present ? 'csv.yes' : 'csv.no'), attended.lastSeen ?? '',
    ];
    if (votes.length === 0) lines.push(csvLine([...who, '', '', '', '', '', '', '']));
    votes.forEach((vote, i) => {
      const option = vote.ballots.get(p.id);
      const chosen = option === undefined ? undefined : vote.options[option];
      const winner = vote.result === null ? w('csv.stillOpen') : vote.result.event ? describe(vote.result.event) : w('csv.nobodyVoted');
      lines.push(csvLine([
        ...who, String(i + 1), vote.openedAt, vote.options.map(describe).join(' | '),
        chosen ? describe(chosen) : '',
        chosen ? roleName(deciderOf(chosen, vote.roles)) || sayFrom(EXPORT_WORDS, 'md.wholeClass', undefined, lang) : '',
        chosen ? w(ballotCounts(vote, p.id, option!) ? 'csv.yes' : 'csv.no') : '',
        winner,
      ]));
    });
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
