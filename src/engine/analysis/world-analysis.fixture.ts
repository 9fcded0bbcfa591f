import { GraphBuilder } from '../graph/builder.ts';
import { MODE_CYCLE } from '../graph/modes.ts';
import type { TravelGraph } from '../graph/types.ts';
import { type RegionContext, regionContext } from '../metrics/regions.ts';
import type { SmallGraph } from '../reach/reference-field.fixture.ts';

/** Test support for the analysis tests on the synthetic worlds of metrics/synthetic-world.fixture.ts. */

/** The world's small graph as the engine's CSR travel graph. */
export function travelGraph(graph: SmallGraph): TravelGraph {
  const b = new GraphBuilder(graph.cellCount);
  graph.edges.forEach((out, from) => {
    for (const [to, minutes] of out) b.addEdge(from, to, minutes, MODE_CYCLE);
  });
  return b.build();
}

/**
 * The same regions with 2^c people in cell c: every set of cells then has its own exact sum,
 * so equal counts mean equal sets of people, with no floating-point slack.
 */
export function powersOfTwo(regions: RegionContext): RegionContext {
  const gemeente = Uint16Array.from(regions.cellBucket, (b) => (b === regions.gemeenteCount ? 65535 : b));
  const pop = Float32Array.from({ length: regions.cellCount }, (_, c) => 2 ** c);
  return regionContext({ count: regions.cellCount, pop, gemeente }, regions.gemeenteCount, regions.krimp);
}
