import type { Highs } from 'highs';
import { oneProvider, onlyK, type ProviderAnswer } from '../../src/engine/analysis/one-provider.ts';
import { Placement } from '../../src/engine/analysis/placement.ts';
import type { YouthCount } from '../../src/engine/analysis/youth.ts';
import { decodeGraph } from '../../src/engine/graph/codec.ts';
import { krimpByGemeente, regionContext, ScenarioMetrics, type GemeenteLike, type GridLike, type MetricsLocation } from '../../src/engine/metrics/index.ts';
import type { Niveau, OfferRow } from '../../src/engine/offer/types.ts';
import { createTravelSearch } from '../../src/engine/travel/search.ts';

/**
 * The placement worker's API: best place to start and "as if one provider", on the engine's
 * Placement with its own travel search (the reach lists it caches then serve every later
 * question) and the HiGHS solver, loaded once in `init`. The offer rows come with each call: the
 * active offer with the active scenario's edits applied, so the answers are about the scenario.
 */
export interface PlacementDataset {
  grid: GridLike;
  gemeenten: readonly GemeenteLike[];
  locations: readonly MetricsLocation[];
  /** brinvest of every main location (hoofdlocatie), the first tie-break */
  mainLocations: readonly string[];
  limits: Record<Niveau, number>;
}

export interface RankedPlace {
  vestiging: string;
  gain: YouthCount;
}

export type OneProviderResult = ProviderAnswer & {
  crebo: string;
  niveau: Niveau;
  limit: number;
  /** null: the fewest locations keeping everyone's access; a number: at most k locations */
  k: number | null;
};

export interface ProviderSummaryRow {
  crebo: string;
  niveau: Niveau;
  /** current locations of the crebo */
  locations: number;
  /** locations one provider would need to keep everyone's access */
  needed: number;
  optimal: boolean;
}

/** Seconds the solver may take per question before the greedy answer (with its bound) is used. */
const SOLVER_SECONDS = 4;

export function createPlacementApi(loadSolver: () => Promise<Highs>) {
  let placement: Placement | null = null;
  let metrics: ScenarioMetrics | null = null;
  let highs: Highs | null = null;

  const ready = (limits: Record<Niveau, number>) => {
    if (!placement || !metrics || !highs) throw new Error('the placement worker has no data (init failed or missing)');
    for (const n of [1, 2, 3, 4] as const) if (metrics.limit(n) !== limits[n]) metrics.setLimit(n, limits[n]);
    return { placement, highs, metrics };
  };

  const provider = (rows: readonly OfferRow[], crebo: string, niveau: Niveau, limits: Record<Niveau, number>, k: number | null): OneProviderResult => {
    const { placement, highs } = ready(limits);
    const model = placement.providerModel(rows, crebo, niveau);
    const options = { timeLimitSeconds: SOLVER_SECONDS };
    const answer = k === null ? oneProvider(highs, model, options) : onlyK(highs, model, k, options);
    return { crebo, niveau, limit: limits[niveau], k, ...answer };
  };

  return {
    async init(dataset: PlacementDataset, graph: ArrayBuffer): Promise<void> {
      const search = createTravelSearch(decodeGraph(graph));
      const fieldFn = (sources: Int32Array, cutoff: number) => search.computeField(sources, cutoff).minutes;
      const regions = regionContext(dataset.grid, dataset.gemeenten.length, krimpByGemeente(dataset.gemeenten));
      metrics = new ScenarioMetrics({ regions, locations: dataset.locations, fieldFn, limits: dataset.limits });
      placement = new Placement(metrics, regions, fieldFn, dataset.locations, new Set(dataset.mainLocations));
      highs = await loadSolver();
    },

    bestPlaces(rows: readonly OfferRow[], crebo: string, niveau: Niveau, limits: Record<Niveau, number>, brin: string | null): RankedPlace[] {
      return ready(limits).placement.bestPlaces(rows, crebo, niveau, brin);
    },

    oneProvider(rows: readonly OfferRow[], crebo: string, niveau: Niveau, limits: Record<Niveau, number>, k: number | null): OneProviderResult {
      return provider(rows, crebo, niveau, limits, k);
    },

    /** Per crebo of a domain: current locations and the fewest one provider would need. */
    providerSummary(rows: readonly OfferRow[], crebos: readonly { crebo: string; niveau: Niveau }[], limits: Record<Niveau, number>): ProviderSummaryRow[] {
      return crebos.map(({ crebo, niveau }) => {
        const answer = provider(rows, crebo, niveau, limits, null);
        return { crebo, niveau, locations: answer.keep.length + answer.drop.length + answer.unplaced.length, needed: answer.keep.length, optimal: answer.optimal };
      });
    },
  };
}

export type PlacementApi = ReturnType<typeof createPlacementApi>;
