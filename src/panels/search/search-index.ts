import { GRID_NO_GEMEENTE, type Grid, type Institution, type Location, type Place } from '../../data/geodata/index.ts';

export type SearchKind = 'institution' | 'place' | 'location';

export interface SearchEntry {
  kind: SearchKind;
  /** Unique across the index: kind plus the record's key. */
  id: string;
  label: string;
  /** Secondary text: the institution of a location, the place of an institution's main location. */
  detail: string;
  /** Normalised texts the query is matched against (name, abbreviation, place, code). */
  terms: string[];
  /** Institution: brin; location: brinvest; place: its name. */
  key: string;
  /** Where to fly: a point, or the bounding box of an institution's locations or of a place's gemeente. */
  lon: number;
  lat: number;
  bounds: [[number, number], [number, number]] | null;
}

/** Lower case without diacritics and punctuation, so "Súdwest" matches "sudwest" and "ROC." "roc". */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export type Bounds = [[number, number], [number, number]];

/** Half a res-8 cell in degrees, so an extent made of cell centres covers the cells themselves. */
const CELL_MARGIN = 0.005;

/**
 * The extent of every gemeente (by its index in gemeenten.json) from the grid cells it holds:
 * where a search for a place lands, so the whole gemeente is in view.
 */
export function gemeenteExtents(grid: Pick<Grid, 'count' | 'lon' | 'lat' | 'gemeente'>): Map<number, Bounds> {
  const extents = new Map<number, Bounds>();
  for (let i = 0; i < grid.count; i++) {
    const g = grid.gemeente[i];
    if (g === GRID_NO_GEMEENTE) continue;
    const lon = grid.lon[i];
    const lat = grid.lat[i];
    const box = extents.get(g);
    if (!box)
      extents.set(g, [
        [lon, lat],
        [lon, lat],
      ]);
    else {
      box[0][0] = Math.min(box[0][0], lon);
      box[0][1] = Math.min(box[0][1], lat);
      box[1][0] = Math.max(box[1][0], lon);
      box[1][1] = Math.max(box[1][1], lat);
    }
  }
  for (const box of extents.values()) {
    box[0][0] -= CELL_MARGIN;
    box[0][1] -= CELL_MARGIN;
    box[1][0] += CELL_MARGIN;
    box[1][1] += CELL_MARGIN;
  }
  return extents;
}

/**
 * `placeBounds` gives the extent a place lands at (its gemeente), or null to land on its point.
 */
export function buildSearchIndex(
  institutions: readonly Institution[],
  locations: readonly Location[],
  places: readonly Place[],
  placeBounds: (place: Place) => Bounds | null = () => null,
): SearchEntry[] {
  const locationsByBrin = new Map<string, Location[]>();
  for (const l of locations) locationsByBrin.set(l.brin, [...(locationsByBrin.get(l.brin) ?? []), l]);
  const entries: SearchEntry[] = [];
  for (const i of institutions) {
    const own = locationsByBrin.get(i.brin) ?? [];
    if (own.length === 0) continue; // nothing to fly to
    const main = own.find((l) => l.brinvest === i.hoofdlocatie) ?? own[0];
    const lons = own.map((l) => l.lon);
    const lats = own.map((l) => l.lat);
    entries.push({
      kind: 'institution',
      id: `institution:${i.brin}`,
      label: i.naam,
      detail: main.plaats,
      terms: [i.naam, i.afkorting, i.brin].filter(Boolean).map(normalise),
      key: i.brin,
      lon: main.lon,
      lat: main.lat,
      bounds: [
        [Math.min(...lons), Math.min(...lats)],
        [Math.max(...lons), Math.max(...lats)],
      ],
    });
  }
  for (const p of places) {
    entries.push({
      kind: 'place',
      id: `place:${p.name}`,
      label: p.name,
      detail: '',
      terms: [normalise(p.name)],
      key: p.name,
      lon: p.lon,
      lat: p.lat,
      bounds: placeBounds(p),
    });
  }
  for (const l of locations) {
    entries.push({
      kind: 'location',
      id: `location:${l.brinvest}`,
      label: l.naam || `${l.instelling}, ${l.plaats}`,
      detail: `${l.instelling} · ${l.plaats}`,
      terms: [l.naam, l.plaats, l.adres, l.brinvest].filter(Boolean).map(normalise),
      key: l.brinvest,
      lon: l.lon,
      lat: l.lat,
      bounds: null,
    });
  }
  return entries;
}

const KIND_ORDER: Record<SearchKind, number> = { institution: 0, place: 1, location: 2 };

/** How well an entry matches: 0 = a term starts with the query, 1 = a word does, 2 = inside a word. */
function matchRank(entry: SearchEntry, query: string): number | null {
  let best: number | null = null;
  for (const term of entry.terms) {
    const at = term.indexOf(query);
    if (at < 0) continue;
    const rank = at === 0 ? 0 : term[at - 1] === ' ' ? 1 : 2;
    if (best === null || rank < best) best = rank;
  }
  return best;
}

/** The best matches for a query: by match quality, then institutions, places, locations, then name. */
export function search(index: readonly SearchEntry[], query: string, limit = 8): SearchEntry[] {
  const q = normalise(query);
  if (q.length < 2) return [];
  const hits: { entry: SearchEntry; rank: number }[] = [];
  for (const entry of index) {
    const rank = matchRank(entry, q);
    if (rank !== null) hits.push({ entry, rank });
  }
  hits.sort(
    (a, b) =>
      a.rank - b.rank ||
      KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] ||
      a.entry.label.localeCompare(b.entry.label, 'nl'),
  );
  return hits.slice(0, limit).map((h) => h.entry);
}
