import type { Layer } from '@deck.gl/core';
import { cellFillLayer } from '../cell-layer.ts';
import { travelChangeColour } from './travel-change-colours.ts';

export const TRAVEL_CHANGE_LAYER_ID = 'scenario-travel-change';

export interface TravelChangeLayerInput {
  /** H3 index per dense cell (src/map/travel/cell-list.ts): the same array every call. */
  cells: readonly string[];
  /** after − before minutes per cell, from the scenario evaluation */
  minutes: Int16Array;
  span: number;
  /** Increases with every new result (useScenarioMetricsStore's `version`). */
  version: number;
  stale: boolean;
}

/**
 * Minutes added (orange) and saved (purple) for the people who keep access. Like the delta
 * layer, `data` is the full cell list, so a new result only refills the colour attribute.
 */
export function buildTravelChangeLayer({ cells, minutes, span, version, stale }: TravelChangeLayerInput): Layer {
  return cellFillLayer({
    id: TRAVEL_CHANGE_LAYER_ID,
    cells,
    getFillColor: (index) => travelChangeColour(minutes[index], span, stale),
    colourTrigger: [version, span, stale],
  });
}
