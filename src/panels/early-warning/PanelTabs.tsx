import { useEarlyWarningT } from '../../i18n/early-warning.ts';
import { useEarlyWarningViewStore } from '../../state/early-warning-view.ts';
import './early-warning.css';

/** Scenario | Signalering: which of the two the right panel shows. */
export function PanelTabs() {
  const t = useEarlyWarningT();
  const open = useEarlyWarningViewStore((s) => s.open);
  const setOpen = useEarlyWarningViewStore((s) => s.setOpen);
  return (
    <div className="panel-tabs" role="tablist">
      <button type="button" role="tab" aria-selected={!open} onClick={() => setOpen(false)} data-testid="tab-scenario">
        {t.scenarioTab}
      </button>
      <button type="button" role="tab" aria-selected={open} onClick={() => setOpen(true)} data-testid="tab-signalering">
        {t.tab}
      </button>
    </div>
  );
}
