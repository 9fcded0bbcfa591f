import type { ScenarioEvaluation } from '../../engine/metrics/scenario-evaluation.ts';
import type { Niveau } from '../../engine/offer/types.ts';
import { DEFAULT_JAAR, type Jaar } from '../../engine/population/years.ts';
import type { Edit } from '../../engine/scenario/index.ts';
import { localeOf } from '../../i18n/format.ts';
import { indicatorMessages } from '../../i18n/indicators.ts';
import { jaarMessages } from '../../i18n/jaar.ts';
import { type Lang, useLanguageStore } from '../../i18n/language.ts';
import { travelChangeSpan } from '../../map/travel-change/travel-change-colours.ts';
import { useCatchmentEffectStore, useCatchmentMapStore } from '../../state/catchment-effect.ts';
import { isModelledActive, useDatasetStore } from '../../state/dataset.ts';
import { useIndicatorStore } from '../../state/indicators.ts';
import { useJaarStore } from '../../state/jaar.ts';
import { activeScenario, useScenarioStore } from '../../state/scenario.ts';
import { useScenarioMetricsStore } from '../../state/scenario-metrics.ts';
import { useTravelStore } from '../../state/travel.ts';
import { useTravelChangeViewStore } from '../../state/travel-change-view.ts';
import { useTravelFieldStore } from '../../state/travel-field.ts';
import { useViewStore } from '../../state/view.ts';
import { sizeSource } from '../indicators/SizeLegend.tsx';
import { type LegendState, legendStateOf } from './legend-spec.ts';

/** A snapshot of what the screen shows, taken when an export starts. */
export interface ExportContext {
  lang: Lang;
  scenarioName: string;
  edits: readonly Edit[];
  niveau: Niveau | null;
  /** The figures on screen, or null while there are none (no niveau, or not computed yet). */
  result: ScenarioEvaluation | null;
  /** The niveau's travel limit in minutes, or null without a niveau. */
  limit: number | null;
  modelled: boolean;
  /** The population year of the figures on screen. */
  jaar: Jaar;
  legend: LegendState;
  date: Date;
}

export function currentExportContext(): ExportContext {
  const view = useViewStore.getState();
  const scenarioState = useScenarioStore.getState();
  const scenario = activeScenario(scenarioState);
  const travel = useTravelStore.getState();
  const result = useScenarioMetricsStore.getState().value?.evaluation ?? null;
  const niveau = view.niveau;
  return {
    lang: useLanguageStore.getState().lang,
    scenarioName: scenario.name,
    edits: scenario.edits,
    niveau,
    result: niveau !== null && result?.niveau === niveau ? result : null,
    limit: niveau !== null ? travel.limits[niveau] : null,
    modelled: isModelledActive(useDatasetStore.getState()),
    // The figures' own year when there are figures (they may lag the control by one computation).
    jaar: niveau !== null && result?.niveau === niveau ? result.jaar : useJaarStore.getState().jaar,
    legend: currentLegendState(),
    date: new Date(),
  };
}

/** What the figures count, for every export: "15–24-jarigen in 2031: …" plus the label for a later year. */
export function jaarLine(jaar: Jaar, lang: Lang): string {
  const t = jaarMessages[lang];
  return jaar === DEFAULT_JAAR ? t.countedIn(jaar) : `${t.countedIn(jaar)} — ${t.label}`;
}

/** The span of a minutes map, once per figures array: it is a pass over every cell. */
const spans = new WeakMap<Int16Array, number>();
function spanOf(minutes: Int16Array): number {
  let span = spans.get(minutes);
  if (span === undefined) {
    span = travelChangeSpan(minutes);
    spans.set(minutes, span);
  }
  return span;
}

/**
 * Which layers the map draws now, from the stores, by the rule the map legend and the exported
 * image share (legendStateOf). useLegendState follows it on screen.
 */
export function currentLegendState(): LegendState {
  const travel = useTravelStore.getState();
  const travelField = useTravelFieldStore.getState().value;
  const evaluation = useScenarioMetricsStore.getState().value?.evaluation ?? null;
  const scenarioState = useScenarioStore.getState();
  const changeView = useTravelChangeViewStore.getState();
  const indicators = useIndicatorStore.getState();
  const sized = indicators.indicators.find((i) => i.id === indicators.sizeBy);
  const it = indicatorMessages[useLanguageStore.getState().lang];
  return legendStateOf({
    travelFieldLimit: travelField ? travel.limits[travelField.niveau] : null,
    niveau: useViewStore.getState().niveau,
    hasResult: evaluation !== null,
    hasEdits: activeScenario(scenarioState).edits.length > 0,
    showAfter: scenarioState.view.showAfter,
    scenarioMap: changeView.map,
    travelChangeSpan: evaluation ? spanOf(evaluation.travelChange.minutes) : 0,
    catchmentDrawn: useCatchmentMapStore.getState().on && useCatchmentEffectStore.getState().value !== null,
    whiteSpotsOnMap: changeView.whiteSpotsOnMap,
    sizedBy: sized
      ? { title: it.sizeLegend(sized.name, sized.unit), source: sizeSource(sized.source, sized.date, it.ownFigure) }
      : null,
  });
}

/** "29 november 2026" (nl-NL) or "29 November 2026" (en-GB). */
export function formatExportDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long' }).format(date);
}

/**
 * The attribution line drawn into exports: "Bron: CBS | KiesMBO / SBB | …", shortest first as
 * MapLibre's attribution control orders them, so the export reads like the screen.
 */
export function attributionLine(attribution: readonly string[]): string {
  return [...attribution].sort((a, b) => a.length - b.length).join(' | ');
}
