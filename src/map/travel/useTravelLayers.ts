import { useEffect, useMemo, useRef, useState } from 'react';
import { useGrid } from '../../data/queries/useGeodata.ts';
import { useTravelStore } from '../../state/travel.ts';
import { useTravelFieldStore } from '../../state/travel-field.ts';
import { useTravelOutlineStore } from '../../state/travel-outline.ts';
import { BASEMAP_LAYER_IDS } from '../basemap-style.ts';
import { type MapOverlay, NO_OVERLAY } from '../overlay-lines.ts';
import { buildCellList } from './cell-list.ts';
import { cellIndexAt, gridExtent } from './cell-lookup.ts';
import { buildTravelLayers } from './travel-layers.ts';

/**
 * A field is greyed only once its successor has taken this long: most fields arrive within a
 * few hundred milliseconds, and greying and recolouring ~56k hexagons for a blink costs more
 * main-thread time than it tells the user.
 */
const STALE_GREY_DELAY_MS = 250;

/** `flag`, but turning true only after it has stayed true for `delayMs`. */
function useDelayedTrue(flag: boolean, delayMs: number): boolean {
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (!flag) {
      setLate(false);
      return;
    }
    const timer = setTimeout(() => setLate(true), delayMs);
    return () => clearTimeout(timer);
  }, [flag, delayMs]);
  return flag && late;
}

/**
 * The travel field's layers and lines for MapView. The cell list is built once per grid (the
 * layer's stable `data`); the overlay changes only when something drawn changes, so the map does
 * not redo work on unrelated renders. The hexagons go beneath the gemeente borders, so the
 * borders stay visible through the field; the isochrone goes on top.
 */
export function useTravelLayers(): MapOverlay {
  const grid = useGrid().data;
  const cells = useMemo(() => (grid ? buildCellList(grid) : null), [grid]);
  const extent = useMemo(() => (grid ? gridExtent(grid) : undefined), [grid]);
  const field = useTravelFieldStore((s) => s.value);
  const fieldVersion = useTravelFieldStore((s) => s.version);
  const computingOverOld = useTravelFieldStore((s) => s.status === 'computing' && s.stale);
  const outline = useTravelOutlineStore((s) => s.value);
  const selectedCell = useTravelStore((s) => s.selectedCell);
  const limit = useTravelStore((s) => (field ? s.limits[field.niveau] : null));
  const selectCell = useTravelStore((s) => s.selectCell);
  const onMapClick = useMemo(
    () =>
      grid
        ? (lon: number, lat: number) => {
            const cell = cellIndexAt(grid, lon, lat);
            selectCell(cell >= 0 ? cell : null);
          }
        : undefined,
    [grid, selectCell],
  );
  const stale = useDelayedTrue(computingOverOld, STALE_GREY_DELAY_MS);
  // No layer until the first field: tessellating ~56k hexagons is work a user who never opens
  // the travel view should not pay. After that the layer stays (hidden without a field), so
  // switching the view off and on again does not tessellate again.
  const everShown = useRef(false);
  if (field) everShown.current = true;
  const keep = everShown.current;

  return useMemo(() => {
    if (!cells || !keep) return NO_OVERLAY;
    return buildTravelLayers({
      cells,
      field,
      fieldVersion,
      limit,
      stale,
      outline,
      selectedCell,
      onMapClick,
      extent,
      fieldBeforeId: BASEMAP_LAYER_IDS.gemeenteBorders,
    });
  }, [cells, keep, field, fieldVersion, limit, stale, outline, selectedCell, onMapClick, extent]);
}
