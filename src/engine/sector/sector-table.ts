import { type IndicatorSortKey, indicatorOfSortKey } from '../indicators/sort-key.ts';
import type { RegionLayer, RegionLayerId } from '../metrics/regions.ts';
import type { Niveau, OfferRow } from '../offer/types.ts';

/**
 * The sector view's table: per qualification of the chosen domain(s), how many locations and
 * institutions offer it, with coverage and duplication from the metrics engine — nationally or
 * for one region of a region layer. Counting is cheap (O(rows)) and done here on the main
 * thread; coverage and duplication need travel fields and come from the metrics worker as
 * CreboMetrics (see src/state/sector-metrics.ts).
 */

export interface SectorOfferInput {
  /** the offer rows of the chosen domain(s) */
  rows: readonly OfferRow[];
  /** institution of a place; null for a PC4 pseudo-location, undefined for an unknown place */
  brinOf(vestiging: string): string | null | undefined;
  /** gemeente index (gemeenten.json order) of a place, -1 when it has none (e.g. a pseudo-location) */
  gemeenteOf(vestiging: string): number;
  qualification(crebo: string): { naam: string } | undefined;
  domainOf(crebo: string): string;
}

/** A region of a layer; null scope = all of the Netherlands. */
export interface RegionScope {
  layer: RegionLayer;
  region: number;
}

export interface QualificationCounts {
  crebo: string;
  naam: string;
  niveau: Niveau;
  domein: string;
  /** distinct places offering it within the scope */
  locations: number;
  /** distinct institutions offering it within the scope (pseudo-locations have none) */
  institutions: number;
  /** brinvests offering it anywhere (for the small multiples, which always show all of NL) */
  allPlaces: string[];
}

/**
 * One entry per crebo in the rows, sorted by crebo. A qualification offered only outside the
 * region is still listed, with 0 locations: "not offered here" is what a sector session needs to see.
 */
export function countQualifications(input: SectorOfferInput, scope: RegionScope | null): QualificationCounts[] {
  const byCrebo = new Map<string, { niveau: Niveau; places: Set<string>; inScope: Set<string>; brins: Set<string> }>();
  for (const row of input.rows) {
    let entry = byCrebo.get(row.crebo);
    if (!entry) {
      entry = { niveau: row.niveau, places: new Set(), inScope: new Set(), brins: new Set() };
      byCrebo.set(row.crebo, entry);
    }
    entry.places.add(row.vestiging);
    if (scope && !inRegion(input.gemeenteOf(row.vestiging), scope)) continue;
    entry.inScope.add(row.vestiging);
    const brin = input.brinOf(row.vestiging);
    if (brin) entry.brins.add(brin);
  }
  return [...byCrebo.keys()].sort().map((crebo) => {
    const entry = byCrebo.get(crebo)!;
    const q = input.qualification(crebo);
    return {
      crebo,
      naam: q?.naam ?? crebo,
      // the offer rows' niveau: it is what the metrics engine selects on
      niveau: entry.niveau,
      domein: input.domainOf(crebo),
      locations: entry.inScope.size,
      institutions: entry.brins.size,
      allPlaces: [...entry.places].sort(),
    };
  });
}

function inRegion(gemeente: number, scope: RegionScope): boolean {
  return gemeente >= 0 && gemeente < scope.layer.ofGemeente.length && scope.layer.ofGemeente[gemeente] === scope.region;
}

/** Coverage and duplication of one crebo, as the metrics worker computed them (plain, cloneable). */
export interface CreboMetrics {
  niveau: Niveau;
  /** travel limit (minutes) the figures were computed with */
  limit: number;
  national: { reached: number; share: number; duplications: number };
  layers: Partial<Record<RegionLayerId, { reached: Float64Array; share: Float64Array; duplications: Int32Array }>>;
}

export interface ScopedFigures {
  /** 15–24 year olds within the niveau's limit of a location offering the crebo */
  reached: number;
  /** reached / 15–24 year olds in the scope */
  share: number;
  /** duplications (see engine/metrics/duplication.ts) touching the scope */
  duplications: number;
}

/** The figures for the scope; null when the layer is missing from the metrics. */
export function figuresInScope(metrics: CreboMetrics, scope: RegionScope | null): ScopedFigures | null {
  if (!scope) return { ...metrics.national };
  const layer = metrics.layers[scope.layer.id];
  if (!layer || scope.region < 0 || scope.region >= layer.share.length) return null;
  return {
    reached: layer.reached[scope.region],
    share: layer.share[scope.region],
    duplications: layer.duplications[scope.region],
  };
}

export interface SectorRow extends QualificationCounts {
  /** null while not computed yet (or when the computation failed) */
  figures: ScopedFigures | null;
  /** figures from an older offer or limit, shown greyed while the new ones are computed */
  stale: boolean;
  /** the user's own figures by indicator id, within the scope; absent or null where there is none */
  indicators?: Readonly<Record<string, number | null>>;
}

export type BaseSortKey = 'crebo' | 'naam' | 'niveau' | 'locations' | 'institutions' | 'coverage' | 'duplications';
export type SortKey = BaseSortKey | IndicatorSortKey;
export type SortDirection = 'ascending' | 'descending';

function sortValue(row: SectorRow, key: SortKey): string | number | null {
  switch (key) {
    case 'crebo':
    case 'naam':
      return row[key];
    case 'niveau':
    case 'locations':
    case 'institutions':
      return row[key];
    case 'coverage':
      return row.figures?.share ?? null;
    case 'duplications':
      return row.figures?.duplications ?? null;
    default:
      return row.indicators?.[indicatorOfSortKey(key) ?? ''] ?? null;
  }
}

/**
 * A sorted copy. Missing figures go last in either direction (they are not small, they are
 * unknown); ties fall back to crebo so the order is stable and predictable.
 */
export function sortRows(rows: readonly SectorRow[], key: SortKey, direction: SortDirection): SectorRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
    } else if (va !== vb) {
      const order = typeof va === 'string' ? va.localeCompare(vb as string, 'nl') : va - (vb as number);
      if (order !== 0) return sign * order;
    }
    return a.crebo < b.crebo ? -1 : a.crebo > b.crebo ? 1 : 0;
  });
}
