import { useJaarT } from '../../i18n/jaar.ts';
import { useTravelT } from '../../i18n/travel.ts';
import { useVerzorgingsgebiedStore } from '../../state/population.ts';
import { useViewStore } from '../../state/view.ts';
import '../jaar/jaar.css';
import { useNumberFormats } from '../../i18n/format.ts';

/** The selected location's verzorgingsgebied at the chosen niveau, 2021 and 2031. */
export function LocationCatchment({ vestiging }: { vestiging: string }) {
  const t = useJaarT();
  const travelT = useTravelT();
  const f = useNumberFormats();
  const niveau = useViewStore((s) => s.niveau);
  const { value, stale } = useVerzorgingsgebiedStore();
  if (niveau === null || !value || value.niveau !== niveau) return null;
  const own = value.list.find((v) => v.vestiging === vestiging);
  const niveauName = travelT.niveauNames[niveau];
  return (
    <div className={`location-catchment${stale ? ' stale' : ''}`} aria-busy={stale} data-testid="location-catchment">
      <h3>{t.catchmentTitle}</h3>
      {!own ? (
        <p className="muted">{t.catchmentNotOffered(niveauName)}</p>
      ) : (
        <>
          <p className="muted">{t.catchmentIntro(niveauName)}</p>
          <dl className="facts">
            <dt>2021</dt>
            <dd data-testid="catchment-2021">{f.count(own.from)}</dd>
            <dt>2031</dt>
            <dd data-testid="catchment-2031">
              {f.count(own.to)} ({f.signedCount(own.persons)}
              {own.relative === null ? '' : `, ${f.signedShare(own.relative)}`})
            </dd>
          </dl>
          <p className="jaar-label">{t.label}</p>
        </>
      )}
    </div>
  );
}
