import type { Niveau, OfferRow } from '../offer/types.ts';
import { cellSetOf, sameCells, unionCells } from '../reach/cell-sets.ts';
import { FieldCache, type FieldFn } from '../reach/field-cache.ts';
import { BreadthCounter, meanPerRegion, weightedBreadthByBucket } from './breadth.ts';
import { coverageByRegion, type ReachFigures, type RegionCoverage, reachedByBucket, reachFigures } from './coverage.ts';
import {
  creboDuplications,
  type Duplication,
  duplicationsByRegion,
  type MetricsLocation,
  type NearbyIndex,
  nearbyIndex,
  sortDuplications,
} from './duplication.ts';
import { type CreboGroup, groupByCrebo, sameSet } from './offer-groups.ts';
import { type RegionContext, type RegionLayer, sumAll, sumByRegion, withPopulation } from './regions.ts';

/** What the metrics are about: one niveau, and all its qualifications, one crebo or a domain's crebos. */
export interface Selection {
  niveau: Niveau;
  /** null/undefined = every qualification of the niveau */
  crebos?: ReadonlySet<string> | null;
}

export interface MetricsInputs {
  regions: RegionContext;
  /** every place an offer row can refer to (vestigingen, and imported pseudo-locations) */
  locations: readonly MetricsLocation[];
  fieldFn: FieldFn;
  /** travel limit in minutes per niveau (the niveau profiles, possibly edited) */
  limits: Readonly<Record<Niveau, number>>;
  /** "within N minutes of each other" for duplication; default 20 */
  nearbyMinutes?: number;
  /** byte budget of the field cache; default 256 MiB */
  cacheBytes?: number;
}

export interface CoverageResult {
  niveau: Niveau;
  limit: number;
  /**
   * Minutes to the nearest offering location (UNREACHABLE beyond the limit). Shared with the
   * cache: read-only, and copy it (`field.slice()`) before transferring it out of a worker.
   */
  field: Uint16Array;
  /** 15–24 year olds within the limit per gemeente bucket */
  reached: Float64Array;
  figures: ReachFigures;
  /** (crebo, location) offerings of the selection whose location has no grid cell: not sources */
  unplaced: number;
}

export interface BreadthResult {
  /** population-weighted mean number of distinct qualifications within reach, nationally */
  mean: number;
  /** Σ population × breadth per gemeente bucket */
  weighted: Float64Array;
}

export interface RegionMetrics {
  layer: RegionLayer;
  coverage: RegionCoverage;
  breadthMean: Float64Array;
  duplications: Int32Array;
}

export interface Evaluation {
  coverage: CoverageResult;
  breadth: BreadthResult;
  duplications: Duplication[];
  regions: RegionMetrics[];
}

export const DEFAULT_NEARBY_MINUTES = 20;

/** The offer of one selection, grouped once and shared by every metric of one evaluation. */
interface Prepared {
  selection: Selection;
  groups: Map<string, CreboGroup>;
  cells: Map<string, Int32Array>;
  unplaced: number;
}

/**
 * All scenario metrics over one dataset (grid, regions, locations, travel graph), for any
 * offer. Evaluate the base offer and the edited offer with the same instance: they share the
 * caches, so the edited offer costs only what its edits changed — typically one crebo field
 * (one search), the niveau's union field only when a location lost or gained its last
 * qualification of that niveau, the duplications of the edited crebo, and O(rows + cells)
 * passes. Not re-entrant; one instance per worker.
 *
 * Caches: travel fields by (limit, source-cell set) in `cache` (LRU, byte-bounded); per crebo
 * the last (cells → field) and (locations → duplications), to skip string keys and recounting
 * for crebos an edit did not touch; one BreadthCounter per selection.
 */
export class ScenarioMetrics {
  readonly cache: FieldCache;
  private readonly cellByVestiging = new Map<string, number>();
  private readonly locationById = new Map<string, MetricsLocation>();
  private readonly breadthCounters = new Map<string, BreadthCounter>();
  private readonly lastField = new Map<string, { limit: number; cells: Int32Array; field: Uint16Array }>();
  private readonly lastDuplications = new Map<string, { at: ReadonlySet<string>; list: Duplication[] }>();
  private readonly limits: Record<Niveau, number>;
  private nearby: NearbyIndex | null = null;

  constructor(private inputs: MetricsInputs) {
    this.cache = new FieldCache(inputs.fieldFn, inputs.regions.cellCount, inputs.cacheBytes);
    this.limits = { ...inputs.limits };
    for (const l of inputs.locations) {
      if (l.cell >= inputs.regions.cellCount) {
        throw new RangeError(`location ${l.brinvest} is in cell ${l.cell}, the grid has ${inputs.regions.cellCount}`);
      }
      this.cellByVestiging.set(l.brinvest, l.cell);
      this.locationById.set(l.brinvest, l);
    }
  }

  /** The population the figures are counted in (a population year). */
  get regions(): RegionContext {
    return this.inputs.regions;
  }

  /**
   * Counts every later figure in another population (a population year, see src/engine/population).
   * Travel fields and breadth counts do not depend on the population, so every cache stays valid.
   */
  setPopulation(pop: Float32Array): void {
    this.inputs = { ...this.inputs, regions: withPopulation(this.inputs.regions, pop) };
  }

  limit(niveau: Niveau): number {
    return this.limits[niveau];
  }

  /** An edited niveau limit. Fields are cached per limit, so fields of the old limit stay valid. */
  setLimit(niveau: Niveau, minutes: number): void {
    this.limits[niveau] = minutes;
  }

