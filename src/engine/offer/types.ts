/** One programme offered at one location: the unit that scenarios start, stop and swap. */
export type Leerweg = 'BOL' | 'BBL';

/** 1 = Entree, 2–4 the mbo niveaus. */
export type Niveau = 1 | 2 | 3 | 4;

export interface OfferRow {
  crebo: string;
  /** brinvest of the location, e.g. "00GT00" */
  vestiging: string;
  /** null when the source does not say (an edit without leerweg matches both) */
  leerweg: Leerweg | null;
  niveau: Niveau;
}
