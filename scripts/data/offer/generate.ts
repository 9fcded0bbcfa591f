import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import type { Institution, Location, Qualification } from '../../../src/data/geodata/index.ts';
import { domainOf, ENTREE_DOMAIN, UNKNOWN_DOMAIN, VNL_DOMAIN } from '../../../src/engine/offer/domain.ts';
import type { Leerweg, Niveau, OfferRow } from '../../../src/engine/offer/types.ts';
import { GENERAL_PRIVATE_DOMAINS, specialismOf } from './specialisms.ts';

/**
 * The modelled default offer: which qualification is offered at which location, generated
 * from the real locations, institutions and qualification list with a fixed seed. It is an
 * illustration, never real data; the method is described in README.md next to this file.
 */
export const MODEL_SEED = 20250201;

/** Chance that a qualification of a chosen domain is offered at a location, before popularity. */
const BASE_CHANCE: Record<Niveau, number> = { 1: 0.6, 2: 0.55, 3: 0.4, 4: 0.28 };
/** Share of the main location's breadth that a ROC's other locations get. */
const SATELLITE_BREADTH = 0.75;
/** Chance that a ROC satellite location offers Entree. */
const SATELLITE_ENTREE = 0.5;
/** Chance that a programme offered in BOL is also offered in BBL (when the qualification allows BBL). */
const ALSO_BBL = 0.45;

export type InstitutionModel =
  | { kind: 'roc' }
  | { kind: 'aoc' }
  | { kind: 'specialist'; label: string; domains: readonly string[]; funded: boolean }
  | { kind: 'general' };

export interface ModelInput {
  locations: readonly Location[];
  institutions: readonly Institution[];
  qualifications: readonly Qualification[];
  seed?: number;
}

export interface ModelResult {
  rows: OfferRow[];
  /** How each institution was modelled, for the build report. */
  models: { brin: string; naam: string; soort: string; model: string; locations: number; rows: number }[];
  /** Institutions whose soort and name disagree (checked, not changed). */
  soortNotes: string[];
}

/** How an institution is modelled: its soort first (roc, aoc), then its name (specialisms). */
export function institutionModel(institution: Institution): InstitutionModel {
  if (institution.soort === 'roc') return { kind: 'roc' };
  if (institution.soort === 'aoc') return { kind: 'aoc' };
  const rule = specialismOf(institution.naam);
  if (rule)
    return {
      kind: 'specialist',
      label: rule.label,
      domains: rule.domains,
      funded: institution.soort === 'vakinstelling',
    };
  return { kind: 'general' };
}

/** Soort values the name contradicts: reported by the build so the curated list can be fixed. */
export function checkSoort(institution: Institution): string | null {
  const { naam, soort } = institution;
  if (soort !== 'roc' && /^ROC\b|\bROC\b/.test(naam))
    return `${institution.brin} ${naam}: name says ROC, soort is ${soort}`;
  if (soort !== 'aoc' && /\bAOC\b/.test(naam)) return `${institution.brin} ${naam}: name says AOC, soort is ${soort}`;
  if (soort === 'vakinstelling' && !specialismOf(naam))
    return `${institution.brin} ${naam}: vakinstelling whose specialism is not recognised by name (modelled as a general provider)`;
  return null;
}

