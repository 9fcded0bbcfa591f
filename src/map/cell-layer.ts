import { SolidPolygonLayer } from '@deck.gl/layers';
import { beneathStyleLayer } from './beneath-style-layer.ts';
import { cellGeometry } from './cell-geometry.ts';
import type { Rgba } from './colors.ts';

export interface CellFillLayerInput {
  id: string;
  /** H3 index per dense cell (buildCellList): pass the same array every call, never a copy. */
  cells: readonly string[];
  /** A colour per dense cell index, or one constant colour. */
  getFillColor: ((index: number) => Rgba) | Rgba;
  /** Whatever changes the colours (result version, before/after, staleness…). */
  colourTrigger: readonly unknown[];
  visible?: boolean;
  /** MapLibre style layer to draw beneath in interleaved mode (e.g. the gemeente borders). */
  beforeId?: string;
}

/**
 * Every grid layer in the app (travel field, delta, travel change, white spots, catchment) is the
 * same hexagon fill over the full, stable cell list: a new result, the before/after flip or
 * staleness only bumps `colourTrigger`, so deck.gl refills one colour attribute instead of
 * rebuilding ~56k hexagons. The hexagons come pre-triangulated from `cellGeometry`, built once
 * per cell list and shared by all these layers; accessors see each cell by its dense `index`.
 * (Whole polygons, not H3HexagonLayer's instanced path: that leaves hairline gaps between cells
 * and costs three times as much per frame in software WebGL.)
 */
export function cellFillLayer({
  id,
  cells,
  getFillColor,
  colourTrigger,
  visible = true,
  beforeId,
}: CellFillLayerInput): SolidPolygonLayer<string> {
  return new SolidPolygonLayer<string>({
    id,
    // deck.gl's binary form: its types describe iterable data only.
    data: cellGeometry(cells) as unknown as string[],
    // The rings are H3's own and do not cross the antimeridian: nothing to normalise.
    _normalize: false,
    positionFormat: 'XY',
    extruded: false,
    filled: true,
    // GPU picking of ~56k polygons is slow in software WebGL and runs on every mouse move;
    // clicks are looked up by position instead (travel/cell-lookup.ts).
    pickable: false,
    visible,
    // Binary data has no objects to hand the accessor: deck.gl passes each cell's index.
    getFillColor: typeof getFillColor === 'function' ? (_: unknown, { index }) => getFillColor(index) : getFillColor,
    updateTriggers: { getFillColor: colourTrigger },
    ...beneathStyleLayer(beforeId),
  });
}
