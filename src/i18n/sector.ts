import type { Niveau } from '../engine/offer/types.ts';
import type { BaseSortKey } from '../engine/sector/sector-table.ts';
import type { SectorLayerId } from '../state/sector.ts';
import { type Lang, useLanguageStore } from './language.ts';

/** UI strings of the sector view (btg session): choice, region scope, table, export, small multiples. */
const nl = {
  title: 'Sectorbeeld',
  intro:
    'Kies een sector of opleidingsdomein: de tabel toont per kwalificatie waar en door wie die wordt aangeboden, de dekking onder 15–24-jarigen en de duplicatie.',
  choice: 'Sector of opleidingsdomein',
  choosePrompt: '— kies —',
  sectorsGroup: 'Sectoren (SBB-sectorkamers)',
  domainsGroup: 'Opleidingsdomeinen',
  layer: 'Regiolaag',
  layers: {
    gemeente: 'Gemeente',
    arbeidsmarktregio: 'Arbeidsmarktregio',
    rmc: 'RMC-regio',
    provincie: 'Provincie',
  } as Record<SectorLayerId, string>,
  region: 'Regio',
  allOfNl: 'Heel Nederland',
  nothingChosen: 'Kies hierboven een sector of opleidingsdomein.',
  offerLoading: 'Het aanbod wordt geladen…',
  noQualifications: 'Het actieve aanbod bevat geen kwalificaties in deze keuze.',
  tableCaption: (title: string, scope: string) => `${title} — ${scope}`,
  columns: {
    crebo: 'Crebo',
    naam: 'Kwalificatie',
    niveau: 'Niveau',
    locations: 'Locaties',
    institutions: 'Instellingen',
    coverage: 'Dekking 15–24',
    duplications: 'Duplicaties',
  } as Record<BaseSortKey, string>,
  columnHelp: {
    coverage:
      'Aandeel van de 15–24-jarigen dat binnen de reistijdgrens van het niveau een locatie met deze kwalificatie bereikt.',
    duplications:
      'Dezelfde kwalificatie bij twee of meer instellingen in één gemeente, of bij locaties van verschillende instellingen binnen 20 minuten van elkaar.',
  },
  sortHint: 'Klik op een kolomkop om te sorteren.',
  niveauShort: (n: Niveau) => (n === 1 ? 'Entree' : String(n)),
  pending: 'wordt berekend',
  progress: (done: number, total: number) => `Dekking en duplicatie berekend voor ${done} van ${total} kwalificaties…`,
  progressDone: (total: number) => `Dekking en duplicatie berekend voor alle ${total} kwalificaties.`,
  staleNote: 'Grijze cijfers horen bij het vorige aanbod of de vorige reistijdgrens en worden bijgewerkt.',
  metricsError: (message: string) => `De dekking kon niet worden berekend (${message}).`,
  limits: (text: string) => `Reistijdgrenzen: ${text}.`,
  exportCsv: 'Exporteer tabel (CSV)',
  exportNotReady: 'De export bevat lege dekkingscijfers voor kwalificaties die nog worden berekend.',
  multiplesTitle: 'Spreiding',
  multiplesIntro: 'Per kwalificatie: de locaties (stippen) en het gebied binnen de reistijdgrens (blauw).',
  multiplesPerNiveau: (count: number, cap: number) =>
    `Deze keuze heeft ${count} kwalificaties, meer dan ${cap} kaartjes; de kaartjes tonen daarom de spreiding per niveau (alle kwalificaties van dat niveau samen).`,
  mapLabel: (title: string, locations: number, coverage: string | null) =>
    `${title}: ${locations} locaties${coverage ? `, dekking ${coverage}` : ''}`,
  niveauTitle: (n: Niveau) => (n === 1 ? 'Entree' : `Niveau ${n}`),
  domainChoice: (name: string) => `Opleidingsdomein ${name}`,
  sectorChoice: (name: string) => `Sector ${name}`,
  sources: 'Bron: CBS; KiesMBO / SBB',
};

export type SectorMessages = typeof nl;

const en: SectorMessages = {
  title: 'Sector view',
  intro:
    'Choose a sector or study domain: the table shows per qualification where and by whom it is offered, the coverage of 15–24 year olds and duplication.',
  choice: 'Sector or study domain',
  choosePrompt: '— choose —',
  sectorsGroup: 'Sectors (SBB sector chambers)',
  domainsGroup: 'Study domains (opleidingsdomeinen)',
  layer: 'Region layer',
  layers: {
    gemeente: 'Municipality',
    arbeidsmarktregio: 'Labour-market region',
    rmc: 'RMC region',
    provincie: 'Province',
  },
  region: 'Region',
  allOfNl: 'All of the Netherlands',
  nothingChosen: 'Choose a sector or study domain above.',
  offerLoading: 'Loading the offer…',
  noQualifications: 'The active offer has no qualifications in this choice.',
  tableCaption: (title, scope) => `${title} — ${scope}`,
  columns: {
    crebo: 'Crebo',
    naam: 'Qualification',
    niveau: 'Level',
    locations: 'Locations',
    institutions: 'Institutions',
    coverage: 'Coverage 15–24',
    duplications: 'Duplications',
  },
  columnHelp: {
    coverage:
      'Share of 15–24 year olds who reach a location offering this qualification within the level’s travel limit.',
    duplications:
      'The same qualification at two or more institutions in one municipality, or at locations of different institutions within 20 minutes of each other.',
  },
  sortHint: 'Click a column header to sort.',
  niveauShort: (n) => (n === 1 ? 'Entry' : String(n)),
  pending: 'computing',
  progress: (done, total) => `Coverage and duplication computed for ${done} of ${total} qualifications…`,
  progressDone: (total) => `Coverage and duplication computed for all ${total} qualifications.`,
  staleNote: 'Grey figures belong to the previous offer or travel limit and are being updated.',
  metricsError: (message) => `The coverage could not be computed (${message}).`,
  limits: (text) => `Travel limits: ${text}.`,
  exportCsv: 'Export table (CSV)',
  exportNotReady: 'The export has empty coverage figures for qualifications still being computed.',
  multiplesTitle: 'Spread',
  multiplesIntro: 'Per qualification: the locations (dots) and the area within the travel limit (blue).',
  multiplesPerNiveau: (count, cap) =>
    `This choice has ${count} qualifications, more than ${cap} small maps; the maps therefore show the spread per level (all its qualifications together).`,
  mapLabel: (title, locations, coverage) =>
    `${title}: ${locations} locations${coverage ? `, coverage ${coverage}` : ''}`,
  niveauTitle: (n) => (n === 1 ? 'Entry level' : `Level ${n}`),
  domainChoice: (name) => `Study domain ${name}`,
  sectorChoice: (name) => `Sector ${name}`,
  sources: 'Source: CBS; KiesMBO / SBB',
};

export const sectorMessages: Record<Lang, SectorMessages> = { nl, en };

/** The sector strings in the current language; components re-render when it changes. */
export function useSectorT(): SectorMessages {
  return sectorMessages[useLanguageStore((s) => s.lang)];
}
