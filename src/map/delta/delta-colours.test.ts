import { describe, expect, it } from 'vitest';
import { ACCESS_AFTER, ACCESS_BEFORE } from '../../engine/metrics/scenario-evaluation.ts';
import { deltaColour, GAIN_COLOUR, LOSS_COLOUR, NONE, REACHED_COLOUR, STALE_COLOUR } from './delta-colours.ts';

describe('deltaColour', () => {
  it('marks gains blue and losses orange after the scenario', () => {
    expect(deltaColour(ACCESS_AFTER, true, false)).toBe(GAIN_COLOUR);
    expect(deltaColour(ACCESS_BEFORE, true, false)).toBe(LOSS_COLOUR);
    expect(deltaColour(ACCESS_BEFORE | ACCESS_AFTER, true, false)).toBe(REACHED_COLOUR);
    expect(deltaColour(0, true, false)).toBe(NONE);
  });

  it('shows the reach before the scenario, without gains, when flipped', () => {
    expect(deltaColour(ACCESS_BEFORE, false, false)).toBe(REACHED_COLOUR);
    expect(deltaColour(ACCESS_AFTER, false, false)).toBe(NONE);
  });

  it('greys every changed or reached cell while stale', () => {
    expect(deltaColour(ACCESS_AFTER, true, true)).toBe(STALE_COLOUR);
    expect(deltaColour(ACCESS_BEFORE, true, true)).toBe(STALE_COLOUR);
    expect(deltaColour(0, true, true)).toBe(NONE);
  });

  it('never uses red or green for change', () => {
    for (const [r, g, b] of [GAIN_COLOUR, LOSS_COLOUR]) {
      // Blue dominant, or orange (red > green > blue with green well above zero): not pure red or green.
      const isBlue = b > r && b > g;
      const isOrange = r > g && g > b && g > 60;
      expect(isBlue || isOrange).toBe(true);
    }
  });
});
