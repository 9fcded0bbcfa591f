import type { Locator, Page } from 'playwright-core';

/** A location's button in the list, after "show more" as often as it takes: the list is paged. */
export async function locationInList(page: Page, brinvest: string): Promise<Locator> {
  const button = page.locator(`.location-list button[data-brinvest="${brinvest}"]`);
  const more = page.getByTestId('location-list-more').locator('button').first();
  while ((await button.count()) === 0) {
    if ((await more.count()) === 0) throw new Error(`location ${brinvest} is not in the list at all`);
    await more.click();
  }
  return button;
}
