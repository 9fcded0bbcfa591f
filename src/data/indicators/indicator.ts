import { z } from 'zod';
import type { IndicatorRecord } from '../../engine/indicators/join.ts';
import { KEY_ROLES, type KeyRole } from '../../engine/indicators/keys.ts';
import { type LineProblem, lineProblemSchema } from '../table/line-problem.ts';

/**
 * One figure of the user's own (*eigen cijfers*): a column of their file, with what they
 * typed about it and where it came from. Kept apart from the offer (it never changes which
 * programme runs where); joined to the active offer when shown.
 */
export interface Indicator {
  id: string;
  /** Typed by the user: "Studenten", "Kans op werk". */
  name: string;
  /** "studenten", "%", "plaatsen". */
  unit: string;
  /** "DUO 1-cijferHO 2025", "eigen instroomregistratie". */
  source: string;
  /** The date or period the figures are for, as typed ("2025-10-01", "schooljaar 2025-26"). */
  date: string;
  /** How figures of several programme-locations combine (per crebo, per location): counts add up, rates average. */
  aggregation: 'sum' | 'mean';
  /** A count of students: the small-programme flag can use it. */
  studentCount: boolean;
  provenance: {
    fileName: string;
    /** The column of the file the figures come from. */
    column: string;
    /** Which keys the records carry. */
    keys: KeyRole[];
    /** ISO time of the import. */
    importedAt: string;
    /** Lines of the file that could not be read for this column, with the reason. */
    errors: LineProblem[];
  };
  records: IndicatorRecord[];
}

const keyRole = z.enum(KEY_ROLES as [KeyRole, ...KeyRole[]]);

export const indicatorSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  unit: z.string(),
  source: z.string(),
  date: z.string(),
  aggregation: z.enum(['sum', 'mean']),
  studentCount: z.boolean(),
  provenance: z.object({
    fileName: z.string().min(1),
    column: z.string(),
    keys: z.array(keyRole).min(1),
    importedAt: z.string(),
    errors: z.array(lineProblemSchema),
  }),
  records: z.array(
    z.object({
      line: z.number().int().min(1),
      keys: z.partialRecord(keyRole, z.string()),
      value: z.number().finite(),
    }),
  ),
});

export const indicatorListSchema = z.array(indicatorSchema);

/** Reads the stored list; throws an Error naming the first problem. */
export function parseIndicatorList(text: string): Indicator[] {
  const result = indicatorListSchema.safeParse(JSON.parse(text));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`stored indicators: ${issue.path.join('.') || 'top level'}: ${issue.message}`);
  }
  return result.data as Indicator[];
}
