import type { Niveau } from '../offer/types.ts';

/**
 * A niveau profile: how far a student of that niveau is assumed to travel to school.
 *
 * The default limits are a policy assumption, not a measurement: Entree and niveau 2 students
 * are younger on average, more often need daily support close to home and drop out more when
 * the journey is long, so their relevant region is smaller than that of niveau 3 and 4
 * students, who often travel to a specialised programme in another city. The app lets the
 * user edit each limit (see `withLimit`).
 */
export interface NiveauProfile {
  niveau: Niveau;
  /** Default maximum door-to-door travel time in minutes. */
  defaultMaxMinutes: number;
  /** Colour bands in the legend: minutes per band. */
  bandMinutes: number;
}

export const NIVEAUS: readonly Niveau[] = [1, 2, 3, 4];

export const NIVEAU_PROFILES: Readonly<Record<Niveau, NiveauProfile>> = {
  1: { niveau: 1, defaultMaxMinutes: 45, bandMinutes: 15 },
  2: { niveau: 2, defaultMaxMinutes: 45, bandMinutes: 15 },
  3: { niveau: 3, defaultMaxMinutes: 60, bandMinutes: 15 },
  4: { niveau: 4, defaultMaxMinutes: 75, bandMinutes: 15 },
};

/** Bounds for a user-edited limit: below 10 minutes nothing is reachable, above 180 all is. */
export const MIN_LIMIT_MINUTES = 10;
export const MAX_LIMIT_MINUTES = 180;

/** Returns the profile with an edited limit; throws RangeError for a limit out of bounds. */
export function withLimit(profile: NiveauProfile, maxMinutes: number): NiveauProfile {
  if (!Number.isInteger(maxMinutes) || maxMinutes < MIN_LIMIT_MINUTES || maxMinutes > MAX_LIMIT_MINUTES) {
    throw new RangeError(
      `limit for niveau ${profile.niveau} must be a whole number of minutes from ${MIN_LIMIT_MINUTES} to ${MAX_LIMIT_MINUTES}, got ${maxMinutes}`,
    );
  }
  return { ...profile, defaultMaxMinutes: maxMinutes };
}

/** Upper edges of the legend's bands, e.g. [15, 30, 45] for a 45-minute limit. */
export function bandEdges(maxMinutes: number, bandMinutes = 15): number[] {
  const edges: number[] = [];
  for (let m = bandMinutes; m < maxMinutes; m += bandMinutes) edges.push(m);
  edges.push(maxMinutes);
  return edges;
}
