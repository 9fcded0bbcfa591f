import type { ExportMessages } from '../../i18n/export.ts';
import type { ImpactMessages } from '../../i18n/impact.ts';
import type { Messages } from '../../i18n/nl.ts';
import type { ScenarioMessages } from '../../i18n/scenario.ts';
import type { TravelMessages } from '../../i18n/travel.ts';
import type { TravelChangeMessages } from '../../i18n/travel-change.ts';
import { INSTITUTION_PALETTE } from '../../map/catchment/catchment-colours.ts';
import type { Rgba } from '../../map/colors.ts';
import { BASEMAP_COLORS, SOORT_COLORS, SOORT_ORDER } from '../../map/colors.ts';
import { GAIN_COLOUR, LOSS_COLOUR, REACHED_COLOUR } from '../../map/delta/delta-colours.ts';
import { BEYOND_LIMIT_COLOUR, travelBands } from '../../map/travel/colour-scale.ts';
import { travelChangeColour } from '../../map/travel-change/travel-change-colours.ts';
import { whiteSpotColour } from '../../map/travel-change/white-spots-layer.ts';

export type Rgb = [number, number, number];

export interface LegendItem {
  /** The colour as it looks on the map: translucent map colours are composited over the land. */
  colour: Rgb;
  label: string;
  shape: 'dot' | 'square';
}

/** Which layer a legend section explains; the on-screen legend marks its sections the same way. */
export type LegendSectionId = 'locations' | 'size' | 'travel' | 'delta' | 'catchment' | 'travel-change' | 'white-spots';

export interface LegendSection {
  id: LegendSectionId;
  title: string;
  items: LegendItem[];
}

/** What is on screen, as far as the legend is concerned. */
export interface LegendState {
  /** The travel field's limit in minutes, or null when no field is drawn. */
  travelLimit: number | null;
  /** The delta map's mode, or null when it is not drawn. */
  delta: { showAfter: boolean } | null;
  /** The map coloured by serving institution (it takes the delta's place), or null when off. */
  catchment: { showAfter: boolean } | null;
  /** The minutes-added/saved map's span in minutes each way, or null when it is not drawn. */
  travelChange: { span: number } | null;
  /** Whether the white-spot layer is drawn. */
  whiteSpots: boolean;
  /** What sizes the location markers when one of the user's figures does: its legend line and source. */
  sizedBy: { title: string; source: string } | null;
}

/** What decides which layers the map draws (the stores' values, read by a hook or a snapshot). */
export interface LegendInputs {
  /** The travel field on the map: its niveau's limit in minutes, or null when none is drawn. */
  travelFieldLimit: number | null;
  /** The chosen niveau, and whether scenario figures for it exist. */
  niveau: number | null;
  hasResult: boolean;
  /** The delta and minutes layers draw only a scenario with edits (useDeltaLayer, useTravelChangeLayers). */
  hasEdits: boolean;
  showAfter: boolean;
  /** The scenario map the user chose: access gained/lost (the delta) or minutes longer/shorter. */
  scenarioMap: 'access' | 'minutes';
  /** The span of the minutes map (travelChangeSpan of the figures), used only while it is drawn. */
  travelChangeSpan: number;
  /** "Effect op anderen" colours the map and its figures are there (useCatchmentLayers). */
  catchmentDrawn: boolean;
  /** The user switched the white spots on (useTravelChangeLayers draws them with figures for a niveau). */
  whiteSpotsOnMap: boolean;
  sizedBy: { title: string; source: string } | null;
}

/**
 * The one rule for what the legends list, shared by the on-screen legend and the exports, so
 * both show exactly the layers that are on, by the rules useAnalysisLayers draws them with: the
 * delta only for a scenario with edits on the access map and not while the catchment takes its
 * place, the minutes map only for edits, the white spots only with figures.
 */
export function legendStateOf(inputs: LegendInputs): LegendState {
  const figures = inputs.niveau !== null && inputs.hasResult;
  const scenarioMap = figures && inputs.hasEdits;
  return {
    travelLimit: inputs.travelFieldLimit,
    delta:
      scenarioMap && inputs.scenarioMap === 'access' && !inputs.catchmentDrawn ? { showAfter: inputs.showAfter } : null,
    catchment: inputs.catchmentDrawn ? { showAfter: inputs.showAfter } : null,
    travelChange: scenarioMap && inputs.scenarioMap === 'minutes' ? { span: inputs.travelChangeSpan } : null,
    whiteSpots: figures && inputs.whiteSpotsOnMap,
    sizedBy: inputs.sizedBy,
  };
}

export interface LegendMessages {
  app: Messages;
  travel: TravelMessages;
  scenario: ScenarioMessages;
  exports: ExportMessages;
  travelChange: TravelChangeMessages;
  impact: ImpactMessages;
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
 * The legend sections for the exported image: the same entries, in the same order, as the
 * on-screen legend panel (MapLegend) — location colours always, then one section per layer that
 * is drawn; the delta's gain and loss only in the "after" view.
 */
export function legendSections(state: LegendState, m: LegendMessages): LegendSection[] {
  const sections: LegendSection[] = [
    {
      id: 'locations',
      title: m.exports.imageLocations,
      items: SOORT_ORDER.map((soort) => ({
        colour: [...SOORT_COLORS[soort]] as Rgb,
        label: m.app.soort[soort],
        shape: 'dot',
      })),
    },
  ];
  if (state.sizedBy) {
    sections.push({
      id: 'size',
      title: state.sizedBy.title,
      items: [{ colour: [...SOORT_COLORS.overig] as Rgb, label: state.sizedBy.source, shape: 'dot' }],
    });
  }
  if (state.travelLimit !== null) {
    const limit = state.travelLimit;
    sections.push({
      id: 'travel',
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
  if (state.travelChange) {
    const { span } = state.travelChange;
    const swatch = (minutes: number, label: string): LegendItem => ({
      colour: overLand(travelChangeColour(minutes, span, false)),
      label,
      shape: 'square',
    });
    sections.push({
      id: 'travel-change',
      title: m.travelChange.legendTitle,
      items: [
        swatch(-span, m.travelChange.legendSaved(String(span))),
        swatch(span, m.travelChange.legendAdded(String(span))),
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
    sections.push({ id: 'delta', title: m.scenario.deltaLegendTitle, items });
  }
  if (state.catchment) {
    // The institutions' colours are keyed in the effect table beside the map; the image names
    // what the colours mean and what the outline marks.
    sections.push({
      id: 'catchment',
      title: m.impact.mapLegendTitle,
      items: [
        { colour: overLand(INSTITUTION_PALETTE[0]), label: m.impact.mapLegendInstitution, shape: 'square' },
        { colour: [0, 0, 0], label: m.impact.mapLegendChanged, shape: 'square' },
      ],
    });
  }
  if (state.whiteSpots) {
    // The darkest shade: a cell out of reach with the most young people.
    sections.push({
      id: 'white-spots',
      title: m.travelChange.whiteSpotsTitle,
      items: [{ colour: overLand(whiteSpotColour(0, 1, 1)), label: m.travelChange.whiteSpotsLegend, shape: 'square' }],
    });
  }
  return sections;
}
