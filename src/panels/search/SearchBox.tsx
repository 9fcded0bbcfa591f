import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import type { Institution, Location, Place } from '../../data/geodata/index.ts';
import { useGrid } from '../../data/queries/useGeodata.ts';
import { useT } from '../../i18n/index.ts';
import { FLY_ZOOM } from '../../map/netherlands.ts';
import { cellIndexAt } from '../../map/travel/cell-lookup.ts';
import { useSelectionStore } from '../../state/selection.ts';
import { useViewStore } from '../../state/view.ts';
import { buildSearchIndex, gemeenteExtents, type SearchEntry, search } from './search-index.ts';

interface SearchBoxProps {
  institutions: readonly Institution[];
  locations: readonly Location[];
  places: readonly Place[];
}

/**
 * A combobox over institutions, places and locations. Choosing a result flies the map there,
 * with context: an institution at the bounds of its locations (it also becomes the list filter),
 * a place at its gemeente's extent, a location at zoom 11 with its neighbours (it also opens its panel).
 */
export function SearchBox({ institutions, locations, places }: SearchBoxProps) {
  const t = useT();
  const id = useId();
  const grid = useGrid().data;
  const index = useMemo(() => {
    // A place lands at its gemeente's extent (the gemeente of the grid cell under it).
    const extents = grid ? gemeenteExtents(grid) : null;
    const placeBounds = (p: Place) => {
      if (!grid || !extents) return null;
      const cell = cellIndexAt(grid, p.lon, p.lat);
      return cell >= 0 ? (extents.get(grid.gemeente[cell]) ?? null) : null;
    };
    return buildSearchIndex(institutions, locations, places, placeBounds);
  }, [institutions, locations, places, grid]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const results = useMemo(() => search(index, query), [index, query]);
  const flyTo = useViewStore((s) => s.flyTo);
  const setInstitution = useViewStore((s) => s.setInstitution);
  const select = useSelectionStore((s) => s.select);

  const choose = (entry: SearchEntry) => {
    if (entry.kind === 'institution' && entry.bounds) {
      setInstitution(entry.key);
      flyTo({ bounds: entry.bounds, maxZoom: FLY_ZOOM.institution });
    } else if (entry.kind === 'location') {
      select(entry.key);
      flyTo({ lon: entry.lon, lat: entry.lat, zoom: FLY_ZOOM.location });
    } else if (entry.bounds) {
      flyTo({ bounds: entry.bounds, maxZoom: FLY_ZOOM.place });
    } else {
      flyTo({ lon: entry.lon, lat: entry.lat, zoom: FLY_ZOOM.location });
    }
    setQuery(entry.label);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && results.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % results.length);
    } else if (event.key === 'ArrowUp' && results.length > 0) {
      event.preventDefault();
      setActive((a) => (a - 1 + results.length) % results.length);
    } else if (event.key === 'Enter' && open && results[active]) {
      event.preventDefault();
      choose(results[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  const listId = `${id}-results`;
  const showList = open && query.trim().length >= 2;
  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="search-label">
        {t.searchLabel}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && results[active] ? `${id}-${active}` : undefined}
        placeholder={t.searchPlaceholder}
        autoComplete="off"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul id={listId} role="listbox" className="search-results" aria-label={t.searchLabel}>
          {results.length === 0 && <li className="search-empty">{t.searchNoResults}</li>}
          {results.map((entry, i) => (
            <li
              key={entry.id}
              id={`${id}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              // mousedown, not click: it fires before the input's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(entry);
              }}
            >
              <span className="search-result-label">{entry.label}</span>
              <span className="search-result-meta">
                {t.searchKind[entry.kind]}
                {entry.detail ? ` · ${entry.detail}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
