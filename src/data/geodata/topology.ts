import type { Topology } from 'topojson-specification';
import { GeodataError } from './errors.ts';
import { readJson } from './parse.ts';

/**
 * A light structural check of a TopoJSON file: the full geometry is validated by
 * topojson-client when it is converted, so only what would otherwise fail obscurely is checked.
 */
export function parseTopology(input: unknown, file: string, requiredObjects: readonly string[] = []): Topology {
  const data = readJson(input, file) as Partial<Topology> | null;
  if (data === null || typeof data !== 'object' || data.type !== 'Topology') {
    throw new GeodataError(file, 'is not a TopoJSON topology (its "type" is not "Topology")');
  }
  if (!Array.isArray(data.arcs)) throw new GeodataError(file, 'has no "arcs" array');
  if (data.objects === null || typeof data.objects !== 'object') throw new GeodataError(file, 'has no "objects"');
  for (const name of requiredObjects) {
    const object = data.objects[name];
    if (!object) throw new GeodataError(file, `lacks the layer "${name}"`);
    if (object.type !== 'GeometryCollection' || !Array.isArray(object.geometries)) {
      throw new GeodataError(file, `layer "${name}" is not a GeometryCollection`);
    }
  }
  return data as Topology;
}

/** Layer names of regions.topojson and basemap.topojson. */
export const REGION_LAYERS = ['gemeenten', 'arbeidsmarktregios', 'rmc', 'provincies', 'krimp'] as const;
export const BASEMAP_LAYERS = ['land', 'countries'] as const;
