import { UNSERVED } from '../../engine/analysis/catchment.ts';
import type { CatchmentEffect } from '../../state/catchment-effect.ts';
import { BASEMAP_LAYER_IDS } from '../basemap-style.ts';
import { cellFillLayer } from '../cell-layer.ts';
import type { Rgba } from '../colors.ts';
import { NONE, STALE_COLOUR } from '../delta/delta-colours.ts';
import { cellRings, type MapOverlay } from '../overlay-lines.ts';
import { INSTITUTION_PALETTE, institutionColourIndex } from './catchment-colours.ts';

export const CATCHMENT_LAYER_ID = 'scenario-catchment';
export const CHANGED_OUTLINE: Rgba = [0, 0, 0, 230];

export interface CatchmentLayerInput {
  /** H3 index per dense cell (buildCellList): the same array every call. */
  cells: readonly string[];
  effect: CatchmentEffect;
  /** useCatchmentEffectStore's `version` */
  version: number;
  showAfter: boolean;
  stale: boolean;
}

/**
 * Cells coloured by the institution that serves them, before or after the scenario (the B
 * switch), and the cells whose institution the scenario changes outlined in black on top.
 * The fill layer keeps the full, stable cell list as `data` (colours via updateTriggers); the
 * outlines are lines of only the changed cells, which are few.
 */
export function buildCatchmentLayers({ cells, effect, version, showAfter, stale }: CatchmentLayerInput): MapOverlay {
  const catchment = showAfter ? effect.after : effect.before;
  const colourOf = institutionColourIndex(effect);
  const colours = catchment.institutions.map((brin) => INSTITUTION_PALETTE[colourOf.get(brin) ?? 0]);
  const changed: string[] = [];
  effect.change.changed.forEach((flag, c) => {
    if (flag) changed.push(cells[c]);
  });
  const fill = cellFillLayer({
    id: CATCHMENT_LAYER_ID,
    cells,
    getFillColor: (index) => {
      const served = catchment.servedBy[index];
      if (served === UNSERVED) return NONE;
      return stale ? STALE_COLOUR : colours[served];
    },
    colourTrigger: [version, showAfter, stale],
    // Beneath the overlay lines, so the outlines of the changed cells lie on top of it.
    beforeId: BASEMAP_LAYER_IDS.overlayLines,
  });
  return { layers: [fill], lines: [{ paths: cellRings(changed), colour: CHANGED_OUTLINE, widthPixels: 1.5 }] };
}
