import { cellToLatLng } from 'h3-js';
import { describe, expect, it, vi } from 'vitest';
import type { ShownTravelField } from '../../state/travel-field.ts';
import type { TravelOutline } from '../../state/travel-outline.ts';
import { cellGeometry } from '../cell-geometry.ts';
import { CellFillLayer } from '../cell-layer.ts';
import { cellRings } from '../overlay-lines.ts';
import { BEYOND_LIMIT_COLOUR, travelBands, UNREACHABLE_COLOUR } from './colour-scale.ts';
import {
  buildTravelLayers,
  TRAVEL_CLICK_LAYER_ID,
  TRAVEL_FIELD_LAYER_ID,
  TRAVEL_SELECTED_LAYER_ID,
  type TravelLayerInput,
} from './travel-layers.ts';

const cells = ['881969a3b5fffff', '881969a3b1fffff', '881969a3b7fffff', '881969a3a3fffff'];
const field: ShownTravelField = {
  minutes: Uint16Array.from([0, 20, 50, 65535]),
  modes: new Uint8Array(4),
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
const outline = (fieldVersion: number, limit: number): TravelOutline => ({
  paths: [
    [
      [5, 52],
      [5.1, 52],
    ],
  ],
  fieldVersion,
  limit,
});

const base = (over: Partial<TravelLayerInput> = {}): TravelLayerInput => ({
  cells,
  field,
  fieldVersion: 1,
  limit: 45,
  stale: false,
  outline: null,
  selectedCell: null,
  ...over,
});

/** Runs the field layer's colour accessor over every cell, as deck.gl would. */
function colours(input: TravelLayerInput) {
  const layer = buildTravelLayers(input).layers.find((l) => l.id === TRAVEL_FIELD_LAYER_ID)!;
  const get = (layer.props as unknown as { getFillColor: (d: string, info: { index: number }) => number[] })
    .getFillColor;
  return cells.map((c, index) => get(c, { index }));
}

describe('buildTravelLayers', () => {
  it('always hands deck.gl the same cell geometry and changes colours through the trigger only', () => {
    const a = buildTravelLayers(base()).layers.find((l) => l.id === TRAVEL_FIELD_LAYER_ID)!;
    const b = buildTravelLayers(base({ field: { ...field }, fieldVersion: 2 })).layers.find(
      (l) => l.id === TRAVEL_FIELD_LAYER_ID,
    )!;
    expect(a.props.data).toBe(cellGeometry(cells));
    expect(b.props.data).toBe(a.props.data);
    expect(a.props.updateTriggers.getFillColor).not.toEqual(b.props.updateTriggers.getFillColor);
    expect(a).toBeInstanceOf(CellFillLayer);
  });

  it('colours each cell by its band, veils cells beyond the limit and hides unreachable ones', () => {
    const bands = travelBands(45);
    expect(colours(base())).toEqual([bands[0].colour, bands[1].colour, BEYOND_LIMIT_COLOUR, UNREACHABLE_COLOUR]);
  });

  it('draws a stale field in grey and keys the trigger on staleness and limit', () => {
    const bands = travelBands(45);
    expect(colours(base({ stale: true })).slice(0, 2)).toEqual([bands[0].staleColour, bands[1].staleColour]);
    const trigger = (input: TravelLayerInput) =>
      buildTravelLayers(input).layers.find((l) => l.id === TRAVEL_FIELD_LAYER_ID)!.props.updateTriggers.getFillColor;
    expect(trigger(base({ stale: true }))).not.toEqual(trigger(base()));
    expect(trigger(base({ limit: 60 }))).not.toEqual(trigger(base()));
  });

  it('hides the field layer, but keeps it, when there is no field', () => {
    const { layers, lines } = buildTravelLayers(base({ field: null, limit: null }));
    expect(lines).toEqual([]);
    expect(layers.map((l) => l.id)).toEqual([TRAVEL_FIELD_LAYER_ID]);
    expect(layers[0].props.visible).toBe(false);
    // deck.gl still refreshes colours of a hidden layer: nothing may read a missing field.
    expect((layers[0].props as unknown as { getFillColor: unknown }).getFillColor).toEqual(UNREACHABLE_COLOUR);
  });

  it('draws the isochrone as a line only for the field and limit it was traced for, and not while stale', () => {
    const lines = (input: TravelLayerInput) => buildTravelLayers(input).lines;
    expect(lines(base({ outline: outline(1, 45) }))).toEqual([
      { paths: outline(1, 45).paths, colour: [25, 25, 35, 230], widthPixels: 2 },
    ]);
    expect(lines(base({ outline: outline(0, 45) }))).toEqual([]);
    expect(lines(base({ outline: outline(1, 60) }))).toEqual([]);
    expect(lines(base({ outline: outline(1, 45), stale: true }))).toEqual([]);
  });

  it('takes clicks on one invisible rectangle, not by picking hexagons, and outlines the selected cell', () => {
    const onMapClick = vi.fn();
    const { layers, lines } = buildTravelLayers(base({ onMapClick, extent: [3, 50, 8, 54], selectedCell: 2 }));
    expect(layers.find((l) => l.id === TRAVEL_FIELD_LAYER_ID)!.props.pickable).toBe(false);
    const target = layers.find((l) => l.id === TRAVEL_CLICK_LAYER_ID)!;
    expect(target.props.pickable).toBe(true);
    expect(layers.indexOf(target)).toBe(0); // beneath everything else
    (target.props.onClick as (info: { coordinate?: number[] }) => boolean)({ coordinate: [5.1, 52.1] });
    expect(onMapClick).toHaveBeenCalledWith(5.1, 52.1);
    expect(lines.map((line) => line.paths)).toEqual([cellRings([cells[2]])]);
    const [lat, lon] = cellToLatLng(cells[2]);
    expect(layers.find((l) => l.id === TRAVEL_SELECTED_LAYER_ID)!.props.data).toEqual([[lon, lat]]);
  });

  it('takes no clicks without a field', () => {
    const { layers } = buildTravelLayers(
      base({ field: null, limit: null, onMapClick: vi.fn(), extent: [3, 50, 8, 54] }),
    );
    expect(layers.map((l) => l.id)).toEqual([TRAVEL_FIELD_LAYER_ID]);
  });

  it('puts the click target and the hexagons beneath the given basemap layer, the ring above it', () => {
    const { layers, lines } = buildTravelLayers(
      base({
        fieldBeforeId: 'gemeente-borders',
        outline: outline(1, 45),
        selectedCell: 1,
        onMapClick: vi.fn(),
        extent: [3, 50, 8, 54],
      }),
    );
    const beforeIds = layers.map((l) => (l.props as { beforeId?: string }).beforeId);
    expect(beforeIds).toEqual(['gemeente-borders', 'gemeente-borders', undefined]);
    expect(lines.map((line) => line.widthPixels)).toEqual([2, 3]); // the isochrone, then the cell
  });
});
