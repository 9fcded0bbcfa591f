import { useMemo } from 'react';
import type { Qualification } from '../../data/geodata/index.ts';
import type { Figure } from '../../engine/metrics/index.ts';
import type { SideSummary } from '../../engine/metrics/scenario-evaluation.ts';
import { domainOf } from '../../engine/offer/index.ts';
import { DEFAULT_JAAR } from '../../engine/population/years.ts';
import { type NumberFormats, useNumberFormats } from '../../i18n/format.ts';
import { useJaarT } from '../../i18n/jaar.ts';
import { useScenarioT } from '../../i18n/scenario.ts';
import { focusProgramme } from '../../state/programme-edit.ts';
import { activeScenario, type MetricsFocus, useScenarioStore } from '../../state/scenario.ts';
import { useScenarioMetricsStore } from '../../state/scenario-metrics.ts';
import { useTravelStore } from '../../state/travel.ts';
import { useViewStore } from '../../state/view.ts';
import { ModelledLabel } from '../../ui/ModelledLabel.tsx';

/** One row of the figures table: how to read a figure from a side, and how to print it. */
export interface MetricRow {
  key: 'coverage' | 'krimp' | 'anticipeer' | 'breadth' | 'duplication';
  value(side: SideSummary): number;
  /** The 15–24 count behind a share, printed under it; null for breadth and duplication. */
  count(side: SideSummary): number | null;
  print(value: number, f: NumberFormats): string;
  printDiff(value: number, f: NumberFormats): string;
}

const figureRow = (key: 'coverage' | 'krimp' | 'anticipeer'): MetricRow => ({
  key,
  value: (side) => (side.figures[key] as Figure).share,
  count: (side) => (side.figures[key] as Figure).count,
  print: (v, f) => f.share(v),
  printDiff: (v, f) => f.signedPoints(v),
});

export const METRIC_ROWS: MetricRow[] = [
  figureRow('coverage'),
  figureRow('krimp'),
  figureRow('anticipeer'),
  {
    key: 'breadth',
    value: (side) => side.breadthMean,
    count: () => null,
    print: (v, f) => f.decimal(v),
    printDiff: (v, f) => f.signedDecimal(v),
  },
  {
    key: 'duplication',
    value: (side) => side.duplications.length,
    count: () => null,
    print: (v, f) => f.count(v),
    printDiff: (v, f) => f.signedCount(v),
  },
];

/** A value with its count of young people beneath it. */
export function FigureCell({
  row,
  side,
  f,
  people,
}: {
  row: MetricRow;
  side: SideSummary;
  f: NumberFormats;
  people: (n: string) => string;
}) {
  const count = row.count(side);
  return (
    <>
      {row.print(row.value(side), f)}
      {count !== null && (
        <span className="figure-count" title={people(f.count(count))}>
          {f.count(count)}
        </span>
      )}
    </>
  );
}

export function DiffCell({
  row,
  from,
  to,
  f,
}: {
  row: MetricRow;
  from: SideSummary;
  to: SideSummary;
  f: NumberFormats;
}) {
  const diff = row.value(to) - row.value(from);
  const fromCount = row.count(from);
  const toCount = row.count(to);
  const sign = diff > 1e-12 ? 'gain' : diff < -1e-12 ? 'loss' : 'same';
  return (
    <span className={`figure-diff figure-diff-${sign}`}>
      {row.printDiff(diff, f)}
      {fromCount !== null && toCount !== null && (
        <span className="figure-count">{f.signedCount(toCount - fromCount)}</span>
      )}
    </span>
  );
}

function focusValue(focus: MetricsFocus): string {
  if (focus.kind === 'crebo') return `c:${focus.crebo}`;
  if (focus.kind === 'domein') return `d:${focus.domein}`;
  return 'n';
}

function parseFocus(value: string): MetricsFocus {
  if (value.startsWith('c:')) return { kind: 'crebo', crebo: value.slice(2) };
  if (value.startsWith('d:')) return { kind: 'domein', domein: value.slice(2) };
  return { kind: 'niveau' };
}

