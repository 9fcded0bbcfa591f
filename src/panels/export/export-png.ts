import { aanbodMessages } from '../../i18n/aanbod.ts';
import { exportMessages } from '../../i18n/export.ts';
import { impactMessages } from '../../i18n/impact.ts';
import { messagesFor } from '../../i18n/index.ts';
import { scenarioMessages } from '../../i18n/scenario.ts';
import { travelMessages } from '../../i18n/travel.ts';
import { travelChangeMessages } from '../../i18n/travel-change.ts';
import { composeMapImage, type MapImageText } from './compose-map-image.ts';
import { downloadBlob, isoDate, slug } from './download.ts';
import { attributionLine, type ExportContext, formatExportDate, jaarLine } from './export-context.ts';
import { legendSections } from './legend-spec.ts';

/**
 * The map's WebGL canvas. deck.gl draws interleaved into MapLibre's own context (MapView sets
 * `interleaved: true`), so this one canvas holds the basemap and every data layer.
 */
function findMapCanvas(): HTMLCanvasElement | null {
  return document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas.maplibregl-canvas');
}

function mapImageText(context: ExportContext, attribution: readonly string[]): MapImageText {
  const lang = context.lang;
  const t = exportMessages[lang];
  const travel = travelMessages[lang];
  const subtitle = [t.imageScenario(context.scenarioName)];
  if (context.niveau !== null && context.limit !== null)
    subtitle.push(t.imageNiveau(travel.niveauNames[context.niveau], context.limit));
  subtitle.push(jaarLine(context.jaar, lang));
  subtitle.push(t.imageDate(formatExportDate(context.date, lang)));
  return {
    title: t.imageTitle,
    subtitle,
    legend: legendSections(context.legend, {
      app: messagesFor(lang),
      travel,
      scenario: scenarioMessages[lang],
      exports: t,
      travelChange: travelChangeMessages[lang],
      impact: impactMessages[lang],
    }),
    modelledLabel: context.modelled ? aanbodMessages[lang].modelledLabel : null,
    attribution: attributionLine(attribution),
  };
}

/** The composed image of the current map; throws with a readable reason when there is no map. */
export function composeCurrentMap(context: ExportContext, attribution: readonly string[]): HTMLCanvasElement {
  const map = findMapCanvas();
  if (!map) throw new Error(exportMessages[context.lang].pngNoMap);
  return composeMapImage(map, mapImageText(context, attribution));
}

function toPngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob gave no image'))), 'image/png');
  });
}

/** Composes and downloads the PNG; returns its file name. */
export async function exportPng(context: ExportContext, attribution: readonly string[]): Promise<string> {
  const canvas = composeCurrentMap(context, attribution);
  const blob = await toPngBlob(canvas);
  const filename = `${exportMessages[context.lang].fileBase}-${slug(context.scenarioName)}-${isoDate(context.date)}.png`;
  downloadBlob(blob, filename);
  return filename;
}
