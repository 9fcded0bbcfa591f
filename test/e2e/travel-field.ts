import type { Page } from 'playwright-core';
import type { Niveau } from '../../src/engine/offer/types.ts';
import { NIVEAU_PROFILES } from '../../src/engine/profiles/index.ts';
import { travelMessages } from '../../src/i18n/travel.ts';
import type { Rgba } from '../../src/map/colors.ts';
import { BASEMAP_COLORS } from '../../src/map/colors.ts';
import { travelBands } from '../../src/map/travel/colour-scale.ts';
import { hexToRgb, pixelStats, waitForMapIdle } from './map.ts';

/** The travel-time field as the browser tests check it: chosen through the panel, seen in pixels. */
const t = travelMessages.nl;
const land = hexToRgb(BASEMAP_COLORS.land);

/** A band colour as it lands on screen: drawn with its alpha over the land colour. */
export function overLand([r, g, b, a]: Rgba): [number, number, number] {
  const alpha = a / 255;
  return [r, g, b].map((c, i) => Math.round(c * alpha + land[i] * (1 - alpha))) as [number, number, number];
}

/** The on-screen colour of each band up to `limit` minutes, keyed "from-to". */
export function bandReferences(limit: number): Record<string, [number, number, number]> {
  return Object.fromEntries(travelBands(limit).map((band) => [`${band.from}-${band.to}`, overLand(band.colour)]));
}

/** Chooses `niveau` in the travel panel and waits until its field is computed and its legend shown. */
export async function chooseNiveau(page: Page, niveau: Niveau): Promise<void> {
  // dispatchEvent: the choice rewrites the URL hash, and over file:// Playwright would wait for a
  // navigation after a real click that never comes.
  await page.getByTestId('travel-panel').getByText(t.niveauNames[niveau], { exact: true }).dispatchEvent('click');
  await page.getByTestId('travel-legend').waitFor({ timeout: 90_000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid="travel-progress"]'), undefined, {
    timeout: 90_000,
  });
}

/**
 * The share of the map covered by each band colour of `niveau`'s default limit, from a
 * screenshot of the settled map (saved at `screenshot` when given).
 */
export async function travelBandShares(
  page: Page,
  niveau: Niveau,
  screenshot?: string,
): Promise<Record<string, number>> {
  await waitForMapIdle(page);
  const png = await page.getByTestId('map').screenshot(screenshot ? { path: screenshot } : {});
  const stats = await pixelStats(page, png, bandReferences(NIVEAU_PROFILES[niveau].defaultMaxMinutes), [], 10);
  return stats.shares;
}
