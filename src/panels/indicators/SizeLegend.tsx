import { useIndicatorT } from '../../i18n/indicators.ts';
import { useIndicatorStore } from '../../state/indicators.ts';

/** The map legend's section for marker size, while one of the user's figures sizes the locations. */
export function SizeLegend() {
  const t = useIndicatorT();
  const indicator = useIndicatorStore((s) => s.indicators.find((i) => i.id === s.sizeBy));
  if (!indicator) return null;
  return (
    <section
      className="legend-section"
      data-legend-section="size"
      aria-label={t.sizeLegend(indicator.name, indicator.unit)}
    >
      <p className="legend-size" data-testid="size-legend">
        {t.sizeLegend(indicator.name, indicator.unit)}
        <span className="fact-note"> {sizeSource(indicator.source, indicator.date, t.ownFigure)}</span>
      </p>
    </section>
  );
}

/** "eigen cijfer · DUO 2025 · 2025-10-01": where a sized map's figures come from. */
export function sizeSource(source: string, date: string, ownFigure: string): string {
  return [ownFigure, source, date].filter(Boolean).join(' · ');
}
