import type { Location } from '../data/geodata/types.ts';
import type { Indicator } from '../data/indicators/indicator.ts';
import { type JoinContext, type JoinPlace, type JoinResult, joinRecords } from '../engine/indicators/join.ts';
import type { Offer } from '../engine/offer/offer.ts';

/** An indicator joined to the active offer. */
export interface IndicatorValues {
  indicator: Indicator;
  join: JoinResult;
  /** Value per programme-location, keyed `${crebo}|${vestiging}`. */
  byProgramme: ReadonlyMap<string, number>;
  /** Value per crebo over the records that joined (summed or averaged, as the indicator says). */
  byCrebo: ReadonlyMap<string, number>;
}

export const programmeKey = (crebo: string, vestiging: string) => `${crebo}|${vestiging}`;

/** What a record can name a location by: its vestiging, institution, gemeente and regions. */
export function joinContextFor(offer: Offer, locations: readonly Location[]): JoinContext {
  const places = new Map<string, JoinPlace>();
  for (const l of locations) {
    if (!offer.place(l.brinvest)) continue;
    const regions = [l.amr, l.rmc, l.provincie].filter((r): r is string => r !== null);
    places.set(l.brinvest, { vestiging: l.brinvest, brin: l.brin, gemeente: l.gemeente, regions });
  }
  const vestigingen = new Map<string, string[]>();
  return {
    places,
    vestigingenOf: (crebo) => {
      let list = vestigingen.get(crebo);
      if (!list) {
        list = [...new Set(offer.byCrebo(crebo).map((r) => r.vestiging))];
        vestigingen.set(crebo, list);
      }
      return list;
    },
  };
}

export function indicatorValues(indicator: Indicator, ctx: JoinContext): IndicatorValues {
  const join = joinRecords(indicator.records, ctx);
  const byProgramme = new Map<string, number>();
  const perCrebo = new Map<string, number[]>();
  for (const m of join.matched) {
    for (const v of m.vestigingen) {
      const key = programmeKey(m.crebo, v);
      if (!byProgramme.has(key)) byProgramme.set(key, m.value);
    }
    const list = perCrebo.get(m.crebo);
    if (list) list.push(m.value);
    else perCrebo.set(m.crebo, [m.value]);
  }
  const byCrebo = new Map([...perCrebo].map(([crebo, values]) => [crebo, aggregate(values, indicator.aggregation)]));
  return { indicator, join, byProgramme, byCrebo };
}

export function aggregate(values: readonly number[], how: Indicator['aggregation']): number {
  const sum = values.reduce((a, b) => a + b, 0);
  return how === 'sum' ? sum : sum / values.length;
}

/**
 * The indicator's value at one location: over the programmes there (optionally only the
 * crebos in `crebos`), summed or averaged. null when none of them has a value.
 */
export function valueAtLocation(
  values: IndicatorValues,
  offer: Offer,
  vestiging: string,
  crebos: ReadonlySet<string> | null,
): number | null {
  const found: number[] = [];
  for (const crebo of new Set(offer.byVestiging(vestiging).map((r) => r.crebo))) {
    if (crebos && !crebos.has(crebo)) continue;
    const value = values.byProgramme.get(programmeKey(crebo, vestiging));
    if (value !== undefined) found.push(value);
  }
  return found.length === 0 ? null : aggregate(found, values.indicator.aggregation);
}

/** Programme-locations under the threshold of a student-count indicator: `${crebo}|${vestiging}` keys. */
export function smallProgrammes(values: IndicatorValues, threshold: number): Set<string> {
  const small = new Set<string>();
  for (const [key, value] of values.byProgramme) if (value < threshold) small.add(key);
  return small;
}
