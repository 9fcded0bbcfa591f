import type { RegionLayerId } from '../../engine/metrics/index.ts';
import { aanbodMessages } from '../../i18n/aanbod.ts';
import { exportMessages } from '../../i18n/export.ts';
import { scenarioMessages } from '../../i18n/scenario.ts';
import { travelMessages } from '../../i18n/travel.ts';
import { downloadCsvText, isoDate, slug } from './download.ts';
import { attributionLine, type ExportContext, jaarLine } from './export-context.ts';
import { metricsCsv } from './metrics-csv.ts';
import { regionRows } from './region-rows.ts';

/**
 * Downloads the scenario metrics per region of `layer` (the region layer chosen in the scenario
 * panel) as CSV; returns the file name. Throws with a readable reason while there are no figures.
 */
export function exportCsv(context: ExportContext, layer: RegionLayerId, attribution: readonly string[]): string {
  const lang = context.lang;
  const t = exportMessages[lang];
  const s = scenarioMessages[lang];
  const table = context.result?.regions.find((r) => r.layer === layer);
  if (!context.result || !table) throw new Error(t.csvNoFigures);
  const niveau = travelMessages[lang].niveauNames[context.result.niveau];
  const csv = metricsCsv(regionRows(table, s.customRegionName), {
    t,
    meta: t.csvMeta(context.scenarioName, s.regionLayers[layer], niveau, context.result.limit),
    jaar: jaarLine(context.result.jaar, lang),
    modelledLabel: context.modelled ? aanbodMessages[lang].modelledLabel : null,
    attribution: attributionLine(attribution),
  });
  const filename = `${t.fileBase}-${slug(context.scenarioName)}-${layer}-${isoDate(context.date)}.csv`;
  downloadCsvText(csv, filename);
  return filename;
}
