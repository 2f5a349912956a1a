import { readFileSync } from 'node:fs';

/**
 * CPU time from /proc (Linux), to say what a benchmark's figures were limited by: the server's
 * process, the clients' processes, or the rest of the machine. Elsewhere every reading is null.
 */
const TICKS_PER_SECOND = 100;

/** User + system CPU seconds a process has used so far. */
export function processCpuSeconds(pid: number): number | null {
  try {
    // The command name (field 2) may hold spaces: count the fields after its closing parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/**
 * Seconds a process's main thread (for Node, its event loop) has run on a CPU, and has waited
 * runnable for one (/proc/<pid>/schedstat): waiting is the time the rest of the machine took from it.
 */
export function schedSeconds(pid: number): { running: number; waiting: number } | null {
  try {
    const [running, waiting] = readFileSync(`/proc/${pid}/schedstat`, 'utf8').trim().split(/\s+/).map(Number) as number[];
    return { running: running! / 1e9, waiting: waiting! / 1e9 };
  } catch {
    return null;
  }
}

/** Busy and total CPU seconds of the whole machine (all cores) so far. */
export function machineCpuSeconds(): { busy: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
    const [user, nice, system, idle, iowait, irq, softirq, steal] = line.split(/\s+/).slice(1, 9).map(Number) as number[];
    const busy = user! + nice! + system! + irq! + softirq! + steal!;
    return { busy: busy / TICKS_PER_SECOND, total: (busy + idle! + iowait!) / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

/** Cores each process used (1 = one whole core) from this call to the returned function's call, and how busy the whole machine was. */
export interface CpuUse {
  seconds: number;
  cores: Record<string, number | null>;
  /** Share of the time each main thread waited, runnable, for a CPU the machine gave to others. */
  waiting: Record<string, number | null>;
  machineBusy: number | null;
}

export function watchCpu(pids: Record<string, number>): () => CpuUse {
  const t0 = performance.now();
  const before = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, processCpuSeconds(pid)]));
  const schedBefore = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, schedSeconds(pid)]));
  const machine0 = machineCpuSeconds();
  return () => {
    const seconds = (performance.now() - t0) / 1000;
    const cores = Object.fromEntries(Object.entries(pids).map(([k, pid]) => {
      const a = before[k];
      const b = processCpuSeconds(pid);
      return [k, a === null || a === undefined || b === null ? null : (b - a) / seconds];
    }));
    const waiting = Object.fromEntries(Object.entries(pids).map(([k, pid]) => {
      const a = schedBefore[k];
      const b = schedSeconds(pid);
      return [k, a && b ? (b.waiting - a.waiting) / seconds : null];
    }));
    const machine1 = machineCpuSeconds();
    const machineBusy = machine0 && machine1 ? (machine1.busy - machine0.busy) / Math.max(1e-9, machine1.total - machine0.total) : null;
    return { seconds, cores, waiting, machineBusy };
  };
}
