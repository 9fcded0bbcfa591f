import type { Location } from '../../data/geodata/index.ts';
import type { NamedProgrammeLocation, ProgrammeLocation } from '../../engine/analysis/index.ts';
import { indicatorOfSortKey } from '../../engine/indicators/sort-key.ts';
import type { Offer } from '../../engine/offer/offer.ts';
import type { EarlyWarningColumnKey, EarlyWarningSortKey, SortDirection } from '../early-warning-view.ts';
import { type IndicatorValues, programmeKey } from '../indicator-values.ts';
import type { Filters } from '../view.ts';
import { regionKeyOfLocation } from './region-key-of-location.ts';

/** A row of the early-warning table: the figures with the names people read. */
export interface EarlyWarningRow extends NamedProgrammeLocation {
  key: string;
  brin: string | null;
  /** the user's own figures of this programme-location by indicator id; null where it has none */
  indicators: Readonly<Record<string, number | null>>;
  /** under the small-programme threshold of a student-count figure */
  small: boolean;
}

/** The user's figures joined to the offer, and the small-programme choice (src/state/indicators.ts). */
export interface RowFigures {
  values: readonly IndicatorValues[];
  /** `${crebo}|${vestiging}` keys of the small programme-locations, or null without a threshold */
  small: ReadonlySet<string> | null;
  /** keep only the small ones */
  onlySmall: boolean;
}

export const NO_FIGURES: RowFigures = { values: [], small: null, onlySmall: false };

export interface RowFilter {
  /** opleidingsdomeinen to keep (empty = all) */
  domains: readonly string[];
  /** crebos to keep (empty = all) */
  crebos: readonly string[];
  filters: Filters;
}

/**
 * Names the computed programme-locations and keeps those passing the filters: domain and crebo
 * (the offer filter), institution and region (the location list's filters). An imported PC4
 * pseudo-location has no institution or region, so an institution or region filter drops it.
 * With the user's own figures, each row carries its values and its small-programme flag, and
 * "only small programmes" keeps the flagged rows alone.
 */
export function earlyWarningRows(
  locations: readonly ProgrammeLocation[],
  offer: Offer,
  locationById: ReadonlyMap<string, Location>,
  { domains, crebos, filters }: RowFilter,
  figures: RowFigures = NO_FIGURES,
): EarlyWarningRow[] {
  const rows: EarlyWarningRow[] = [];
  for (const l of locations) {
    if (crebos.length > 0 && !crebos.includes(l.crebo)) continue;
    if (domains.length > 0 && !domains.includes(offer.domainOfCrebo(l.crebo))) continue;
    const place = locationById.get(l.vestiging);
    if (filters.institution !== null && place?.brin !== filters.institution) continue;
    if (filters.region !== null && (!place || regionKeyOfLocation(place, filters.regionLayer) !== filters.region))
      continue;
    const key = programmeKey(l.crebo, l.vestiging);
    const small = figures.small?.has(key) ?? false;
    if (figures.onlySmall && figures.small && !small) continue;
    rows.push({
      key,
      location: l,
      naam: offer.qualification(l.crebo)?.naam ?? l.crebo,
      locatie: place ? `${place.naam}, ${place.plaats}` : l.vestiging,
      instelling: place?.instelling ?? '',
      brin: place?.brin ?? null,
      indicators: Object.fromEntries(figures.values.map((v) => [v.indicator.id, v.byProgramme.get(key) ?? null])),
      small,
    });
  }
  return rows;
}

const collator = new Intl.Collator('nl-NL');

function value(row: EarlyWarningRow, key: EarlyWarningColumnKey): string | number {
  switch (key) {
    case 'crebo':
      return row.location.crebo;
    case 'naam':
      return row.naam;
    case 'locatie':
      return row.locatie;
    case 'instelling':
      return row.instelling;
    case 'sole':
      return row.location.sole;
    case 'krimp':
      return row.location.soleKrimp;
    case 'anticipeer':
      return row.location.soleAnticipeer;
    case 'extra':
      // Nobody affected sorts below every mean.
      return row.location.extraMeanMinutes ?? -1;
  }
}

/**
 * A sorted copy; ties fall back to the larger sole reach, then the row key, so the order is
 * stable. By one of the user's figures, rows without a value go last in either direction (they
 * are unknown, not small).
 */
export function sortEarlyWarningRows(
  rows: readonly EarlyWarningRow[],
  sort: { key: EarlyWarningSortKey; direction: SortDirection },
): EarlyWarningRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const indicator = indicatorOfSortKey(sort.key);
  const tie = (a: EarlyWarningRow, b: EarlyWarningRow) =>
    b.location.sole - a.location.sole || a.key.localeCompare(b.key);
  if (indicator !== null) {
    return [...rows].sort((a, b) => {
      const x = a.indicators[indicator] ?? null;
      const y = b.indicators[indicator] ?? null;
      if (x === null || y === null) return x === y ? tie(a, b) : x === null ? 1 : -1;
      return sign * (x - y) || tie(a, b);
    });
  }
  const key = sort.key as EarlyWarningColumnKey;
  return [...rows].sort((a, b) => {
    const x = value(a, key);
    const y = value(b, key);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return sign * order || tie(a, b);
  });
}

/** Per vestiging, the sum of the sole reach of its rows: the map layer's circle sizes. */
export function soleReachByVestiging(rows: readonly EarlyWarningRow[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) out.set(r.location.vestiging, (out.get(r.location.vestiging) ?? 0) + r.location.sole);
  return out;
}
