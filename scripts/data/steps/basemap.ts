import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { bboxClip } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { GEODATA_FILES } from '../../../src/data/geodata/index.ts';
import { featureCollection, simplifiedTopology } from '../lib/topo.ts';
import type { BuildStep } from '../step.ts';
import { loadLandMask } from './grid.ts';

/** The map's context frame around the Netherlands: [west, south, east, north]. */
export const BASEMAP_BBOX: [number, number, number, number] = [1.5, 49.9, 9.0, 54.4];
/** Coastline detail of about 100 m, enough at city zoom; halves the land mask. */
export const BASEMAP_SIMPLIFY = { quantization: 1e5, minWeight: 5e-6 };
/** Natural Earth neighbours by ISO 3166-1 numeric code (world-atlas feature ids). */
export const NEIGHBOURS: Record<string, string> = {
  '056': 'België',
  '276': 'Duitsland',
  '250': 'Frankrijk',
  '442': 'Luxemburg',
  '826': 'Verenigd Koninkrijk',
};

/**
 * basemap.topojson: the Dutch land mask (PC4-based, so the IJsselmeer, Wadden Sea and
 * Zeeland waters are water) and the neighbouring countries clipped to the map frame.
 */
export const basemapStep: BuildStep = {
  id: 'basemap',
  async run(ctx) {
    const land = await loadLandMask(ctx);
    const worldFile = createRequire(import.meta.url).resolve('world-atlas/countries-10m.json');
    const world = JSON.parse(await readFile(worldFile, 'utf8')) as Topology;
    const countries = feature(world, world.objects.countries) as FeatureCollection<Polygon | MultiPolygon>;
    const neighbours: Feature<Polygon | MultiPolygon, { naam: string; iso: string }>[] = [];
    for (const iso of Object.keys(NEIGHBOURS).sort()) {
      const country = countries.features.find((f) => f.id === iso);
      if (!country) throw new Error(`${worldFile}: country ${iso} (${NEIGHBOURS[iso]}) is missing`);
      const clipped = bboxClip(country, BASEMAP_BBOX);
      if (clipped.geometry.coordinates.length === 0) continue;
      neighbours.push({
        type: 'Feature',
        id: iso,
        properties: { naam: NEIGHBOURS[iso], iso },
        geometry: clipped.geometry as Polygon | MultiPolygon,
      });
    }
    const topo = simplifiedTopology(
      {
        land: featureCollection([{ type: 'Feature', properties: { naam: 'Nederland' }, geometry: land }]),
        countries: featureCollection(neighbours),
      },
      BASEMAP_SIMPLIFY,
    );
    ctx.log(`basemap: land + ${neighbours.length} neighbouring countries`);
    return [
      {
        path: GEODATA_FILES.basemap,
        data: JSON.stringify(topo),
        rows: 1 + neighbours.length,
        sources: ['land-mask', 'natural-earth'],
      },
    ];
  },
};
