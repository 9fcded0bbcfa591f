import type { ScenarioMetrics } from '../metrics/scenario-metrics.ts';
import type { Niveau, OfferRow } from '../offer/types.ts';
import { type BestPlace, bestPlaces, type PlacementLocation } from './best-place.ts';
import { type ProviderModel, providerModel } from './one-provider.ts';
import { type ReachFn, ReachLists } from './reach-lists.ts';
import { type CellYouth, cellYouth } from './youth.ts';

/**
 * The placement questions over one dataset and any offer (the modelled one, an import, or a
 * scenario's edited rows). It reads each crebo's field from the same ScenarioMetrics that the
 * coverage figures come from, so a ranked gain and the coverage gain of the start it predicts
 * are computed from one field; the per-location reach lists are shared by every crebo. The
 * youth it counts are the metrics' population (a population year: ScenarioMetrics.setPopulation),
 * so a ranked gain and the coverage gain are counted in the same year.
 * Not re-entrant; one instance per worker.
 */
export class Placement {
  readonly reach: ReachLists;
  private counted: { regions: ScenarioMetrics['regions']; youth: CellYouth } | null = null;

  constructor(
    private readonly metrics: ScenarioMetrics,
    reachFn: ReachFn,
    /** every place an offer row can name (vestigingen and imported pseudo-locations) */
    private readonly locations: readonly PlacementLocation[],
    /** brinvest codes of the institutions' main locations (the first tie-break) */
    private readonly mainLocations: ReadonlySet<string>,
  ) {
    this.reach = new ReachLists(reachFn);
  }

  /** The youth per cell in the metrics' current population (rebuilt only when that changes). */
  get youth(): CellYouth {
    const regions = this.metrics.regions;
    if (this.counted?.regions !== regions) this.counted = { regions, youth: cellYouth(regions) };
    return this.counted.youth;
  }

  /** Ranked vestigingen where a start of `crebo` adds the most youth within its niveau's limit. */
  bestPlaces(rows: readonly OfferRow[], crebo: string, niveau: Niveau, brin?: string | null): BestPlace[] {
    const limit = this.metrics.limit(niveau);
    const field =
      this.metrics.creboFields(rows, { niveau, crebos: new Set([crebo]) }).get(crebo) ??
      this.metrics.cache.field(new Int32Array(0), limit);
    const offeredAt = new Set(rows.filter((r) => r.crebo === crebo).map((r) => r.vestiging));
    return bestPlaces({ field, limit, offeredAt, locations: this.locations, brin }, this.reach, this.youth);
  }

  /** The covering model of the crebo's current locations (for oneProvider and onlyK). */
  providerModel(rows: readonly OfferRow[], crebo: string, niveau: Niveau): ProviderModel {
    const cellOf = new Map(this.locations.map((l) => [l.brinvest, l.cell]));
    const at = [...new Set(rows.filter((r) => r.crebo === crebo).map((r) => r.vestiging))];
    const locations = at.map((id) => ({ id, cell: cellOf.get(id) ?? -1, main: this.mainLocations.has(id) }));
    return providerModel(locations, this.metrics.limit(niveau), this.reach, this.youth);
  }
}
