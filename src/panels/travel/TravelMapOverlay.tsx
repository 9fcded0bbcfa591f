import './travel.css';
import { useTravelStore } from '../../state/travel.ts';
import { useTravelFieldStore } from '../../state/travel-field.ts';
import { useTravelOutlineStore } from '../../state/travel-outline.ts';
import { TravelCellInfo } from './TravelCellInfo.tsx';
import { TravelLegend } from './TravelLegend.tsx';

/**
 * What the travel view puts on the map itself: the clicked cell's card, in the map's
 * bottom-right corner (it positions itself: mount it inside the map area). Nothing while no
 * field is shown. The field's legend is a section of the map's legend panel (TravelFieldLegend).
 */
export function TravelMapOverlay() {
  const field = useTravelFieldStore((s) => s.value);
  if (!field) return null;
  return (
    <div className="travel-map-overlay">
      <TravelCellInfo />
    </div>
  );
}

/** The travel field's legend section, for the field on the map; nothing while none is shown. */
export function TravelFieldLegend() {
  const field = useTravelFieldStore((s) => s.value);
  const fieldVersion = useTravelFieldStore((s) => s.version);
  const stale = useTravelFieldStore((s) => s.stale);
  const limits = useTravelStore((s) => s.limits);
  const outline = useTravelOutlineStore((s) => s.value);
  if (!field) return null;
  const limit = limits[field.niveau];
  const outlineShown = !stale && outline !== null && outline.fieldVersion === fieldVersion && outline.limit === limit;
  return <TravelLegend limit={limit} outlineShown={outlineShown} modelled={field.modelled} />;
}
