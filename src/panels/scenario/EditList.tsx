import { useScenarioT } from '../../i18n/scenario.ts';
import { useDatasetStore } from '../../state/dataset.ts';
import { activeScenario, canRedo, canUndo, useScenarioStore } from '../../state/scenario.ts';
import { checkAgainst } from '../../state/scenario-metrics.ts';
import { describeEdit, type Names } from './describe.ts';

/**
 * The active scenario's edits in order, each removable, with undo and redo. `readOnly` (the
 * public view) leaves those buttons out of the DOM: the list is then just the plain-Dutch edits.
 */
export function EditList({ names, readOnly = false }: { names: Names; readOnly?: boolean }) {
  const t = useScenarioT();
  const edits = useScenarioStore((s) => activeScenario(s).edits);
  const undoable = useScenarioStore(canUndo);
  const redoable = useScenarioStore(canRedo);
  const offer = useDatasetStore((s) => s.activeOffer);
  const { undo, redo, removeEdit } = useScenarioStore.getState();

  return (
    <section className="panel-section" aria-labelledby="scenario-edits-title">
      <div className="panel-heading">
        <h2 id="scenario-edits-title">{t.editsTitle}</h2>
        {!readOnly && (
          <div className="button-row">
            <button type="button" onClick={undo} disabled={!undoable} data-testid="scenario-undo">
              {t.undo}
            </button>
            <button type="button" onClick={redo} disabled={!redoable} data-testid="scenario-redo">
              {t.redo}
            </button>
          </div>
        )}
      </div>
      {edits.length === 0 ? (
        <p className="muted">{t.editsEmpty}</p>
      ) : (
        <ol className="scenario-edits" data-testid="scenario-edits">
          {edits.map((edit, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: edits are positional; the same edit may occur twice
            <li key={`${i}:${edit.op}:${edit.crebo}`} className={`scenario-edit scenario-edit-${edit.op}`}>
              <span>{describeEdit(edit, names, t)}</span>
              {!readOnly && (
                <button
                  type="button"
                  className="link-button"
                  aria-label={t.removeEditLabel(i + 1)}
                  disabled={!offer}
                  onClick={() => offer && removeEdit(i, checkAgainst(offer))}
                >
                  {t.removeEdit}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
