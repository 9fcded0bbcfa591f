import { z } from 'zod';
import type { KrimpMembership } from '../../../src/data/geodata/index.ts';
import type { BuildContext } from '../step.ts';
import { csvField } from './csv.ts';
import { type PolygonalFeature, parsePolygonCollection } from './geojson.ts';
import { SourceError } from './source-error.ts';

export const GEMEENTEN_FILE = 'geo/boundaries/gemeenten_2023_cbs_enriched.geojson';
export const KOPPELTABEL_FILE = 'geo/boundaries/gemeente_regio_koppeltabel_2023.csv';
export const KRIMP_FILE = 'geo/krimp/krimp_anticipeer_gemeenten.csv';
export const KRIMP_NAMES_FILE = 'geo/krimp/krimp_anticipeer_region_names.csv';

const gemeenteCode = z.string().regex(/^GM\d{4}$/, 'is not a CBS gemeente code (GM + 4 digits)');

const gemeenteProps = z.object({
  gemeentecode: gemeenteCode,
  gemeentenaam: z.string().min(1),
  aantalInwoners: z.number().int().min(0),
  est_inwoners_15_24: z.number().int().min(0),
});

const koppelRow = z.object({
  gemeentecode: gemeenteCode,
  gemeentenaam: csvField.nonEmpty,
  provincie: csvField.nonEmpty,
  corop: csvField.nonEmpty,
  amr_code: z.string().regex(/^AM\d{2}$/, 'is not an arbeidsmarktregio code (AM + 2 digits)'),
  amr_naam: csvField.nonEmpty,
  rmc_code: z.string().regex(/^MC\d{2}$/, 'is not an RMC code (MC + 2 digits)'),
  rmc_naam: csvField.nonEmpty,
});

const krimpRow = z.object({
  type: z.enum(['krimpregio', 'anticipeerregio']),
  regio: csvField.nonEmpty,
  gemeentecode: gemeenteCode,
  gemeentenaam: csvField.nonEmpty,
  confidence: csvField.nonEmpty,
});

const krimpNameRow = z.object({ type: z.enum(['krimpregio', 'anticipeerregio']), regio: csvField.nonEmpty });

export interface GemeenteSource {
  code: string;
  naam: string;
  inwoners: number;
  inwoners15_24: number;
  provincie: string;
  corop: string;
  amr: string;
  amrNaam: string;
  rmc: string;
  rmcNaam: string;
  krimp: KrimpMembership | null;
  feature: PolygonalFeature<z.infer<typeof gemeenteProps>>;
}

/**
 * The 342 gemeenten joined with the region koppeltabel and the krimp list, sorted by code.
 * The array index is the gemeente index of grid.bin. Every join is checked both ways: a
 * gemeente without a koppeltabel row, or a krimp row for an unknown gemeente, stops the build.
 */
export async function loadGemeenten(ctx: BuildContext): Promise<GemeenteSource[]> {
  const features = parsePolygonCollection(await ctx.readSourceJson(GEMEENTEN_FILE), GEMEENTEN_FILE, gemeenteProps);
  const koppel = await ctx.readSourceCsvLines(KOPPELTABEL_FILE, koppelRow);
  const krimp = await ctx.readSourceCsvLines(KRIMP_FILE, krimpRow);
  // Its note column holds unquoted commas; only the first two columns are used.
  const krimpNames = await ctx.readSourceCsvLines(KRIMP_NAMES_FILE, krimpNameRow, { lastColumnIsFreeText: true });

  const byCode = new Map<string, (typeof features)[number]>();
  for (const [i, feature] of features.entries()) {
    const code = feature.properties.gemeentecode;
    if (byCode.has(code)) throw new SourceError(GEMEENTEN_FILE, `feature ${i + 1}: gemeente ${code} occurs twice`);
    byCode.set(code, feature);
  }
  const koppelByCode = new Map<string, z.infer<typeof koppelRow>>();
  for (const { line, value } of koppel) {
    if (!byCode.has(value.gemeentecode)) {
      throw new SourceError(KOPPELTABEL_FILE, `gemeente ${value.gemeentecode} is not in ${GEMEENTEN_FILE}`, line);
    }
    if (koppelByCode.has(value.gemeentecode))
      throw new SourceError(KOPPELTABEL_FILE, `gemeente ${value.gemeentecode} occurs twice`, line);
    koppelByCode.set(value.gemeentecode, value);
  }
  const knownRegions = new Set(krimpNames.map(({ value }) => `${value.type}|${value.regio}`));
  const krimpByCode = new Map<string, KrimpMembership>();
  for (const { line, value } of krimp) {
    if (!byCode.has(value.gemeentecode)) {
      throw new SourceError(KRIMP_FILE, `gemeente ${value.gemeentecode} is not in ${GEMEENTEN_FILE}`, line);
    }
    if (!knownRegions.has(`${value.type}|${value.regio}`)) {
      throw new SourceError(KRIMP_FILE, `${value.type} "${value.regio}" is not listed in ${KRIMP_NAMES_FILE}`, line);
    }
    if (krimpByCode.has(value.gemeentecode)) {
      throw new SourceError(
        KRIMP_FILE,
        `gemeente ${value.gemeentecode} is in more than one krimp/anticipeer region`,
        line,
      );
    }
    // Multi-line confidence notes are kept as one line of text.
    krimpByCode.set(value.gemeentecode, {
      type: value.type,
      regio: value.regio,
      confidence: value.confidence.replace(/\s+/g, ' '),
    });
  }

  return [...byCode.keys()].sort().map((code) => {
    const feature = byCode.get(code)!;
    const regions = koppelByCode.get(code);
    if (!regions)
      throw new SourceError(KOPPELTABEL_FILE, `has no row for gemeente ${code} (${feature.properties.gemeentenaam})`);
    return {
      code,
      naam: feature.properties.gemeentenaam,
      inwoners: feature.properties.aantalInwoners,
      inwoners15_24: feature.properties.est_inwoners_15_24,
      provincie: regions.provincie,
      corop: regions.corop,
      amr: regions.amr_code,
      amrNaam: regions.amr_naam,
      rmc: regions.rmc_code,
      rmcNaam: regions.rmc_naam,
      krimp: krimpByCode.get(code) ?? null,
      feature,
    };
  });
}
