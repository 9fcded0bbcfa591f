import type { ColumnRole } from '../engine/indicators/keys.ts';
import { localeOf } from './format.ts';
import { type Lang, useLanguageStore } from './language.ts';

/** UI strings of the user's own figures (*eigen cijfers*): import, column mapping, join preview, use. */
const nl = {
  title: 'Eigen cijfers koppelen',
  intro:
    'Koppel uw eigen cijfers (CSV of XLSX) aan het aanbod: bijvoorbeeld studenten per opleiding, kans op werk of stageplaatsen. Sleutel: crebo, eventueel met vestiging (brinvest), instelling (BRIN), gemeentecode of regiocode. De cijfers blijven op deze computer en veranderen het aanbod niet.',
  choose: 'Kies een CSV- of XLSX-bestand…',
  reading: (name: string) => `${name} wordt gelezen…`,
  readFailed: (name: string) => `${name} kon niet worden gelezen. Uw eerdere cijfers blijven bewaard.`,
  mappingTitle: (name: string) => `Kolommen van ${name}`,
  mappingIntro: 'Controleer wat elke kolom is. De gok staat er al; pas hem aan waar hij niet klopt.',
  column: 'Kolom',
  examples: 'Voorbeelden',
  role: 'Betekenis',
  because: { name: 'op naam', values: 'op waarden', numbers: 'getallen', none: '' } as Record<
    'name' | 'values' | 'numbers' | 'none',
    string
  >,
  roles: {
    crebo: 'Sleutel: crebo',
    vestiging: 'Sleutel: vestiging (brinvest)',
    brin: 'Sleutel: instelling (BRIN)',
    gemeente: 'Sleutel: gemeentecode',
    regio: 'Sleutel: regiocode',
    value: 'Cijfer',
    category: 'Categorie per instelling (bv. denominatie)',
    ignore: 'Niet gebruiken',
  } as Record<ColumnRole, string>,
  needCrebo: 'Kies welke kolom de crebo bevat.',
  needValue: 'Kies minstens één kolom met cijfers of een categorie per instelling.',
  needBrin: 'Een categorie per instelling heeft een kolom met de instelling (BRIN) nodig.',
  categoryPreview: (n: number, inOffer: number, errors: number) =>
    `${n} instellingen met een categorie, waarvan ${inOffer} in het actieve aanbod; ${errors} regels zonder categorie.`,
  categoryListTitle: 'Gekoppelde categorieën per instelling',
  categoryCount: (n: number, values: number) => `${n} instellingen, ${values} verschillende waarden`,
  categoryErrors: (n: number) => `${n} regels niet gebruikt`,
  identityToggle: (name: string) =>
    `Onderscheidend naar identiteit: tel overlap alleen tussen instellingen met dezelfde ${name.toLowerCase()}`,
  identityWhich: 'Categorie',
  identityMissing: (n: number, name: string) =>
    n === 1
      ? `1 instelling in deze lijst heeft geen ${name.toLowerCase()} in het gekoppelde bestand; haar overlap telt nu niet mee.`
      : `${n} instellingen in deze lijst hebben geen ${name.toLowerCase()} in het gekoppelde bestand; hun overlap telt nu niet mee.`,
  fieldName: 'Naam',
  fieldUnit: 'Eenheid',
  fieldSource: 'Bron',
  fieldDate: 'Peildatum of periode',
  fieldAggregation: 'Samenvoegen',
  aggregationSum: 'optellen (aantallen)',
  aggregationMean: 'gemiddelde (percentages, kansen)',
  fieldStudentCount: 'Dit is een aantal studenten',
  previewTitle: 'Voorbeeld van de koppeling met het actieve aanbod',
  previewMatched: 'Gekoppeld',
  previewUnmatched: 'Niet gekoppeld',
  previewDuplicates: 'Dubbel (eerste telt)',
  previewErrors: 'Geen getal',
  previewReadErrors: 'Onleesbare regels',
  line: 'Regel',
  reason: 'Reden',
  duplicateOf: (line: number) => `zelfde sleutels als regel ${line}`,
  more: (n: number) => `en nog ${n}`,
  link: 'Koppelen',
  cancel: 'Annuleren',
  linked: (n: number) => (n === 1 ? '1 cijfer gekoppeld.' : `${n} cijfers gekoppeld.`),
  linkedCategories: (n: number) =>
    n === 1 ? '1 categorie per instelling gekoppeld.' : `${n} categorieën per instelling gekoppeld.`,
  listTitle: 'Gekoppelde cijfers',
  none: 'Nog geen eigen cijfers.',
  provenance: (file: string, column: string, at: string) => `${file}, kolom "${column}", ingelezen ${at}`,
  matchedCount: (matched: number, total: number) => `${matched} van ${total} regels gekoppeld aan het actieve aanbod`,
  remove: (name: string) => `${name} verwijderen`,
  sizeBy: 'Grootte van de locaties op de kaart',
  sizeNone: 'Alle even groot',
  sizeLegend: (name: string, unit: string) => `Grootte: ${name}${unit ? ` (${unit})` : ''}`,
  smallTitle: 'Kleine opleidingen',
  smallIndicator: 'Aantal studenten volgens',
  smallThreshold: 'Klein als minder dan',
  smallOnly: 'Toon alleen locaties met een kleine opleiding',
  smallCount: (n: number) => (n === 1 ? '1 opleiding-locatie is klein.' : `${n} opleiding-locaties zijn klein.`),
  smallBadge: 'klein',
  storageFailed: 'De cijfers zijn actief, maar konden niet in de browser worden bewaard.',
  ownFigure: 'eigen cijfer',
  format: (value: number, lang: Lang) => value.toLocaleString(localeOf(lang), { maximumFractionDigits: 2 }),
};

