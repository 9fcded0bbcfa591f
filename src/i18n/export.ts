import { type Lang, useLanguageStore } from './language.ts';

/** UI strings of the exports: the export menu, the PNG image, the CSV file and the printable report. */
const nl = {
  menuTitle: 'Exporteren',
  exportPng: 'Kaart als afbeelding (PNG)',
  exportCsv: 'Cijfers per regio (CSV)',
  exportReport: 'Scenariorapport (afdrukken / PDF)',
  pngFailed: (reason: string) => `De afbeelding kon niet worden gemaakt: ${reason}`,
  pngNoMap: 'de kaart is nog niet geladen',
  csvNoFigures: 'Er zijn nog geen cijfers om te exporteren: kies een niveau en wacht tot de cijfers berekend zijn.',
  done: (file: string) => `${file} is gedownload.`,
  /** Text drawn into the PNG. */
  imageTitle: 'Regiekaart mbo',
  imageScenario: (name: string) => `Scenario: ${name}`,
  imageDate: (date: string) => `Gemaakt op ${date}`,
  imageNiveau: (niveau: string, limit: number) => `${niveau}, reistijdgrens ${limit} min`,
  imageLocations: 'Locaties',
  imageTravel: 'Reistijd naar de dichtstbijzijnde locatie',
  imageDelta: 'Effect van het scenario',
  /** CSV. */
  csvRegionCode: 'regiocode',
  csvRegionName: 'regio',
  csvPopulation: 'jongeren_15_24',
  csvReachedBefore: 'bereikt_voor',
  csvReachedAfter: 'bereikt_na',
  csvReachedDiff: 'bereikt_verschil',
  csvShareBefore: 'aandeel_voor',
  csvShareAfter: 'aandeel_na',
  csvShareDiff: 'aandeel_verschil',
  csvMeta: (scenario: string, layer: string, niveau: string, limit: number) =>
    `Scenario: ${scenario}; regio-indeling: ${layer}; ${niveau}; reistijdgrens ${limit} min`,
  fileBase: 'regiekaart',
  /** Report. */
  reportTitle: 'Scenariorapport',
  reportClose: 'Sluiten',
  reportPrint: 'Afdrukken of opslaan als PDF',
  reportScenario: 'Scenario',
  reportDate: (date: string) => `Datum: ${date}`,
  reportFor: (niveau: string, limit: number) =>
    `Berekend voor ${niveau.toLowerCase()}, met een reistijdgrens van ${limit} minuten.`,
  reportEditsTitle: 'Wijzigingen',
  reportNoEdits: 'Dit scenario heeft geen wijzigingen.',
  reportNationalTitle: 'Effect landelijk',
  reportRegionsTitle: (layer: string) => `Effect per regio (${layer})`,
  reportRegionsChangedOnly: 'Alleen regio’s waar het bereik verandert. Gesorteerd op het grootste verlies.',
  reportNoRegionChange: 'In geen enkele regio verandert het bereik.',
  reportMapTitle: 'Kaart',
  reportMapNoImage: 'De kaart kon niet als afbeelding worden vastgelegd.',
  reportSourcesTitle: 'Bronnen',
  reportNoFigures: 'Kies eerst een niveau: dan worden de cijfers voor en na het scenario berekend.',
  reportComputing: 'De cijfers worden berekend…',
};

export type ExportMessages = typeof nl;

const en: ExportMessages = {
  menuTitle: 'Export',
  exportPng: 'Map as image (PNG)',
  exportCsv: 'Figures per region (CSV)',
  exportReport: 'Scenario report (print / PDF)',
  pngFailed: (reason) => `The image could not be made: ${reason}`,
  pngNoMap: 'the map has not loaded yet',
  csvNoFigures: 'There are no figures to export yet: choose a niveau and wait until the figures are computed.',
  done: (file) => `${file} has been downloaded.`,
  imageTitle: 'Regiekaart mbo',
  imageScenario: (name) => `Scenario: ${name}`,
  imageDate: (date) => `Made on ${date}`,
  imageNiveau: (niveau, limit) => `${niveau}, travel limit ${limit} min`,
  imageLocations: 'Locations',
  imageTravel: 'Travel time to the nearest location',
  imageDelta: 'Effect of the scenario',
  csvRegionCode: 'region_code',
  csvRegionName: 'region',
  csvPopulation: 'young_people_15_24',
  csvReachedBefore: 'reached_before',
  csvReachedAfter: 'reached_after',
  csvReachedDiff: 'reached_difference',
  csvShareBefore: 'share_before',
  csvShareAfter: 'share_after',
  csvShareDiff: 'share_difference',
  csvMeta: (scenario, layer, niveau, limit) =>
    `Scenario: ${scenario}; region layer: ${layer}; ${niveau}; travel limit ${limit} min`,
  fileBase: 'regiekaart',
  reportTitle: 'Scenario report',
  reportClose: 'Close',
  reportPrint: 'Print or save as PDF',
  reportScenario: 'Scenario',
  reportDate: (date) => `Date: ${date}`,
  reportFor: (niveau, limit) => `Computed for ${niveau.toLowerCase()}, with a travel-time limit of ${limit} minutes.`,
  reportEditsTitle: 'Changes',
  reportNoEdits: 'This scenario has no changes.',
  reportNationalTitle: 'Effect nationally',
  reportRegionsTitle: (layer) => `Effect per region (${layer})`,
  reportRegionsChangedOnly: 'Only regions where reach changes. Largest loss first.',
  reportNoRegionChange: 'Reach changes in no region.',
  reportMapTitle: 'Map',
  reportMapNoImage: 'The map could not be captured as an image.',
  reportSourcesTitle: 'Sources',
  reportNoFigures: 'Choose a niveau first: then the figures before and after the scenario are computed.',
  reportComputing: 'The figures are being computed…',
};

export const exportMessages: Record<Lang, ExportMessages> = { nl, en };

/** The export strings in the current language; components re-render when it changes. */
export function useExportT(): ExportMessages {
  return exportMessages[useLanguageStore((s) => s.lang)];
}
