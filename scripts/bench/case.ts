/**
 * One benchmark case: `run` measures something and returns named numbers (milliseconds,
 * counts). `npm run bench` runs every case listed in cases.ts and merges their results into
 * the one JSON line it prints last.
 */
export interface BenchCase {
  name: string;
  run(): Promise<Record<string, number>>;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median wall time of `runs` calls of `fn`, in ms, after `warmup` unmeasured calls. */
export function timeMedian(fn: () => void, runs: number, warmup = 0): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}
