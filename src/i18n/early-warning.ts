import type { Niveau } from '../engine/offer/types.ts';
import type { EarlyWarningColumnKey } from '../state/early-warning-view.ts';
import { type Lang, useLanguageStore } from './language.ts';

/** UI strings of the early-warning view (Signalering). */
const nl = {
  tab: 'Signalering',
  scenarioTab: 'Scenario',
  title: 'Signalering: opleidingen die alleen hier bereikbaar zijn',
  intro:
    'Per opleiding op een locatie: hoeveel 15–24-jarigen binnen de reistijdgrens alleen deze locatie voor deze opleiding hebben (dat bereik verdwijnt bij een stop), en hoeveel minuten langer wie bereik houdt gemiddeld reist.',
  niveau: 'Niveau',
  chooseNiveau: '— kies een niveau —',
  niveauName: (n: Niveau) => (n === 1 ? 'Entree' : `Niveau ${n}`),
  domain: 'Opleidingsdomein',
  allDomains: 'Alle domeinen',
  filtersNote: 'Regio en instelling volgen de filters van de locatielijst.',
  columns: {
    crebo: 'Crebo',
    naam: 'Kwalificatie',
    locatie: 'Locatie',
    instelling: 'Instelling',
    sole: 'Alleen bereik',
    krimp: 'w.v. krimp',
    anticipeer: 'w.v. anticipeer',
    extra: 'Extra min.',
  } as Record<EarlyWarningColumnKey, string>,
  columnHelp: {
    sole: '15–24-jarigen binnen de grens van deze locatie en van geen andere locatie met deze opleiding: het bereik dat een stop kost.',
    extra: 'Gemiddeld aantal extra reisminuten na een stop, voor wie binnen de grens blijft maar verder moet reizen.',
  },
  stop: 'Stop',
  stopTitle: (crebo: string, locatie: string) => `Stop ${crebo} op ${locatie} als scenariobewerking`,
  smallTitle: (name: string, threshold: number) =>
    `Kleine opleiding: minder dan ${threshold} volgens uw cijfer "${name}". Klein én als enige bereikbaar: het eerste gesprek om te voeren.`,
  onlySmallNote: (name: string, threshold: number) =>
    `Alleen kleine opleidingen: minder dan ${threshold} volgens "${name}" (uit te zetten bij Eigen cijfers koppelen).`,
  progress: (done: number, total: number) => `Berekend voor ${done} van ${total} kwalificaties…`,
  progressDone: (total: number, rows: number) => `Alle ${total} kwalificaties berekend: ${rows} opleidingslocaties.`,
  shown: (shown: number, total: number) =>
    `De eerste ${shown} van ${total} rijen in deze sortering; de export bevat ze allemaal.`,
  noRows: 'Geen opleidingslocaties in deze keuze.',
  staleNote: 'Grijze cijfers horen bij het vorige aanbod of de vorige grens en worden bijgewerkt.',
  error: (message: string) => `De signalering kon niet worden berekend (${message}).`,
  limit: (minutes: number) => `Reistijdgrens ${minutes} minuten`,
  exportCsv: 'Exporteer tabel (CSV)',
  exportIncomplete: 'De berekening loopt nog: de export bevat alleen wat al klaar is.',
  mapLegend: 'Cirkelgrootte: alleen-bereik van de getoonde opleidingen op de locatie (som)',
  sources: 'Bron: CBS; KiesMBO / SBB',
  stopRefused: (reason: string) => `Stop niet toegevoegd: ${reason}`,
};

export type EarlyWarningMessages = typeof nl;

const en: EarlyWarningMessages = {
  tab: 'Early warning',
  scenarioTab: 'Scenario',
  title: 'Early warning: programmes only reachable here',
  intro:
    'Per programme at a location: how many 15–24 year olds within the travel limit have only this location for this programme (the reach a stop loses), and how many minutes longer those who keep access travel on average.',
  niveau: 'Level',
  chooseNiveau: '— choose a level —',
  niveauName: (n: Niveau) => (n === 1 ? 'Entree' : `Level ${n}`),
  domain: 'Field of study',
  allDomains: 'All fields',
  filtersNote: 'Region and institution follow the location list filters.',
  columns: {
    crebo: 'Crebo',
    naam: 'Qualification',
    locatie: 'Location',
    instelling: 'Institution',
    sole: 'Sole reach',
    krimp: 'of which krimp',
    anticipeer: 'of which anticipeer',
    extra: 'Extra min.',
  },
  columnHelp: {
    sole: '15–24 year olds within the limit of this location and of no other location offering this programme: the reach a stop costs.',
    extra: 'Mean extra travel minutes after a stop, for those who stay within the limit but travel further.',
  },
  stop: 'Stop',
  stopTitle: (crebo: string, locatie: string) => `Stop ${crebo} at ${locatie} as a scenario edit`,
  smallTitle: (name: string, threshold: number) =>
    `Small programme: fewer than ${threshold} by your figure "${name}". Small and the only one within reach: the first conversation to have.`,
  onlySmallNote: (name: string, threshold: number) =>
    `Only small programmes: fewer than ${threshold} by "${name}" (switch off under Link your own figures).`,
  progress: (done: number, total: number) => `Computed for ${done} of ${total} qualifications…`,
  progressDone: (total: number, rows: number) => `All ${total} qualifications computed: ${rows} programme locations.`,
  shown: (shown: number, total: number) =>
    `The first ${shown} of ${total} rows in this order; the export holds them all.`,
  noRows: 'No programme locations in this selection.',
  staleNote: 'Grey figures belong to the previous offer or limit and are being updated.',
  error: (message: string) => `The early warning could not be computed (${message}).`,
  limit: (minutes: number) => `Travel limit ${minutes} minutes`,
  exportCsv: 'Export table (CSV)',
  exportIncomplete: 'Still computing: the export holds only what is done.',
  mapLegend: 'Circle size: sole reach of the programmes shown at the location (sum)',
  sources: 'Source: CBS; KiesMBO / SBB',
  stopRefused: (reason: string) => `Stop not added: ${reason}`,
};

export const earlyWarningMessages: Record<Lang, EarlyWarningMessages> = { nl, en };

/** The early-warning strings in the current language. */
export function useEarlyWarningT(): EarlyWarningMessages {
  return earlyWarningMessages[useLanguageStore((s) => s.lang)];
}
