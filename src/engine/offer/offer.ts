import type { Location, Qualification } from '../../data/geodata/types.ts';
import { domainOf, UNKNOWN_DOMAIN } from './domain.ts';
import type { Leerweg, Niveau, OfferRow } from './types.ts';

/** A location the offer can refer to: a real vestiging, or an approximate PC4 pseudo-location. */
export interface OfferPlace {
  id: string;
  /** Dense grid cell; -1 when the place has no land cell. */
  cell: number;
  /** brin of the institution; null for a pseudo-location (its institution is not known). */
  brin: string | null;
  approximate: boolean;
}

export interface OfferContext {
  qualifications: readonly Qualification[];
  locations: readonly Location[];
  /** Pseudo-locations (imported rows placed at a PC4 point), with their grid cell. */
  pseudoPlaces?: readonly OfferPlace[];
}

const EMPTY: readonly OfferRow[] = Object.freeze([]);

/**
 * The active offer as an immutable value with the lookups the map, the panels, the travel
 * engine and the scenarios need. Built once per offer (modelled or imported); every index is
 * computed up front so lookups are O(1).
 * Rows whose vestiging is neither a known location nor a pseudo-location are kept out of the
 * indexes and listed in `unplaced`, so a stale offer file cannot silently draw wrong points.
 */
export class Offer {
  readonly rows: readonly OfferRow[];
  readonly unplaced: readonly OfferRow[];
  /** The imported offer's PC4 pseudo-locations, with their grid cell (empty for the modelled offer). */
  readonly pseudoPlaces: readonly OfferPlace[];
  private readonly places: ReadonlyMap<string, OfferPlace>;
  private readonly qualifications: ReadonlyMap<string, Qualification>;
  private readonly index: {
    crebo: Map<string, OfferRow[]>;
    niveau: Map<Niveau, OfferRow[]>;
    domain: Map<string, OfferRow[]>;
    brin: Map<string, OfferRow[]>;
    vestiging: Map<string, OfferRow[]>;
  };
  private readonly cellCache = new Map<string, Int32Array>();

  constructor(rows: readonly OfferRow[], ctx: OfferContext) {
    const places = new Map<string, OfferPlace>();
    for (const l of ctx.locations) places.set(l.brinvest, { id: l.brinvest, cell: l.cell, brin: l.brin, approximate: false });
    for (const p of ctx.pseudoPlaces ?? []) places.set(p.id, p);
    this.pseudoPlaces = Object.freeze([...(ctx.pseudoPlaces ?? [])]);
    this.places = places;
    this.qualifications = new Map(ctx.qualifications.map((q) => [q.crebo, q]));
    this.index = { crebo: new Map(), niveau: new Map(), domain: new Map(), brin: new Map(), vestiging: new Map() };

    const kept: OfferRow[] = [];
    const unplaced: OfferRow[] = [];
    for (const source of rows) {
      const row = Object.freeze({ ...source });
      const place = places.get(row.vestiging);
      if (!place) {
        unplaced.push(row);
        continue;
      }
      kept.push(row);
      push(this.index.crebo, row.crebo, row);
      push(this.index.niveau, row.niveau, row);
      push(this.index.domain, this.domainOfCrebo(row.crebo), row);
      if (place.brin) push(this.index.brin, place.brin, row);
      push(this.index.vestiging, row.vestiging, row);
    }
    this.rows = Object.freeze(kept);
    this.unplaced = Object.freeze(unplaced);
  }

  byCrebo(crebo: string): readonly OfferRow[] {
    return this.index.crebo.get(crebo) ?? EMPTY;
  }
  byNiveau(niveau: Niveau): readonly OfferRow[] {
    return this.index.niveau.get(niveau) ?? EMPTY;
  }
  byDomain(domain: string): readonly OfferRow[] {
    return this.index.domain.get(domain) ?? EMPTY;
  }
  byInstitution(brin: string): readonly OfferRow[] {
    return this.index.brin.get(brin) ?? EMPTY;
  }
  byVestiging(vestiging: string): readonly OfferRow[] {
    return this.index.vestiging.get(vestiging) ?? EMPTY;
  }

  place(id: string): OfferPlace | undefined {
    return this.places.get(id);
  }
  qualification(crebo: string): Qualification | undefined {
    return this.qualifications.get(crebo);
  }
  /** Domain name (see domain.ts) of a crebo; "Onbekend" when the crebo is not in the list. */
  domainOfCrebo(crebo: string): string {
    const q = this.qualifications.get(crebo);
    return q ? domainOf(q) : UNKNOWN_DOMAIN;
  }
  /** Every domain that occurs in the offer, sorted by name. */
  domains(): string[] {
    return [...this.index.domain.keys()].sort((a, b) => a.localeCompare(b, 'nl'));
  }
  /** Every crebo that occurs in the offer, sorted. */
  crebos(): string[] {
    return [...this.index.crebo.keys()].sort();
  }

  /** Distinct vestigingen offering `crebo` (or any programme at `niveau` when crebo is null), sorted. */
  vestigingenFor(niveau: Niveau, crebo: string | null, leerweg: Leerweg | null = null): string[] {
    const rows = crebo === null ? this.byNiveau(niveau) : this.byCrebo(crebo).filter((r) => r.niveau === niveau);
    const ids = new Set<string>();
    for (const row of rows) if (leerweg === null || row.leerweg === null || row.leerweg === leerweg) ids.add(row.vestiging);
    return [...ids].sort();
  }

  /** Sorted, distinct grid cells of the locations offering `crebo`: the sources of a travel field. */
  cellsForCrebo(crebo: string): Int32Array {
    return this.cached(`c:${crebo}`, () => this.byCrebo(crebo));
  }
  /** Sorted, distinct grid cells of the locations offering anything at `niveau`. */
  cellsForNiveau(niveau: Niveau): Int32Array {
    return this.cached(`n:${niveau}`, () => this.byNiveau(niveau));
  }
  /** Sorted, distinct cells of the given vestigingen (places without a cell are skipped). */
  cellsOf(vestigingen: Iterable<string>): Int32Array {
    const cells = new Set<number>();
    for (const id of vestigingen) {
      const cell = this.places.get(id)?.cell ?? -1;
      if (cell >= 0) cells.add(cell);
    }
    return Int32Array.from([...cells].sort((a, b) => a - b));
  }

  private cached(key: string, rows: () => readonly OfferRow[]): Int32Array {
    let cells = this.cellCache.get(key);
    if (!cells) {
      cells = this.cellsOf(rows().map((r) => r.vestiging));
      this.cellCache.set(key, cells);
    }
    return cells;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
