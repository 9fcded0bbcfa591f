import {
  MODELLED_OFFER_FILE,
  OFFER_FILE_FORMAT,
  OFFER_FILE_VERSION,
  type OfferFile,
  PC4_FILE,
  parsePc4File,
  serializeOfferFile,
} from '../../../src/data/aanbod/index.ts';
import { parseInstitutions, parseLocations, parseQualifications } from '../../../src/data/geodata/index.ts';
import { domainOf } from '../../../src/engine/offer/domain.ts';
import { MODELLED_LABEL } from '../../../src/engine/offer/modelled-label.ts';
import type { Niveau } from '../../../src/engine/offer/types.ts';
import type { BuildStep } from '../step.ts';
import { generateModelledOffer, MODEL_SEED } from './generate.ts';
import { PC4_SOURCE_FILE, pc4Points, pc4SourceRow } from './pc4-points.ts';

const MODEL_SOURCES = ['kiesmbo-vestigingen', 'kiesmbo-instellingen', 'kwalificatiestructuur-2015', 'sbb-koppeltabel'];

/**
 * The offer step of `npm run data` (runs after locations, institutions, qualifications):
 * writes aanbod-model.json (the modelled default offer, kind "modelled") and pc4.json (the PC4
 * points an import uses to place rows whose address matches no known location).
 */
export const offerStep: BuildStep = {
  id: 'offer',
  async run(ctx) {
    const locations = parseLocations(await ctx.readOutputText('locations.json'), 'locations.json');
    const institutions = parseInstitutions(await ctx.readOutputText('institutions.json'), 'institutions.json');
    const qualifications = parseQualifications(await ctx.readOutputText('qualifications.json'), 'qualifications.json');

    const { rows, models, soortNotes } = generateModelledOffer({
      locations,
      institutions,
      qualifications,
      seed: MODEL_SEED,
    });
    const file = modelledOfferFile(rows);
    const text = serializeOfferFile(file);

    const { points, withoutCoordinates } = pc4Points(await ctx.readSourceCsv(PC4_SOURCE_FILE, pc4SourceRow));
    const pc4Text = `${JSON.stringify({ formatVersion: 1, source: 'cbs-pc4', points }).replace(/\},\{/g, '},\n{')}\n`;
    parsePc4File(pc4Text); // the app and the CLI read it with this schema: fail the build, not the app

    const byNiveau = countBy(rows, (r) => String(r.niveau as Niveau));
    const byCrebo = new Map(qualifications.map((q) => [q.crebo, q]));
    const byDomain = countBy(rows, (r) => domainOf(byCrebo.get(r.crebo)!));
    ctx.report('offer', {
      seed: MODEL_SEED,
      rows: rows.length,
      locationsWithOffer: new Set(rows.map((r) => r.vestiging)).size,
      locationsWithoutOffer: locations
        .filter((l) => !rows.some((r) => r.vestiging === l.brinvest))
        .map((l) => l.brinvest),
      byNiveau,
      byDomain,
      institutions: models,
      soortNotes,
      pc4Points: points.length,
      pc4WithoutCoordinates: withoutCoordinates,
    });
    ctx.log(
      `offer: modelled ${rows.length} rows at ${new Set(rows.map((r) => r.vestiging)).size} locations; ${points.length} PC4 points`,
    );
    for (const note of soortNotes) ctx.log(`offer: check soort: ${note}`);
    return [
      { path: MODELLED_OFFER_FILE, data: text, rows: rows.length, sources: MODEL_SOURCES },
      { path: PC4_FILE, data: pc4Text, rows: points.length, sources: ['cbs-pc4'] },
    ];
  },
};

export function modelledOfferFile(rows: OfferFile['rows']): OfferFile {
  return {
    format: OFFER_FILE_FORMAT,
    formatVersion: OFFER_FILE_VERSION,
    kind: 'modelled',
    provenance: {
      source: 'scripts/data/offer (Regiekaart mbo modelled offer)',
      date: null,
      sources: MODEL_SOURCES,
      seed: MODEL_SEED,
      note: `${MODELLED_LABEL.nl}. Generated from the real locations, institutions and qualification list; see scripts/data/offer/README.md.`,
      counts: {
        rows: rows.length,
        imported: rows.length,
        duplicates: 0,
        rejected: 0,
        locationsAddress: 0,
        locationsPostcode: 0,
        locationsPc4: 0,
        offerRows: rows.length,
      },
    },
    pseudoLocations: [],
    rejected: [],
    rows,
  };
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}
