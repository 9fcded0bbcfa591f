import { ScatterplotLayer } from '@deck.gl/layers';
import type { Location } from '../../data/geodata/index.ts';

export const EARLY_WARNING_LAYER_ID = 'early-warning';

const MIN_RADIUS_PX = 3;
const MAX_RADIUS_PX = 26;
/** Orange of the loss family (never red against green), translucent so the dots beneath show. */
const FILL: [number, number, number, number] = [230, 120, 20, 150];
const STALE_FILL: [number, number, number, number] = [150, 150, 150, 120];
const OUTLINE: [number, number, number, number] = [120, 55, 0, 220];

export interface EarlyWarningLayerInput {
  /** all locations: the same array for the session, so deck keeps its positions */
  locations: readonly Location[];
  /** sole reach per vestiging; a new Map whenever the figures or the filters change */
  soleByVestiging: ReadonlyMap<string, number>;
  stale: boolean;
}

/**
 * Locations sized by the sole reach they carry (circle AREA proportional to people, so the
 * radius grows with the square root). `data` stays the one location array; the sizes change
 * through updateTriggers only. Not pickable: clicks go to the location dots on top.
 */
export function earlyWarningLayer({ locations, soleByVestiging, stale }: EarlyWarningLayerInput) {
  let max = 0;
  for (const v of soleByVestiging.values()) if (v > max) max = v;
  const radius = (d: Location) => {
    const v = soleByVestiging.get(d.brinvest) ?? 0;
    return v > 0 && max > 0 ? MIN_RADIUS_PX + (MAX_RADIUS_PX - MIN_RADIUS_PX) * Math.sqrt(v / max) : 0;
  };
  return new ScatterplotLayer<Location>({
    id: EARLY_WARNING_LAYER_ID,
    data: locations,
    getPosition: (d) => [d.lon, d.lat],
    radiusUnits: 'pixels',
    getRadius: radius,
    getFillColor: stale ? STALE_FILL : FILL,
    stroked: true,
    lineWidthUnits: 'pixels',
    getLineWidth: 1,
    getLineColor: OUTLINE,
    pickable: false,
    updateTriggers: { getRadius: [soleByVestiging] },
  });
}
