import type { Offer } from '../../engine/offer/offer.ts';
import type { Leerweg, Niveau } from '../../engine/offer/types.ts';

export interface ProgrammeLine {
  crebo: string;
  naam: string | null;
  niveau: Niveau;
  domain: string;
  /** Leerwegen offered; empty when the source did not say. */
  leerwegen: Leerweg[];
  /** The qualification is known only from the imported DUO file (newer than the bundled lists). */
  fromFile: boolean;
}

/** A location's programmes, one line per crebo (its BOL and BBL rows merged), by niveau then name. */
export function programmesAt(offer: Offer, vestiging: string): ProgrammeLine[] {
  const byCrebo = new Map<string, ProgrammeLine>();
  for (const row of offer.byVestiging(vestiging)) {
    let line = byCrebo.get(row.crebo);
    if (!line) {
      const q = offer.qualification(row.crebo);
      line = {
        crebo: row.crebo,
        naam: q?.naam ?? null,
        niveau: row.niveau,
        domain: offer.domainOfCrebo(row.crebo),
        leerwegen: [],
        fromFile: q?.bron === 'duo-bestand',
      };
      byCrebo.set(row.crebo, line);
    }
    if (row.leerweg && !line.leerwegen.includes(row.leerweg)) line.leerwegen.push(row.leerweg);
  }
  for (const line of byCrebo.values()) line.leerwegen.sort();
  return [...byCrebo.values()].sort(
    (a, b) => a.niveau - b.niveau || (a.naam ?? '').localeCompare(b.naam ?? '', 'nl') || a.crebo.localeCompare(b.crebo),
  );
}
