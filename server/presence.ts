import type { Participant, PresenceBroadcast, PresenceEntry } from './protocol.ts';
import type { ParticipantRow } from './store/store.ts';

interface Member {
  participant: Participant;
  /** Open connections of this participant (one person may have a laptop and a phone). */
  sockets: number;
  /** Wall time since which nobody has been connected as this participant; null while connected. */
  awaySince: number | null;
}

interface Roster {
  members: Map<string, Member>;
  trainers: number;
  approveJoins: boolean;
  /** Whether approveJoins changed since the last broadcast. */
  admissionChanged: boolean;
  changed: Set<string>;
  left: Set<string>;
  timer: NodeJS.Timeout | null;
  lastSent: number;
}

export interface PresenceOptions {
  /** Every participant of a session who was not removed, and its admission rule (read when the session's roster is first needed). */
  load(sessionId: string): Promise<{ participants: ParticipantRow[]; approveJoins: boolean }>;
  /** Where a broadcast goes (the session's trainers); `to` is one socket, for a trainer's first full list. */
  send(broadcast: Omit<PresenceBroadcast, 'seq'>, to?: string): void;
  throttleMs: number;
  awayMs: number;
  /** A roster that could not be read (the store, or a server shutting down): presence is best effort, never a crash. */
  failed(sessionId: string, error: unknown): void;
  clock?: () => number;
}

const asEntry = (m: Member): PresenceEntry => ({ ...m.participant, connected: m.sockets > 0 });

/**
 * Who is in each class, kept in memory from connections and roster changes, and told to the trainer
 * as counts and changes: a crowd that reconnects costs a few small messages a second, not the whole
 * list per reconnection (2,000 bots once made that 121 MB in 4 s). Someone away longer than
 * `awayMs` leaves the list (their row stays in the store; they come back with their pass).
 */
