import { closeSync, fstatSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../log.ts';

/** Who holds a data folder: written in its lock file when the server starts. */
export interface LockHolder {
  pid: number;
  host: string;
  /** ISO 8601 wall time the holder started. */
  since: string;
}

export const LOCK_FILE = 'rogatory.lock';

/** The locks this process holds: a lock naming our own pid is ours only if it is in here. */
const heldHere = new Set<string>();

/** Whether a process runs on this host (EPERM: it runs, as another user). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): LockHolder | null {
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>;
    if (Number.isInteger(holder.pid) && typeof holder.host === 'string' && typeof holder.since === 'string') return holder as LockHolder;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw error;
  }
  return null;
}

/**
 * One server process per data folder. Two processes on one DATA_DIR would each keep their own copy
 * of every session in memory and diverge, so the second one refuses to start.
 *
 * The lock is a file created exclusively (O_EXCL), holding the pid, host name and start time of its
 * holder. A process killed without a chance to clean up leaves it behind: the next start takes it
 * over when it names a pid that no longer runs on this host (a lock from another host is never
 * taken over: this host cannot tell whether that process still runs). If two processes take over
 * the same stale lock at once, the store's check before every write (the lock file must still be
 * the one this process created) stops the one that lost.
 */
export class DataDirLock {
  private constructor(
    readonly file: string,
    readonly holder: LockHolder,
    private fd: number | null,
    private readonly dev: number,
    private readonly ino: number,
  ) {}

  static acquire(dataDir: string, log: Logger): DataDirLock {
    const file = join(dataDir, LOCK_FILE);
    const holder: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
    for (let attempt = 0; attempt < 3; attempt++) {
      let fd: number;
      try {
        fd = openSync(file, 'wx', 0o600);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        let found: LockHolder | null;
        try {
          found = readHolder(file);
        } catch {
          continue; // released between our open and our read: try again
        }
        if (!found) {
          // Created but not yet written by a process starting right now, or cut short by a crash.
          const age = Date.now() - statSync(file).mtimeMs;
          if (age < 10_000) throw new Error(`${file} is being created by another process starting on DATA_DIR ${dataDir}. Only one server may use a data folder: start this one with another DATA_DIR.`);
          log.warn(`took over an unreadable lock on ${dataDir}, ${Math.round(age / 1000)} s old`, { lock: file });
        } else if (found.host === holder.host && ((found.pid === process.pid && !heldHere.has(file)) || !running(found.pid))) {
          // Our own pid on a lock we do not hold is left from an earlier life of this container.
          log.warn(`took over a stale lock on ${dataDir}: pid ${found.pid} on this host (${found.host}), holding it since ${found.since}, no longer runs`, { lock: file });
        } else {
          throw new Error(heldMessage(dataDir, file, found, found.host === holder.host));
        }
        try {
          unlinkSync(file);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
        }
        continue;
      }
      try {
        writeSync(fd, `${JSON.stringify(holder)}\n`);
      } catch (e) {
        closeSync(fd);
        throw e;
      }
      // Kept open while held: its inode cannot be given to another file, so a lock deleted and
      // created again by someone else never looks like ours.
      const { dev, ino } = fstatSync(fd);
      heldHere.add(file);
      return new DataDirLock(file, holder, fd, dev, ino);
    }
    throw new Error(`could not take the lock ${file}: another process keeps creating it. Only one server may use a data folder.`);
  }

  /** Whether the lock file at the path is still the one this process created (cheap: one stat). */
  held(): boolean {
    const now = statSync(this.file, { throwIfNoEntry: false });
    return now !== undefined && now.ino === this.ino && now.dev === this.dev;
  }

  /** Removes the lock file, unless it is no longer ours. */
  release(): void {
    if (this.fd === null) return;
    if (this.held()) {
      try {
        unlinkSync(this.file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    closeSync(this.fd);
    this.fd = null;
    heldHere.delete(this.file);
  }
}

function heldMessage(dataDir: string, file: string, holder: LockHolder, sameHost: boolean): string {
  const who = `pid ${holder.pid} on host ${holder.host}, since ${holder.since}`;
  const check = sameHost
    ? `If pid ${holder.pid} is not a Rogatory server (its pid was reused after a crash), delete ${file} and start again.`
    : `It was taken on another host, which this one cannot check: if no server runs there on this folder any more, delete ${file} and start again.`;
  return `DATA_DIR ${dataDir} is in use by another Rogatory server (${who}; lock ${file}). ` +
    `Two servers on one data folder would each keep their own copy of every session and diverge. ` +
    `Stop that server first, or start this one with another DATA_DIR. ${check}`;
}
