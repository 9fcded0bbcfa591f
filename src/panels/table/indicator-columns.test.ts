import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../data/indicators/indicator.ts';
import { indicatorColumns } from './indicator-columns.ts';

const indicator = {
  id: 'kans',
  name: 'Kans op werk',
  unit: '%',
  source: 'SBB',
  date: '2025',
  provenance: { fileName: 'kans.csv' },
} as Indicator;

describe('indicatorColumns', () => {
  const rows: Record<string, number | null>[] = [{ kans: 81.5 }, { kans: null }];
  const [column] = indicatorColumns<Record<string, number | null>>([indicator], 'nl', (r, id) => r[id] ?? null);

  it('names the figure with its unit, its source as help, and sorts by its own key', () => {
    expect(column).toMatchObject({
      key: 'indicator:kans',
      label: 'Kans op werk (%)',
      help: 'SBB · 2025 · kans.csv',
      numeric: true,
      cellData: { 'data-indicator': 'kans' },
    });
  });

  it('formats values in the language and shows a dash where a row has none', () => {
    expect(column.cell(rows[0])).toBe('81,5');
    expect(column.value?.(rows[0])).toBe(81.5);
    expect(column.cell(rows[1])).toBe('–');
    expect(column.value?.(rows[1])).toBeNull();
  });
});
