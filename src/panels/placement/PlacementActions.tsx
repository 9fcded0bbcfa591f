import { usePlacementT } from '../../i18n/placement.ts';
import { usePlacementStore } from '../../state/placement.ts';
import { isReadOnly, useWeergaveStore } from '../../state/weergave.ts';

/**
 * The two placement questions for one programme, as small buttons (not in the read-only public
 * view). `short`: brief labels (full text as tooltip and accessible name), for table cells.
 */
export function PlacementActions({ crebo, short = false }: { crebo: string; short?: boolean }) {
  const t = usePlacementT();
  const ask = usePlacementStore((s) => s.ask);
  const readOnly = useWeergaveStore(isReadOnly);
  if (readOnly) return null;
  return (
    <span className={short ? 'placement-actions placement-actions-short' : 'placement-actions'}>
      <button
        type="button"
        className="link-button"
        data-placement="beste-plek"
        data-crebo={crebo}
        aria-label={short ? t.bestPlace : undefined}
        title={short ? t.bestPlace : undefined}
        onClick={() => ask({ kind: 'beste-plek', crebo, brin: null })}
      >
        {short ? t.bestPlaceShort : t.bestPlace}
      </button>
      <button
        type="button"
        className="link-button"
        data-placement="een-aanbieder"
        data-crebo={crebo}
        aria-label={short ? t.oneProvider : undefined}
        title={short ? t.oneProvider : undefined}
        onClick={() => ask({ kind: 'een-aanbieder', crebo, k: null })}
      >
        {short ? t.oneProviderShort : t.oneProvider}
      </button>
    </span>
  );
}
