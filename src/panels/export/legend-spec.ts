import type { Messages } from '../../i18n/nl.ts';
import type { ScenarioMessages } from '../../i18n/scenario.ts';
import type { TravelMessages } from '../../i18n/travel.ts';
import type { ExportMessages } from '../../i18n/export.ts';
import { BASEMAP_COLORS, SOORT_COLORS, SOORT_ORDER } from '../../map/colors.ts';
import { GAIN_COLOUR, LOSS_COLOUR, REACHED_COLOUR, type Rgba } from '../../map/delta/delta-colours.ts';
import { BEYOND_LIMIT_COLOUR, travelBands } from '../../map/travel/colour-scale.ts';

export type Rgb = [number, number, number];

export interface LegendItem {
  /** The colour as it looks on the map: translucent map colours are composited over the land. */
  colour: Rgb;
  label: string;
  shape: 'dot' | 'square';
}

export interface LegendSection {
  title: string;
  items: LegendItem[];
}

/** What is on screen, as far as the legend is concerned. */
export interface LegendState {
  /** The travel field's limit in minutes, or null when no field is drawn. */
  travelLimit: number | null;
  /** The delta map's mode, or null when it is not drawn. */
  delta: { showAfter: boolean } | null;
  /** What sizes the location markers when one of the user's figures does: its legend line and source. */
  sizedBy?: { title: string; source: string } | null;
}

export interface LegendMessages {
  app: Messages;
  travel: TravelMessages;
  scenario: ScenarioMessages;
  exports: ExportMessages;
}

function hexRgb(hex: string): Rgb {
  return [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)];
}

const LAND = hexRgb(BASEMAP_COLORS.land);

/** A translucent map colour as it appears over the land fill (the legend is drawn opaque). */
export function overLand([r, g, b, a]: Rgba): Rgb {
  const alpha = a / 255;
  return [r, g, b].map((c, i) => Math.round(c * alpha + LAND[i] * (1 - alpha))) as Rgb;
}

/**
 * The legend sections for the exported image: the same entries the on-screen legends show —
 * location colours always, the travel bands while a field is drawn, the delta colours while the
 * delta map is drawn (gain and loss only in the "after" view).
 */
export function legendSections(state: LegendState, m: LegendMessages): LegendSection[] {
  const sections: LegendSection[] = [
    {
      title: m.exports.imageLocations,
      items: SOORT_ORDER.map((soort) => ({
        colour: [...SOORT_COLORS[soort]] as Rgb,
        label: m.app.soort[soort],
        shape: 'dot',
      })),
    },
  ];
  if (state.travelLimit !== null) {
    const limit = state.travelLimit;
    sections.push({
      title: m.exports.imageTravel,
      items: [
        ...travelBands(limit).map((band) => ({
          colour: overLand(band.colour),
          label: m.travel.legendBand(band.from, band.to),
          shape: 'square' as const,
        })),
        { colour: overLand(BEYOND_LIMIT_COLOUR), label: m.travel.legendBeyond(limit), shape: 'square' },
      ],
    });
  }
  if (state.delta) {
    const items: LegendItem[] = [];
    if (state.delta.showAfter) {
      items.push({ colour: overLand(GAIN_COLOUR), label: m.scenario.deltaGain, shape: 'square' });
      items.push({ colour: overLand(LOSS_COLOUR), label: m.scenario.deltaLoss, shape: 'square' });
    }
    items.push({ colour: overLand(REACHED_COLOUR), label: m.scenario.deltaReached, shape: 'square' });
    sections.push({ title: m.scenario.deltaLegendTitle, items });
  }
  if (state.sizedBy) {
    sections.push({
      title: state.sizedBy.title,
      items: [{ colour: [...SOORT_COLORS.overig] as Rgb, label: state.sizedBy.source, shape: 'dot' }],
    });
  }
  return sections;
}
