import { useNumberFormats } from '../../i18n/format.ts';
import { useScenarioT } from '../../i18n/scenario.ts';
import { useScenarioStore } from '../../state/scenario.ts';
import { useScenarioMetricsStore } from '../../state/scenario-metrics.ts';
import { useViewStore } from '../../state/view.ts';
import { BeforeAfterFlip } from './BeforeAfterFlip.tsx';
import { GAIN_COLOUR, LOSS_COLOUR, REACHED_COLOUR, type Rgba, STALE_COLOUR } from './delta-colours.ts';
import './delta.css';

const css = ([r, g, b, a]: Rgba) => `rgb(${r} ${g} ${b} / ${(a / 255).toFixed(2)})`;

export function Swatch({ colour }: { colour: Rgba }) {
  return <span className="delta-swatch" style={{ background: css(colour) }} aria-hidden="true" />;
}

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
    <section
      className="legend-section delta-legend"
      data-legend-section="delta"
      aria-labelledby="delta-legend-title"
      data-testid="delta-legend"
      data-show-after={showAfter}
    >
      <h3 id="delta-legend-title">{t.deltaLegendTitle}</h3>
      <ul>
        {showAfter && (
          <>
            <li>
              <Swatch colour={GAIN_COLOUR} />
              {t.deltaGain}
            </li>
            <li>
              <Swatch colour={LOSS_COLOUR} />
              {t.deltaLoss}
            </li>
          </>
        )}
        <li>
          <Swatch colour={REACHED_COLOUR} />
          {t.deltaReached}
        </li>
        {stale && (
          <li>
            <Swatch colour={STALE_COLOUR} />
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
    </section>
  );
}
