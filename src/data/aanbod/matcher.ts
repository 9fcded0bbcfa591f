import type { Location } from '../geodata/index.ts';
import type { Pc4Point } from './pc4.ts';
import { checkPostcode, houseNumber, houseNumberRange } from './postcode.ts';
import type { PostcodeProblem } from './reject-reason.ts';

/** Where an imported row is placed, in the order the import tries them. */
export type LocationMatch =
  | { kind: 'address'; vestiging: string }
  | { kind: 'postcode'; vestiging: string }
  | { kind: 'pc4'; point: Pc4Point }
  | { kind: 'rejected'; problem: PostcodeProblem };

export interface MatchQuery {
  postcode: string;
  huisnummer: string;
  /** Institution name from the row (DUO column NAAM); breaks ties between locations at one address. */
  instelling: string;
}

export type LocationMatcher = (query: MatchQuery) => LocationMatch;

interface Candidate {
  location: Location;
  range: [number, number] | null;
}

/**
 * Builds the matcher once per import: known locations by normalised postcode, PC4 points by
 * their four digits. Matching order: postcode + house number, postcode alone, PC4 point.
 */
export function createLocationMatcher(locations: readonly Location[], pc4Points: readonly Pc4Point[]): LocationMatcher {
  const byPostcode = new Map<string, Candidate[]>();
  for (const location of locations) {
    const check = checkPostcode(location.postcode);
    if (check.kind !== 'nl') continue; // e.g. a location recorded with only its PC4: reachable via the PC4 step
    const list = byPostcode.get(check.postcode) ?? [];
    list.push({ location, range: houseNumberRange(location.adres) });
    byPostcode.set(check.postcode, list);
  }
  // Deterministic tie-breaking: main locations first, then by brinvest.
  for (const list of byPostcode.values()) {
    list.sort(
      (a, b) =>
        Number(b.location.hoofdlocatie) - Number(a.location.hoofdlocatie) ||
        a.location.brinvest.localeCompare(b.location.brinvest),
    );
  }
  const pc4ByCode = new Map(pc4Points.map((point) => [point.pc4, point]));

  return (query) => {
    const check = checkPostcode(query.postcode);
    if (check.kind !== 'nl') return { kind: 'rejected', problem: check.problem };
    const candidates = byPostcode.get(check.postcode) ?? [];
    const number = houseNumber(query.huisnummer);
    if (number !== null) {
      const atAddress = candidates.filter((c) => c.range !== null && number >= c.range[0] && number <= c.range[1]);
      if (atAddress.length > 0) return { kind: 'address', vestiging: pickByInstitution(atAddress, query.instelling) };
    }
    if (candidates.length > 0) return { kind: 'postcode', vestiging: pickByInstitution(candidates, query.instelling) };
    const point = pc4ByCode.get(check.pc4);
    if (point) return { kind: 'pc4', point };
    return { kind: 'rejected', problem: { problem: 'no-pc4-area', value: query.postcode.trim(), pc4: check.pc4 } };
  };
}

/** Several locations at one address (shared buildings): prefer the row's own institution. */
function pickByInstitution(candidates: Candidate[], instelling: string): string {
  const wanted = simplifyName(instelling);
  if (wanted !== '') {
    const own = candidates.find((c) => {
      const name = simplifyName(c.location.instelling);
      return name !== '' && (name === wanted || name.includes(wanted) || wanted.includes(name));
    });
    if (own) return own.location.brinvest;
  }
  return candidates[0].location.brinvest;
}

function simplifyName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\b(stichting|roc|mbo|college|b\.?v\.?)\b/g, '')
    .replace(/[^a-z0-9]/g, '');
}
