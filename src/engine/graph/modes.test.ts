import { describe, expect, it } from 'vitest';
import { MODE_BUS, MODE_FERRY, modeMask, modeNames } from './modes.ts';

describe('mode masks', () => {
  it('names the modes of a mask in a fixed order and back', () => {
    expect(modeNames(MODE_FERRY | MODE_BUS)).toEqual(['bus', 'ferry']);
    expect(modeMask(['ferry', 'bus'])).toBe(MODE_FERRY | MODE_BUS);
    expect(modeNames(0)).toEqual([]);
  });

  it('rejects an unknown mode name', () => {
    expect(() => modeMask(['car' as never])).toThrow(/unknown mode "car"/);
  });
});
