import { usePresentationT } from '../../i18n/presentation.ts';
import { useModalDialog } from '../../ui/useModalDialog.ts';
import { usePresentationStore } from './presentation-store.ts';

/** The overview of the keyboard shortcuts (the ? key): a modal dialog, closed with Escape. */
export function KeysHelpDialog() {
  const t = usePresentationT();
  const open = usePresentationStore((s) => s.helpOpen);
  const setOpen = usePresentationStore((s) => s.setHelpOpen);
  const ref = useModalDialog(open);
  const rows: [string, string][] = [
    ['1 – 4', t.keys.niveau],
    ['E', t.keys.entree],
    ['B', t.keys.beforeAfter],
    [t.keyNames.arrows, t.keys.pan],
    [t.keyNames.plusMinus, t.keys.zoom],
    ['F', t.keys.fullscreen],
    ['C', t.keys.compare],
    ['?', t.keys.help],
    [t.keyNames.escape, t.keys.close],
  ];
  return (
    <dialog
      ref={ref}
      className="keys-dialog"
      aria-labelledby="keys-title"
      onClose={() => setOpen(false)}
      data-testid="keys-help"
    >
      <div className="panel-heading">
        <h2 id="keys-title">{t.keysTitle}</h2>
        <button
          type="button"
          className="icon-button"
          onClick={() => setOpen(false)}
          aria-label={t.keysClose}
          title={t.keysClose}
        >
          ×
        </button>
      </div>
      <p>{t.keysIntro}</p>
      <dl className="keys-list">
        {rows.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">{t.keysPanNote}</p>
    </dialog>
  );
}
