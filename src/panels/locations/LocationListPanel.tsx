import { type ReactNode, useState } from 'react';
import type { Gemeente, Institution, Location } from '../../data/geodata/index.ts';
import { useNumberFormats } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.ts';
import { FLY_ZOOM } from '../../map/netherlands.ts';
import { useSelectionStore } from '../../state/selection.ts';
import { useViewStore } from '../../state/view.ts';
import { LocationFilters } from './LocationFilters.tsx';

interface LocationListPanelProps {
  locations: readonly Location[];
  institutions: readonly Institution[];
  gemeenten: readonly Gemeente[];
  /** The locations passing all filters. */
  visible: readonly Location[];
  /** Further filters (the offer filters), shown under the location filters. */
  moreFilters?: ReactNode;
  /** Sections between the count and the (long) list. */
  beforeList?: ReactNode;
}

/**
 * How many locations the list shows at first, and adds per "show more". All 679 at once made
 * the page ~2,700 elements heavier: slow to lay out and to re-render on every filter change
 * on a big-screen laptop without a GPU, and a list no one reads that far (search finds any
 * location, the map shows them all).
 */
const LIST_PAGE = 50;

/** How many locations the map shows, the filters, and the locations themselves as a list. */
export function LocationListPanel({
  locations,
  institutions,
  gemeenten,
  visible,
  moreFilters,
  beforeList,
}: LocationListPanelProps) {
  const t = useT();
  const format = useNumberFormats().count;
  const selected = useSelectionStore((s) => s.brinvest);
  const select = useSelectionStore((s) => s.select);
  const flyTo = useViewStore((s) => s.flyTo);
  const [limit, setLimit] = useState(LIST_PAGE);
  // Other filters, another list: it starts at its first page again.
  const [listed, setListed] = useState(visible);
  if (listed !== visible) {
    setListed(visible);
    setLimit(LIST_PAGE);
  }
  const rest = visible.length - limit;

  return (
    <section className="panel-section" aria-labelledby="location-list-title">
      <h2 id="location-list-title">{t.listTitle}</h2>
      <LocationFilters institutions={institutions} locations={locations} gemeenten={gemeenten} />
      {moreFilters}
      <p className="location-count" data-testid="location-count" aria-live="polite">
        {t.locationCount(format(visible.length), visible.length === 1)}
      </p>
      {beforeList}
      {visible.length === 0 ? (
        <p className="muted">{t.listEmpty}</p>
      ) : (
        <ul className="location-list">
          {visible.slice(0, limit).map((l) => (
            <li key={l.brinvest}>
              <button
                type="button"
                aria-pressed={l.brinvest === selected}
                data-brinvest={l.brinvest}
                onClick={() => {
                  select(l.brinvest);
                  flyTo({ lon: l.lon, lat: l.lat, zoom: FLY_ZOOM.location });
                }}
              >
                <span className="location-list-name">{l.naam || l.plaats}</span>
                <span className="location-list-meta">
                  {l.instelling} · {l.plaats}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {rest > 0 && (
        <div className="location-list-more" data-testid="location-list-more">
          <span className="muted">{t.listShown(format(limit), format(visible.length))}</span>
          <button type="button" onClick={() => setLimit(limit + LIST_PAGE)}>
            {t.listMore(format(Math.min(LIST_PAGE, rest)))}
          </button>
          <button type="button" onClick={() => setLimit(visible.length)}>
            {t.listAll(format(visible.length))}
          </button>
        </div>
      )}
    </section>
  );
}
