/** Niveau profiles (editable limits) and the travel model's parameters. */
export { NIVEAU_PROFILES, NIVEAUS, MIN_LIMIT_MINUTES, MAX_LIMIT_MINUTES, withLimit, bandEdges } from './niveaus.ts';
export type { NiveauProfile } from './niveaus.ts';
export { TRAVEL_PARAMETERS } from './parameters.ts';
export type { TravelParameters } from './parameters.ts';
