import { useIndicatorT } from '../../i18n/indicators.ts';
import { useLanguageStore } from '../../i18n/language.ts';
import { wordLineProblems } from '../../i18n/line-problem.ts';
import type { IndicatorValues } from '../../state/indicator-values.ts';
import { LineReasonTable } from '../aanbod/LineReasonTable.tsx';

const SHOWN = 20;

/** How a figure column joins the active offer: counts, and each line that does not join with its reason. */
export function JoinPreview({ values, readErrors }: { values: IndicatorValues; readErrors: number }) {
  const t = useIndicatorT();
  const lang = useLanguageStore((s) => s.lang);
  const { join, indicator } = values;
  const valueErrors = indicator.provenance.errors.length - readErrors;
  const problems = [
    ...wordLineProblems([...join.unmatched, ...indicator.provenance.errors], lang),
    ...join.duplicates.map((d) => ({ line: d.line, reason: t.duplicateOf(d.firstLine) })),
  ].sort((a, b) => a.line - b.line);
  return (
    <div className="join-preview" data-testid="join-preview">
      <h4>{t.previewTitle}</h4>
      <dl className="import-counts">
        <div>
          <dt>{t.previewMatched}</dt>
          <dd data-testid="preview-matched">{join.matched.length}</dd>
        </div>
        <div>
          <dt>{t.previewUnmatched}</dt>
          <dd data-testid="preview-unmatched">{join.unmatched.length}</dd>
        </div>
        <div>
          <dt>{t.previewDuplicates}</dt>
          <dd data-testid="preview-duplicates">{join.duplicates.length}</dd>
        </div>
        <div>
          <dt>{t.previewErrors}</dt>
          <dd>{valueErrors}</dd>
        </div>
        {readErrors > 0 && (
          <div>
            <dt>{t.previewReadErrors}</dt>
            <dd>{readErrors}</dd>
          </div>
        )}
      </dl>
      {problems.length > 0 && (
        <LineReasonTable
          rows={problems}
          testId="preview-problems"
          labels={{ line: t.line, reason: t.reason, more: t.more }}
          shown={SHOWN}
        />
      )}
    </div>
  );
}
