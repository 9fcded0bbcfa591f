import { includeFor, type Selection } from '../metrics/scenario-metrics.ts';
import type { OfferRow } from '../offer/types.ts';

/**
 * Catchment (verzorgingsgebied): every young person within the niveau's limit of the selection
 * is assigned to the ONE location that serves them — the nearest location offering any
 * qualification of the selection — and through it to that location's institution. Ties go to
 * fewer minutes (the graph's exact tenths, before rounding), then to the lower vestiging code,
 * so the assignment is reproducible. A cell is assigned exactly when the coverage metric counts
 * it (minutes ≤ limit on the same field), so the catchments of all institutions add up to the
 * coverage count, before and after any edit.
 */

/** What the catchment needs of a location (a subset of MetricsLocation and OfferPlace). */
export interface CatchmentPlace {
  /** institution; null for an imported pseudo-location whose institution is not known */
  brin: string | null;
  /** dense grid cell, -1 when none (such a location cannot serve anyone) */
  cell: number;
}

/** The institution key of places without a known institution (imported pseudo-locations). */
export const UNKNOWN_INSTITUTION = 'onbekend';

/** The injected nearest-source search (src/engine/travel computeNearest). */
export type NearestFn = (
  sources: Int32Array,
  labels: Int32Array,
  cutoffMinutes: number,
) => { minutes: Uint16Array; nearest: Int32Array };

/** `servedBy` value of a cell that no location of the selection reaches within the limit. */
export const UNSERVED = -1;

export interface Catchment {
  limit: number;
  /** the offering vestigingen that have a grid cell, sorted by code; a vestiging's index is its label */
  vestigingen: string[];
  /** institution key per vestiging index */
  institutions: string[];
  /** per grid cell: index into `vestigingen` of the serving location, UNSERVED when none */
  servedBy: Int32Array;
  /** 15–24 year olds served, per vestiging index */
  byVestiging: Float64Array;
  /** 15–24 year olds served, per institution key (only institutions with an offering location) */
  byInstitution: Map<string, number>;
}

export interface CatchmentInputs {
  places: ReadonlyMap<string, CatchmentPlace>;
  /** 15–24 year olds per grid cell */
  pop: Float32Array;
  nearest: NearestFn;
}

/** Code-point order, so the tie-break does not depend on a locale. */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The search a catchment needs: the offering locations of the selection that have a cell,
 * sorted by code, as sources labelled by their rank (the search gives ties to the lower label).
 */
export interface CatchmentSources {
  vestigingen: string[];
  institutions: string[];
  sources: Int32Array;
  labels: Int32Array;
}

export function catchmentSources(
  rows: readonly OfferRow[],
  selection: Selection,
  placeOf: (vestiging: string) => CatchmentPlace | undefined,
): CatchmentSources {
  const include = includeFor(selection);
  const offering = new Set<string>();
  for (const row of rows) {
    if (!include(row)) continue;
    const place = placeOf(row.vestiging);
    if (place && place.cell >= 0) offering.add(row.vestiging);
  }
  const vestigingen = [...offering].sort(compareCodes);
  const placed = vestigingen.map((v) => placeOf(v) as CatchmentPlace);
  return {
    vestigingen,
    institutions: placed.map((p) => p.brin ?? UNKNOWN_INSTITUTION),
    sources: Int32Array.from(placed, (p) => p.cell),
    labels: Int32Array.from(placed, (_, i) => i),
  };
}

/** The catchment from the nearest-source search over `sources` with cutoff `limit`. */
export function catchmentFromNearest(
  sources: CatchmentSources,
  field: { minutes: Uint16Array; nearest: Int32Array },
  pop: Float32Array,
  limit: number,
): Catchment {
  const { minutes, nearest } = field;
  if (minutes.length !== pop.length)
    throw new Error(`travel field has ${minutes.length} cells, the grid has ${pop.length}`);
  const { vestigingen, institutions } = sources;
  const servedBy = new Int32Array(pop.length).fill(UNSERVED);
  const byVestiging = new Float64Array(vestigingen.length);
  for (let c = 0; c < pop.length; c++) {
    // The same test as the coverage metric (reachedByBucket), on the same minutes.
    if (minutes[c] <= limit) {
      servedBy[c] = nearest[c];
      byVestiging[nearest[c]] += pop[c];
    }
  }
  const byInstitution = new Map<string, number>();
  for (const [i, brin] of institutions.entries())
    byInstitution.set(brin, (byInstitution.get(brin) ?? 0) + byVestiging[i]);
  return { limit, vestigingen, institutions, servedBy, byVestiging, byInstitution };
}

/** The catchment of every offering location and institution for one selection. One search. */
export function computeCatchment(
  rows: readonly OfferRow[],
  selection: Selection,
  limit: number,
  inputs: CatchmentInputs,
): Catchment {
  const sources = catchmentSources(rows, selection, (id) => inputs.places.get(id));
  return catchmentFromNearest(sources, inputs.nearest(sources.sources, sources.labels, limit), inputs.pop, limit);
}
