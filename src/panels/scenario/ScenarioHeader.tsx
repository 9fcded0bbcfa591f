import { useState } from 'react';
import { useScenarioT } from '../../i18n/scenario.ts';
import { activeScenario, useScenarioStore } from '../../state/scenario.ts';

/** Choose, rename, duplicate, add and delete scenarios. */
export function ScenarioHeader() {
  const t = useScenarioT();
  const scenarios = useScenarioStore((s) => s.scenarios);
  const active = useScenarioStore(activeScenario);
  const { setActive, rename, duplicate, create, remove } = useScenarioStore.getState();
  const [draft, setDraft] = useState<string | null>(null);

  const save = () => {
    if (draft !== null && rename(active.id, draft)) setDraft(null);
  };

  return (
    <div className="scenario-header">
      {draft === null ? (
        <div className="field">
          <label htmlFor="scenario-active">{t.scenarioChoose}</label>
          <select id="scenario-active" value={active.id} onChange={(e) => setActive(e.target.value)}>
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.edits.length})
              </option>
            ))}
          </select>
        </div>
      ) : (
        <form
          className="field"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <label htmlFor="scenario-name">{t.scenarioName}</label>
          <input
            id="scenario-name"
            value={draft}
            maxLength={200}
            // biome-ignore lint/a11y/noAutofocus: the form opens on the user's own click on rename
            autoFocus
            onChange={(e) => setDraft(e.target.value)}
          />
          <div className="button-row">
            <button type="submit">{t.renameSave}</button>
            <button type="button" onClick={() => setDraft(null)}>
              {t.renameCancel}
            </button>
          </div>
        </form>
      )}
      {draft === null && (
        <div className="button-row">
          <button type="button" onClick={() => setDraft(active.name)}>
            {t.rename}
          </button>
          <button type="button" onClick={() => duplicate(active.id, t.duplicateName)}>
            {t.duplicate}
          </button>
          <button type="button" onClick={() => create(t.newScenarioName(scenarios.length + 1))}>
            {t.newScenario}
          </button>
          <button
            type="button"
            onClick={() => {
              if (window.confirm(t.deleteConfirm(active.name))) remove(active.id);
            }}
          >
            {t.deleteScenario}
          </button>
        </div>
      )}
    </div>
  );
}
