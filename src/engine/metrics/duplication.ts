import type { Niveau } from '../offer/types.ts';
import type { FieldFn } from '../reach/field-cache.ts';
import type { RegionLayer } from './regions.ts';

/**
 * Duplication: the same qualification offered by two or more institutions in one gemeente,
 * or by two institutions at locations within a few minutes of each other — the proposal's
 * "onderscheidend" agreement. Two locations of ONE institution are not duplication: that is
 * the institution's own spread, not competition between institutions.
 */

export interface MetricsLocation {
  /** brinvest, or an imported pseudo-location id ("PC4-1234") */
  brinvest: string;
  /** institution; null for a pseudo-location, which therefore never counts as duplication */
  brin: string | null;
  /** dense grid cell, -1 when none */
  cell: number;
  /** gemeente index, -1 when none */
  gemeente: number;
}

export interface Duplication {
  crebo: string;
  niveau: Niveau;
  kind: 'gemeente' | 'nabij';
  /** sorted; for 'gemeente' every offering location in that gemeente, for 'nabij' the pair */
  vestigingen: string[];
  /** distinct institutions, sorted */
  instellingen: string[];
  /** distinct gemeente indices of the locations, sorted */
  gemeenten: number[];
  /** 'nabij': travel minutes between the pair (the faster direction); 'gemeente': null */
  minutes: number | null;
}

/** brinvest → (other brinvest → minutes) for locations within `maxMinutes` of each other. */
export type NearbyIndex = ReadonlyMap<string, ReadonlyMap<string, number>>;

/**
 * One small search per location (cutoff `maxMinutes`), symmetrised by the faster direction.
 * Locations do not move, so this is built once per dataset: O(locations × small search).
 */
export function nearbyIndex(locations: readonly MetricsLocation[], fieldFn: FieldFn, maxMinutes: number): NearbyIndex {
  const placed = locations.filter((l) => l.cell >= 0 && l.brin !== null);
  const index = new Map<string, Map<string, number>>(placed.map((l) => [l.brinvest, new Map()]));
  const link = (a: string, b: string, minutes: number) => {
    const known = index.get(a)!.get(b);
    if (known === undefined || minutes < known) index.get(a)!.set(b, minutes);
  };
  for (const from of placed) {
    const field = fieldFn(Int32Array.of(from.cell), maxMinutes);
    for (const to of placed) {
      if (to === from) continue;
      const minutes = field[to.cell];
      if (minutes > maxMinutes) continue;
      link(from.brinvest, to.brinvest, minutes);
      link(to.brinvest, from.brinvest, minutes);
    }
  }
  return index;
}

/**
 * The duplications of one crebo, given the distinct locations offering it. O(locations ×
 * neighbours); callers cache it per crebo, since an edit changes the locations of one crebo.
 */
export function creboDuplications(
  crebo: string,
  niveau: Niveau,
  at: ReadonlySet<string>,
  locationOf: (brinvest: string) => MetricsLocation | undefined,
  nearby: NearbyIndex,
): Duplication[] {
  const located: MetricsLocation[] = [];
  for (const id of at) {
    const l = locationOf(id);
    if (l && l.brin !== null) located.push(l);
  }
  const out: Duplication[] = [];

  const byGemeente = new Map<number, MetricsLocation[]>();
  for (const l of located) {
    if (l.gemeente < 0) continue;
    const list = byGemeente.get(l.gemeente);
    if (list) list.push(l);
    else byGemeente.set(l.gemeente, [l]);
  }
  for (const [gemeente, list] of byGemeente) {
    const instellingen = distinctSorted(list.map((l) => l.brin as string));
    if (instellingen.length < 2) continue;
    out.push({
      crebo,
      niveau,
      kind: 'gemeente',
      vestigingen: distinctSorted(list.map((l) => l.brinvest)),
      instellingen,
      gemeenten: [gemeente],
      minutes: null,
    });
  }

  for (const a of located) {
    for (const [otherId, minutes] of nearby.get(a.brinvest) ?? []) {
      if (otherId <= a.brinvest || !at.has(otherId)) continue; // each pair once
      const b = locationOf(otherId);
      if (!b || b.brin === null || b.brin === a.brin) continue;
      out.push({
        crebo,
        niveau,
        kind: 'nabij',
        vestigingen: [a.brinvest, b.brinvest],
        instellingen: distinctSorted([a.brin as string, b.brin]),
        gemeenten: distinctSorted([a.gemeente, b.gemeente].filter((g) => g >= 0)),
        minutes,
      });
    }
  }
  return out;
}

/** Sorted by crebo, kind and locations, so lists compare and diff stably. */
export function sortDuplications(list: Duplication[]): Duplication[] {
  const keyed = list.map((d) => ({ d, key: duplicationKey(d) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((k) => k.d);
}

function distinctSorted<T extends string | number>(values: T[]): T[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** What identifies a duplication across lists (and across a worker's structured clone). */
export function duplicationKey(d: Duplication): string {
  return `${d.crebo}|${d.kind}|${d.vestigingen.join(',')}`;
}

/** Per region of a layer: how many duplications involve a location in it. */
export function duplicationsByRegion(list: readonly Duplication[], layer: RegionLayer): Int32Array {
  const out = new Int32Array(layer.codes.length);
  for (const d of list) {
    const regions = new Set(d.gemeenten.map((g) => layer.ofGemeente[g]).filter((r) => r >= 0));
    for (const r of regions) out[r]++;
  }
  return out;
}

/** Duplications that appear or disappear between two offers. */
export function diffDuplications(before: readonly Duplication[], after: readonly Duplication[]) {
  const beforeKeys = new Set(before.map(duplicationKey));
  const afterKeys = new Set(after.map(duplicationKey));
  return {
    added: after.filter((d) => !beforeKeys.has(duplicationKey(d))),
    removed: before.filter((d) => !afterKeys.has(duplicationKey(d))),
  };
}
