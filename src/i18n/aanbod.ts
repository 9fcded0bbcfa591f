import { MODELLED_LABEL } from '../engine/offer/modelled-label.ts';
import type { Niveau } from '../engine/offer/types.ts';
import { type Lang, useLanguageStore } from './language.ts';

/** UI strings of the offer: the modelled-data label, the DUO import, filters, programmes and sectors. */
const nl = {
  modelledLabel: MODELLED_LABEL.nl,
  modelledLabelDetail:
    'Welke opleiding op welke locatie wordt gegeven, is gemodelleerd uit de echte locaties, instellingen en kwalificaties. Importeer het DUO-bestand mbo_opleidingsaanbod.csv voor het echte aanbod.',
  importedLabel: (source: string, date: string | null) => `DUO-aanbod: ${source}${date ? ` (${date})` : ''}`,
  approximateLocation: 'Locatie benaderd via het postcodegebied (PC4)',

  importTitle: 'Opleidingsaanbod (DUO)',
  importIntro:
    'Laad het DUO-bestand mbo_opleidingsaanbod.csv (open data, CC0) om het gemodelleerde aanbod te vervangen door het echte. Het bestand blijft op deze computer.',
  importDrop: 'Sleep het CSV-bestand hierheen',
  importChoose: 'Kies een CSV-bestand…',
  importBusy: (name: string) => `${name} wordt gelezen…`,
  importFailed: (name: string) => `${name} kon niet worden geïmporteerd. Het vorige aanbod blijft actief.`,
  importTooMany: 'Sleep één bestand tegelijk.',
  importDone: (name: string) => `${name} is geïmporteerd en nu actief.`,
  importStorageFailed:
    'Het aanbod is actief, maar kon niet in de browser worden bewaard: na herladen is het weer het modelaanbod.',
  countsTitle: 'Resultaat van de import',
  countRows: 'Rijen in het bestand',
  countImported: 'Geïmporteerd',
  countDuplicates: 'Dubbele rijen (één keer meegenomen)',
  countMatched: 'Gekoppeld aan een bekende locatie',
  countPc4: 'Benaderd via postcodegebied (PC4)',
  countRejected: 'Afgewezen',
  countOfferRows: 'Opleidingen × locaties in het aanbod',
  rejectedTitle: (n: number) => `Afgewezen rijen (${n})`,
  rejectedLine: 'Regel',
  rejectedReason: 'Reden',
  rejectedDownload: 'Download afgewezen rijen (CSV)',
  rejectedMore: (n: number) => `en nog ${n} rijen: download de lijst voor alles`,
  addedTitle: (n: number) => `Kwalificaties uit het DUO-bestand, niet in de meegeleverde lijsten (${n})`,
  conflictsTitle: (n: number) => `Verschillen tussen de meegeleverde lijst en het bestand (${n})`,
  conflictField: { naam: 'naam', domein: 'domein', niveau: 'niveau' } as Record<'naam' | 'domein' | 'niveau', string>,
  conflictBundled: 'Lijst',
  conflictFile: 'Bestand',
  conflictUsed: 'Gebruikt',
  conflictWinner: { file: 'bestand', bundled: 'lijst' } as Record<'file' | 'bundled', string>,
  activeOffer: 'Actief aanbod',
  useModelled: 'Gebruik het modelaanbod',
  useImported: 'Gebruik het geïmporteerde DUO-aanbod',
  forgetImport: 'Verwijder het geïmporteerde bestand',

  filterTitle: 'Filter op aanbod',
  filterNiveau: 'Niveau',
  niveauNames: { 1: 'Entree', 2: 'Niveau 2', 3: 'Niveau 3', 4: 'Niveau 4' } as Record<Niveau, string>,
  filterDomain: 'Opleidingsdomein',
  filterAllDomains: 'Alle domeinen',
  filterQualification: 'Kwalificatie (crebo of naam)',
  filterQualificationPlaceholder: 'bijv. 25180 of kok',
  filterQualificationNone: 'Geen kwalificatie gevonden',
  filterRemove: (name: string) => `${name} verwijderen`,
  filterLeerweg: 'Leerweg',
  filterLeerwegAll: 'Alle',
  filterReset: 'Filters wissen',
  filterResult: (n: number) => (n === 1 ? '1 locatie met dit aanbod' : `${n} locaties met dit aanbod`),

  programmesTitle: 'Opleidingen op deze locatie',
  programmesNone: 'Geen opleidingen in het actieve aanbod.',
  programmesCount: (n: number) => (n === 1 ? '1 opleiding' : `${n} opleidingen`),
  leerwegBoth: 'BOL/BBL',
  leerwegUnknown: 'leerweg onbekend',
  unknownQualification: 'onbekende kwalificatie',
  fromDuoFile: 'uit het DUO-bestand',
  programmeWebsite: 'Pagina van de opleiding',

  sectorsTitle: 'Aanbod per opleidingsdomein',
  sectorDomain: 'Domein',
  sectorLocations: 'Locaties',
  sectorInstitutions: 'Instellingen',
  sectorQualifications: 'Kwalificaties',
  sectorsNone: 'Geen aanbod om te tellen.',
};

