import { z } from 'zod';
import { describeFirstIssue } from '../../engine/validation/first-issue.ts';

/**
 * PC4 (four-digit postcode area) reference points, written by the offer build step as
 * public/geodata/pc4.json from CBS "kerncijfers per postcode" (source id `cbs-pc4`).
 * An imported row whose address matches no known location is placed at its PC4 point,
 * flagged as approximate. The point is the source's "point inside the area" rather than the
 * geometric centroid, because the centroid of a concave area can lie outside it (in water).
 */
export interface Pc4Point {
  pc4: string;
  lon: number;
  lat: number;
  plaats: string;
  gemeente: string;
}

export const PC4_FILE = 'pc4.json';

const pc4PointSchema = z.object({
  pc4: z.string().regex(/^[1-9]\d{3}$/),
  lon: z.number().min(3).max(7.5),
  lat: z.number().min(50.5).max(53.8),
  plaats: z.string(),
  gemeente: z.string(),
});

const pc4FileSchema = z.object({
  formatVersion: z.literal(1),
  source: z.literal('cbs-pc4'),
  points: z.array(pc4PointSchema),
});

export type Pc4File = z.infer<typeof pc4FileSchema>;

/** Reads pc4.json (text or parsed JSON); throws an Error naming the file and the first problem. */
export function parsePc4File(input: unknown, file = PC4_FILE): Pc4Point[] {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (error) {
      throw new Error(`${file}: is not valid JSON (${(error as Error).message})`, { cause: error });
    }
  }
  const result = pc4FileSchema.safeParse(data);
  if (!result.success) {
    throw new Error(`${file}: does not match its schema: ${describeFirstIssue(result.error)}`);
  }
  return result.data.points;
}
