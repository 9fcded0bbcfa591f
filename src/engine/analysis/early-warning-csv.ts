import Papa from 'papaparse';
import type { IndicatorCsvColumn } from '../indicators/csv-column.ts';
import type { ProgrammeLocation } from './programme-locations.ts';

/**
 * The early warning as CSV: the CLI (`npm run kwetsbaar`) prints the figure columns alone, the
 * app's export adds names and '#' comment lines (the offer's status, the limit, the sources).
 * Both write the figures through `figureCells`, so a CLI row and an exported row of the same
 * offer carry the same numbers: whole people, mean minutes with two decimals, empty when no
 * one keeps access with a longer journey.
 */
export const KWETSBAAR_COLUMNS = [
  'crebo',
  'vestiging',
  'niveau',
  'alleen_bereik',
  'alleen_bereik_krimp',
  'alleen_bereik_anticipeer',
  'extra_minuten_gemiddeld',
] as const;

export const EARLY_WARNING_SOURCE = 'Bron: CBS; KiesMBO / SBB';
export const EARLY_WARNING_MODELLED = 'Modelaanbod — illustratief, geen echte DUO-gegevens';

function figureCells(l: ProgrammeLocation): (string | number)[] {
  return [
    l.crebo,
    l.vestiging,
    l.niveau,
    Math.round(l.sole),
    Math.round(l.soleKrimp),
    Math.round(l.soleAnticipeer),
    l.extraMeanMinutes === null ? '' : l.extraMeanMinutes.toFixed(2),
  ];
}

/** The CLI's CSV: the KWETSBAAR_COLUMNS only. */
export function kwetsbaarCsv(rows: readonly ProgrammeLocation[]): string {
  return `${Papa.unparse({ fields: [...KWETSBAAR_COLUMNS], data: rows.map(figureCells) }, { newline: '\n' })}\n`;
}

export interface NamedProgrammeLocation {
  location: ProgrammeLocation;
  naam: string;
  locatie: string;
  instelling: string;
}

export interface EarlyWarningCsvContext {
  /** null = modelled offer; otherwise a description of the imported offer */
  importedOffer: string | null;
  /** e.g. "Niveau 2, reistijdgrens 45 minuten" */
  title: string;
  /** the user's own figures: one column each after the standard ones, and a note naming the source */
  indicators?: readonly IndicatorCsvColumn[];
  /** the small-programme threshold in use: a note, and a `klein` column (1 = small) */
  small?: { note: string } | null;
}

/** A row as the app exports it: names, figures, and the user's own figures by indicator id. */
export interface EarlyWarningCsvRow extends NamedProgrammeLocation {
  indicators?: Readonly<Record<string, number | null>>;
  small?: boolean;
}

/** The app's export: names next to the figures, read back with papaparse's `comments: '#'`. */
export function earlyWarningCsv(rows: readonly EarlyWarningCsvRow[], context: EarlyWarningCsvContext): string {
  const indicators = context.indicators ?? [];
  const small = context.small ?? null;
  const comments = [
    context.importedOffer === null ? EARLY_WARNING_MODELLED : `Aanbod: ${context.importedOffer}`,
    context.title,
    EARLY_WARNING_SOURCE,
    ...indicators.map((i) => i.note),
    ...(small ? [small.note] : []),
  ].map((line) => `# ${line.replace(/[\r\n]+/g, ' ')}`);
  const fields = [
    ...KWETSBAAR_COLUMNS,
    'kwalificatie',
    'locatie',
    'instelling',
    ...indicators.map((i) => i.column),
    ...(small ? ['klein'] : []),
  ];
  const data = rows.map((r) => [
    ...figureCells(r.location),
    r.naam,
    r.locatie,
    r.instelling,
    ...indicators.map((i) => r.indicators?.[i.id] ?? ''),
    ...(small ? [r.small ? 1 : 0] : []),
  ]);
  return `${comments.join('\r\n')}\r\n${Papa.unparse({ fields, data }, { newline: '\r\n', escapeFormulae: true })}\r\n`;
}
