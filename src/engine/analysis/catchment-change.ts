import { type Catchment, compareCodes, UNSERVED } from './catchment.ts';

/**
 * Who gives up young people to whom when an offer changes: the catchments before and after,
 * compared cell by cell. Every served cell moves between exactly two holders (an institution,
 * or nobody when it is out of reach), so per institution `after − before = gained − lost`, and
 * the sum of all institutions' changes is the coverage change: what nobody lost minus what
 * nobody gained.
 */

export interface InstitutionChange {
  brin: string;
  before: number;
  after: number;
  /** young people this institution serves after but not before */
  gained: number;
  /** young people this institution served before but not after */
  lost: number;
}

export interface LocationChange {
  vestiging: string;
  brin: string;
  before: number;
  after: number;
}

/** Young people whose serving institution changed from `from` to `to`; null = nobody (out of reach). */
export interface CatchmentFlow {
  from: string | null;
  to: string | null;
  count: number;
}

export interface CatchmentChange {
  /** every institution with a catchment before or after, the largest loss first */
  institutions: InstitutionChange[];
  /** every location with a catchment before or after, sorted by code */
  locations: LocationChange[];
  /** the largest flow first */
  flows: CatchmentFlow[];
  /** per cell: 1 where the serving institution changed (nobody counts as one), else 0 */
  changed: Uint8Array;
}

/** Interns institution keys as small integers; NOBODY (-1) is "out of reach". */
const NOBODY = -1;

export function compareCatchments(before: Catchment, after: Catchment, pop: Float32Array): CatchmentChange {
  if (before.servedBy.length !== pop.length || after.servedBy.length !== pop.length) {
    throw new Error(
      `catchments cover ${before.servedBy.length} and ${after.servedBy.length} cells, the grid has ${pop.length}`,
    );
  }
  const keys: string[] = [];
  const idOf = new Map<string, number>();
  const intern = (brin: string) => {
    let id = idOf.get(brin);
    if (id === undefined) {
      id = keys.length;
      keys.push(brin);
      idOf.set(brin, id);
    }
    return id;
  };
  const beforeIds = Int32Array.from(before.institutions, intern);
  const afterIds = Int32Array.from(after.institutions, intern);
  const holder = (ids: Int32Array, served: number) => (served === UNSERVED ? NOBODY : ids[served]);

  const gained = new Float64Array(keys.length);
  const lost = new Float64Array(keys.length);
  // Flow key (from + 1) * (n + 1) + (to + 1): NOBODY maps to 0.
  const width = keys.length + 1;
  const flowCounts = new Map<number, number>();
  const changed = new Uint8Array(pop.length);
  for (let c = 0; c < pop.length; c++) {
    const from = holder(beforeIds, before.servedBy[c]);
    const to = holder(afterIds, after.servedBy[c]);
    if (from === to) continue;
    changed[c] = 1;
    const p = pop[c];
    if (from !== NOBODY) lost[from] += p;
    if (to !== NOBODY) gained[to] += p;
    const key = (from + 1) * width + (to + 1);
    flowCounts.set(key, (flowCounts.get(key) ?? 0) + p);
  }

  const institutions = keys.map(
    (brin, id): InstitutionChange => ({
      brin,
      before: before.byInstitution.get(brin) ?? 0,
      after: after.byInstitution.get(brin) ?? 0,
      gained: gained[id],
      lost: lost[id],
    }),
  );
  institutions.sort((a, b) => b.lost - a.lost || b.gained - a.gained || compareCodes(a.brin, b.brin));

  const flows = [...flowCounts].map(([key, count]): CatchmentFlow => {
    const from = Math.floor(key / width) - 1;
    const to = (key % width) - 1;
    return { from: from === NOBODY ? null : keys[from], to: to === NOBODY ? null : keys[to], count };
  });
  flows.sort(
    (a, b) => b.count - a.count || compareCodes(a.from ?? '', b.from ?? '') || compareCodes(a.to ?? '', b.to ?? ''),
  );

  return { institutions, locations: locationChanges(before, after), flows, changed };
}

function locationChanges(before: Catchment, after: Catchment): LocationChange[] {
  const byCode = new Map<string, LocationChange>();
  const add = (c: Catchment, side: 'before' | 'after') =>
    c.vestigingen.forEach((vestiging, i) => {
      let entry = byCode.get(vestiging);
      if (!entry) {
        entry = { vestiging, brin: c.institutions[i], before: 0, after: 0 };
        byCode.set(vestiging, entry);
      }
      entry[side] = c.byVestiging[i];
    });
  add(before, 'before');
  add(after, 'after');
  return [...byCode.values()].sort((a, b) => compareCodes(a.vestiging, b.vestiging));
}
