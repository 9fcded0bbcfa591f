import type { Institution, Location, Place } from '../../data/geodata/index.ts';

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
  /** Where to fly: a point, or the bounding box of an institution's locations. */
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

export function buildSearchIndex(
  institutions: readonly Institution[],
  locations: readonly Location[],
  places: readonly Place[],
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
      bounds: null,
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
