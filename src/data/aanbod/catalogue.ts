import { z } from 'zod';
import type { Leerweg, Niveau } from '../../engine/offer/types.ts';
import type { Qualification } from '../geodata/types.ts';

/**
 * What a DUO file says about its qualifications and programmes beyond the (crebo, vestiging,
 * leerweg, niveau) rows: per crebo its name, domain, kwalificatiedossier and niveau; per
 * programme-location the institution's own name (EIGENNAAM) and page (WEBSITE). The bundled
 * lists stop at 2023-24, so a 2026 file names qualifications they do not know; this is kept with
 * the imported offer and merged over the bundled list wherever the offer is shown.
 */
export interface FileQualification {
  crebo: string;
  /** OPLEIDINGSEENHEID_NAAM */
  naam: string | null;
  /** DOMEIN */
  domein: string | null;
  /** KWALIFICATIEDOSSIER: a dossier crebo ("23085") or a dossier name. */
  dossier: string | null;
  /** From MBONIVEAU; null when no row of the crebo gave one. */
  niveau: Niveau | null;
  /** Leerwegen the file offers the crebo in. */
  leerwegen: Leerweg[];
}

/** One attribute on which the bundled list and the file disagree; `winner` says which value is used. */
export interface QualificationConflict {
  crebo: string;
  field: 'naam' | 'domein' | 'niveau';
  bundled: string;
  file: string;
  winner: 'file' | 'bundled';
}

export interface ProgrammeDetail {
  crebo: string;
  vestiging: string;
  /** EIGENNAAM: the institution's own name for the programme. */
  eigennaam: string | null;
  /** WEBSITE, only when it is an http(s) URL. */
  website: string | null;
}

export interface OfferCatalogue {
  qualifications: FileQualification[];
  conflicts: QualificationConflict[];
  details: ProgrammeDetail[];
}

/**
 * WEBSITE as a safe link: only http and https (a `javascript:` or `data:` URL from a file must
 * never become a link). DUO often writes a bare host ("www.school.nl"), read as https.
 */
export function safeWebsite(raw: string): string | null {
  const value = raw.trim();
  if (value === '') return null;
  const withScheme = /^[a-z][a-z\d+.-]*:/i.test(value)
    ? value
    : /^[\w-]+(\.[\w-]+)+([/?#]|$)/.test(value)
      ? `https://${value}`
      : null;
  if (withScheme === null) return null;
  try {
    const url = new URL(withScheme);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const DOSSIER_CREBO = /^\d{5}$/;

/**
 * The bundled list with the file's qualifications merged in. A crebo the list lacks is added
 * (bron "duo-bestand"); for a crebo in both, the file's name wins (DUO publishes the registry's
 * current name), while domain and niveau stay the list's when it has them, because the sector
 * groupings and the 2015 structure are keyed on the list's domains; a missing domain or niveau is
 * filled from the file. Every disagreement is returned, so the import summary can list it.
 */
export function mergeQualifications(
  bundled: readonly Qualification[],
  fromFile: readonly FileQualification[],
): { qualifications: Qualification[]; conflicts: QualificationConflict[] } {
  const byCrebo = new Map(bundled.map((q) => [q.crebo, q]));
  const conflicts: QualificationConflict[] = [];
  for (const f of fromFile) {
    const known = byCrebo.get(f.crebo);
    if (!known) {
      if (f.naam !== null) byCrebo.set(f.crebo, qualificationFromFile(f, f.naam));
      continue;
    }
    const merged: Qualification = { ...known };
    if (f.naam !== null && f.naam !== known.naam) {
      if (normaliseName(f.naam) !== normaliseName(known.naam)) {
        conflicts.push({ crebo: f.crebo, field: 'naam', bundled: known.naam, file: f.naam, winner: 'file' });
      }
      merged.naam = f.naam;
    }
    if (f.domein !== null) {
      if (known.domein === null) merged.domein = f.domein;
      else if (normaliseName(stripEz(known.domein)) !== normaliseName(stripEz(f.domein))) {
        conflicts.push({ crebo: f.crebo, field: 'domein', bundled: known.domein, file: f.domein, winner: 'bundled' });
      }
    }
    if (f.niveau !== null) {
      if (known.niveau === null) Object.assign(merged, { niveau: f.niveau, niveauBekend: true });
      else if (known.niveau !== f.niveau) {
        conflicts.push({
          crebo: f.crebo,
          field: 'niveau',
          bundled: String(known.niveau),
          file: String(f.niveau),
          winner: 'bundled',
        });
      }
    }
    if (merged.leerwegen.length === 0) merged.leerwegen = [...f.leerwegen];
    if (!merged.bronnen.includes('duo-bestand')) merged.bronnen = [...merged.bronnen, 'duo-bestand'];
    byCrebo.set(f.crebo, merged);
  }
  const qualifications = [...byCrebo.values()].sort((a, b) => a.crebo.localeCompare(b.crebo));
  return { qualifications, conflicts };
}

function qualificationFromFile(f: FileQualification, naam: string): Qualification {
  const dossierIsCrebo = f.dossier !== null && DOSSIER_CREBO.test(f.dossier);
  return {
    crebo: f.crebo,
    naam,
    niveau: f.niveau,
    niveauBekend: f.niveau !== null,
    domeinCode: null,
    domein: f.domein,
    dossierCrebo: dossierIsCrebo ? f.dossier : null,
    dossierNaam: dossierIsCrebo ? null : f.dossier,
    leerwegen: [...f.leerwegen],
    // A DUO file carries no prijsfactor; only the bundled 2015 list does.
    prijsfactor: null,
    bron: 'duo-bestand',
    bronnen: ['duo-bestand'],
  };
}

/** Case, spacing and a trailing "(EZ)" differ between the lists without being a real disagreement. */
function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
}
function stripEz(domein: string): string {
  return domein.replace(/\s*\(EZ\)\s*$/, '');
}

const niveauSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const offerCatalogueSchema = z.object({
  qualifications: z.array(
    z.object({
      crebo: z.string().regex(/^\d{5}$/),
      naam: z.string().min(1).nullable(),
      domein: z.string().min(1).nullable(),
      dossier: z.string().min(1).nullable(),
      niveau: niveauSchema.nullable(),
      leerwegen: z.array(z.enum(['BOL', 'BBL'])),
    }),
  ),
  conflicts: z.array(
    z.object({
      crebo: z.string().regex(/^\d{5}$/),
      field: z.enum(['naam', 'domein', 'niveau']),
      bundled: z.string(),
      file: z.string(),
      winner: z.enum(['file', 'bundled']),
    }),
  ),
  details: z.array(
    z.object({
      crebo: z.string().regex(/^\d{5}$/),
      vestiging: z.string().min(1),
      eigennaam: z.string().min(1).nullable(),
      // Checked again on reading: a stored file is untrusted input too.
      website: z
        .string()
        .refine((url) => safeWebsite(url) === url, 'website must be an http(s) URL')
        .nullable(),
    }),
  ),
});
