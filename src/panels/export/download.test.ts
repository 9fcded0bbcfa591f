import { describe, expect, it } from 'vitest';
import { isoDate, slug } from './download.ts';

describe('slug', () => {
  it('keeps letters and digits, folds accents and joins the rest with hyphens', () => {
    expect(slug('Sluiting Zadkine (v2)')).toBe('sluiting-zadkine-v2');
    expect(slug('Uitruil Één → Twee')).toBe('uitruil-een-twee');
  });
  it('falls back to "scenario" when nothing usable is left', () => {
    expect(slug('→ ← !')).toBe('scenario');
    expect(slug('→ ← !', 'tabel')).toBe('tabel');
  });
});

describe('isoDate', () => {
  it('writes the local date with zero padding', () => {
    expect(isoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
