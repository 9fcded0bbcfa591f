export type Leerweg = 'BOL' | 'BBL';

/** 1 = Entree, 2–4 the mbo niveaus. */
export type Niveau = 1 | 2 | 3 | 4;

/** One programme offered at one location: the unit that scenarios start, stop and swap. */
export interface OfferRow {
  crebo: string;
  /** brinvest of the location, e.g. "00GT00" */
  vestiging: string;
  /** null when the source does not say (an edit without leerweg matches both) */
  leerweg: Leerweg | null;
  niveau: Niveau;
}

// The records of locations.json and qualifications.json (src/data checks and loads them):
// the places and programmes an offer refers to.

export type KrimpType = 'krimpregio' | 'anticipeerregio';

/** Membership of a krimp- or anticipeerregio. The list is reconstructed, hence `confidence`. */
export interface KrimpMembership {
  type: KrimpType;
  regio: string;
  /** Free text from the source, e.g. "medium-high"; it may carry a short justification. */
  confidence: string;
}

export interface Location {
  brinvest: string;
  brin: string;
  instelling: string;
  naam: string;
  adres: string;
  postcode: string;
  plaats: string;
  lon: number;
  lat: number;
  hoofdlocatie: boolean;
  gemeente: string | null;
  gemeenteNaam: string | null;
  amr: string | null;
  amrNaam: string | null;
  rmc: string | null;
  rmcNaam: string | null;
  provincie: string | null;
  krimp: KrimpMembership | null;
  /** Dense index into grid.bin; -1 when no land cell lies within 2 km. */
  cell: number;
  onLand: boolean;
}

/** 'duo-bestand': added from, or named by, an imported DUO file (never in qualifications.json). */
export type QualificationBron = 'kwalificatiestructuur-2015' | 'sbb-koppeltabel-2023' | 'duo-bestand';

export interface Qualification {
  crebo: string;
  naam: string;
  /** 1 = Entree. null when the source does not give it (then niveauBekend is false). */
  niveau: Niveau | null;
  niveauBekend: boolean;
  domeinCode: string | null;
  domein: string | null;
  dossierCrebo: string | null;
  dossierNaam: string | null;
  /** Empty when the source does not say which leerwegen exist. */
  leerwegen: Leerweg[];
  /**
   * Funding cost factor (prijsfactor, 1.00–1.80) from the 2015-16 kwalificatiestructuur; null
   * when that list does not hold the crebo (newer qualifications): unknown, never guessed.
   */
  prijsfactor: number | null;
  /** The list the record's attributes come from (the 2015 structure wins when both have it). */
  bron: QualificationBron;
  /** Every list that contains this crebo. */
  bronnen: QualificationBron[];
}
