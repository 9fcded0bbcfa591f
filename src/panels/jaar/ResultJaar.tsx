import { DEFAULT_JAAR, type Jaar } from '../../engine/population/years.ts';
import { useJaarT } from '../../i18n/jaar.ts';

/**
 * Under a result: the population year it was counted in (the result's own year, which may lag
 * the year control while it recomputes), and for 2026 and 2031 the label that they are today's
 * children, never a forecast.
 */
export function ResultJaar({ jaar }: { jaar: Jaar }) {
  const t = useJaarT();
  return (
    <>
      <p className="muted" data-testid="result-jaar" data-jaar={jaar}>
        {t.countedIn(jaar)}
      </p>
      {jaar !== DEFAULT_JAAR && <p className="jaar-label">{t.label}</p>}
    </>
  );
}