export class Presence {
  private readonly rosters = new Map<string, Promise<Roster>>();
  private readonly clock: () => number;
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly options: PresenceOptions) {
    this.clock = options.clock ?? Date.now;
    this.sweeper = setInterval(() => void this.sweep(), Math.max(250, Math.min(60_000, options.awayMs / 4))).unref();
  }

  /** A connection of a trainer (not the presenter screen) or of a participant came. */
  connected(sessionId: string, participant: Participant | null): Promise<void> {
    return this.with(sessionId, (roster) => {
      if (!participant) return void roster.trainers++;
      const member = this.member(roster, participant);
      member.sockets++;
      member.awaySince = null;
      this.touch(sessionId, roster, participant.id);
    });
  }

  disconnected(sessionId: string, participant: Participant | null): Promise<void> {
    return this.with(sessionId, (roster) => {
      if (!participant) return void (roster.trainers = Math.max(0, roster.trainers - 1));
      const member = roster.members.get(participant.id);
      if (!member) return;
      member.sockets = Math.max(0, member.sockets - 1);
      if (member.sockets === 0) member.awaySince = this.clock();
      this.touch(sessionId, roster, participant.id);
    });
  }

  /** The trainer's changes and newcomers: a new name, an admission, a removal. */
  changed(sessionId: string, participant: Participant, removed = false): Promise<void> {
    return this.with(sessionId, (roster) => {
      if (removed) {
        roster.members.delete(participant.id);
        roster.changed.delete(participant.id);
        roster.left.add(participant.id);
        this.schedule(sessionId, roster);
        return;
      }
      const member = this.member(roster, participant);
      member.participant = participant;
      this.touch(sessionId, roster, participant.id);
    });
  }

  /** The trainer switched approval of newcomers on or off. */
  admission(sessionId: string, approveJoins: boolean): Promise<void> {
    return this.with(sessionId, (roster) => {
      roster.approveJoins = approveJoins;
      roster.admissionChanged = true;
      this.schedule(sessionId, roster);
    });
  }

  /** The whole list, to one trainer's connection as it arrives. */
  sendFull(sessionId: string, socketId: string): Promise<void> {
    return this.with(sessionId, (roster) => {
      this.options.send({ ...this.head(sessionId, roster), full: true, participants: [...roster.members.values()].map(asEntry), left: [] }, socketId);
    });
  }

  /** Drop who has been away too long; forget a session nobody is connected to. */
  async sweep(): Promise<void> {
    const now = this.clock();
    for (const [sessionId, pending] of [...this.rosters]) {
      const roster = await pending.catch(() => undefined);
      if (!roster) continue;
      for (const [id, member] of roster.members) {
        if (member.awaySince !== null && now - member.awaySince >= this.options.awayMs) {
          roster.members.delete(id);
          roster.changed.delete(id);
          roster.left.add(id);
        }
      }
      if (roster.left.size > 0) this.schedule(sessionId, roster);
      const anyone = roster.trainers > 0 || [...roster.members.values()].some((m) => m.sockets > 0);
      if (!anyone && !roster.timer && this.rosters.get(sessionId) === pending) this.rosters.delete(sessionId);
    }
  }

  close(): void {
    clearInterval(this.sweeper);
    for (const pending of this.rosters.values()) void pending.then((r) => r.timer && clearTimeout(r.timer));
    this.rosters.clear();
  }

  private with(sessionId: string, act: (roster: Roster) => void): Promise<void> {
    let pending = this.rosters.get(sessionId);
    if (!pending) {
      pending = this.options.load(sessionId).then(({ participants, approveJoins }) => {
        const since = this.clock();
        const members = new Map<string, Member>();
        for (const row of participants) {
          const participant: Participant = { id: row.id, name: row.name, status: row.status === 'pending' ? 'pending' : 'admitted', ...(row.role ? { role: row.role } : {}) };
          members.set(row.id, { participant, sockets: 0, awaySince: since });
        }
        return { members, trainers: 0, approveJoins, admissionChanged: false, changed: new Set(), left: new Set(), timer: null, lastSent: 0 };
      });
      this.rosters.set(sessionId, pending);
      pending.catch(() => this.rosters.delete(sessionId));
    }
    return pending.then(act).catch((error) => this.options.failed(sessionId, error));
  }

  private member(roster: Roster, participant: Participant): Member {
    let member = roster.members.get(participant.id);
    if (!member) {
      member = { participant, sockets: 0, awaySince: this.clock() };
      roster.members.set(participant.id, member);
      roster.left.delete(participant.id);
    }
    return member;
  }

  private touch(sessionId: string, roster: Roster, id: string): void {
    roster.changed.add(id);
    this.schedule(sessionId, roster);
  }

  /** At most one broadcast per throttle interval; the first change after a quiet spell goes at once. */
  private schedule(sessionId: string, roster: Roster): void {
    if (roster.timer) return;
    const wait = Math.max(0, roster.lastSent + this.options.throttleMs - this.clock());
    roster.timer = setTimeout(() => {
      roster.timer = null;
      roster.lastSent = this.clock();
      const participants = [...roster.changed].flatMap((id) => {
        const member = roster.members.get(id);
        return member ? [asEntry(member)] : [];
      });
      const left = [...roster.left];
      const admissionChanged = roster.admissionChanged;
      roster.admissionChanged = false;
      roster.changed.clear();
      roster.left.clear();
      if (participants.length > 0 || left.length > 0 || admissionChanged) this.options.send({ ...this.head(sessionId, roster), full: false, participants, left });
    }, wait);
    roster.timer.unref();
  }

  private head(sessionId: string, roster: Roster): Pick<PresenceBroadcast, 'sessionId' | 'counts' | 'trainers' | 'approveJoins'> {
    let online = 0;
    let pending = 0;
    for (const m of roster.members.values()) {
      if (m.sockets > 0) online++;
      if (m.participant.status === 'pending') pending++;
    }
    return { sessionId, counts: { listed: roster.members.size, online, pending }, trainers: roster.trainers, approveJoins: roster.approveJoins };
  }
}
