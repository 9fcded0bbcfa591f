import { useMemo } from 'react';
import type { Location } from '../data/geodata/index.ts';
import { useDatasetStore } from './dataset.ts';
import { useEarlyWarningStore } from './early-warning.ts';
import { smallProgrammes } from './indicator-values.ts';
import { useIndicatorStore } from './indicators.ts';
import { type EarlyWarningRow, earlyWarningRows, type RowFigures } from './selectors/early-warning-rows.ts';
import { useIndicatorValues } from './useIndicatorValues.ts';
import { useViewStore } from './view.ts';

/**
 * The early-warning rows passing the current filters (domain and crebo of the offer filter,
 * institution and region of the location filters, and "only small programmes" of the user's
 * figures), each with its own figures; unsorted; shared by the table and the map.
 */
export function useEarlyWarningRows(locations: readonly Location[]): EarlyWarningRow[] {
  // The rows array, not the table: a progress report keeps the array, and the rows with it.
  const found = useEarlyWarningStore((s) => s.value?.locations ?? null);
  const offer = useDatasetStore((s) => s.activeOffer?.offer ?? null);
  const filters = useViewStore((s) => s.filters);
  const domains = useViewStore((s) => s.offerFilter.domains);
  const crebos = useViewStore((s) => s.offerFilter.crebos);
  const values = useIndicatorValues(offer);
  const smallChoice = useIndicatorStore((s) => s.small);
  const byId = useMemo(() => new Map(locations.map((l) => [l.brinvest, l])), [locations]);
  const figures = useMemo((): RowFigures => {
    const counted = smallChoice ? values.find((v) => v.indicator.id === smallChoice.indicatorId) : undefined;
    const small = counted && smallChoice ? smallProgrammes(counted, smallChoice.threshold) : null;
    return { values, small, onlySmall: small !== null && (smallChoice?.onlySmall ?? false) };
  }, [values, smallChoice]);
  return useMemo(
    () => (found && offer ? earlyWarningRows(found, offer, byId, { domains, crebos, filters }, figures) : []),
    [found, offer, byId, domains, crebos, filters, figures],
  );
}
