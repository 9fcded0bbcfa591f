import type { Location } from '../../data/geodata/index.ts';
import type { NamedProgrammeLocation, ProgrammeLocation } from '../../engine/analysis/index.ts';
import type { Offer } from '../../engine/offer/offer.ts';
import { regionKeyOfLocation } from './region-key-of-location.ts';
import type { EarlyWarningSortKey, SortDirection } from '../early-warning-view.ts';
import type { Filters } from '../view.ts';

/** A row of the early-warning table: the figures with the names people read. */
export interface EarlyWarningRow extends NamedProgrammeLocation {
  key: string;
  brin: string | null;
}

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
 */
export function earlyWarningRows(
  locations: readonly ProgrammeLocation[],
  offer: Offer,
  locationById: ReadonlyMap<string, Location>,
  { domains, crebos, filters }: RowFilter,
): EarlyWarningRow[] {
  const rows: EarlyWarningRow[] = [];
  for (const l of locations) {
    if (crebos.length > 0 && !crebos.includes(l.crebo)) continue;
    if (domains.length > 0 && !domains.includes(offer.domainOfCrebo(l.crebo))) continue;
    const place = locationById.get(l.vestiging);
    if (filters.institution !== null && place?.brin !== filters.institution) continue;
    if (filters.region !== null && (!place || regionKeyOfLocation(place, filters.regionLayer) !== filters.region))
      continue;
    rows.push({
      key: `${l.crebo}|${l.vestiging}`,
      location: l,
      naam: offer.qualification(l.crebo)?.naam ?? l.crebo,
      locatie: place ? `${place.naam}, ${place.plaats}` : l.vestiging,
      instelling: place?.instelling ?? '',
      brin: place?.brin ?? null,
    });
  }
  return rows;
}

const collator = new Intl.Collator('nl-NL');

function value(row: EarlyWarningRow, key: EarlyWarningSortKey): string | number {
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

/** A sorted copy; ties fall back to the larger sole reach, then the row key, so the order is stable. */
export function sortEarlyWarningRows(
  rows: readonly EarlyWarningRow[],
  sort: { key: EarlyWarningSortKey; direction: SortDirection },
): EarlyWarningRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a, sort.key);
    const y = value(b, sort.key);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return sign * order || b.location.sole - a.location.sole || a.key.localeCompare(b.key);
  });
}

/** Per vestiging, the sum of the sole reach of its rows: the map layer's circle sizes. */
export function soleReachByVestiging(rows: readonly EarlyWarningRow[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) out.set(r.location.vestiging, (out.get(r.location.vestiging) ?? 0) + r.location.sole);
  return out;
}
