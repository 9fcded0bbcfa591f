import { useMemo } from 'react';
import type { Location } from '../../data/geodata/index.ts';

/** "Name, place" of a vestiging by brinvest (the code itself for a place not in the list). */
export function useLocationName(locations: readonly Location[]): (brinvest: string) => string {
  return useMemo(() => {
    const byId = new Map(locations.map((l) => [l.brinvest, `${l.naam}, ${l.plaats}`]));
    return (brinvest) => byId.get(brinvest) ?? brinvest;
  }, [locations]);
}