export type AanbodMessages = typeof nl;

const en: AanbodMessages = {
  modelledLabel: MODELLED_LABEL.en,
  modelledLabelDetail:
    'Which programme is offered at which location is modelled from the real locations, institutions and qualifications. Import the DUO file mbo_opleidingsaanbod.csv for the real offer.',
  importedLabel: (source, date) => `DUO offer: ${source}${date ? ` (${date})` : ''}`,
  approximateLocation: 'Location approximated by its postcode area (PC4)',

  importTitle: 'Programme offer (DUO)',
  importIntro:
    'Load the DUO file mbo_opleidingsaanbod.csv (open data, CC0) to replace the modelled offer with the real one. The file stays on this computer.',
  importDrop: 'Drop the CSV file here',
  importChoose: 'Choose a CSV file…',
  importBusy: (name) => `Reading ${name}…`,
  importFailed: (name) => `${name} could not be imported. The previous offer stays active.`,
  importTooMany: 'Drop one file at a time.',
  importDone: (name) => `${name} has been imported and is now active.`,
  importStorageFailed:
    'The offer is active, but could not be stored in the browser: after a reload the modelled offer returns.',
  countsTitle: 'Import result',
  countRows: 'Rows in the file',
  countImported: 'Imported',
  countDuplicates: 'Duplicate rows (taken once)',
  countMatched: 'Matched to a known location',
  countPc4: 'Approximated by postcode area (PC4)',
  countRejected: 'Rejected',
  countOfferRows: 'Programmes × locations in the offer',
  rejectedTitle: (n) => `Rejected rows (${n})`,
  rejectedLine: 'Line',
  rejectedReason: 'Reason',
  rejectedDownload: 'Download rejected rows (CSV)',
  rejectedMore: (n) => `and ${n} more rows: download the list for all of them`,
  addedTitle: (n) => `Qualifications from the DUO file that are not in the bundled lists (${n})`,
  conflictsTitle: (n) => `Differences between the bundled list and the file (${n})`,
  conflictField: { naam: 'name', domein: 'domain', niveau: 'level' },
  conflictBundled: 'List',
  conflictFile: 'File',
  conflictUsed: 'Used',
  conflictWinner: { file: 'file', bundled: 'list' },
  activeOffer: 'Active offer',
  useModelled: 'Use the modelled offer',
  useImported: 'Use the imported DUO offer',
  forgetImport: 'Remove the imported file',

  filterTitle: 'Filter by offer',
  filterNiveau: 'Level',
  niveauNames: { 1: 'Entree', 2: 'Level 2', 3: 'Level 3', 4: 'Level 4' },
  filterDomain: 'Training domain',
  filterAllDomains: 'All domains',
  filterQualification: 'Qualification (crebo or name)',
  filterQualificationPlaceholder: 'e.g. 25180 or kok',
  filterQualificationNone: 'No qualification found',
  filterRemove: (name) => `Remove ${name}`,
  filterLeerweg: 'Learning pathway',
  filterLeerwegAll: 'All',
  filterReset: 'Clear filters',
  filterResult: (n) => (n === 1 ? '1 location with this offer' : `${n} locations with this offer`),

  programmesTitle: 'Programmes at this location',
  programmesNone: 'No programmes in the active offer.',
  programmesCount: (n) => (n === 1 ? '1 programme' : `${n} programmes`),
  leerwegBoth: 'BOL/BBL',
  leerwegUnknown: 'pathway unknown',
  unknownQualification: 'unknown qualification',
  fromDuoFile: 'from the DUO file',
  programmeWebsite: 'Programme page',

  sectorsTitle: 'Offer per training domain',
  sectorDomain: 'Domain',
  sectorLocations: 'Locations',
  sectorInstitutions: 'Institutions',
  sectorQualifications: 'Qualifications',
  sectorsNone: 'No offer to count.',
};

export const aanbodMessages: Record<Lang, AanbodMessages> = { nl, en };

/** The offer strings in the current language; components re-render when it changes. */
export function useAanbodT(): AanbodMessages {
  return aanbodMessages[useLanguageStore((s) => s.lang)];
}
