import './travel.css';
import { useQualifications } from '../../data/queries/useGeodata.ts';
import { useProgrammeActionT } from '../../i18n/programme-actions.ts';
import { useTravelT } from '../../i18n/travel.ts';
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

/**
 * The travel field's legend section, for the field on the map; nothing while none is shown. It
 * names what the field is for: the programme (and the side of the scenario) the figures are about.
 */
export function TravelFieldLegend() {
  const field = useTravelFieldStore((s) => s.value);
  const fieldVersion = useTravelFieldStore((s) => s.version);
  const stale = useTravelFieldStore((s) => s.stale);
  const limits = useTravelStore((s) => s.limits);
  const outline = useTravelOutlineStore((s) => s.value);
  const t = useTravelT();
  const at = useProgrammeActionT();
  const qualifications = useQualifications().data;
  if (!field) return null;
  const naam = field.crebo ? qualifications?.find((q) => q.crebo === field.crebo)?.naam : null;
  const limit = limits[field.niveau];
  const outlineShown = !stale && outline !== null && outline.fieldVersion === fieldVersion && outline.limit === limit;
  return (
    <div data-testid="travel-field-subject" data-crebo={field.crebo ?? ''} data-side={field.side ?? ''}>
      <p className="travel-hint travel-subject">
        <strong>
          {field.crebo ? `${field.crebo} ${naam ?? ''}`.trim() : at.fieldAll(t.niveauNames[field.niveau])}
        </strong>
        {field.side && <> — {at.fieldSide(field.side)}</>}
      </p>
      <TravelLegend limit={limit} outlineShown={outlineShown} modelled={field.modelled} />
    </div>
  );
}
