import { type FieldFn, UNREACHABLE } from './index.ts';

/**
 * Test geometry shared by the metrics, scenario and sector tests: `cells` cells on a line, 10
 * minutes apart, so a field from any sources is easy to work out by hand.
 */
export function lineField(cells: number): FieldFn {
  return (sources, cutoff) => {
    const out = new Uint16Array(cells).fill(UNREACHABLE);
    for (let c = 0; c < cells; c++) {
      for (const s of sources) {
        const minutes = Math.abs(c - s) * 10;
        if (minutes <= cutoff && minutes < out[c]) out[c] = minutes;
      }
    }
    return out;
  };
}
