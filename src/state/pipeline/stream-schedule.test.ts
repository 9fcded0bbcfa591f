import { describe, expect, it } from 'vitest';
import { streamSchedule } from './stream-schedule.ts';

/** The steps of a schedule asked every `stepMs` for `totalMs`, as [time, step] of the non-empty ones. */
function run(everyMs: number, stepMs: number, totalMs: number): [number, string][] {
  let t = 0;
  const next = streamSchedule(everyMs, () => t);
  const steps: [number, string][] = [];
  for (t = stepMs; t <= totalMs; t += stepMs) {
    const step = next();
    if (step !== 'none') steps.push([t, step]);
  }
  return steps;
}

describe('streamSchedule', () => {
  it('publishes progress at most every interval and nothing in between', () => {
    const steps = run(150, 10, 1000);
    const times = steps.map(([t]) => t);
    expect(times).toEqual([160, 320, 480, 640, 800, 960]);
  });

  it('publishes rows after one interval, then on a doubling interval', () => {
    const rows = run(150, 10, 10_000)
      .filter(([, step]) => step === 'rows')
      .map(([t]) => t);
    // Gaps of more than 300, 600, 1200, 2400 and 4800 ms.
    expect(rows).toEqual([160, 480, 1120, 2400, 4960, 9920]);
    for (let i = 1; i < rows.length; i++) expect(rows[i] - rows[i - 1]).toBeGreaterThan(150 * 2 ** i);
  });

  it('publishes each time it is asked when every step takes longer than the interval', () => {
    const steps = run(150, 500, 3000).map(([, step]) => step);
    expect(steps).toHaveLength(6);
    expect(steps.filter((s) => s === 'rows')).toHaveLength(3);
  });
});
