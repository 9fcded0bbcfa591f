import { useScenarioT } from '../../i18n/scenario.ts';
import { useScenarioMetricsStore } from '../../state/scenario-metrics.ts';
import { useScenarioStore } from '../../state/scenario.ts';

/** Refused edits, unreadable saved scenarios, failed saves and a scenario that no longer fits the offer. */
export function ScenarioNotices() {
  const t = useScenarioT();
  const refusal = useScenarioStore((s) => s.refusal);
  const loadProblem = useScenarioStore((s) => s.loadProblem);
  const saveProblem = useScenarioStore((s) => s.saveProblem);
  const invalid = useScenarioMetricsStore((s) => s.status === 'error' && s.errorKind === 'input');
  const problem = useScenarioMetricsStore((s) => s.error);
  const { clearRefusal, clearLoadProblem } = useScenarioStore.getState();
  return (
    <>
      {refusal && (
        <div className="warning scenario-notice" role="alert" data-testid="scenario-refusal">
          <p>
            <strong>{t.refused}</strong> {refusal}
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
      {invalid && problem && (
        <div className="warning scenario-notice" role="alert">
          <p>{t.invalidForOffer(problem)}</p>
        </div>
      )}
    </>
  );
}
