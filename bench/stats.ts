/** Order statistics shared by the benchmarks: nearest-rank percentiles and medians. */

/** The nearest-rank percentile `p` (0 < p <= 100) of `values`. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export interface Spread {
  p50: number;
  p95: number;
  p99: number;
  samples: number;
}

export function spread(values: readonly number[]): Spread {
  return { p50: percentile(values, 50), p95: percentile(values, 95), p99: percentile(values, 99), samples: values.length };
}

/**
 * How a cost grows with its work: the least-squares line through the points (a fixed part and a
 * part per unit of work), and how far the furthest point strays from that line, relative to its
 * value (0 = perfectly linear). A reader sees at once whether doubling the work doubles the cost.
 */
export function growth(points: readonly { size: number; value: number }[]): { perUnit: number; fixed: number; worstStray: number } {
  const n = points.length;
  const mx = points.reduce((a, p) => a + p.size, 0) / n;
  const my = points.reduce((a, p) => a + p.value, 0) / n;
  const sxx = points.reduce((a, p) => a + (p.size - mx) ** 2, 0);
  const perUnit = sxx === 0 ? 0 : points.reduce((a, p) => a + (p.size - mx) * (p.value - my), 0) / sxx;
  const fixed = my - perUnit * mx;
  const worstStray = Math.max(0, ...points.map((p) => Math.abs(p.value - (fixed + perUnit * p.size)) / Math.max(Math.abs(p.value), 1e-9)));
  return { perUnit, fixed, worstStray };
}

/** A timing repeated `n` times: its median and the middle half of the repetitions. */
export interface Repeated {
  median: number;
  p25: number;
  p75: number;
  n: number;
}

export function repeated(values: readonly number[]): Repeated {
  return { median: median(values), p25: percentile(values, 25), p75: percentile(values, 75), n: values.length };
}
