/**
 * The columns of DUO's `mbo_opleidingsaanbod.csv` (DUO open onderwijsdata, CC0) that the
 * import reads; the full list is in the DUO catalogue (../shared/data/mbo/duo_mbo_open_data_catalogus.csv).
 *
 * Which column holds the crebo: ERKENDEOPLEIDINGSCODE. In RIO (the register DUO publishes
 * from) an "erkende opleiding" in the MBO stelsel is a kwalificatie, and its code is the crebo
 * number (e.g. 25180). OPLEIDINGSEENHEIDCODE is RIO's own key for the opleidingseenheid
 * (format like "1009O1234"), and AANGEBODEN_OPLEIDINGCODE is the key of one institution's
 * offering; neither is a crebo, so neither is used.
 */

/** Without these a row cannot be placed or identified, so the file as a whole is unusable. */
export const REQUIRED_COLUMNS = ['ERKENDEOPLEIDINGSCODE', 'POSTCODE'] as const;

/** Read when present; when absent the import falls back (postcode only, niveau from the list, leerweg unknown). */
export const OPTIONAL_COLUMNS = [
  'HUISNUMMER',
  'MBONIVEAU',
  'LEERTRAJECT',
  'NAAM',
  // What the file says about the qualification and the programme (names newer than the bundled lists).
  'OPLEIDINGSEENHEID_NAAM',
  'DOMEIN',
  'KWALIFICATIEDOSSIER',
  'EIGENNAAM',
  'WEBSITE',
] as const;

export type ReadColumn = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

/** Header cells are compared case-insensitively, with spaces and hyphens read as underscores. */
export function normaliseHeader(cell: string): string {
  return cell
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
}
