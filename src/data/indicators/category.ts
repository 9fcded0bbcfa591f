import { z } from 'zod';
import { type LineProblem, lineProblemSchema } from '../table/line-problem.ts';
import type { RawTable } from '../table/raw-table.ts';

/**
 * A category per institution from the user's own file (for example the denominatie), keyed by
 * BRIN: what "onderscheidend by identity" counts duplication by. Kept beside the figures, with
 * its provenance; it never changes the offer.
 */
export interface InstitutionCategory {
  id: string;
  /** Typed by the user: "Denominatie". */
  name: string;
  source: string;
  date: string;
  provenance: {
    fileName: string;
    column: string;
    importedAt: string;
    /** Lines that gave no category, with the reason. */
    errors: LineProblem[];
  };
  /** BRIN (upper case) → category, as written in the file (trimmed). */
  byBrin: Record<string, string>;
}

export type CategoryMeta = Pick<InstitutionCategory, 'name' | 'source' | 'date'>;

const BRIN = /^\d{2}[A-Z]{2}$/;

/**
 * One category per column marked as such, keyed by the BRIN column. An empty category is
 * skipped; a bad BRIN, or a BRIN given two different categories, is an error of that line
 * (the first category stays), so a file never silently decides an institution's identity.
 */
export function categoriesFromTable(
  table: RawTable,
  brinColumn: number,
  columns: readonly number[],
  meta: ReadonlyMap<number, CategoryMeta>,
  importedAt: string,
): InstitutionCategory[] {
  return columns.map((column) => {
    const byBrin: Record<string, string> = {};
    const firstLine = new Map<string, number>();
    const errors = [...table.errors];
    table.rows.forEach((row, i) => {
      const line = table.lines[i];
      const category = (row[column] ?? '').trim();
      if (category === '') return;
      const brin = (row[brinColumn] ?? '').trim().toUpperCase();
      if (!BRIN.test(brin)) {
        errors.push({ line, reason: brin === '' ? 'BRIN is empty' : `BRIN "${brin}" is not a BRIN code` });
        return;
      }
      const known = byBrin[brin];
      if (known === undefined) {
        byBrin[brin] = category;
        firstLine.set(brin, line);
      } else if (known !== category) {
        errors.push({
          line,
          reason: `BRIN ${brin} is "${known}" on line ${firstLine.get(brin)}, here "${category}"`,
        });
      }
    });
    const typed = meta.get(column);
    return {
      id: `${importedAt}#c${column}`,
      name: typed?.name.trim() || table.header[column] || `kolom ${column + 1}`,
      source: typed?.source ?? '',
      date: typed?.date ?? '',
      provenance: { fileName: table.fileName, column: table.header[column], importedAt, errors },
      byBrin,
    };
  });
}

export const categoryListSchema = z.array(
  z.object({
    id: z.string().min(1),
    name: z.string().min(1),
    source: z.string(),
    date: z.string(),
    provenance: z.object({
      fileName: z.string().min(1),
      column: z.string(),
      importedAt: z.string(),
      errors: z.array(lineProblemSchema),
    }),
    byBrin: z.record(z.string().regex(BRIN), z.string().min(1)),
  }),
);

/** Reads the stored list; throws an Error naming the first problem. */
export function parseCategoryList(text: string): InstitutionCategory[] {
  const result = categoryListSchema.safeParse(JSON.parse(text));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`stored categories: ${issue.path.join('.') || 'top level'}: ${issue.message}`);
  }
  return result.data;
}
