import { useScenarioT } from '../../i18n/scenario.ts';
import { useScenarioStore } from '../../state/scenario.ts';
import { useBeforeAfterKey } from './useBeforeAfterKey.ts';

/**
 * Which side of the scenario the map shows and the switch to the other (also the B key, which
 * this component listens for while it is mounted): under every legend section of a layer that
 * has a before and an after (the delta, the catchment by institution).
 */
export function BeforeAfterFlip() {
  const t = useScenarioT();
  useBeforeAfterKey();
  const showAfter = useScenarioStore((s) => s.view.showAfter);
  const toggle = useScenarioStore((s) => s.toggleShowAfter);
  return (
    <>
      <p className="muted">{t.deltaShowing(showAfter)}</p>
      <button type="button" aria-keyshortcuts="B" aria-pressed={!showAfter} onClick={toggle} data-testid="delta-flip">
        {t.deltaFlip(showAfter)}
      </button>
    </>
  );
}
