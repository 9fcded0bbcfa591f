import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export interface AxeReport {
  /** Serious and critical violations, each with its rule, help and (up to 8) elements hit. */
  blocking: string[];
  /** How many rules passed: a guard against a vacuous pass on a page axe could not look at. */
  passes: number;
}

/**
 * axe-core on the page, or on the part `include` selects. Legacy mode runs axe in the page in
 * one go; the default mode opens a second page in the test's context to merge per-frame
 * results, which costs ~5 s per run here and buys nothing for an app without iframes. Only
 * violations list every element: with all passes and inapplicable rules in full, the result
 * is ~5 MB of JSON to build and send back; every rule is still run and counted.
 */
export async function axeReport(page: Page, include?: string): Promise<AxeReport> {
  const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  const results = await (include ? builder.include(include) : builder).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 8)
          .join('\n  ')}`,
    );
  return { blocking, passes: results.passes.length };
}
