import type { Locator, Page } from 'playwright-core';

/**
 * The button of one PROGRAMME_ACTIONS entry (`stop`, `uitruil`, `beste-plek`, `een-aanbieder`)
 * for a crebo in the open location panel. A long list is folded by domain, so the filter box
 * narrows it to the crebo first, which opens its group.
 */
export async function programmeAction(page: Page, action: string, crebo: string): Promise<Locator> {
  const filter = page.getByTestId('programmes-filter');
  if ((await filter.count()) > 0 && (await filter.inputValue()) !== crebo) await filter.fill(crebo);
  return page.locator(`[data-testid="location-panel"] [data-testid="programme-${action}"][data-crebo="${crebo}"]`);
}
