import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, simplify } from 'topojson-simplify';
import type { Topology } from 'topojson-specification';

export interface SimplifyOptions {
  /** Grid steps per axis for quantisation: 1e5 over the Netherlands is about 3–4 m. */
  quantization: number;
  /** Visvalingam weight (planar triangle area in degrees²) below which points are dropped. */
  minWeight: number;
}

/**
 * A quantised, topology-preserving simplification: shared borders are simplified once, so
 * neighbouring regions never get gaps or overlaps. Rings that collapse to zero area are removed.
 */
export function simplifiedTopology(
  objects: Record<string, FeatureCollection<Polygon | MultiPolygon>>,
  { quantization, minWeight }: SimplifyOptions,
): Topology {
  const quantized = topology(objects, quantization);
  const simplified = simplify(presimplify(quantized as unknown as Parameters<typeof presimplify>[0]), minWeight);
  return filter(simplified, filterWeight(simplified));
}

export function featureCollection<P>(
  features: Feature<Polygon | MultiPolygon, P>[],
): FeatureCollection<Polygon | MultiPolygon, P> {
  return { type: 'FeatureCollection', features };
}
