import { useMemo } from 'react';
import { useTravelChangeT } from '../../i18n/travel-change.ts';
import { activeScenario, useScenarioStore } from '../../state/scenario.ts';
import { useScenarioMetricsStore } from '../../state/scenario-metrics.ts';
import { useTravelChangeViewStore } from '../../state/travel-change-view.ts';
import { useViewStore } from '../../state/view.ts';
import { travelChangeCss, travelChangeSpan } from './travel-change-colours.ts';
import '../delta/delta.css';
import './travel-change.css';
import { LegendSection } from '../LegendSection.tsx';

const STOPS = 9;

/**
 * The switch between the access map and the minutes map of a scenario with edits, and, for the
 * minutes, the legend panel's section of the diverging scale (same span as the layer).
 */
export function TravelChangeLegend() {
  const t = useTravelChangeT();
  const map = useTravelChangeViewStore((s) => s.map);
  const setMap = useTravelChangeViewStore((s) => s.setMap);
  const minutes = useScenarioMetricsStore((s) => s.value?.evaluation.travelChange.minutes ?? null);
  const hasEdits = useScenarioStore((s) => activeScenario(s).edits.length > 0);
  const niveau = useViewStore((s) => s.niveau);
  const span = useMemo(() => (minutes ? travelChangeSpan(minutes) : 0), [minutes]);
  if (niveau === null || !minutes || !hasEdits) return null;
  const gradient = Array.from({ length: STOPS }, (_, i) => travelChangeCss(-span + (2 * span * i) / (STOPS - 1), span));
  return (
    <div
      className="delta-legend travel-change-legend"
      data-testid="travel-change-legend"
      data-map={map}
      data-span={span}
    >
      <div className="travel-change-choice" role="radiogroup" aria-label={t.mapChoice}>
        {(['access', 'minutes'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            role="radio"
            aria-checked={map === kind}
            onClick={() => setMap(kind)}
            data-testid={`scenario-map-${kind}`}
          >
            {kind === 'access' ? t.mapAccess : t.mapMinutes}
          </button>
        ))}
      </div>
      {map === 'minutes' && (
        <LegendSection section="travel-change" title={t.legendTitle}>
          <div
            className="travel-change-ramp"
            style={{ background: `linear-gradient(to right, ${gradient.join(', ')})` }}
            aria-hidden="true"
          />
          <div className="travel-change-ramp-labels">
            <span>{t.legendSaved(String(span))}</span>
            <span>{t.legendAdded(String(span))}</span>
          </div>
          <p className="muted">{t.legendNote}</p>
        </LegendSection>
      )}
    </div>
  );
}
