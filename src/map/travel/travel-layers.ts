import type { Layer, PickingInfo } from '@deck.gl/core';
import { ScatterplotLayer, SolidPolygonLayer } from '@deck.gl/layers';
import { cellToLatLng } from 'h3-js';
import type { ShownTravelField } from '../../state/travel-field.ts';
import type { TravelOutline } from '../../state/travel-outline.ts';
import { beneathStyleLayer } from '../beneath-style-layer.ts';
import { cellFillLayer } from '../cell-layer.ts';
import { cellRings, type MapOverlay, type OverlayLine } from '../overlay-lines.ts';
import { travelColourFor, UNREACHABLE_COLOUR } from './colour-scale.ts';

export const TRAVEL_FIELD_LAYER_ID = 'travel-field';
export const TRAVEL_SELECTED_LAYER_ID = 'travel-selected-cell';
export const TRAVEL_CLICK_LAYER_ID = 'travel-click-target';

/** The isochrone line: near-black, so it reads on every viridis band and on the basemap. */
const OUTLINE_COLOUR: [number, number, number, number] = [25, 25, 35, 230];
const SELECTED_COLOUR: [number, number, number, number] = [230, 40, 140, 255];

export interface TravelLayerInput {
  /** H3 index per dense cell (buildCellList): the same array every call, never rebuilt. */
  cells: readonly string[];
  field: ShownTravelField | null;
  /** The field result's version (useTravelFieldStore): the colour trigger, and what an outline must match. */
  fieldVersion: number;
  /** The limit in minutes of the field's niveau; ignored without a field. */
  limit: number | null;
  /** Draw the field grey: it belongs to an earlier choice and a new one is being computed. */
  stale: boolean;
  outline: TravelOutline | null;
  selectedCell: number | null;
  /**
   * Called with the clicked point. The hexagons themselves are not pickable: GPU picking of
   * ~56k polygons is slow in software WebGL, and runs on every mouse move. Instead one invisible
   * rectangle over `extent` takes the click, and the caller looks the cell up (cellIndexAt).
   */
  onMapClick?: (lon: number, lat: number) => void;
  /** [west, south, east, north] of the grid (gridExtent): where clicks are taken. */
  extent?: [number, number, number, number];
  /**
   * MapLibre style layer to draw the hexagons beneath (interleaved mode), e.g. the gemeente
   * borders, so they stay visible. The outline and the selected cell are drawn above the basemap.
   */
  fieldBeforeId?: string;
}

/**
 * The travel view's map: the hexagon field, the isochrone at the limit and the clicked cell.
 * `data` of the field layer is always `cells`; a new field, limit or staleness only bumps the
 * colour trigger, so deck.gl refills one colour attribute instead of re-tessellating ~56k
 * hexagons. Without a field the layer stays, hidden, to keep that work.
 */
export function buildTravelLayers(input: TravelLayerInput): MapOverlay {
  const { cells, field, fieldVersion, limit, stale, outline, selectedCell, onMapClick, extent, fieldBeforeId } = input;
  const colourOf = field && limit !== null ? travelColourFor(limit, field.unreachable, stale) : null;
  const minutes = field?.minutes;

  const layers: Layer[] = [];
  if (colourOf && onMapClick && extent) {
    const [west, south, east, north] = extent;
    layers.push(
      new SolidPolygonLayer<[number, number][]>({
        id: TRAVEL_CLICK_LAYER_ID,
        data: [
          [
            [west, south],
            [east, south],
            [east, north],
            [west, north],
          ],
        ],
        getPolygon: (ring) => ring,
        // Fully transparent but pickable: deck.gl picks by object, not by colour.
        getFillColor: [0, 0, 0, 0],
        pickable: true,
        onClick: (info: PickingInfo) => {
          if (!info.coordinate) return false;
          onMapClick(info.coordinate[0], info.coordinate[1]);
          return true;
        },
        ...beneathStyleLayer(fieldBeforeId),
      }),
    );
  }
  layers.push(
    cellFillLayer({
      id: TRAVEL_FIELD_LAYER_ID,
      cells,
      visible: colourOf !== null,
      // Without a field the layer is hidden; a constant keeps deck.gl from calling into a field.
      getFillColor: colourOf && minutes ? (index) => colourOf(minutes[index]) : UNREACHABLE_COLOUR,
      colourTrigger: [fieldVersion, limit, stale],
      beforeId: fieldBeforeId,
    }),
  );

  const lines: OverlayLine[] = [];
  // An outline belongs to one field and one limit; for anything else it would mislead.
  if (field && outline && !stale && outline.fieldVersion === fieldVersion && outline.limit === limit) {
    lines.push({ paths: outline.paths, colour: OUTLINE_COLOUR, widthPixels: 2 });
  }

  if (field && selectedCell !== null && selectedCell >= 0 && selectedCell < cells.length) {
    // A res-8 cell is a few pixels wide at national zoom: a ring of fixed screen size marks it
    // there, and the cell's own outline takes over when zoomed in.
    const [lat, lon] = cellToLatLng(cells[selectedCell]);
    layers.push(
      new ScatterplotLayer<[number, number]>({
        id: TRAVEL_SELECTED_LAYER_ID,
        data: [[lon, lat]],
        getPosition: (position) => position,
        getRadius: 0,
        radiusMinPixels: 9,
        filled: false,
        stroked: true,
        getLineColor: SELECTED_COLOUR,
        lineWidthUnits: 'pixels',
        getLineWidth: 3,
      }),
    );
    lines.push({ paths: cellRings([cells[selectedCell]]), colour: SELECTED_COLOUR, widthPixels: 3 });
  }
  return { layers, lines };
}
