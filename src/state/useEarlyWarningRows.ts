import { useMemo } from 'react';
import type { Location } from '../data/geodata/index.ts';
import { useDatasetStore } from './dataset.ts';
import { useEarlyWarningStore } from './early-warning.ts';
import { earlyWarningRows, type EarlyWarningRow } from './selectors/early-warning-rows.ts';
import { useViewStore } from './view.ts';

/**
 * The early-warning rows passing the current filters (domain and crebo of the offer filter,
 * institution and region of the location filters), unsorted; shared by the table and the map.
 */
export function useEarlyWarningRows(locations: readonly Location[]): EarlyWarningRow[] {
  const table = useEarlyWarningStore((s) => s.value);
  const offer = useDatasetStore((s) => s.activeOffer?.offer ?? null);
  const filters = useViewStore((s) => s.filters);
  const domains = useViewStore((s) => s.offerFilter.domains);
  const crebos = useViewStore((s) => s.offerFilter.crebos);
  const byId = useMemo(() => new Map(locations.map((l) => [l.brinvest, l])), [locations]);
  return useMemo(
    () => (table && offer ? earlyWarningRows(table.locations, offer, byId, { domains, crebos, filters }) : []),
    [table, offer, byId, domains, crebos, filters],
  );
}