  /**
   * Coverage, krimp and anticipeer reach: who lives within the limit of at least one location
   * offering any qualification of the selection. O(rows) + one union-field lookup (a search
   * only when the union of source cells changed) + one O(cells) pass.
   */
  coverage(rows: readonly OfferRow[], selection: Selection): CoverageResult {
    return this.coverageOf(this.prepare(rows, selection));
  }

  /** Travel field per crebo of the selection (each cached by its source-cell set). Read-only arrays. */
  creboFields(rows: readonly OfferRow[], selection: Selection): Map<string, Uint16Array> {
    return this.fieldsOf(this.prepare(rows, selection));
  }

  /** Choice breadth; incremental over the previous call for the same selection (see BreadthCounter). */
  breadth(rows: readonly OfferRow[], selection: Selection): BreadthResult {
    return this.breadthOf(this.prepare(rows, selection));
  }

  /** Duplications of the selection, sorted. The first call builds the nearby index (one small search per location). */
  duplications(rows: readonly OfferRow[], selection: Selection): Duplication[] {
    return this.duplicationsOf(this.prepare(rows, selection));
  }

  /** Every metric, nationally and per region of each layer. */
  evaluate(rows: readonly OfferRow[], selection: Selection, layers: readonly RegionLayer[]): Evaluation {
    const prepared = this.prepare(rows, selection);
    const coverage = this.coverageOf(prepared);
    const breadth = this.breadthOf(prepared);
    const duplications = this.duplicationsOf(prepared);
    const regions = layers.map((layer): RegionMetrics => {
      const regionCoverage = coverageByRegion(coverage.reached, this.inputs.regions, layer);
      return {
        layer,
        coverage: regionCoverage,
        breadthMean: meanPerRegion(sumByRegion(breadth.weighted, layer), regionCoverage.population),
        duplications: duplicationsByRegion(duplications, layer),
      };
    });
    return { coverage, breadth, duplications, regions };
  }

  private prepare(rows: readonly OfferRow[], selection: Selection): Prepared {
    const groups = groupByCrebo(rows, includeFor(selection));
    const cells = new Map<string, Int32Array>();
    let unplaced = 0;
    const cellOf = (v: string) => this.cellByVestiging.get(v) ?? -1;
    for (const [crebo, group] of groups) {
      const set = cellSetOf(group.vestigingen, cellOf);
      unplaced += set.unplaced;
      if (set.cells.length > 0) cells.set(crebo, set.cells);
    }
    return { selection, groups, cells, unplaced };
  }

  private coverageOf({ selection, cells, unplaced }: Prepared): CoverageResult {
    const limit = this.limits[selection.niveau];
    const field = this.cache.unionField(selectionKey(selection), unionCells(cells.values()), limit);
    const reached = reachedByBucket(field, limit, this.inputs.regions);
    return {
      niveau: selection.niveau,
      limit,
      field,
      reached,
      figures: reachFigures(reached, this.inputs.regions),
      unplaced,
    };
  }

  private breadthOf(prepared: Prepared): BreadthResult {
    const limit = this.limits[prepared.selection.niveau];
    const key = selectionKey(prepared.selection);
    let counter = this.breadthCounters.get(key);
    if (!counter) {
      counter = new BreadthCounter(this.inputs.regions.cellCount);
      this.breadthCounters.set(key, counter);
    }
    counter.sync(this.fieldsOf(prepared), limit);
    const weighted = weightedBreadthByBucket(counter.counts, this.inputs.regions);
    const population = sumAll(this.inputs.regions.popByBucket);
    return { mean: population > 0 ? sumAll(weighted) / population : 0, weighted };
  }

  private fieldsOf({ selection, cells }: Prepared): Map<string, Uint16Array> {
    const limit = this.limits[selection.niveau];
    const fields = new Map<string, Uint16Array>();
    for (const [crebo, set] of cells) {
      const last = this.lastField.get(crebo);
      if (last && last.limit === limit && sameCells(last.cells, set)) {
        fields.set(crebo, last.field);
        continue;
      }
      const field = this.cache.field(set, limit);
      this.lastField.set(crebo, { limit, cells: set, field });
      fields.set(crebo, field);
    }
    return fields;
  }

  private duplicationsOf({ groups }: Prepared): Duplication[] {
    this.nearby ??= nearbyIndex(
      this.inputs.locations,
      this.inputs.fieldFn,
      this.inputs.nearbyMinutes ?? DEFAULT_NEARBY_MINUTES,
    );
    const all: Duplication[] = [];
    // Each crebo's list is sorted once when computed; concatenating them in crebo order then
    // gives the fully sorted list without re-sorting every entry on every evaluation.
    for (const crebo of [...groups.keys()].sort()) {
      const group = groups.get(crebo) as CreboGroup;
      let last = this.lastDuplications.get(crebo);
      if (!last || !sameSet(last.at, group.vestigingen)) {
        const list = creboDuplications(
          crebo,
          group.niveau,
          group.vestigingen,
          (id) => this.locationById.get(id),
          this.nearby,
        );
        last = { at: group.vestigingen, list: sortDuplications(list) };
        this.lastDuplications.set(crebo, last);
      }
      for (const d of last.list) all.push(d);
    }
    return all;
  }
}

/** The rows a selection is about: its niveau, narrowed to its crebos when it names any. */
export function includeFor(selection: Selection): (row: OfferRow) => boolean {
  const { niveau, crebos } = selection;
  return crebos ? (row) => row.niveau === niveau && crebos.has(row.crebo) : (row) => row.niveau === niveau;
}

function selectionKey(selection: Selection): string {
  return `${selection.niveau}:${selection.crebos ? [...selection.crebos].sort().join(',') : '*'}`;
}
