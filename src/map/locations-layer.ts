import { ScatterplotLayer } from '@deck.gl/layers';
import type { Institution, InstitutionSoort, Location } from '../data/geodata/index.ts';
import { LOCATION_OUTLINE, SELECTED_OUTLINE, SOORT_COLORS } from './colors.ts';

export const LOCATIONS_LAYER_ID = 'locations';

export interface LocationsLayerInput {
  /** All locations; the same array for the whole session, so deck never re-uploads positions. */
  locations: readonly Location[];
  soortByBrin: ReadonlyMap<string, InstitutionSoort>;
  /** brinvests passing the filters; a new Set whenever the filters change. */
  visible: ReadonlySet<string>;
  selected: string | null;
  /** Radius in pixels per brinvest when a figure of the user's sizes the markers; locations without a value keep the default. */
  radius?: ReadonlyMap<string, number> | null;
}

const RADIUS_PX = 5;
const SELECTED_RADIUS_PX = 9;

/**
 * Every location as a dot coloured by the kind of institution. Filtered-out locations get radius
 * 0 (not drawn, not pickable) instead of leaving the data array, which stays stable.
 */
export function locationsLayer({ locations, soortByBrin, visible, selected, radius = null }: LocationsLayerInput) {
  return new ScatterplotLayer<Location>({
    id: LOCATIONS_LAYER_ID,
    data: locations,
    getPosition: (d) => [d.lon, d.lat],
    radiusUnits: 'pixels',
    getRadius: (d) =>
      !visible.has(d.brinvest)
        ? 0
        : d.brinvest === selected
          ? Math.max(SELECTED_RADIUS_PX, radius?.get(d.brinvest) ?? 0)
          : (radius?.get(d.brinvest) ?? RADIUS_PX),
    getFillColor: (d) => SOORT_COLORS[soortByBrin.get(d.brin) ?? 'overig'],
    stroked: true,
    lineWidthUnits: 'pixels',
    getLineWidth: (d) => (d.brinvest === selected ? 2.5 : 1),
    getLineColor: (d) => (d.brinvest === selected ? SELECTED_OUTLINE : LOCATION_OUTLINE),
    pickable: true,
    autoHighlight: true,
    highlightColor: [255, 255, 255, 110],
    updateTriggers: {
      getRadius: [visible, selected, radius],
      getLineWidth: [selected],
      getLineColor: [selected],
      getFillColor: [soortByBrin],
    },
  });
}

/** The selected location once more, on top of all others, so it is never hidden under a neighbour. */
export function selectedLocationLayer(location: Location | null, soortByBrin: ReadonlyMap<string, InstitutionSoort>) {
  return new ScatterplotLayer<Location>({
    id: `${LOCATIONS_LAYER_ID}-selected`,
    data: location ? [location] : [],
    getPosition: (d) => [d.lon, d.lat],
    radiusUnits: 'pixels',
    getRadius: SELECTED_RADIUS_PX,
    getFillColor: (d) => SOORT_COLORS[soortByBrin.get(d.brin) ?? 'overig'],
    stroked: true,
    lineWidthUnits: 'pixels',
    getLineWidth: 2.5,
    getLineColor: SELECTED_OUTLINE,
    pickable: true,
  });
}

export function soortByBrin(institutions: readonly Institution[]): Map<string, InstitutionSoort> {
  return new Map(institutions.map((i) => [i.brin, i.soort]));
}
