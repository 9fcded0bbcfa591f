import { nearestCell } from './nearest-cell.ts';
import { Offer, type OfferPlace } from './offer.ts';
import type { Location, OfferRow, Qualification } from './types.ts';

/** What the engine reads of an offer file (src/data/aanbod/offer-file.ts): its rows and PC4 points. */
export interface OfferFileContent {
  rows: readonly OfferRow[];
  pseudoLocations: readonly { id: string; lon: number; lat: number }[];
}

export interface OfferFileContext {
  locations: readonly Location[];
  qualifications: readonly Qualification[];
  /** Grid cell centres (grid.bin), to give PC4 pseudo-locations a cell. */
  cellLon: Float32Array;
  cellLat: Float32Array;
}

/** Builds the Offer for a loaded offer file (modelled or imported). */
export function offerFromFile(file: OfferFileContent, ctx: OfferFileContext): Offer {
  const pseudoPlaces: OfferPlace[] = file.pseudoLocations.map((p) => ({
    id: p.id,
    cell: nearestCell(p.lon, p.lat, ctx.cellLon, ctx.cellLat),
    brin: null,
    approximate: true,
  }));
  return new Offer(file.rows, { locations: ctx.locations, qualifications: ctx.qualifications, pseudoPlaces });
}
