import type { Page } from 'playwright-core';

/** The test handle MapView puts on window: the MapLibre map (only what the tests call). */
interface TestMap {
  loaded(): boolean;
  isMoving(): boolean;
  once(event: 'idle', listener: () => void): void;
  triggerRepaint(): void;
  project(lngLat: [number, number]): { x: number; y: number };
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
  getContainer(): HTMLElement;
}
declare global {
  interface Window {
    __regiekaartMap?: TestMap;
  }
}

/** Waits until the app shows its map, the style is loaded and nothing is left to draw. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForSelector('[data-map-ready="true"]', { timeout: 45_000 });
  await page.waitForFunction(
    () => {
      const map = window.__regiekaartMap;
      return map?.loaded() && !map.isMoving();
    },
    undefined,
    { timeout: 45_000 },
  );
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__regiekaartMap!;
        // Resolve with nothing: MapLibre hands the listener its event, whose `target` is the
        // whole map, and Playwright would serialize all of it (tile buffers included, seconds of
        // work with a travel field drawn) to return it to the test.
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/** Where a lon/lat point is drawn, in page coordinates (for mouse events and screenshot pixels). */
export function projectToPage(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([lon, lat]) => {
      const map = window.__regiekaartMap!;
      const point = map.project([lon, lat]);
      const box = map.getContainer().getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    },
    [lon, lat] as const,
  );
}

export interface PixelStats {
  width: number;
  height: number;
  /** Distinct colours after dropping the 3 low bits of each channel. */
  distinctColours: number;
  /** Share of pixels within `tolerance` of each reference colour. */
  shares: Record<string, number>;
}

/**
 * Decodes a PNG screenshot inside the page (no image library needed in node) and counts its
 * colours. For each of `samples` (points in screenshot pixels) the 7×7 patch around it is
 * returned, so a border line or label crossing the point does not decide the outcome.
 */
export async function pixelStats(
  page: Page,
  png: Buffer,
  references: Record<string, [number, number, number]>,
  samples: { x: number; y: number }[] = [],
  tolerance = 8,
): Promise<PixelStats & { patches: [number, number, number][][] }> {
  return page.evaluate(
    async ({ base64, references, samples, tolerance }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d', { willReadFrequently: true })!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      const distinct = new Set<number>();
      const counts: Record<string, number> = Object.fromEntries(Object.keys(references).map((k) => [k, 0]));
      const total = data.length / 4;
      for (let i = 0; i < data.length; i += 4) {
        const r = data[i],
          g = data[i + 1],
          b = data[i + 2];
        distinct.add(((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3));
        for (const [name, [rr, gg, bb]] of Object.entries(references)) {
          if (Math.abs(r - rr) <= tolerance && Math.abs(g - gg) <= tolerance && Math.abs(b - bb) <= tolerance)
            counts[name]++;
        }
      }
      const patches = samples.map(({ x, y }) => {
        const patch: [number, number, number][] = [];
        for (let dy = -3; dy <= 3; dy++) {
          for (let dx = -3; dx <= 3; dx++) {
            const px = Math.min(canvas.width - 1, Math.max(0, Math.round(x) + dx));
            const py = Math.min(canvas.height - 1, Math.max(0, Math.round(y) + dy));
            const at = (py * canvas.width + px) * 4;
            patch.push([data[at], data[at + 1], data[at + 2]]);
          }
        }
        return patch;
      });
      return {
        width: canvas.width,
        height: canvas.height,
        distinctColours: distinct.size,
        shares: Object.fromEntries(Object.entries(counts).map(([k, n]) => [k, n / total])),
        patches,
      };
    },
    { base64: png.toString('base64'), references, samples, tolerance },
  );
}

export function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Share of a patch's pixels within `tolerance` of `colour` on every channel. */
export function shareNear(
  patch: readonly [number, number, number][],
  colour: readonly number[],
  tolerance = 8,
): number {
  return patch.filter((px) => px.every((v, i) => Math.abs(v - colour[i]) <= tolerance)).length / patch.length;
}

export interface ColouredPoint {
  lon: number;
  lat: number;
  colour: readonly [number, number, number];
}

/**
 * Checks that points are really drawn in their colour: of the points on screen, not under a
 * panel or control and at least 14 px from any other point (so neighbours cannot stand in for
 * them), returns how many were checked and how many show their colour at their position.
 */
export async function colouredPointsDrawn(page: Page, points: readonly ColouredPoint[], max = 40) {
  const onScreen = await page.evaluate(
    (pts) => {
      const map = window.__regiekaartMap!;
      const box = map.getContainer().getBoundingClientRect();
      const canvas = map.getContainer().querySelector('canvas');
      const projected = pts.map((p) => {
        const xy = map.project([p.lon, p.lat]);
        return { x: box.left + xy.x, y: box.top + xy.y };
      });
      return projected.map((p, i) => {
        const isolated = projected.every((q, j) => j === i || Math.hypot(p.x - q.x, p.y - q.y) >= 14);
        const visible = document.elementFromPoint(p.x, p.y) === canvas;
        return isolated && visible ? p : null;
      });
    },
    points.map((p) => ({ lon: p.lon, lat: p.lat })),
  );
  const chosen = points
    .map((point, i) => ({ point, at: onScreen[i] }))
    .filter((c): c is { point: ColouredPoint; at: { x: number; y: number } } => c.at !== null)
    .slice(0, max);
  const png = await page.screenshot();
  const { patches } = await pixelStats(
    page,
    png,
    {},
    chosen.map((c) => c.at),
  );
  const hits = chosen.filter(
    (c, i) => patches[i].filter((px) => px.every((v, k) => Math.abs(v - c.point.colour[k]) <= 12)).length >= 5,
  );
  return { checked: chosen.length, drawn: hits.length };
}
