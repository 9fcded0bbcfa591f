import type { Offer } from '../offer/offer.ts';
import type { Niveau, OfferRow } from '../offer/types.ts';
import { applyEdits, touchedCrebos } from './apply.ts';
import type { EditCatalogue } from './catalogue.ts';
import type { Edit, EditProblem } from './edits.ts';

/**
 * The vestigingen offering `crebo` (or anything at `niveau` when crebo is null) after an edit
 * list, sorted, as `offer.vestigingenFor(niveau, crebo)` would give on the edited offer. Edits
 * only ever touch rows of their own crebo, so it applies the edits to the rows of the crebos
 * involved instead of to the whole offer: the map's "after" travel field costs a few hundred
 * rows of work per edit, not a copy of the offer.
 */
export function vestigingenAfter(
  offer: Pick<Offer, 'byCrebo' | 'byNiveau'>,
  edits: readonly Edit[],
  catalogue: EditCatalogue,
  niveau: Niveau,
  crebo: string | null,
): { vestigingen: string[] } | { error: EditProblem } {
  let rows: readonly OfferRow[];
  let relevant: readonly Edit[];
  if (crebo !== null) {
    rows = offer.byCrebo(crebo);
    relevant = edits.filter((e) => e.crebo === crebo);
  } else {
    // Every crebo an edit names, whole (an edit may start a crebo of another niveau), plus the niveau.
    const touched = touchedCrebos(edits);
    rows = [
      ...offer.byNiveau(niveau).filter((r) => !touched.has(r.crebo)),
      ...[...touched].flatMap((c) => offer.byCrebo(c)),
    ];
    relevant = edits;
  }
  const result = relevant.length === 0 ? { rows } : applyEdits(rows, relevant, catalogue);
  if ('error' in result) return { error: result.error };
  const ids = new Set<string>();
  for (const row of result.rows) if (row.niveau === niveau) ids.add(row.vestiging);
  return { vestigingen: [...ids].sort() };
}

/**
 * The problem with an edit list against the offer, or null when it applies: the same answer,
 * edit number included, as `applyEdits(offer.rows, edits, catalogue)`, because each edit is
 * checked against the rows of its own crebo only, and those are all here. It touches only the
 * named crebos' rows, so checking an edit on the main thread costs no pass over the offer.
 */
export function editsProblem(
  offer: Pick<Offer, 'byCrebo'>,
  edits: readonly Edit[],
  catalogue: EditCatalogue,
): EditProblem | null {
  const rows = [...touchedCrebos(edits)].flatMap((c) => offer.byCrebo(c));
  const result = applyEdits(rows, edits, catalogue);
  return 'error' in result ? result.error : null;
}
