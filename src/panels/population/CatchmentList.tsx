import { useMemo, useState } from 'react';
import type { Location } from '../../data/geodata/index.ts';
import { byLoss, type Verzorgingsgebied } from '../../engine/population/index.ts';
import { useJaarT } from '../../i18n/jaar.ts';
import { useTravelT } from '../../i18n/travel.ts';
import { useVerzorgingsgebiedStore } from '../../state/population.ts';
import { useSelectionStore } from '../../state/selection.ts';
import { useViewStore } from '../../state/view.ts';
import { ModelledLabel } from '../../ui/ModelledLabel.tsx';
import '../jaar/jaar.css';
import { useNumberFormats } from '../../i18n/format.ts';
import { ResultNotice, SortHeader } from './SortHeader.tsx';

type SortKey = 'persons' | 'relative' | 'from';

const SORTS: Record<SortKey, (list: readonly Verzorgingsgebied[]) => Verzorgingsgebied[]> = {
  persons: byLoss,
  relative: (list) =>
    [...list].sort((a, b) => (a.relative ?? 0) - (b.relative ?? 0) || (a.vestiging < b.vestiging ? -1 : 1)),
  from: (list) => [...list].sort((a, b) => b.from - a.from || (a.vestiging < b.vestiging ? -1 : 1)),
};

/** Every location of the chosen niveau with its verzorgingsgebied 2021 and 2031: who loses most of their future students. */
export function CatchmentList({ locations }: { locations: readonly Location[] }) {
  const t = useJaarT();
  const travelT = useTravelT();
  const f = useNumberFormats();
  const niveau = useViewStore((s) => s.niveau);
  const select = useSelectionStore((s) => s.select);
  const { status, value, stale, error } = useVerzorgingsgebiedStore();
  const [sort, setSort] = useState<SortKey>('persons');
  const names = useMemo(() => new Map(locations.map((l) => [l.brinvest, `${l.instelling} – ${l.naam}`])), [locations]);
  const rows = value ? SORTS[sort](value.list) : [];
  const header = (key: SortKey, label: string) => (
    <SortHeader label={label} active={sort === key} order="descending" onSort={() => setSort(key)} />
  );

  return (
    <section
      className="panel-section population-change"
      aria-labelledby="catchment-list-title"
      data-testid="catchment-list"
    >
      <h2 id="catchment-list-title">{t.catchmentListTitle}</h2>
      {niveau === null ? (
        <p className="muted">{t.catchmentChooseNiveau}</p>
      ) : (
        <p className="muted">{t.catchmentIntro(travelT.niveauNames[niveau])}</p>
      )}
      <ModelledLabel />
      <p className="jaar-label">{t.label}</p>
      <ResultNotice status={status} hasValue={value !== null} error={error} />
      {value && niveau !== null && (
        <div className={`table-scroll${stale ? ' stale' : ''}`} aria-busy={stale}>
          <table data-testid="catchment-table" data-niveau={value.niveau}>
            <thead>
              <tr>
                <th scope="col">{t.catchmentLocation}</th>
                {header('persons', t.changePersons)}
                {header('relative', t.changePercent)}
                {header('from', t.catchment2021)}
                <th scope="col">{t.catchment2031}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((v) => (
                <tr key={v.vestiging} data-vestiging={v.vestiging}>
                  <td>
                    <button type="button" className="link-button" onClick={() => select(v.vestiging)}>
                      {names.get(v.vestiging) ?? v.vestiging}
                    </button>
                  </td>
                  <td>{f.signedCount(v.persons)}</td>
                  <td>{v.relative === null ? '–' : f.signedShare(v.relative)}</td>
                  <td>{f.count(v.from)}</td>
                  <td>{f.count(v.to)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
