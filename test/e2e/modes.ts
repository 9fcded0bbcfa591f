import type { Page } from 'playwright-core';
import { waitForMapIdle } from './map.ts';

/** The audience modes, in the order of the mode switch's buttons. */
export const MODES = ['bewerken', 'presentatie', 'sector', 'publiek'] as const;
export type Mode = (typeof MODES)[number];

/**
 * Loads the app at `appUrl` in `mode` with `hash` (by default the niveau-2 travel field) and
 * returns once the field is computed and drawn.
 */
export async function openWithField(page: Page, appUrl: string, mode: Mode, hash = '#n=2'): Promise<void> {
  const query = mode === 'bewerken' ? '' : `?weergave=${mode}`;
  await page.goto(`${appUrl}${query}${hash}`);
  await page.waitForSelector(`.app[data-weergave="${mode}"]`, { timeout: 60_000 });
  // Attached, not visible: on a phone the legend starts folded.
  await page.getByTestId('travel-legend').waitFor({ state: 'attached', timeout: 120_000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid="travel-progress"]'), undefined, {
    timeout: 120_000,
  });
  await waitForMapIdle(page);
}

/**
 * Switches a loaded board view to another board mode with the mode switch, as a board does on
 * the big screen: the same document, so the computed field stays. (The public view is reached
 * only through a link; open it with `openWithField`.) The button is clicked in the page because
 * on a phone the switch sits in the folded header menu.
 */
export async function switchBoardMode(page: Page, mode: Exclude<Mode, 'publiek'>): Promise<void> {
  await page
    .getByTestId('weergave-switch')
    .locator('button')
    .nth(MODES.indexOf(mode))
    .evaluate((b) => (b as HTMLButtonElement).click());
  await page.waitForSelector(`.app[data-weergave="${mode}"]`);
  await waitForMapIdle(page);
}
