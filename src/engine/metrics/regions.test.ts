import { describe, expect, it } from 'vitest';
import {
  customLayer,
  krimpByGemeente,
  regionContext,
  standardLayers,
  sumByKrimp,
  sumByRegion,
  withKrimp,
  withPopulation,
} from './regions.ts';

const gemeenten = [
  {
    code: 'GM0001',
    naam: 'Een',
    provincie: 'Zeeland',
    amr: 'AM01',
    amrNaam: 'Zeeland',
    rmc: 'RMC1',
    rmcNaam: 'R1',
    krimp: { type: 'krimpregio' as const },
  },
  {
    code: 'GM0002',
    naam: 'Twee',
    provincie: 'Zeeland',
    amr: 'AM01',
    amrNaam: 'Zeeland',
    rmc: 'RMC2',
    rmcNaam: 'R2',
    krimp: null,
  },
  {
    code: 'GM0003',
    naam: 'Drie',
    provincie: 'Limburg',
    amr: '',
    amrNaam: '',
    rmc: 'RMC2',
    rmcNaam: 'R2',
    krimp: { type: 'anticipeerregio' as const },
  },
];
const grid = { count: 4, pop: Float32Array.of(10, 20, 30, 5), gemeente: Uint16Array.of(0, 2, 65535, 2) };

describe('region context and layers', () => {
  const context = regionContext(grid, 3, krimpByGemeente(gemeenten));

  it('buckets cells per gemeente with an extra bucket for cells outside every gemeente', () => {
    expect([...context.cellBucket]).toEqual([0, 2, 3, 2]);
    expect([...context.popByBucket]).toEqual([10, 0, 25, 30]);
    expect([...context.krimp]).toEqual([1, 0, 2]);
  });

  it('folds gemeente sums into each standard layer, leaving out gemeenten a layer lacks', () => {
    const [gemeente, amr, rmc, provincie] = standardLayers(gemeenten);
    expect(gemeente.codes).toEqual(['GM0001', 'GM0002', 'GM0003']);
    expect([...sumByRegion(context.popByBucket, amr)]).toEqual([10]);
    expect([...sumByRegion(context.popByBucket, rmc)]).toEqual([10, 25]);
    expect(provincie.names).toEqual(['Zeeland', 'Limburg']);
    expect([...sumByRegion(context.popByBucket, provincie)]).toEqual([10, 25]);
  });

  it('sums krimp and anticipeer gemeenten, with an editable krimp list', () => {
    expect(sumByKrimp(context.popByBucket, context, 1)).toBe(10);
    expect(sumByKrimp(context.popByBucket, context, 2)).toBe(25);
    const edited = withKrimp(context, Uint8Array.of(0, 1, 1));
    expect(sumByKrimp(edited.popByBucket, edited, 1)).toBe(25);
    expect(() => withKrimp(context, Uint8Array.of(1))).toThrow(/3/);
  });

  it('counts another population year in the same cells, keeping a corrected krimp list', () => {
    const edited = withKrimp(context, Uint8Array.of(0, 1, 1));
    const later = withPopulation(edited, Float32Array.of(1, 2, 3, 4));
    expect([...later.popByBucket]).toEqual([1, 0, 6, 3]);
    expect(later.krimp).toBe(edited.krimp);
    expect(later.cellBucket).toBe(context.cellBucket);
    // Back to the counted population: the same sums as the context built from the grid.
    expect([...withPopulation(later, grid.pop).popByBucket]).toEqual([...context.popByBucket]);
    expect(() => withPopulation(context, new Float32Array(3))).toThrow(/3 cells, the grid has 4/);
  });

  it('builds a custom region of ticked gemeenten and refuses bad indices', () => {
    expect([...sumByRegion(context.popByBucket, customLayer('mijn regio', [0, 2], 3))]).toEqual([35]);
    expect(() => customLayer('x', [3], 3)).toThrow(/outside/);
  });

  it('refuses a grid that refers to a gemeente that does not exist', () => {
    expect(() => regionContext({ ...grid, gemeente: Uint16Array.of(0, 7, 0, 0) }, 3, new Uint8Array(3))).toThrow(
      /gemeente 7/,
    );
  });
});
