import { describe, expect, it } from 'vitest';
import { ensureGraphGeodata } from '../../scripts/data/graph/ensure-geodata.ts';
import { checkJourneys, journeysMarkdown, REQUIRED_PASS_SHARE } from './journeys.ts';

describe('travel model against real journeys (test/fixtures/journeys.csv)', () => {
  it(`gets at least ${REQUIRED_PASS_SHARE * 100} % of the journeys within tolerance`, async () => {
    const checks = await checkJourneys(await ensureGraphGeodata());
    console.info(journeysMarkdown(checks));
    expect(checks.length).toBeGreaterThanOrEqual(30);
    const passed = checks.filter((c) => c.pass).length;
    expect(passed / checks.length).toBeGreaterThanOrEqual(REQUIRED_PASS_SHARE);
  }, 60_000);
});
