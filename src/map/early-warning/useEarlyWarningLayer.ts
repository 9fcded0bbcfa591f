import type { Layer } from '@deck.gl/core';
import { useMemo } from 'react';
import { useLocations } from '../../data/queries/useGeodata.ts';
import { useEarlyWarningStore } from '../../state/early-warning.ts';
import { earlyWarningShown, useEarlyWarningViewStore } from '../../state/early-warning-view.ts';
import { soleReachByVestiging } from '../../state/selectors/early-warning-rows.ts';
import { useEarlyWarningRows } from '../../state/useEarlyWarningRows.ts';
import { useWeergaveStore } from '../../state/weergave.ts';
import { earlyWarningLayer } from './early-warning-layer.ts';

const NO_LOCATIONS: never[] = [];

/** The early-warning circles while the Signalering view is open and has figures; otherwise null. */
export function useEarlyWarningLayer(): Layer | null {
  const locations = useLocations().data ?? NO_LOCATIONS;
  const weergave = useWeergaveStore((s) => s.weergave);
  const open = earlyWarningShown(
    useEarlyWarningViewStore((s) => s.open),
    weergave,
  );
  const stale = useEarlyWarningStore((s) => s.stale);
  const rows = useEarlyWarningRows(locations);
  const sole = useMemo(() => soleReachByVestiging(rows), [rows]);
  return useMemo(
    () => (open && sole.size > 0 ? earlyWarningLayer({ locations, soleByVestiging: sole, stale }) : null),
    [open, sole, stale, locations],
  );
}
