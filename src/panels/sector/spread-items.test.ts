import { describe, expect, it } from 'vitest';
import type { QualificationCounts } from '../../engine/sector/sector-table.ts';
import type { SectorMetricsEntry } from '../../state/sector-metrics.ts';
import { SMALL_MULTIPLES_CAP, spreadItems } from './spread-items.ts';

const counts = (crebo: string, niveau: 2 | 3, places: string[]): QualificationCounts => ({
  crebo, naam: `Q${crebo}`, niveau, domein: 'D', locations: places.length, institutions: 1, allPlaces: places,
});
const entry = (covered: number[], key = 'k'): SectorMetricsEntry => ({
  key, covered: Uint8Array.from(covered),
  metrics: { niveau: 2, limit: 30, national: { reached: 1, share: 0.5, duplications: 0 }, layers: {} },
});

describe('spreadItems', () => {
  it('gives one item per qualification up to the cap', () => {
    const items = spreadItems([counts('1', 2, ['A']), counts('2', 3, ['B'])], (c) => (c === '1' ? entry([1, 0]) : undefined), () => false);
    expect(items.map((i) => [i.key, i.share, i.covered && Array.from(i.covered)])).toEqual([
      ['1', 0.5, [1, 0]],
      ['2', null, null],
    ]);
  });

  it('unions locations and covered cells per niveau above the cap', () => {
    const many = Array.from({ length: SMALL_MULTIPLES_CAP + 1 }, (_, i) => counts(String(i), i % 2 ? 3 : 2, [`L${i % 3}`]));
    const covered: Record<string, number[]> = {};
    many.forEach((c, i) => (covered[c.crebo] = i === 0 ? [1, 0, 0] : i === 1 ? [0, 1, 0] : [0, 0, 0]));
    const items = spreadItems(many, (c) => entry(covered[c]), (c) => c === '1');
    expect(items.map((i) => i.key)).toEqual(['niveau-2', 'niveau-3']);
    expect(items[0].places).toEqual(['L0', 'L1', 'L2']);
    expect(Array.from(items[0].covered!)).toEqual([1, 0, 0]);
    expect(Array.from(items[1].covered!)).toEqual([0, 1, 0]);
    expect([items[0].stale, items[1].stale]).toEqual([false, true]);
  });

  it('draws no niveau area until every qualification of it is known', () => {
    const many = Array.from({ length: SMALL_MULTIPLES_CAP + 1 }, (_, i) => counts(String(i), 2, ['A']));
    const items = spreadItems(many, (c) => (c === '0' ? undefined : entry([1])), () => false);
    expect(items[0].covered).toBeNull();
  });
});
