import { usePlacementT } from '../../i18n/placement.ts';
import { usePlacementStore } from '../../state/placement.ts';
import { isReadOnly, useWeergaveStore } from '../../state/weergave.ts';

/** The two placement questions for one programme, as small buttons (not in the read-only public view). */
export function PlacementActions({ crebo }: { crebo: string }) {
  const t = usePlacementT();
  const ask = usePlacementStore((s) => s.ask);
  const readOnly = useWeergaveStore(isReadOnly);
  if (readOnly) return null;
  return (
    <span className="placement-actions">
      <button type="button" className="link-button" data-placement="beste-plek" data-crebo={crebo} onClick={() => ask({ kind: 'beste-plek', crebo, brin: null })}>
        {t.bestPlace}
      </button>
      <button type="button" className="link-button" data-placement="een-aanbieder" data-crebo={crebo} onClick={() => ask({ kind: 'een-aanbieder', crebo, k: null })}>
        {t.oneProvider}
      </button>
    </span>
  );
}
