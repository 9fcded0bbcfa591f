/** How often a streaming computation reports its progress, in ms. */
export const STREAM_REPORT_MS = 150;

/** What a streaming computation publishes at one step: nothing, its progress, or also its rows. */
export type StreamStep = 'none' | 'progress' | 'rows';

/**
 * When a computation that streams rows in (crebo by crebo) publishes: its progress at most every
 * `everyMs`, the rows found so far on an interval that doubles after each publication. New rows
 * redraw the map (the early-warning circles), and with the national travel field one frame costs
 * about half a second of main thread in software WebGL. Measured: publishing rows every 150 ms
 * spent 32 of the 35 s the national niveau-2 table took in such frames, the worker waiting on
 * the main thread for its next crebo, against 1.4 s of work. Doubling keeps the first rows
 * quick and makes the number of redraws grow with the logarithm of the computation's length.
 * `now` is for tests.
 */
export function streamSchedule(everyMs: number, now: () => number = () => performance.now()): () => StreamStep {
  let progressAt = now();
  let rowsAt = progressAt;
  let rowsEvery = everyMs;
  return () => {
    const t = now();
    if (t - progressAt <= everyMs) return 'none';
    progressAt = t;
    if (t - rowsAt <= rowsEvery) return 'progress';
    rowsAt = t;
    rowsEvery *= 2;
    return 'rows';
  };
}

/**
 * The rows to publish with each step of `streamSchedule`: null when nothing is due, the last
 * published copy when only the progress is, a fresh copy of `rows` when the rows are. Keeping
 * the same copy between row publications lets the table and the map keep what they drew.
 */
export function rowStream<R>(everyMs = STREAM_REPORT_MS): (rows: readonly R[]) => R[] | null {
  const next = streamSchedule(everyMs);
  let shown: R[] = [];
  return (rows) => {
    const step = next();
    if (step === 'rows') shown = rows.slice();
    return step === 'none' ? null : shown;
  };
}
