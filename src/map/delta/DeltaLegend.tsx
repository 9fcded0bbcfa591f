import { useNumberFormats } from '../../i18n/format.ts';
import { useScenarioT } from '../../i18n/scenario.ts';
import { useScenarioStore } from '../../state/scenario.ts';
import { useScenarioMetricsStore } from '../../state/scenario-metrics.ts';
import { useViewStore } from '../../state/view.ts';
import { LegendSection, Swatch } from '../LegendSection.tsx';
import { BeforeAfterFlip } from './BeforeAfterFlip.tsx';
import { GAIN_COLOUR, LOSS_COLOUR, REACHED_COLOUR, STALE_COLOUR } from './delta-colours.ts';
import './delta.css';

/**
 * The delta map's section of the legend panel and its before/after switch (also the B key,
 * which this component listens for while it is mounted). The panel mounts it only while the
 * delta layer is drawn (legendStateOf); the screen's banner carries the modelled label.
 */
export function DeltaLegend() {
  const t = useScenarioT();
  const f = useNumberFormats();
  const showAfter = useScenarioStore((s) => s.view.showAfter);
  const result = useScenarioMetricsStore((s) => s.value?.evaluation ?? null);
  const stale = useScenarioMetricsStore((s) => s.stale);
  const niveau = useViewStore((s) => s.niveau);
  if (niveau === null || !result) return null;
  return (
    <LegendSection
      section="delta"
      title={t.deltaLegendTitle}
      className="delta-legend"
      testId="delta-legend"
      data={{ 'data-show-after': showAfter }}
    >
      <ul>
        {showAfter && (
          <>
            <li>
              <Swatch colour={GAIN_COLOUR} className="delta-swatch" />
              {t.deltaGain}
            </li>
            <li>
              <Swatch colour={LOSS_COLOUR} className="delta-swatch" />
              {t.deltaLoss}
            </li>
          </>
        )}
        <li>
          <Swatch colour={REACHED_COLOUR} className="delta-swatch" />
          {t.deltaReached}
        </li>
        {stale && (
          <li>
            <Swatch colour={STALE_COLOUR} className="delta-swatch" />
            {t.deltaStale}
          </li>
        )}
      </ul>
      {showAfter && (
        <p className="muted" data-testid="delta-cells">
          {t.deltaCells(f.count(result.gainedCells), f.count(result.lostCells))}
        </p>
      )}
      <BeforeAfterFlip />
    </LegendSection>
  );
}