export function generateModelledOffer(input: ModelInput): ModelResult {
  const seed = input.seed ?? MODEL_SEED;
  const pool = qualificationPool(input.qualifications);
  const popularity = nationalPopularity(pool.all, seed);
  const locationsById = new Map(input.locations.map((l) => [l.brinvest, l]));
  const rows: OfferRow[] = [];
  const models: ModelResult['models'] = [];
  const soortNotes: string[] = [];

  for (const institution of [...input.institutions].sort((a, b) => a.brin.localeCompare(b.brin))) {
    const note = checkSoort(institution);
    if (note) soortNotes.push(note);
    const locations = institution.locaties
      .map((id) => locationsById.get(id))
      .filter((l): l is Location => l !== undefined)
      .sort((a, b) => a.brinvest.localeCompare(b.brinvest));
    if (locations.length === 0) continue;
    const model = institutionModel(institution);
    // One generator per institution, seeded from the global seed and the brin: a change in one
    // institution's data does not reshuffle every other institution's offer.
    const rng = xoroshiro128plus((seed ^ hashString(institution.brin)) >>> 0);
    const main = locations.find((l) => l.brinvest === institution.hoofdlocatie) ?? locations[0];
    const before = rows.length;
    for (const location of locations) {
      const plan = planLocation(model, location === main, pool, rng);
      for (const q of plan.qualifications) {
        if (!offers(q, plan.breadth, popularity, rng)) continue;
        for (const leerweg of leerwegenFor(q, rng))
          rows.push({ crebo: q.crebo, vestiging: location.brinvest, leerweg, niveau: q.niveau as Niveau });
      }
      if (plan.guaranteed) ensureOne(rows, plan.guaranteed, location.brinvest, popularity);
    }
    models.push({
      brin: institution.brin,
      naam: institution.naam,
      soort: institution.soort,
      model: model.kind === 'specialist' ? `specialist: ${model.label}` : model.kind,
      locations: locations.length,
      rows: rows.length - before,
    });
  }
  return { rows, models, soortNotes };
}

interface Pool {
  all: Qualification[];
  byDomain: Map<string, Qualification[]>;
  /** Domains a ROC offers: every domain except Voedsel, natuur en leefomgeving (the AOCs' domain) and Entree. */
  rocDomains: string[];
  entree: Qualification[];
  greenEntree: Qualification[];
}

/** Only qualifications with a known niveau and domain can be modelled (SBB-only codes have neither). */
function qualificationPool(qualifications: readonly Qualification[]): Pool {
  const all = qualifications
    .filter((q) => q.niveau !== null && domainOf(q) !== UNKNOWN_DOMAIN)
    .sort((a, b) => a.crebo.localeCompare(b.crebo));
  const byDomain = new Map<string, Qualification[]>();
  for (const q of all) {
    const domain = domainOf(q);
    byDomain.set(domain, [...(byDomain.get(domain) ?? []), q]);
  }
  const entree = byDomain.get(ENTREE_DOMAIN) ?? [];
  // Green Entree programmes: the Entree dossier that contains the "plant or green environment" qualification.
  const greenDossiers = new Set(entree.filter((q) => /plant|groen/i.test(q.naam)).map((q) => q.dossierCrebo));
  const greenEntree = entree.filter((q) => q.dossierCrebo !== null && greenDossiers.has(q.dossierCrebo));
  const rocDomains = [...byDomain.keys()].filter((d) => d !== VNL_DOMAIN && d !== ENTREE_DOMAIN).sort();
  return { all, byDomain, rocDomains, entree, greenEntree };
}

/**
 * A national popularity per qualification, drawn once: squared uniform values, so a few
 * programmes are common everywhere and many are niche. Niveau 4 specialisms are damped further.
 */
function nationalPopularity(all: readonly Qualification[], seed: number): Map<string, number> {
  const rng = xoroshiro128plus(seed >>> 0);
  const result = new Map<string, number>();
  for (const q of all) {
    const u = uniformFloat64(rng);
    result.set(q.crebo, u * u);
  }
  return result;
}

interface LocationPlan {
  qualifications: Qualification[];
  /** Multiplies the inclusion chance: the main location of a ROC is the broadest. */
  breadth: number;
  /** Candidates of which at least one is offered, so a modelled location is never empty. */
  guaranteed: Qualification[] | null;
}