/** Choose: every programme of the niveau, a programme from the scenario or the travel view, or a domain. */
function FocusChooser({ qualifications }: { qualifications: readonly Qualification[] }) {
  const t = useScenarioT();
  const niveau = useViewStore((s) => s.niveau);
  const focus = useScenarioStore((s) => s.view.focus);
  const setFocus = useScenarioStore((s) => s.setFocus);
  const edits = useScenarioStore((s) => activeScenario(s).edits);
  const travelCrebo = useTravelStore((s) => s.crebo);
  const byCrebo = useMemo(() => new Map(qualifications.map((q) => [q.crebo, q])), [qualifications]);
  const crebos = useMemo(() => {
    const set = new Set(edits.map((e) => e.crebo));
    if (travelCrebo) set.add(travelCrebo);
    if (focus.kind === 'crebo') set.add(focus.crebo);
    return [...set].filter((c) => byCrebo.get(c)?.niveau === niveau).sort();
  }, [edits, travelCrebo, focus, byCrebo, niveau]);
  const domains = useMemo(
    () =>
      [...new Set(qualifications.filter((q) => q.niveau === niveau).map(domainOf))].sort((a, b) =>
        a.localeCompare(b, 'nl'),
      ),
    [qualifications, niveau],
  );
  if (niveau === null) return null;
  return (
    <div className="field">
      <label htmlFor="scenario-focus">{t.focus}</label>
      <select
        id="scenario-focus"
        value={focusValue(focus)}
        onChange={(e) => {
          const next = parseFocus(e.target.value);
          // A programme in focus is also the map's travel field, so the map shows what the figures are about.
          if (next.kind === 'crebo') focusProgramme(next.crebo, byCrebo.get(next.crebo)?.niveau ?? null);
          else setFocus(next);
        }}
      >
        <option value="n">{t.focusNiveau(t.niveauNames[niveau])}</option>
        {crebos.length > 0 && (
          <optgroup label={t.focusCrebo}>
            {crebos.map((c) => (
              <option key={c} value={`c:${c}`}>
                {c} {byCrebo.get(c)?.naam}
              </option>
            ))}
          </optgroup>
        )}
        <optgroup label={t.focusDomein}>
          {domains.map((d) => (
            <option key={d} value={`d:${d}`}>
              {d}
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  );
}

/**
 * Coverage, krimp and anticipeer reach, choice breadth and duplication: before, after and the
 * difference, for the selected niveau and focus. Figures that are being recomputed stay
 * visible in grey (`aria-busy`), so the panel never jumps to empty while the map is panned.
 */
export function MetricsPanel({ qualifications }: { qualifications: readonly Qualification[] }) {
  const t = useScenarioT();
  const jaarT = useJaarT();
  const f = useNumberFormats();
  const niveau = useViewStore((s) => s.niveau);
  const { status, value, stale, error, inputIssue } = useScenarioMetricsStore();
  const result = value?.evaluation ?? null;
  const elapsedMs = value?.elapsedMs ?? null;

  return (
    <section className="panel-section scenario-metrics" aria-labelledby="scenario-metrics-title">
      <h2 id="scenario-metrics-title">{t.metricsTitle}</h2>
      <ModelledLabel />
      <FocusChooser qualifications={qualifications} />
      {niveau === null && <p className="muted">{t.chooseNiveau}</p>}
      {niveau !== null && status === 'computing' && !value && <p className="muted">{t.computing}</p>}
      {status === 'error' && inputIssue === null && error && (
        <p className="warning" role="alert">
          {t.computeFailed(error)}
        </p>
      )}
      {niveau !== null && result && (
        <>
          <p className="muted scenario-metrics-for" data-jaar={result.jaar}>
            {t.niveauNames[result.niveau]}, {t.limitNote(result.limit)}; {jaarT.countedIn(result.jaar)}
          </p>
          {result.jaar !== DEFAULT_JAAR && <p className="jaar-label">{jaarT.label}</p>}
          <table className={`figures${stale ? ' stale' : ''}`} aria-busy={stale} data-testid="scenario-figures">
            <thead>
              <tr>
                <th scope="col">{t.colMetric}</th>
                <th scope="col">{t.colBefore}</th>
                <th scope="col">{t.colAfter}</th>
                <th scope="col">{t.colDiff}</th>
              </tr>
            </thead>
            <tbody>
              {METRIC_ROWS.map((row) => (
                <tr key={row.key} data-metric={row.key}>
                  <th scope="row">{t[row.key]}</th>
                  <td data-side="before">
                    <FigureCell row={row} side={result.before} f={f} people={t.people} />
                  </td>
                  <td data-side="after">
                    <FigureCell row={row} side={result.after} f={f} people={t.people} />
                  </td>
                  <td data-side="diff">
                    <DiffCell row={row} from={result.before} to={result.after} f={f} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted scenario-metrics-meta">
            {t.countNote} {stale ? t.staleNote : elapsedMs !== null ? t.elapsed(f.count(elapsedMs)) : ''}
            {result.unplaced > 0 ? ` ${t.unplaced(result.unplaced)}` : ''}
          </p>
        </>
      )}
    </section>
  );
}
