import type { Niveau } from '../../engine/offer/types.ts';
import type { QualificationOption } from './search-qualifications.ts';

/** The part of the Offer (src/engine/offer) the chooser reads. */
export interface OfferForOptions {
  byNiveau(niveau: Niveau): readonly { crebo: string }[];
  qualification(crebo: string): { naam: string } | undefined;
}

/**
 * Every qualification the offer has at `niveau`, once, sorted by name: only these can give a
 * travel field. A crebo the qualification list does not know keeps its code as its name.
 */
export function qualificationOptions(offer: OfferForOptions, niveau: Niveau): QualificationOption[] {
  const crebos = new Set(offer.byNiveau(niveau).map((row) => row.crebo));
  return [...crebos]
    .map((crebo) => ({ crebo, naam: offer.qualification(crebo)?.naam ?? crebo }))
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl') || a.crebo.localeCompare(b.crebo));
}
