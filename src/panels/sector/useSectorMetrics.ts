import { useEffect, useState } from 'react';
import type { CoreGeodata } from '../../data/queries/useCoreGeodata.ts';
import { useGraphBytes, useGrid } from '../../data/queries/useGeodata.ts';
import type { Niveau, Offer } from '../../engine/offer/index.ts';
import { metricsDatasetFrom } from '../../state/scenario-runtime.ts';
import { createMetricsService } from '../../state/scenario-metrics/client.ts';
import { SectorMetricsRunner } from '../../state/sector-effects.ts';
import { useJaarStore } from '../../state/jaar.ts';
import { useTravelStore } from '../../state/travel.ts';

/**
 * Starts a metrics worker for the sector view while it is shown (and stops it when it is
 * closed), and asks it for the figures of `crebos` whenever they, the offer or a travel limit
 * change. Results land in useSectorMetricsStore.
 */
export function useSectorMetrics(data: CoreGeodata, offer: Offer | null, crebos: readonly { crebo: string; niveau: Niveau }[]): void {
  const grid = useGrid().data ?? null;
  const graph = useGraphBytes().data ?? null;
  const limits = useTravelStore((s) => s.limits);
  const jaar = useJaarStore((s) => s.jaar);
  const [runner, setRunner] = useState<SectorMetricsRunner | null>(null);
  const { gemeenten, locations } = data;

  useEffect(() => {
    if (!grid || !graph) return;
    // The scenario runtime's dataset builder; the sector view needs only its grid, gemeenten
    // and locations, so the offer callbacks are inert.
    const dataset = metricsDatasetFrom({
      grid, graph, gemeenten, locations, qualifications: [], getOffer: () => null, subscribeOffer: () => () => {},
    });
    const created = new SectorMetricsRunner(createMetricsService(dataset, graph.slice(0)));
    setRunner(created);
    return () => {
      created.stop();
      setRunner(null);
    };
  }, [grid, graph, gemeenten, locations]);

  useEffect(() => {
    if (runner && offer && crebos.length > 0) runner.request({ offer, crebos, limits, jaar });
  }, [runner, offer, crebos, limits, jaar]);
}
