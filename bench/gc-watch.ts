import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';

/**
 * The garbage collector's pauses in this process, to tell how much of a window of time they took.
 * Entries arrive a little after the pause (the observer is asynchronous): ask about a window once
 * the work in it is over.
 */
export function watchGc() {
  const pauses: { start: number; end: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceEntry[]) pauses.push({ start: e.startTime, end: e.startTime + e.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    /** Milliseconds of collection inside [start, end] (performance.now() times). */
    within(start: number, end: number): number {
      let ms = 0;
      for (const p of pauses) ms += Math.max(0, Math.min(end, p.end) - Math.max(start, p.start));
      return ms;
    },
    stop: () => observer.disconnect(),
  };
}
