import type { Leerweg, Niveau, OfferRow } from '../offer/types.ts';
import type { EditCatalogue } from './catalogue.ts';
import type { Edit, EditProblem } from './edits.ts';

export type ApplyResult = { rows: OfferRow[] } | { error: EditProblem };

/**
 * Applies an ordered list of edits to an offer, all or nothing: the first invalid edit stops
 * the run and its problem is returned; the input rows are never modified. Pure, so undo/redo
 * is "re-apply the edit list minus the last edit" and before/after are both always at hand.
 *
 * Rows untouched by the edits keep their order; started and moved rows are appended in edit
 * order. Cost: O(rows + edits) (one index over the rows, then O(1) work per edit).
 */
export function applyEdits(rows: readonly OfferRow[], edits: readonly Edit[], catalogue: EditCatalogue): ApplyResult {
  const work = new WorkingOffer(rows);
  for (let index = 0; index < edits.length; index++) {
    const problem = applyOne(work, edits[index], catalogue);
    if (problem) return { error: { index, ...problem } };
  }
  return { rows: work.result() };
}

type Problem = Omit<EditProblem, 'index'>;

function applyOne(work: WorkingOffer, edit: Edit, catalogue: EditCatalogue): Problem | null {
  const qualification = catalogue.qualification(edit.crebo);
  if (!qualification) return { field: 'crebo', reason: { code: 'unknown-crebo', crebo: edit.crebo } };

  switch (edit.op) {
    case 'start': {
      if (!catalogue.hasVestiging(edit.vestiging)) return unknownVestiging('vestiging', edit.vestiging);
      if (edit.leerweg && qualification.leerwegen.length > 0 && !qualification.leerwegen.includes(edit.leerweg)) {
        const reason = { crebo: edit.crebo, leerweg: edit.leerweg, leerwegen: qualification.leerwegen };
        return { field: 'leerweg', reason: { code: 'leerweg-not-offered', ...reason } };
      }
      const clash = alreadyOffered(work, edit.crebo, edit.vestiging, edit.leerweg, 'vestiging');
      if (clash) return clash;
      const niveau = qualification.niveau ?? work.niveauOf(edit.crebo);
      if (niveau === null) {
        return { field: 'crebo', reason: { code: 'unknown-niveau', crebo: edit.crebo } };
      }
      work.add({ crebo: edit.crebo, vestiging: edit.vestiging, leerweg: edit.leerweg ?? null, niveau });
      return null;
    }
    case 'stop': {
      if (!catalogue.hasVestiging(edit.vestiging)) return unknownVestiging('vestiging', edit.vestiging);
      const found = offered(work, edit.crebo, edit.vestiging, edit.leerweg, 'vestiging');
      if ('field' in found) return found;
      for (const row of found.rows) work.remove(row);
      return null;
    }
    case 'uitruil': {
      if (!catalogue.hasVestiging(edit.van)) return unknownVestiging('van', edit.van);
      if (!catalogue.hasVestiging(edit.naar)) return unknownVestiging('naar', edit.naar);
      if (edit.van === edit.naar) return { field: 'naar', reason: { code: 'same-vestiging', vestiging: edit.van } };
      const found = offered(work, edit.crebo, edit.van, edit.leerweg, 'van');
      if ('field' in found) return found;
      const clash = alreadyOffered(work, edit.crebo, edit.naar, edit.leerweg, 'naar');
      if (clash) return clash;
      for (const row of found.rows) {
        work.remove(row);
        work.add({ ...row, vestiging: edit.naar });
      }
      return null;
    }
  }
}

function unknownVestiging(field: string, brinvest: string): Problem {
  return { field, reason: { code: 'unknown-vestiging', vestiging: brinvest } };
}

/** The rows an edit without leerweg (all rows) or with one (rows of that leerweg) refers to. */
function offered(
  work: WorkingOffer,
  crebo: string,
  vestiging: string,
  leerweg: Leerweg | undefined,
  field: string,
): { rows: OfferRow[] } | Problem {
  const here = work.at(crebo, vestiging);
  const rows = leerweg ? here.filter((r) => r.leerweg === leerweg) : here;
  if (rows.length > 0) return { rows };
  if (leerweg && here.some((r) => r.leerweg === null)) {
    return { field: 'leerweg', reason: { code: 'offered-without-leerweg', crebo, vestiging } };
  }
  return { field, reason: { code: 'not-offered', crebo, vestiging, leerweg: leerweg ?? null } };
}

/** A row without leerweg stands for both leerwegen, so it clashes with either. */
function alreadyOffered(
  work: WorkingOffer,
  crebo: string,
  vestiging: string,
  leerweg: Leerweg | undefined,
  field: string,
): Problem | null {
  const here = work.at(crebo, vestiging);
  const clash = leerweg ? here.find((r) => r.leerweg === leerweg || r.leerweg === null) : here[0];
  if (!clash) return null;
  return { field, reason: { code: 'already-offered', crebo, vestiging, leerweg: clash.leerweg } };
}

/**
 * A copy-on-write view of the offer that edits mutate. Indexed by crebo only (a few hundred
 * keys, no per-row key strings): a (crebo, vestiging) lookup then scans that crebo's rows,
 * which is cheaper than building a 20k-entry composite index on every apply.
 */
class WorkingOffer {
  private readonly byCrebo = new Map<string, OfferRow[]>();
  private readonly removed = new Set<OfferRow>();
  private readonly added: OfferRow[] = [];

  constructor(private readonly base: readonly OfferRow[]) {
    for (const row of base) this.index(row);
  }

  at(crebo: string, vestiging: string): OfferRow[] {
    return (this.byCrebo.get(crebo) ?? []).filter((r) => r.vestiging === vestiging);
  }

  /** The niveau the offer already gives a crebo, for crebos whose niveau the list lacks. */
  niveauOf(crebo: string): Niveau | null {
    // Rare (the qualification list lacks the niveau), so a scan is fine; it also sees rows
    // an earlier edit in the list stopped.
    const row = this.byCrebo.get(crebo)?.[0] ?? this.base.find((r) => r.crebo === crebo);
    return row?.niveau ?? null;
  }

  add(row: OfferRow): void {
    this.index(row);
    this.added.push(row);
  }

  remove(row: OfferRow): void {
    const list = this.byCrebo.get(row.crebo);
    if (list)
      this.byCrebo.set(
        row.crebo,
        list.filter((r) => r !== row),
      );
    this.removed.add(row);
  }

  result(): OfferRow[] {
    if (this.removed.size === 0) return [...this.base, ...this.added];
    const keep = (row: OfferRow) => !this.removed.has(row);
    return [...this.base.filter(keep), ...this.added.filter(keep)];
  }

  private index(row: OfferRow): void {
    const list = this.byCrebo.get(row.crebo);
    if (list) list.push(row);
    else this.byCrebo.set(row.crebo, [row]);
  }
}

/** The crebos an edit list touches: exactly the travel fields it can change. */
export function touchedCrebos(edits: readonly Edit[]): Set<string> {
  return new Set(edits.map((e) => e.crebo));
}
