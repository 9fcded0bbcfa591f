import { describe, expect, it } from 'vitest';
import { MODE_BUS, MODE_CYCLE, MODE_FERRY, MODE_RAIL } from '../../engine/graph/modes.ts';
import type { ShownTravelField } from '../../state/travel-field.ts';
import { describeTravelCell } from './cell-info.ts';

const field: ShownTravelField = {
  minutes: Uint16Array.from([0, 12, 50, 65535]),
  modes: Uint8Array.from([0, MODE_CYCLE, MODE_CYCLE | MODE_RAIL | MODE_FERRY, 0]),
  unreachable: 65535,
  cutoffMinutes: 180,
  niveau: 2,
  crebo: null,
  locationCount: 1,
  sourceCellCount: 1,
  offGridCount: 0,
  modelled: true,
  side: null,
};

describe('describeTravelCell', () => {
  it('gives the minutes, the limit check and the route modes in fixed order', () => {
    expect(describeTravelCell(field, 2, 45)).toEqual({
      cell: 2,
      reachable: true,
      minutes: 50,
      withinLimit: false,
      modes: ['cycle', 'rail', 'ferry'],
    });
    expect(describeTravelCell(field, 1, 45)).toMatchObject({ minutes: 12, withinLimit: true, modes: ['cycle'] });
  });

  it('has no modes in the source cell itself', () => {
    expect(describeTravelCell(field, 0, 45)).toMatchObject({ minutes: 0, modes: [] });
  });

  it('says a cell is unreachable within the cutoff', () => {
    expect(describeTravelCell(field, 3, 45)).toEqual({ cell: 3, reachable: false, cutoffMinutes: 180 });
  });

  it('ignores an index outside the grid', () => {
    expect(describeTravelCell(field, 4, 45)).toBeNull();
    expect(describeTravelCell(field, -1, 45)).toBeNull();
  });

  it('reports the bus when the route used it', () => {
    const withBus = { ...field, modes: Uint8Array.from([0, MODE_BUS | MODE_CYCLE, 0, 0]) };
    expect(describeTravelCell(withBus, 1, 45)).toMatchObject({ modes: ['cycle', 'bus'] });
  });
});
