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
