import { useMemo } from 'react';
import type { InstitutionCategory } from '../data/indicators/category.ts';
import type { CategoryOf } from '../engine/metrics/identity.ts';
import { useIndicatorStore } from './indicators.ts';

/** The category duplication is counted by, when the toggle is on; null = duplication between all institutions. */
export function useIdentityCategory(): { category: InstitutionCategory; categoryOf: CategoryOf } | null {
  const categories = useIndicatorStore((s) => s.categories);
  const identity = useIndicatorStore((s) => s.identity);
  return useMemo(() => {
    const category = categories.find((c) => c.id === identity);
    if (!category) return null;
    return { category, categoryOf: (brin: string) => category.byBrin[brin] };
  }, [categories, identity]);
}
