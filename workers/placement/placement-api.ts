import type { Highs } from 'highs';
import { oneProvider, onlyK, type ProviderAnswer } from '../../src/engine/analysis/one-provider.ts';
import { Placement } from '../../src/engine/analysis/placement.ts';
import type { ReachFn } from '../../src/engine/analysis/reach-lists.ts';
import type { YouthCount } from '../../src/engine/analysis/youth.ts';
import { decodeGraph } from '../../src/engine/graph/codec.ts';
import { metricsDataset, ScenarioMetrics } from '../../src/engine/metrics/index.ts';
import type { Niveau } from '../../src/engine/offer/types.ts';
import { populationOf } from '../../src/engine/population/by-year.ts';
import { DEFAULT_JAAR, type Jaar } from '../../src/engine/population/years.ts';
import type { FieldFn } from '../../src/engine/reach/field-cache.ts';
import { createTravelSearch } from '../../src/engine/travel/search.ts';
import type { MetricsGeodata, MetricsOffer } from '../metrics/metrics-api.ts';

/**
 * The placement worker's API: best place to start and "as if one provider", on the engine's
 * Placement with its own travel search (the reach lists it caches then serve every later
 * question) and the HiGHS solver, loaded once in `init`. The offer rows come with each call: the
 * active offer with the active scenario's edits applied, so the answers are about the scenario;
 * and the population year they count in (the reach lists do not depend on it, so they stay).
 */
/** The metrics worker's geodata, plus the main locations (hoofdlocaties), the first tie-break. */
export interface PlacementGeodata extends MetricsGeodata {
  mainLocations: readonly string[];
}

export interface RankedPlace {
  vestiging: string;
  gain: YouthCount;
}

export type OneProviderResult = ProviderAnswer & {
  crebo: string;
  niveau: Niveau;
  limit: number;
  jaar: Jaar;
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
  let base: { geodata: PlacementGeodata; fieldFn: FieldFn; reachFn: ReachFn; highs: Highs } | null = null;
  // Rebuilt only when the offer's PC4 pseudo-locations change (another import): the reach lists
  // it caches then serve every question about the same places.
  let current: { key: string; placement: Placement; metrics: ScenarioMetrics; jaar: Jaar } | null = null;

  const ready = (offer: MetricsOffer, limits: Record<Niveau, number>, jaar: Jaar) => {
    if (!base) throw new Error('the placement worker has no data (init failed or missing)');
    const key = offer.pseudoPlaces.map((p) => `${p.id}@${p.cell}`).join(',');
    if (current?.key !== key) {
      const { grid, gemeenten, locations, mainLocations } = base.geodata;
      const dataset = metricsDataset(grid, gemeenten, locations, offer.pseudoPlaces);
      const metrics = new ScenarioMetrics({
        regions: dataset.regions,
        locations: dataset.locations,
        fieldFn: base.fieldFn,
        limits,
      });
      const placement = new Placement(metrics, base.reachFn, dataset.locations, new Set(mainLocations));
      current = { key, placement, metrics, jaar: DEFAULT_JAAR };
    }
    for (const n of [1, 2, 3, 4] as const)
      if (current.metrics.limit(n) !== limits[n]) current.metrics.setLimit(n, limits[n]);
    if (current.jaar !== jaar) {
      const { grid } = base.geodata;
      current.metrics.setPopulation(populationOf(grid.popByYear, jaar, grid.count));
      current.jaar = jaar;
    }
    return { placement: current.placement, highs: base.highs };
  };

  const provider = (
    offer: MetricsOffer,
    crebo: string,
    niveau: Niveau,
    limits: Record<Niveau, number>,
    k: number | null,
    jaar: Jaar,
  ): OneProviderResult => {
    const { placement, highs } = ready(offer, limits, jaar);
    const model = placement.providerModel(offer.rows, crebo, niveau);
    const options = { timeLimitSeconds: SOLVER_SECONDS };
    const answer = k === null ? oneProvider(highs, model, options) : onlyK(highs, model, k, options);
    return { crebo, niveau, limit: limits[niveau], k, jaar, ...answer };
  };

  return {
    async init(geodata: PlacementGeodata, graph: ArrayBuffer): Promise<void> {
      const search = createTravelSearch(decodeGraph(graph));
      const fieldFn: FieldFn = (sources, cutoff) => search.computeField(sources, cutoff).minutes;
      const reachFn: ReachFn = (cell, limit) => search.reachOf(cell, limit);
      base = { geodata, fieldFn, reachFn, highs: await loadSolver() };
      current = null;
    },

    /**
     * `offer`: the active offer's rows with the scenario's edits applied, and its pseudo-locations;
     * the gains count the 15–24 year olds of `jaar`.
     */
    bestPlaces(
      offer: MetricsOffer,
      crebo: string,
      niveau: Niveau,
      limits: Record<Niveau, number>,
      brin: string | null,
      jaar: Jaar,
    ): RankedPlace[] {
      return ready(offer, limits, jaar).placement.bestPlaces(offer.rows, crebo, niveau, brin);
    },

    oneProvider(
      offer: MetricsOffer,
      crebo: string,
      niveau: Niveau,
      limits: Record<Niveau, number>,
      k: number | null,
      jaar: Jaar,
    ): OneProviderResult {
      return provider(offer, crebo, niveau, limits, k, jaar);
    },

    /** Per crebo of a sector choice: current locations and the fewest one provider would need. */
    providerSummary(
      offer: MetricsOffer,
      crebos: readonly { crebo: string; niveau: Niveau }[],
      limits: Record<Niveau, number>,
      jaar: Jaar,
    ): ProviderSummaryRow[] {
      return crebos.map(({ crebo, niveau }) => {
        const answer = provider(offer, crebo, niveau, limits, null, jaar);
        return {
          crebo,
          niveau,
          locations: answer.keep.length + answer.drop.length + answer.unplaced.length,
          needed: answer.keep.length,
          optimal: answer.optimal,
        };
      });
    },
  };
}

export type PlacementApi = ReturnType<typeof createPlacementApi>;
