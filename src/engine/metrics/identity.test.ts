import { describe, expect, it } from 'vitest';
import { type Duplication, diffDuplications } from './duplication.ts';
import {
  institutionsWithoutCategory,
  sameCategoryChanges,
  sameCategoryDuplications,
  sameCategoryOverlaps,
} from './identity.ts';

const CATEGORY: Record<string, string> = {
  '00AA': 'katholiek',
  '00BB': 'openbaar',
  '00CC': 'openbaar',
  '00DD': 'katholiek',
};
const categoryOf = (brin: string) => CATEGORY[brin];
const brinOf = (v: string) => (v.startsWith('PC4') ? null : v.slice(0, 4));

function gemeente(crebo: string, vestigingen: string[]): Duplication {
  return {
    crebo,
    niveau: 2,
    kind: 'gemeente',
    vestigingen,
    instellingen: [...new Set(vestigingen.map((v) => v.slice(0, 4)))].sort(),
    gemeenten: [0],
    minutes: null,
  };
}
function nabij(crebo: string, a: string, b: string): Duplication {
  return {
    crebo,
    niveau: 2,
    kind: 'nabij',
    vestigingen: [a, b],
    instellingen: [a.slice(0, 4), b.slice(0, 4)].sort(),
    gemeenten: [0, 1],
    minutes: 12,
  };
}

describe('duplication by identity', () => {
  it('keeps a nearby pair only when both institutions share a known category', () => {
    const list = [nabij('1', '00BB00', '00CC00'), nabij('1', '00AA00', '00BB00'), nabij('1', '00AA00', '00EE00')];
    expect(sameCategoryDuplications(list, categoryOf, brinOf)).toEqual([list[0]]);
  });

  it('splits a gemeente duplication per category, keeping the groups of two or more institutions', () => {
    const mixed = gemeente('2', ['00AA00', '00AA01', '00BB00', '00CC00', '00DD00', '00EE00']);
    expect(sameCategoryDuplications([mixed], categoryOf, brinOf)).toEqual([
      { ...mixed, vestigingen: ['00AA00', '00AA01', '00DD00'], instellingen: ['00AA', '00DD'] },
      { ...mixed, vestigingen: ['00BB00', '00CC00'], instellingen: ['00BB', '00CC'] },
    ]);
    // Two locations of one institution plus one of another category: no duplication left.
    expect(sameCategoryDuplications([gemeente('3', ['00AA00', '00AA01', '00BB00'])], categoryOf, brinOf)).toEqual([]);
    // All of one category: the duplication itself, unchanged.
    const same = gemeente('4', ['00BB00', '00CC00']);
    expect(sameCategoryDuplications([same], categoryOf, brinOf)[0]).toBe(same);
  });

  it('names the institutions without a category, whose duplications drop out', () => {
    const list = [nabij('1', '00AA00', '00EE00'), gemeente('2', ['00BB00', '00FF00', '00EE00'])];
    expect(institutionsWithoutCategory(list, categoryOf)).toEqual(['00EE', '00FF']);
    expect(sameCategoryDuplications(list, categoryOf, brinOf)).toEqual([]);
  });

  it('compares before and after narrowed: adding a school of another category adds nothing', () => {
    const before = [gemeente('5', ['00BB00', '00CC00'])];
    const after = [gemeente('5', ['00AA00', '00BB00', '00CC00'])];
    const changes = diffDuplications(before, after);
    // Unnarrowed, the gemeente duplication changed (added and removed) …
    expect(changes.added).toHaveLength(1);
    expect(changes.removed).toHaveLength(1);
    // … by identity the openbaar pair was there before and after.
    const narrowed = sameCategoryChanges(after, structuredClone(changes), categoryOf, brinOf);
    expect(narrowed.added).toEqual([]);
    expect(narrowed.removed).toEqual([]);
    expect(narrowed.after.map((d) => d.vestigingen)).toEqual([['00BB00', '00CC00']]);

    // A second school of the same category does add a duplication by identity.
    const grown = [gemeente('6', ['00AA00', '00BB00']), gemeente('6', ['00AA00', '00BB00', '00DD00'])];
    const grownChanges = diffDuplications([grown[0]], [grown[1]]);
    expect(sameCategoryChanges([grown[1]], grownChanges, categoryOf, brinOf).added.map((d) => d.vestigingen)).toEqual([
      ['00AA00', '00DD00'],
    ]);
  });

  it("keeps an institution's overlaps with its own category only, and none when its own is unknown", () => {
    const overlaps = [{ brin: '00BB' }, { brin: '00DD' }, { brin: '00EE' }, { brin: '00CC' }];
    expect(sameCategoryOverlaps(overlaps, '00AA', categoryOf)).toEqual([{ brin: '00DD' }]);
    expect(sameCategoryOverlaps([{ brin: '00AA' }, { brin: '00CC' }], '00BB', categoryOf)).toEqual([{ brin: '00CC' }]);
    expect(sameCategoryOverlaps(overlaps, '00EE', categoryOf)).toEqual([]);
  });
});
