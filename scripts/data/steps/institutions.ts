import { GEODATA_FILES, type Institution } from '../../../src/data/geodata/index.ts';
import { institutionSoort } from '../lib/institution-soort.ts';
import { jsonLines } from '../lib/json.ts';
import { FUNDED_FILE, fundedRow, INSTELLINGEN_FILE, instellingRow, loadVestigingen } from '../lib/mbo-source.ts';
import { SourceError } from '../lib/source-error.ts';
import type { BuildStep } from '../step.ts';

/**
 * institutions.json: the KiesMBO institutions with their soort. Each institution's location
 * list is taken from the vestigingen file (by BRIN), so it always agrees with locations.json;
 * disagreements with the institutions file's own list are reported.
 */
export const institutionsStep: BuildStep = {
  id: 'institutions',
  async run(ctx) {
    const instellingen = await ctx.readSourceCsvLines(INSTELLINGEN_FILE, instellingRow);
    const funded = await ctx.readSourceCsv(FUNDED_FILE, fundedRow);
    const vestigingen = await loadVestigingen(ctx);

    const byBrin = new Map<string, string[]>();
    for (const { value } of vestigingen) byBrin.set(value.brin, [...(byBrin.get(value.brin) ?? []), value.brinvest]);
    const known = new Set<string>();
    const listMismatch: object[] = [];
    const rows: Institution[] = instellingen.map(({ line, value: i }) => {
      if (known.has(i.brin)) throw new SourceError(INSTELLINGEN_FILE, `BRIN ${i.brin} occurs twice`, line);
      known.add(i.brin);
      const locaties = [...(byBrin.get(i.brin) ?? [])].sort();
      const listed = [...new Set(i.locaties_brinvest)].sort();
      if (listed.join() !== locaties.join())
        listMismatch.push({ brin: i.brin, line, inInstellingenFile: listed, inVestigingenFile: locaties });
      return {
        brin: i.brin,
        naam: i.naam,
        afkorting: i.afkorting,
        type: i.type,
        website: i.website,
        hoofdlocatie: i.hoofdlocatie_brinvest,
        locaties,
        soort: institutionSoort(i.brin, i.naam),
      };
    });
    for (const { line, value } of vestigingen) {
      if (!known.has(value.brin)) {
        throw new SourceError(
          INSTELLINGEN_FILE,
          `has no institution for BRIN ${value.brin}, used by vestiging ${value.brinvest} (line ${line} of the vestigingen file)`,
        );
      }
    }
    rows.sort((a, b) => (a.brin < b.brin ? -1 : 1));

    // Cross-check the curated soort against the list of funded institutions.
    const unclassifiedFunded = funded
      .filter((f) => known.has(f.brin) && rows.find((r) => r.brin === f.brin)!.soort === 'overig')
      .map((f) => f.brin);
    if (unclassifiedFunded.length > 0) {
      throw new Error(
        `funded institutions ${unclassifiedFunded.join(', ')} (${FUNDED_FILE}) are classified "overig"; extend scripts/data/lib/institution-soort.ts`,
      );
    }
    const counts = Object.fromEntries(
      ['roc', 'aoc', 'vakinstelling', 'overig'].map((s) => [s, rows.filter((r) => r.soort === s).length]),
    );
    ctx.report('institutions', {
      institutions: rows.length,
      soort: counts,
      withoutLocations: rows.filter((r) => r.locaties.length === 0).map((r) => r.brin),
      locationListDiffersFromVestigingen: listMismatch,
      fundedListNotInKiesmbo: funded.filter((f) => !known.has(f.brin)).map((f) => `${f.brin} ${f.instelling_naam}`),
    });
    ctx.log(
      `institutions: ${rows.length} (${Object.entries(counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')})`,
    );
    return [
      {
        path: GEODATA_FILES.institutions,
        data: jsonLines(rows),
        rows: rows.length,
        sources: ['kiesmbo-instellingen', 'kiesmbo-vestigingen'],
      },
    ];
  },
};
