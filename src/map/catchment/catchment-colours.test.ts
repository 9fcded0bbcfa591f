import { describe, expect, it } from 'vitest';
import { INSTITUTION_PALETTE, institutionColourIndex } from './catchment-colours.ts';

const institution = (brin: string, gained: number, lost: number) => ({ brin, before: 0, after: 0, gained, lost });

describe('institutionColourIndex', () => {
  it('gives the institutions that gain or lose the first colours, in table order, then the rest by code, repeating', () => {
    const institutions = [
      institution('ZZ', 0, 5),
      institution('AA', 3, 0),
      ...'HGFEDCB'.split('').map((c) => institution(`0${c}`, 0, 0)),
    ];
    const index = institutionColourIndex({
      change: { institutions, locations: [], flows: [], changed: new Uint8Array() },
    });
    expect(index.get('ZZ')).toBe(0);
    expect(index.get('AA')).toBe(1);
    expect(index.get('0B')).toBe(2);
    expect(index.get('0H')).toBe(8 % INSTITUTION_PALETTE.length);
  });
});
