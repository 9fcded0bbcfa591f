import type { Layer } from '@deck.gl/core';
import { cellFillLayer } from '../cell-layer.ts';
import { deltaColour, NONE } from './delta-colours.ts';

const DELTA_LAYER_ID = 'scenario-delta';

export interface DeltaLayerInput {
  /** H3 index per dense cell (src/map/travel/cell-list.ts): the same array every call. */
  cells: readonly string[];
  /** ACCESS_* bits per cell from the scenario evaluation, or null before the first result. */
  access: Uint8Array | null;
  /** Increases with every new result (useScenarioMetricsStore's `version`). */
  version: number;
  showAfter: boolean;
  stale: boolean;
  /** MapLibre style layer to draw beneath in interleaved mode (e.g. the borders). */
  beforeId?: string;
}

/**
 * The scenario's delta map: which cells gain access (blue) or lose it (orange). `data` is
 * always the full cell list, so a new result, the before/after flip or staleness only
 * refills the colour attribute (updateTriggers) instead of re-tessellating every hexagon.
 */
export function buildDeltaLayer(input: DeltaLayerInput): Layer {
  const { cells, access, version, showAfter, stale, beforeId } = input;
  return cellFillLayer({
    id: DELTA_LAYER_ID,
    cells,
    visible: access !== null,
    getFillColor: (index) => (access ? deltaColour(access[index], showAfter, stale) : NONE),
    colourTrigger: [version, showAfter, stale],
    beforeId,
  });
}