function planLocation(model: InstitutionModel, isMain: boolean, pool: Pool, rng: RandomGenerator): LocationPlan {
  const fromDomains = (domains: readonly string[]) => domains.flatMap((d) => pool.byDomain.get(d) ?? []);
  switch (model.kind) {
    case 'roc': {
      // Main location: every ROC domain. Other locations: a cluster of 2–5 domains.
      const domains = isMain
        ? pool.rocDomains
        : pickSome(pool.rocDomains, 2 + Math.floor(uniformFloat64(rng) * 4), rng);
      const withEntree = isMain || uniformFloat64(rng) < SATELLITE_ENTREE;
      const list = fromDomains(domains);
      return {
        qualifications: withEntree ? [...pool.entree.filter((q) => !pool.greenEntree.includes(q)), ...list] : list,
        breadth: isMain ? 1 : SATELLITE_BREADTH,
        guaranteed: list,
      };
    }
    case 'aoc': {
      const vnl = fromDomains([VNL_DOMAIN]);
      return { qualifications: [...pool.greenEntree, ...vnl], breadth: isMain ? 1.2 : 0.9, guaranteed: vnl };
    }
    case 'specialist': {
      // Funded sector schools (vakinstellingen) cover their domain broadly; private providers less so.
      const list = fromDomains(model.domains);
      const breadth = model.funded ? (isMain ? 1.1 : 0.8) : 0.6;
      return { qualifications: list, breadth, guaranteed: list };
    }
    case 'general': {
      const domains = pickSome(GENERAL_PRIVATE_DOMAINS, 1, rng);
      const list = fromDomains(domains);
      return { qualifications: list, breadth: 0.5, guaranteed: list };
    }
  }
}

function offers(q: Qualification, breadth: number, popularity: Map<string, number>, rng: RandomGenerator): boolean {
  const niveau = q.niveau as Niveau;
  const pop = popularity.get(q.crebo) ?? 0;
  // Entree and niveau 2 programmes are broad basics: popularity matters less for them.
  const spread = niveau <= 2 ? 0.55 + 0.9 * pop : 0.25 + 1.5 * pop;
  return uniformFloat64(rng) < Math.min(0.95, BASE_CHANCE[niveau] * spread * breadth);
}

function leerwegenFor(q: Qualification, rng: RandomGenerator): Leerweg[] {
  const bol = q.leerwegen.length === 0 || q.leerwegen.includes('BOL');
  const bbl = q.leerwegen.length === 0 || q.leerwegen.includes('BBL');
  if (!bol) return ['BBL'];
  return bbl && uniformFloat64(rng) < ALSO_BBL ? ['BOL', 'BBL'] : ['BOL'];
}

/** If the draw left a location without any of `candidates`, add the most popular one (lowest niveau first). */
function ensureOne(
  rows: OfferRow[],
  candidates: Qualification[],
  vestiging: string,
  popularity: Map<string, number>,
): void {
  if (candidates.length === 0) return;
  const crebos = new Set(candidates.map((q) => q.crebo));
  if (rows.some((r) => r.vestiging === vestiging && crebos.has(r.crebo))) return;
  const best = [...candidates].sort(
    (a, b) =>
      (a.niveau ?? 9) - (b.niveau ?? 9) ||
      (popularity.get(b.crebo) ?? 0) - (popularity.get(a.crebo) ?? 0) ||
      a.crebo.localeCompare(b.crebo),
  )[0];
  rows.push({
    crebo: best.crebo,
    vestiging,
    leerweg: best.leerwegen.includes('BOL') || best.leerwegen.length === 0 ? 'BOL' : 'BBL',
    niveau: best.niveau as Niveau,
  });
}

/** `count` distinct items, drawn without replacement (partial Fisher–Yates), in source order. */
function pickSome<T>(items: readonly T[], count: number, rng: RandomGenerator): T[] {
  const copy = [...items];
  const n = Math.min(count, copy.length);
  for (let i = 0; i < n; i += 1) {
    const j = i + Math.floor(uniformFloat64(rng) * (copy.length - i));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  const chosen = new Set(copy.slice(0, n));
  return items.filter((item) => chosen.has(item));
}

/** FNV-1a: a stable 32-bit hash of a string, to derive per-institution seeds. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