export type IndicatorMessages = typeof nl;

const en: IndicatorMessages = {
  title: 'Link your own figures',
  intro:
    'Link your own figures (CSV or XLSX) to the offer: students per programme, job prospects or internship places, for instance. Key: crebo, optionally with location (brinvest), institution (BRIN), gemeente code or region code. The figures stay on this computer and do not change the offer.',
  choose: 'Choose a CSV or XLSX file…',
  reading: (name) => `Reading ${name}…`,
  readFailed: (name) => `${name} could not be read. Your earlier figures are kept.`,
  mappingTitle: (name) => `Columns of ${name}`,
  mappingIntro: 'Check what each column is. The guess is filled in; correct it where it is wrong.',
  column: 'Column',
  examples: 'Examples',
  role: 'Meaning',
  because: { name: 'by name', values: 'by values', numbers: 'numbers', none: '' },
  roles: {
    crebo: 'Key: crebo',
    vestiging: 'Key: location (brinvest)',
    brin: 'Key: institution (BRIN)',
    gemeente: 'Key: gemeente code',
    regio: 'Key: region code',
    value: 'Figure',
    category: 'Category per institution (e.g. denominatie)',
    ignore: 'Do not use',
  },
  needCrebo: 'Choose the column that holds the crebo.',
  needValue: 'Choose at least one column of figures or a category per institution.',
  needBrin: 'A category per institution needs a column with the institution (BRIN).',
  categoryPreview: (n, inOffer, errors) =>
    `${n} institutions with a category, ${inOffer} of them in the active offer; ${errors} lines without a category.`,
  categoryListTitle: 'Linked categories per institution',
  categoryCount: (n, values) => `${n} institutions, ${values} distinct values`,
  categoryErrors: (n) => `${n} lines not used`,
  identityToggle: (name) =>
    `Distinct by identity: count overlap only between institutions with the same ${name.toLowerCase()}`,
  identityWhich: 'Category',
  identityMissing: (n, name) =>
    n === 1
      ? `1 institution in this list has no ${name.toLowerCase()} in the linked file; its overlap is not counted now.`
      : `${n} institutions in this list have no ${name.toLowerCase()} in the linked file; their overlap is not counted now.`,
  fieldName: 'Name',
  fieldUnit: 'Unit',
  fieldSource: 'Source',
  fieldDate: 'Reference date or period',
  fieldAggregation: 'Combine',
  aggregationSum: 'add up (counts)',
  aggregationMean: 'average (percentages, chances)',
  fieldStudentCount: 'This is a number of students',
  previewTitle: 'Preview of the join with the active offer',
  previewMatched: 'Joined',
  previewUnmatched: 'Not joined',
  previewDuplicates: 'Duplicate (first counts)',
  previewErrors: 'Not a number',
  previewReadErrors: 'Unreadable lines',
  line: 'Line',
  reason: 'Reason',
  duplicateOf: (line) => `same keys as line ${line}`,
  more: (n) => `and ${n} more`,
  link: 'Link',
  cancel: 'Cancel',
  linked: (n) => (n === 1 ? '1 figure linked.' : `${n} figures linked.`),
  linkedCategories: (n) => (n === 1 ? '1 category per institution linked.' : `${n} categories per institution linked.`),
  listTitle: 'Linked figures',
  none: 'No figures of your own yet.',
  provenance: (file, column, at) => `${file}, column "${column}", read ${at}`,
  matchedCount: (matched, total) => `${matched} of ${total} lines joined to the active offer`,
  remove: (name) => `Remove ${name}`,
  sizeBy: 'Size of the locations on the map',
  sizeNone: 'All the same size',
  sizeLegend: (name, unit) => `Size: ${name}${unit ? ` (${unit})` : ''}`,
  smallTitle: 'Small programmes',
  smallIndicator: 'Number of students from',
  smallThreshold: 'Small when fewer than',
  smallOnly: 'Show only locations with a small programme',
  smallCount: (n) => (n === 1 ? '1 programme-location is small.' : `${n} programme-locations are small.`),
  smallBadge: 'small',
  storageFailed: 'The figures are active but could not be saved in the browser.',
  ownFigure: 'own figure',
  format: nl.format,
};

export const indicatorMessages: Record<Lang, IndicatorMessages> = { nl, en };

export function useIndicatorT(): IndicatorMessages {
  return indicatorMessages[useLanguageStore((s) => s.lang)];
}
