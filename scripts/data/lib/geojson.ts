import type { MultiPolygon, Polygon } from 'geojson';
import { z } from 'zod';
import { describeFirstIssue } from '../../../src/engine/validation/first-issue.ts';
import { SourceError } from './source-error.ts';

const position = z.array(z.number()).min(2);
const ring = z.array(position).min(4);
export const polygonalSchema = z.union([
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);

export interface PolygonalFeature<P> {
  properties: P;
  geometry: Polygon | MultiPolygon;
}

/**
 * Validates a FeatureCollection of (Multi)Polygons whose properties match `props`.
 * Errors name the file, the feature number and the field.
 */
export function parsePolygonCollection<S extends z.ZodType>(
  data: unknown,
  file: string,
  props: S,
): PolygonalFeature<z.infer<S>>[] {
  const collection = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) }).safeParse(data);
  if (!collection.success) throw new SourceError(file, 'is not a GeoJSON FeatureCollection');
  const feature = z.object({ properties: props, geometry: polygonalSchema });
  return collection.data.features.map((raw, i) => {
    const parsed = feature.safeParse(raw);
    if (!parsed.success) {
      throw new SourceError(file, `feature ${i + 1}, ${describeFirstIssue(parsed.error, (path) => path)}`);
    }
    return parsed.data as PolygonalFeature<z.infer<S>>;
  });
}

/** The outer-and-hole rings of each polygon of a (Multi)Polygon. */
export function polygonsOf(geometry: Polygon | MultiPolygon): number[][][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}
