import { useTravelChangeT } from '../../i18n/travel-change.ts';
import { useScenarioMetricsStore } from '../../state/scenario-metrics.ts';
import { useTravelChangeViewStore } from '../../state/travel-change-view.ts';
import '../delta/delta.css';

/** The white-spot layer's legend entry, while that layer is on. */
export function WhiteSpotsLegend() {
  const t = useTravelChangeT();
  const on = useTravelChangeViewStore((s) => s.whiteSpotsOnMap);
  const ready = useScenarioMetricsStore((s) => s.value !== null);
  if (!on || !ready) return null;
  return (
    <section className="delta-legend" aria-label={t.whiteSpotsTitle} data-testid="white-spots-legend">
      <span className="delta-swatch" style={{ background: 'rgb(35 35 45 / 0.6)' }} aria-hidden="true" />
      {t.whiteSpotsLegend}
    </section>
  );
}
