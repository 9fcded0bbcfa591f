import { TextLayer } from '@deck.gl/layers';
import type { Place } from '../data/geodata/index.ts';
import { PLACE_LABEL_COLOR, PLACE_LABEL_HALO } from './colors.ts';
import { labelMinZooms } from './label-placement.ts';

/** At least the 40 largest places are labelled; more are kept so zooming in reveals them. */
const PLACE_LABEL_COUNT = 80;

export interface PlaceLabels {
  /** The largest places, biggest first: the layer's data, stable for the session. */
  places: Place[];
  /** Per place, the zoom from which its label does not overlap a bigger place's label. */
  minZooms: number[];
}

function labelSize(population: number): number {
  if (population >= 300_000) return 16;
  if (population >= 100_000) return 14;
  return 12;
}

/** Picks the labelled places and works out where they fit, once per places file. */
export function placeLabels(allPlaces: readonly Place[], count = PLACE_LABEL_COUNT): PlaceLabels {
  const places = [...allPlaces]
    .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name))
    .slice(0, count);
  // Rough label box: bold sans glyphs average about 0.62 em wide; the halo adds a few pixels.
  const boxes = places.map((p) => {
    const size = labelSize(p.population);
    return { lon: p.lon, lat: p.lat, width: p.name.length * size * 0.62 + 8, height: size * 1.25 };
  });
  return { places, minZooms: labelMinZooms(boxes, 4) };
}

/**
 * Place names drawn by deck.gl with a system font rendered to a local texture: MapLibre symbol
 * layers would need glyph files from a URL. A label that does not fit at the current zoom gets
 * size 0; `data` stays the same, only the size attribute is refilled as the zoom changes.
 */
export function placeLabelsLayer({ places, minZooms }: PlaceLabels, zoom: number) {
  return new TextLayer<Place>({
    id: 'place-labels',
    data: places,
    getPosition: (d) => [d.lon, d.lat],
    getText: (d) => d.name,
    getSize: (d, { index }) => (zoom >= minZooms[index] ? labelSize(d.population) : 0),
    sizeUnits: 'pixels',
    getColor: PLACE_LABEL_COLOR,
    fontFamily: '"DejaVu Sans", "Segoe UI", Arial, sans-serif',
    fontWeight: 'bold',
    characterSet: 'auto',
    fontSettings: { sdf: true, buffer: 6 },
    outlineWidth: 4,
    outlineColor: [...PLACE_LABEL_HALO, 235],
    getPixelOffset: [0, -10],
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'bottom',
    pickable: false,
    updateTriggers: { getSize: [zoom] },
  });
}
