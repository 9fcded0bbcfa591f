import { memo, useEffect, useMemo, useRef } from 'react';
import type { Topology } from 'topojson-specification';
import { drawLand } from './land-canvas.ts';
import { cellPixels, frameHeight, project } from './nl-frame.ts';
import './small-multiples.css';

export interface SmallMultiple {
  key: string;
  title: string;
  /** accessible description: what the thumbnail shows, in words */
  label: string;
  /** offering locations, [lon, lat] */
  points: readonly (readonly [number, number])[];
  /** 1 per grid cell within the travel limit; null while not computed */
  covered: Uint8Array | null;
  /** coverage from an older offer or limit: drawn greyed */
  stale: boolean;
}

interface SmallMultiplesProps {
  items: readonly SmallMultiple[];
  basemap: Topology;
  /** grid cell centres (grid.bin), to place the covered cells; null while the grid loads */
  cells: { lon: Float32Array; lat: Float32Array } | null;
  width?: number;
}

// Colour-blind-safe pair: a light blue area under dark navy dots with a white halo.
const COVERED_RGBA = [44, 127, 184, 110] as const;
const STALE_RGBA = [150, 150, 150, 110] as const;
const DOT_FILL = '#0b2545';

/**
 * Thumbnail maps of the Netherlands, one per item: plain 2D canvases (no WebGL context each,
 * browsers allow only ~16), not interactive. The land is rasterised once and copied; the
 * covered cells are written straight into a pixel buffer through a precomputed cell → pixel index.
 */
export function SmallMultiples({ items, basemap, cells, width = 150 }: SmallMultiplesProps) {
  const land = useMemo(() => drawLand(basemap, width), [basemap, width]);
  const pixels = useMemo(() => (cells ? cellPixels(cells.lon, cells.lat, width) : null), [cells, width]);
  return (
    <ul className="small-multiples" data-testid="small-multiples">
      {items.map((item) => (
        <li key={item.key} className="small-multiple">
          <SmallMap item={item} land={land} pixels={pixels} width={width} />
          <span className="small-multiple-title" aria-hidden="true">
            {item.title}
          </span>
        </li>
      ))}
    </ul>
  );
}

interface SmallMapProps {
  item: SmallMultiple;
  land: HTMLCanvasElement;
  pixels: Int32Array | null;
  width: number;
}

/** Redrawn only when what it shows changed: the parent rebuilds items whenever any figure arrives. */
const SmallMap = memo(
  SmallMapCanvas,
  (a, b) =>
    a.land === b.land &&
    a.pixels === b.pixels &&
    a.width === b.width &&
    a.item.covered === b.item.covered &&
    a.item.stale === b.item.stale &&
    a.item.label === b.item.label &&
    samePoints(a.item.points, b.item.points),
);

function samePoints(a: SmallMultiple['points'], b: SmallMultiple['points']): boolean {
  return a.length === b.length && a.every((p, i) => p[0] === b[i][0] && p[1] === b[i][1]);
}

function SmallMapCanvas({ item, land, pixels, width }: SmallMapProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const height = frameHeight(width);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    ctx.drawImage(land, 0, 0);
    if (item.covered && pixels) ctx.drawImage(coveredLayer(item.covered, pixels, width, height, item.stale), 0, 0);
    ctx.fillStyle = DOT_FILL;
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 0.8;
    for (const [lon, lat] of item.points) {
      const [x, y] = project(lon, lat, width);
      ctx.beginPath();
      ctx.arc(x, y, 2.4, 0, Math.PI * 2);
      ctx.fill();
      ctx.stroke();
    }
    canvas.dataset.drawn = String(item.points.length);
  }, [item, land, pixels, width, height]);
  return (
    <canvas
      ref={ref}
      width={width}
      height={height}
      role="img"
      aria-label={item.label}
      className={item.stale ? 'stale' : undefined}
    />
  );
}

function coveredLayer(
  covered: Uint8Array,
  pixels: Int32Array,
  width: number,
  height: number,
  stale: boolean,
): HTMLCanvasElement {
  const layer = document.createElement('canvas');
  layer.width = width;
  layer.height = height;
  const image = new ImageData(width, height);
  const [r, g, b, a] = stale ? STALE_RGBA : COVERED_RGBA;
  const data = image.data;
  for (let c = 0; c < covered.length && c < pixels.length; c++) {
    const p = pixels[c];
    if (covered[c] === 0 || p < 0) continue;
    const i = p * 4;
    data[i] = r;
    data[i + 1] = g;
    data[i + 2] = b;
    data[i + 3] = a;
  }
  layer.getContext('2d')?.putImageData(image, 0, 0);
  return layer;
}
