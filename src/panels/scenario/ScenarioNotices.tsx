import { describeScenarioRefusal } from '../../i18n/edit-problem.ts';
import { describeInputIssue } from '../../i18n/input-issue.ts';
import { useLanguageStore } from '../../i18n/language.ts';
import { useScenarioT } from '../../i18n/scenario.ts';
import { useScenarioStore } from '../../state/scenario.ts';
import { useScenarioMetricsStore } from '../../state/scenario-metrics.ts';

/** Refused edits, unreadable saved scenarios, failed saves and a scenario that no longer fits the offer. */
export function ScenarioNotices() {
  const t = useScenarioT();
  const lang = useLanguageStore((s) => s.lang);
  const refusal = useScenarioStore((s) => s.refusal);
  const loadProblem = useScenarioStore((s) => s.loadProblem);
  const saveProblem = useScenarioStore((s) => s.saveProblem);
  const invalid = useScenarioMetricsStore((s) => (s.status === 'error' ? s.inputIssue : null));
  const { clearRefusal, clearLoadProblem } = useScenarioStore.getState();
  return (
    <>
      {refusal && (
        <div className="warning scenario-notice" role="alert" data-testid="scenario-refusal">
          <p>
            <strong>{t.refused}</strong> {describeScenarioRefusal(refusal, lang)}
          </p>
          <button type="button" className="link-button" onClick={clearRefusal}>
            {t.dismiss}
          </button>
        </div>
      )}
      {loadProblem && (
        <div className="warning scenario-notice" role="alert">
          <p>{t.loadProblem(loadProblem.problem)}</p>
          <p>{loadProblem.backupKey ? t.loadBackup(loadProblem.backupKey) : t.loadNoBackup}</p>
          <button type="button" className="link-button" onClick={clearLoadProblem}>
            {t.dismiss}
          </button>
        </div>
      )}
      {saveProblem && (
        <div className="warning scenario-notice" role="alert">
          <p>{t.saveProblem(saveProblem)}</p>
        </div>
      )}
      {invalid && (
        <div className="warning scenario-notice" role="alert">
          <p>{t.invalidForOffer(describeInputIssue(invalid, lang))}</p>
        </div>
      )}
    </>
  );
}
