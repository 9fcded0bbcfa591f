import { describe, expect, it } from 'vitest';
import { changeColour, STEEPEST_DECLINE } from './change-colours.ts';

const lightness = ([r, g, b]: number[]) => r + g + b;

describe('changeColour', () => {
  it('darkens with a steeper decline, one hue only, and stops at the steepest', () => {
    const shades = [0, -0.05, -0.1, -0.2, -STEEPEST_DECLINE].map(changeColour);
    for (let i = 1; i < shades.length; i++) expect(lightness(shades[i])).toBeLessThan(lightness(shades[i - 1]));
    for (const [r, g, b] of shades) expect(b).toBeGreaterThanOrEqual(Math.max(r, g)); // purple, never red or green
    expect(changeColour(-0.6)).toEqual(changeColour(-STEEPEST_DECLINE));
  });

  it('gives growth the lightest step and no population no colour', () => {
    expect(changeColour(0.1)).toEqual(changeColour(0));
    expect(changeColour(null)[3]).toBe(0);
  });
});
