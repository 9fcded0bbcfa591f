import '../jaar/jaar.css';
import { useNumberFormats } from '../../i18n/format.ts';
import { useJaarT } from '../../i18n/jaar.ts';
import { changeRampCss, STEEPEST_DECLINE } from '../../map/population/change-colours.ts';
import { usePopulationChangeStore } from '../../state/population.ts';
import { usePopulationViewStore } from '../../state/population-view.ts';

/** The choropleth's legend: its ramp from no decline to the steepest, and the national change. */
export function PopulationChangeLegend() {
  const t = useJaarT();
  const f = useNumberFormats();
  const { layer, onMap } = usePopulationViewStore();
  const table = usePopulationChangeStore((s) => s.value?.[layer] ?? null);
  if (!onMap || !table) return null;
  return (
    <div className="population-change-legend" data-testid="population-change-legend">
      <strong>{t.changeLegendTitle}</strong>
      <div className="change-legend-ramp" style={{ background: changeRampCss() }} />
      <div className="change-legend-ends">
        <span>0 % · {t.changeLegendLess}</span>
        <span>
          {f.signedShare(-STEEPEST_DECLINE)} · {t.changeLegendMore}
        </span>
      </div>
      {table.national.relative !== null && (
        <p>
          {t.changeNational}: {f.signedShare(table.national.relative)}
        </p>
      )}
      <p className="jaar-label">{t.label}</p>
      <p className="muted">Bron: CBS</p>
    </div>
  );
}
