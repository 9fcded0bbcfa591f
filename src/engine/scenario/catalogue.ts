import type { Leerweg, Niveau } from '../offer/types.ts';

/**
 * What an edit may name: the known qualifications and locations. Injected so the scenario
 * module does not depend on how the geodata is loaded.
 */
export interface EditCatalogue {
  /** undefined = unknown crebo. niveau null = known crebo whose niveau the source does not give. */
  qualification(crebo: string): { niveau: Niveau | null; leerwegen: readonly Leerweg[] } | undefined;
  hasVestiging(brinvest: string): boolean;
}

/** A catalogue over the parsed qualifications.json and locations.json. */
export function catalogueFrom(
  qualifications: readonly { crebo: string; niveau: Niveau | null; leerwegen: readonly Leerweg[] }[],
  locations: readonly { brinvest: string }[],
): EditCatalogue {
  const byCrebo = new Map(qualifications.map((q) => [q.crebo, { niveau: q.niveau, leerwegen: q.leerwegen }]));
  const vestigingen = new Set(locations.map((l) => l.brinvest));
  return {
    qualification: (crebo) => byCrebo.get(crebo),
    hasVestiging: (brinvest) => vestigingen.has(brinvest),
  };
}
