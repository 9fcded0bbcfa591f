import { DEFAULT_JAAR } from '../../engine/population/years.ts';
import { useJaarT } from '../../i18n/jaar.ts';
import { useJaarStore } from '../../state/jaar.ts';

/** Under figures of a later year: they are today's children, never a forecast. Nothing for 2021. */
export function JaarLabel() {
  const t = useJaarT();
  const jaar = useJaarStore((s) => s.jaar);
  if (jaar === DEFAULT_JAAR) return null;
  return (
    <p className="jaar-label" data-testid="jaar-label">
      {t.label}
    </p>
  );
}
