import type { ReachLists } from './reach-lists.ts';
import { addCell, type CellYouth, emptyYouth, type YouthCount } from './youth.ts';

/** A place an offer can name: a vestiging (brin set) or an imported PC4 pseudo-location (brin null). */
export interface PlacementLocation {
  brinvest: string;
  brin: string | null;
  /** dense grid index; -1 when the location has no land cell */
  cell: number;
}

export interface BestPlaceInput {
  /** the crebo's travel field in the current offer, cut off at `limit` (UNREACHABLE beyond) */
  field: Uint16Array;
  limit: number;
  /** vestigingen that offer the crebo now (they are no candidates) */
  offeredAt: ReadonlySet<string>;
  locations: readonly PlacementLocation[];
  /** only the vestigingen of this institution ("where could we start it") */
  brin?: string | null;
}

export interface BestPlace {
  vestiging: string;
  /** 15–24 year olds who would newly live within the limit */
  gain: YouthCount;
}

/**
 * Best place to start (the ranking step of the maximal covering problem): for every vestiging
 * that does not offer the crebo, the youth a start there would bring within the limit. A cell
 * gains access exactly when it is beyond the limit now and within it from the candidate — the
 * min-of-fields identity, so the gain is the coverage gain of the start edit. Cost: one reach
 * list per candidate cell (cached across crebos) plus one pass over each list.
 *
 * Sorted by total gain, descending; equal gains by vestiging code, so the order is reproducible.
 * A vestiging without a grid cell cannot be a source; it is listed with a gain of zero, which is
 * what starting it there changes.
 */
export function bestPlaces(input: BestPlaceInput, reach: ReachLists, youth: CellYouth): BestPlace[] {
  const { field, limit, offeredAt, brin } = input;
  if (field.length !== youth.pop.length) {
    throw new Error(`travel field has ${field.length} cells, the grid has ${youth.pop.length}`);
  }
  const gainByCell = new Map<number, YouthCount>();
  const out: BestPlace[] = [];
  for (const location of input.locations) {
    if (location.brin === null || offeredAt.has(location.brinvest)) continue;
    if (brin != null && location.brin !== brin) continue;
    let gain = location.cell < 0 ? emptyYouth() : gainByCell.get(location.cell);
    if (!gain) {
      gain = emptyYouth();
      const cells = reach.of(location.cell, limit);
      for (let i = 0; i < cells.length; i++) {
        const c = cells[i];
        if (field[c] > limit) addCell(gain, youth, c);
      }
      gainByCell.set(location.cell, gain);
    }
    out.push({ vestiging: location.brinvest, gain });
  }
  return out.sort(
    (a, b) => b.gain.total - a.gain.total || (a.vestiging < b.vestiging ? -1 : a.vestiging > b.vestiging ? 1 : 0),
  );
}
