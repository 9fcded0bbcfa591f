import type { FeatureCollection, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { frameHeight, project } from './nl-frame.ts';

const LAND_COLOUR = '#e4e2dc';
const WATER_COLOUR = '#f7f9fb';
const COAST_COLOUR = '#a7a39a';

/**
 * The Netherlands' land from basemap.topojson, drawn once into a canvas that every small
 * multiple copies with drawImage: one rasterisation for all the thumbnails, no WebGL context.
 */
export function drawLand(basemap: Topology, width: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = frameHeight(width);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw a 2D canvas');
  ctx.fillStyle = WATER_COLOUR;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const land = feature(basemap, basemap.objects.land as GeometryCollection) as FeatureCollection;
  ctx.beginPath();
  for (const f of land.features) {
    const g = f.geometry;
    const polygons: Position[][][] =
      g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    for (const rings of polygons) {
      for (const ring of rings) {
        ring.forEach(([lon, lat], i) => {
          const [x, y] = project(lon, lat, width);
          if (i === 0) ctx.moveTo(x, y);
          else ctx.lineTo(x, y);
        });
        ctx.closePath();
      }
    }
  }
  // even-odd: lakes and the Wadden Sea are holes whatever the ring winding
  ctx.fillStyle = LAND_COLOUR;
  ctx.fill('evenodd');
  ctx.strokeStyle = COAST_COLOUR;
  ctx.lineWidth = 0.6;
  ctx.stroke();
  return canvas;
}
