/** Niveau profiles (editable limits) and the travel model's parameters. */

export type { NiveauProfile } from './niveaus.ts';
export { bandEdges, MAX_LIMIT_MINUTES, MIN_LIMIT_MINUTES, NIVEAU_PROFILES, NIVEAUS, withLimit } from './niveaus.ts';
export type { TravelParameters } from './parameters.ts';
export { TRAVEL_PARAMETERS } from './parameters.ts';
