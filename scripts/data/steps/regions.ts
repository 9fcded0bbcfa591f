import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { mergeArcs } from 'topojson-client';
import type { GeometryCollection, Topology, Polygon as TopoPolygon } from 'topojson-specification';
import { GEODATA_FILES, REGION_LAYERS } from '../../../src/data/geodata/index.ts';
import { type GemeenteSource, loadGemeenten } from '../lib/gemeenten-source.ts';
import { featureCollection, simplifiedTopology } from '../lib/topo.ts';
import type { BuildStep } from '../step.ts';

/** Drops only points whose triangle is under about 0.1 km²: borders stay true at gemeente zoom, the file shrinks about 10 %. */
export const REGIONS_SIMPLIFY = { quantization: 1e5, minWeight: 1e-5 };

/** Confidence levels of the krimp source, weakest first (the text may add a justification). */
const CONFIDENCE_ORDER = ['low', 'low-medium', 'medium', 'medium-high', 'high'];

export function confidenceLevel(text: string): string {
  const match = /^(low-medium|medium-high|low|medium|high)\b/.exec(text.trim());
  return match ? match[1] : 'unknown';
}

/** The weakest confidence among a region's gemeenten: the region is only as sure as its least sure member. */
export function weakestConfidence(texts: readonly string[]): string {
  const levels = texts.map(confidenceLevel);
  if (levels.includes('unknown')) return 'unknown';
  return levels.reduce((a, b) => (CONFIDENCE_ORDER.indexOf(b) < CONFIDENCE_ORDER.indexOf(a) ? b : a));
}

interface Grouping {
  layer: (typeof REGION_LAYERS)[number];
  key: (g: GemeenteSource) => string | null;
  properties: (members: GemeenteSource[]) => Record<string, string | number>;
}

const GROUPINGS: Grouping[] = [
  { layer: 'arbeidsmarktregios', key: (g) => g.amr, properties: ([g]) => ({ code: g.amr, naam: g.amrNaam }) },
  { layer: 'rmc', key: (g) => g.rmc, properties: ([g]) => ({ code: g.rmc, naam: g.rmcNaam }) },
  { layer: 'provincies', key: (g) => g.provincie, properties: ([g]) => ({ naam: g.provincie }) },
  {
    layer: 'krimp',
    key: (g) => (g.krimp ? `${g.krimp.type}|${g.krimp.regio}` : null),
    properties: (members) => ({
      type: members[0].krimp!.type,
      regio: members[0].krimp!.regio,
      confidence: weakestConfidence(members.map((m) => m.krimp!.confidence)),
      gemeenten: members.length,
    }),
  },
];

/**
 * regions.topojson: the gemeenten, and the region layers merged from them on the shared,
 * simplified arcs, so every border matches exactly across layers.
 */
export const regionsStep: BuildStep = {
  id: 'regions',
  async run(ctx) {
    const gemeenten = await loadGemeenten(ctx);
    const features: Feature<Polygon | MultiPolygon, Record<string, string | null>>[] = gemeenten.map((g) => ({
      type: 'Feature',
      id: g.code,
      properties: {
        code: g.code,
        naam: g.naam,
        provincie: g.provincie,
        amr: g.amr,
        rmc: g.rmc,
        krimpType: g.krimp?.type ?? null,
        krimpRegio: g.krimp?.regio ?? null,
        krimpConfidence: g.krimp?.confidence ?? null,
      },
      geometry: g.feature.geometry,
    }));
    const topo = simplifiedTopology({ gemeenten: featureCollection(features) }, REGIONS_SIMPLIFY) as Topology;
    const gemeenteGeometries = (topo.objects.gemeenten as GeometryCollection).geometries;

    let rows = gemeenteGeometries.length;
    for (const grouping of GROUPINGS) {
      const groups = new Map<string, number[]>();
      gemeenten.forEach((g, i) => {
        const key = grouping.key(g);
        if (key !== null) groups.set(key, [...(groups.get(key) ?? []), i]);
      });
      const geometries = [...groups.keys()].sort().map((key) => {
        const members = groups.get(key)!;
        const merged = mergeArcs(topo, members.map((i) => gemeenteGeometries[i]) as TopoPolygon[]);
        return { ...merged, id: key, properties: grouping.properties(members.map((i) => gemeenten[i])) };
      });
      topo.objects[grouping.layer] = { type: 'GeometryCollection', geometries };
      rows += geometries.length;
    }
    // Fixed key order of the objects, independent of insertion details.
    topo.objects = Object.fromEntries(REGION_LAYERS.map((name) => [name, topo.objects[name]]));
    ctx.log(
      `regions: ${REGION_LAYERS.map((l) => `${l} ${(topo.objects[l] as GeometryCollection).geometries.length}`).join(', ')}`,
    );
    return [{ path: GEODATA_FILES.regions, data: JSON.stringify(topo), rows, sources: ['cbs-gemeenten', 'krimp'] }];
  },
};
