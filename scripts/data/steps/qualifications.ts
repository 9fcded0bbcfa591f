import { z } from 'zod';
import { GEODATA_FILES, type Leerweg, type Niveau, type Qualification } from '../../../src/data/geodata/index.ts';
import { csvField } from '../lib/csv.ts';
import { jsonLines } from '../lib/json.ts';
import { SourceError } from '../lib/source-error.ts';
import type { BuildStep } from '../step.ts';

export const KWALIFICATIESTRUCTUUR_FILE = 'mbo/kwalificatiestructuur_2015-2016_crebo.csv';
export const KOPPELTABEL_FILE = 'mbo/sbb_koppeltabel_2023-2024_opleidingscodes.csv';
/** The koppeltabel's code type for current qualifications (the other types are dossiers, domains, old codes). */
const KWALIFICATIE_TYPE = 'kwalificatie (HKS 2015+)';

const crebo = z
  .string()
  .trim()
  .regex(/^\d{5}$/, 'is not a 5-digit crebo code');

const structuurRow = z.object({
  // Empty for Entree, which belongs to no opleidingsdomein.
  opleidingsdomein_code: z
    .string()
    .trim()
    .transform((v) => (v === '' ? null : v)),
  opleidingsdomein: csvField.nonEmpty,
  dossier_crebo: crebo,
  dossier_naam: csvField.nonEmpty,
  kwalificatie_crebo: crebo,
  kwalificatie_naam: csvField.nonEmpty,
  niveau: z.enum(['1', '2', '3', '4'], { message: 'must be 1, 2, 3 or 4' }).transform((v) => Number(v) as Niveau),
  leerweg: z.enum(['BOL', 'BBL', 'BOL/BBL'], { message: 'must be BOL, BBL or BOL/BBL' }),
  // The qualification's own factor: it differs from its dossier's for 35 of the 470.
  prijsfactor: z
    .string()
    .trim()
    .regex(/^[1-3]\.\d{2}$/, 'must be a factor such as 1.30')
    .transform(Number),
});

const koppelRow = z.object({
  opleidingscode: crebo,
  opleidingsnaam: csvField.nonEmpty,
  code_type_afgeleid: csvField.nonEmpty,
});

const tidy = (name: string) => name.trim().replace(/\s+/g, ' ');

/**
 * qualifications.json: the union of the two qualification lists, one record per crebo.
 * The 2015 kwalificatiestructuur gives niveau, domain, dossier and leerweg. The 2023-24 SBB
 * koppeltabel adds the qualifications introduced since, with name only: their niveau is
 * recorded as unknown (niveau null, niveauBekend false), never guessed, and so is their
 * prijsfactor (null), which only the 2015 list gives.
 */
export const qualificationsStep: BuildStep = {
  id: 'qualifications',
  async run(ctx) {
    const structuur = await ctx.readSourceCsvLines(KWALIFICATIESTRUCTUUR_FILE, structuurRow);
    const koppel = await ctx.readSourceCsvLines(KOPPELTABEL_FILE, koppelRow);

    const byCrebo = new Map<string, Qualification>();
    for (const { line, value: r } of structuur) {
      if (byCrebo.has(r.kwalificatie_crebo)) {
        throw new SourceError(KWALIFICATIESTRUCTUUR_FILE, `crebo ${r.kwalificatie_crebo} occurs twice`, line);
      }
      byCrebo.set(r.kwalificatie_crebo, {
        crebo: r.kwalificatie_crebo,
        naam: tidy(r.kwalificatie_naam),
        niveau: r.niveau,
        niveauBekend: true,
        domeinCode: r.opleidingsdomein_code,
        domein: tidy(r.opleidingsdomein),
        dossierCrebo: r.dossier_crebo,
        dossierNaam: tidy(r.dossier_naam),
        leerwegen: r.leerweg.split('/') as Leerweg[],
        prijsfactor: r.prijsfactor,
        bron: 'kwalificatiestructuur-2015',
        bronnen: ['kwalificatiestructuur-2015'],
      });
    }
    const seenKoppel = new Set<string>();
    let onlyInKoppeltabel = 0;
    for (const { line, value: r } of koppel) {
      if (seenKoppel.has(r.opleidingscode))
        throw new SourceError(KOPPELTABEL_FILE, `code ${r.opleidingscode} occurs twice`, line);
      seenKoppel.add(r.opleidingscode);
      if (r.code_type_afgeleid !== KWALIFICATIE_TYPE) continue;
      const existing = byCrebo.get(r.opleidingscode);
      if (existing) {
        existing.bronnen.push('sbb-koppeltabel-2023');
        continue;
      }
      onlyInKoppeltabel++;
      byCrebo.set(r.opleidingscode, {
        crebo: r.opleidingscode,
        naam: tidy(r.opleidingsnaam),
        niveau: null,
        niveauBekend: false,
        domeinCode: null,
        domein: null,
        dossierCrebo: null,
        dossierNaam: null,
        leerwegen: [],
        prijsfactor: null,
        bron: 'sbb-koppeltabel-2023',
        bronnen: ['sbb-koppeltabel-2023'],
      });
    }
    if (
      seenKoppel.size > 0 &&
      ![...byCrebo.values()].some((q) => q.bron === 'sbb-koppeltabel-2023' || q.bronnen.length > 1)
    ) {
      throw new SourceError(KOPPELTABEL_FILE, `has no rows of code type "${KWALIFICATIE_TYPE}"`);
    }
    const rows = [...byCrebo.values()].sort((a, b) => (a.crebo < b.crebo ? -1 : 1));
    const niveauCounts = Object.fromEntries(
      ['1', '2', '3', '4', 'onbekend'].map((n) => [n, rows.filter((q) => String(q.niveau ?? 'onbekend') === n).length]),
    );
    ctx.report('qualifications', {
      qualifications: rows.length,
      fromKwalificatiestructuur2015: structuur.length,
      onlyInSbbKoppeltabel: onlyInKoppeltabel,
      inBoth: rows.filter((q) => q.bronnen.length === 2).length,
      niveau: niveauCounts,
      prijsfactor: Object.fromEntries(
        [...new Set(rows.map((q) => q.prijsfactor?.toFixed(2) ?? 'onbekend'))]
          .sort()
          .map((f) => [f, rows.filter((q) => (q.prijsfactor?.toFixed(2) ?? 'onbekend') === f).length]),
      ),
    });
    ctx.log(
      `qualifications: ${rows.length} (${structuur.length} with niveau from 2015, ${onlyInKoppeltabel} only in the koppeltabel, niveau unknown)`,
    );
    return [
      {
        path: GEODATA_FILES.qualifications,
        data: jsonLines(rows),
        rows: rows.length,
        sources: ['kwalificatiestructuur-2015', 'sbb-koppeltabel'],
      },
    ];
  },
};
