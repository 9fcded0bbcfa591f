/**
 * Benchmark case "map-frame": how long the map takes to draw one frame in chromium without a GPU
 * (software WebGL, as in the browser tests and on meeting-room PCs without a graphics card), on
 * the built app (`dist/`, so run `npx vite build` first). Each sample repaints the map and waits
 * until the frame is drawn (`idle`, then a one-pixel readPixels, which waits for the GPU work).
 *
 * Measured in the same run: `map_frame_ms` with the national niveau-4 travel field and its
 * isochrone at 1280×800, `map_frame_regional_ms` the same field zoomed in on one region, and as
 * their baseline `map_frame_plain_ms`, the national map with the travel view off (basemap and
 * locations), with `map_frame_field_ratio` = field / plain. When
 * BENCH_BASELINE_DIST names another build (e.g. of the commit before a change), the same is
 * measured on it, interleaved with this build so that the machine's load falls on both, as
 * `map_base_frame_ms` and `map_base_frame_regional_ms`, with `map_frame_ratio` and
 * `map_frame_regional_ratio` = base / this build. BENCH_DIST measures another
 * build folder instead of `dist/`.
 */
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../test/e2e/chromium.ts';
import { plainStaticServer } from '../../test/e2e/static-server.ts';
import { type BenchCase, median } from './case.ts';

const PREFIX = '/app/';
/** Repaints per sample, and samples per view and build. */
const FRAMES = 4;
const SAMPLES = 3;

// A string, not a function: tsx (esbuild keepNames) would wrap inner names in a helper the page lacks.
const FRAME_IN_PAGE = `async (frames) => {
  const map = window.__regiekaartMap;
  const gl = map.getCanvas().getContext('webgl2');
  const pixel = new Uint8Array(4);
  const start = performance.now();
  for (let i = 0; i < frames; i++) {
    await new Promise((drawn) => { map.once('idle', () => drawn()); map.triggerRepaint(); });
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
  }
  return (performance.now() - start) / frames;
}`;

const SETTLED = `(() => {
  const map = window.__regiekaartMap;
  return map !== undefined && map.loaded() && !map.isMoving();
})()`;

interface Build {
  url: string;
  close(): void;
}

async function serve(dist: string): Promise<Build> {
  const server = plainStaticServer(resolve(dist), PREFIX);
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${PREFIX}`, close: () => server.close() };
}

/** One sample: the mean frame of FRAMES repaints of the map opened at `hash`, once it has settled. */
async function frameMs(browser: Browser, url: string, hash: string, field: boolean): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(url + hash);
    await page.locator('[data-map-ready="true"]').waitFor({ timeout: 60_000 });
    // The isochrone's legend line shows once the outline is traced and drawn (in every build).
    if (field) await page.locator('.travel-swatch.is-line').waitFor({ timeout: 120_000 });
    await page.waitForFunction(SETTLED, undefined, { timeout: 60_000, polling: 200 });
    // Let the workers finish (the scenario figures) so they do not share the cores.
    if (field) await page.locator('[data-testid="scenario-figures"][aria-busy="false"]').waitFor({ timeout: 120_000 });
    await page.waitForTimeout(1000);
    await page.evaluate(`(${FRAME_IN_PAGE})(1)`); // warm-up: the first frame after idle compiles nothing new
    return (await page.evaluate(`(${FRAME_IN_PAGE})(${FRAMES})`)) as number;
  } finally {
    await page.close();
  }
}

/** A regional view (around Apeldoorn at zoom 9.5, as a regional meeting looks at it). */
const REGIONAL = '#lon=5.9&lat=52.2&z=9.5&n=4';

const round1 = (x: number) => Math.round(x * 10) / 10;

export const mapFrameCase: BenchCase = {
  name: 'map-frame',
  async run() {
    const builds: Record<'now' | 'base', Build | null> = {
      now: await serve(resolve(process.cwd(), process.env.BENCH_DIST ?? 'dist')),
      base: process.env.BENCH_BASELINE_DIST ? await serve(resolve(process.env.BENCH_BASELINE_DIST)) : null,
    };
    const browser = await launchChromium();
    const samples = {
      field: [] as number[],
      plain: [] as number[],
      base: [] as number[],
      regional: [] as number[],
      baseRegional: [] as number[],
    };
    try {
      for (let i = 0; i < SAMPLES; i++) {
        samples.field.push(await frameMs(browser, builds.now!.url, '#n=4', true));
        samples.plain.push(await frameMs(browser, builds.now!.url, '#', false));
        samples.regional.push(await frameMs(browser, builds.now!.url, REGIONAL, true));
        if (builds.base) {
          samples.base.push(await frameMs(browser, builds.base.url, '#n=4', true));
          samples.baseRegional.push(await frameMs(browser, builds.base.url, REGIONAL, true));
        }
      }
    } finally {
      await browser.close();
      builds.now?.close();
      builds.base?.close();
    }
    const field = median(samples.field);
    const plain = median(samples.plain);
    const regional = median(samples.regional);
    const result: Record<string, number> = {
      map_frame_ms: round1(field),
      map_frame_regional_ms: round1(regional),
      map_frame_plain_ms: round1(plain),
      map_frame_field_ratio: round1(field / plain),
    };
    if (builds.base) {
      const base = median(samples.base);
      result.map_base_frame_ms = round1(base);
      result.map_frame_ratio = Math.round((base / field) * 100) / 100;
      const baseRegional = median(samples.baseRegional);
      result.map_base_frame_regional_ms = round1(baseRegional);
      result.map_frame_regional_ratio = Math.round((baseRegional / regional) * 100) / 100;
    }
    return result;
  },
};
