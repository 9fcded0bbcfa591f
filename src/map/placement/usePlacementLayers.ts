import type { Layer } from '@deck.gl/core';
import { useMemo } from 'react';
import type { Location } from '../../data/geodata/index.ts';
import { useBestPlaceStore, useOneProviderStore, usePlacementStore } from '../../state/placement.ts';
import { bestPlaceLayer, oneProviderLayer, type PlacementPoint } from './placement-layers.ts';

/** The map layer of the open placement question, or none. */
export function usePlacementLayers(locations: readonly Location[]): readonly Layer[] {
  const kind = usePlacementStore((s) => s.question?.kind ?? null);
  const best = useBestPlaceStore();
  const one = useOneProviderStore();
  const byId = useMemo(() => new Map(locations.map((l) => [l.brinvest, l])), [locations]);

  return useMemo(() => {
    if (kind === 'beste-plek' && best.value) {
      const top = best.value.ranking[0]?.gain.total ?? 0;
      const points: PlacementPoint[] = [];
      for (const { vestiging, gain } of best.value.ranking) {
        const location = byId.get(vestiging);
        if (location && gain.total > 0 && top > 0) points.push({ location, weight: gain.total / top, kept: false });
      }
      return [bestPlaceLayer(points, best.stale, best.version)];
    }
    if (kind === 'een-aanbieder' && one.value) {
      const point = (id: string, kept: boolean) => {
        const location = byId.get(id);
        return location ? [{ location, weight: kept ? 1 : 0, kept }] : [];
      };
      const points = [
        ...one.value.drop.flatMap((id) => point(id, false)),
        ...one.value.keep.flatMap((id) => point(id, true)),
      ];
      return [oneProviderLayer(points, one.stale, one.version)];
    }
    return [];
  }, [kind, best, one, byId]);
}
