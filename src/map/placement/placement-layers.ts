import { ScatterplotLayer } from '@deck.gl/layers';
import type { Location } from '../../data/geodata/index.ts';
import type { Rgba } from '../colors.ts';
import { GAIN_COLOUR, LOSS_COLOUR, STALE_COLOUR } from '../delta/delta-colours.ts';

export const BEST_PLACE_LAYER_ID = 'placement-best';
export const ONE_PROVIDER_LAYER_ID = 'placement-one-provider';

/** A location on the placement map, with what it means in the answer. */
export interface PlacementPoint {
  location: Location;
  /** best place: gain as a share of the best gain (0..1]; one provider: 1 kept, 0 dropped */
  weight: number;
  kept: boolean;
}

const MAX_RADIUS_PX = 18;
const MIN_RADIUS_PX = 7;

/**
 * Best places as halos under the location dots: area proportional to the gain (radius by its
 * square root), darker for more. Gain blue, as on the delta map.
 */
export function bestPlaceLayer(points: readonly PlacementPoint[], stale: boolean, version: number) {
  return new ScatterplotLayer<PlacementPoint>({
    id: BEST_PLACE_LAYER_ID,
    data: points,
    getPosition: (d) => [d.location.lon, d.location.lat],
    radiusUnits: 'pixels',
    getRadius: (d) => MIN_RADIUS_PX + (MAX_RADIUS_PX - MIN_RADIUS_PX) * Math.sqrt(d.weight),
    getFillColor: (d): Rgba =>
      stale ? STALE_COLOUR : [GAIN_COLOUR[0], GAIN_COLOUR[1], GAIN_COLOUR[2], Math.round(60 + 170 * d.weight)],
    updateTriggers: { getFillColor: [stale, version], getRadius: [version] },
  });
}

/** Kept locations as filled blue discs, dropped ones as orange rings, under the location dots. */
export function oneProviderLayer(points: readonly PlacementPoint[], stale: boolean, version: number) {
  return new ScatterplotLayer<PlacementPoint>({
    id: ONE_PROVIDER_LAYER_ID,
    data: points,
    getPosition: (d) => [d.location.lon, d.location.lat],
    radiusUnits: 'pixels',
    getRadius: (d) => (d.kept ? 11 : 9),
    stroked: true,
    filled: true,
    lineWidthUnits: 'pixels',
    getLineWidth: (d) => (d.kept ? 0 : 3),
    getFillColor: (d): Rgba => (stale ? STALE_COLOUR : d.kept ? GAIN_COLOUR : [0, 0, 0, 0]),
    getLineColor: (): Rgba => (stale ? STALE_COLOUR : LOSS_COLOUR),
    updateTriggers: {
      getFillColor: [stale, version],
      getLineColor: [stale],
      getRadius: [version],
      getLineWidth: [version],
    },
  });
}
