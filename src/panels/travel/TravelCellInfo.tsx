import { useGrid } from '../../data/queries/useGeodata.ts';
import { useNumberFormats } from '../../i18n/format.ts';
import { useTravelT } from '../../i18n/travel.ts';
import { describeTravelCell } from '../../map/travel/cell-info.ts';
import { useJaarStore } from '../../state/jaar.ts';
import { useTravelStore } from '../../state/travel.ts';
import { useTravelFieldStore } from '../../state/travel-field.ts';

/** The clicked cell: minutes to the nearest location, against the limit, and the route's modes. */
export function TravelCellInfo() {
  const t = useTravelT();
  const { count } = useNumberFormats();
  const field = useTravelFieldStore((s) => s.value);
  const cell = useTravelStore((s) => s.selectedCell);
  const limits = useTravelStore((s) => s.limits);
  const selectCell = useTravelStore((s) => s.selectCell);
  const grid = useGrid().data;
  const jaar = useJaarStore((s) => s.jaar);
  if (!field || cell === null) return null;
  const limit = limits[field.niveau];
  const info = describeTravelCell(field, cell, limit);
  if (!info) return null;

  return (
    <section className="travel-cell" aria-label={t.cellTitle} data-testid="travel-cell-info">
      <header>
        <h3>{t.cellTitle}</h3>
        <button type="button" onClick={() => selectCell(null)} aria-label={t.close}>
          ×
        </button>
      </header>
      {info.reachable ? (
        <>
          <p className="travel-cell-minutes" data-testid="travel-cell-minutes">
            <strong>{t.cellMinutes(info.minutes)}</strong>{' '}
            <span>{info.withinLimit ? t.cellWithinLimit(limit) : t.cellBeyondLimit(limit)}</span>
          </p>
          {info.modes.length > 0 ? (
            <p data-testid="travel-cell-modes">
              {t.cellModes}: {info.modes.map((m) => t.modes[m]).join(', ')}
            </p>
          ) : (
            info.minutes === 0 && <p data-testid="travel-cell-modes">{t.cellModesNone}</p>
          )}
        </>
      ) : (
        <p data-testid="travel-cell-minutes">{t.cellUnreachable(info.cutoffMinutes)}</p>
      )}
      {grid && cell < grid.count && (
        <p className="travel-hint">{t.cellPopulation(count(grid.popByYear[jaar][cell]), jaar)}</p>
      )}
    </section>
  );
}
