import type { Manifest } from '../../data/geodata/index.ts';
import { useT } from '../../i18n/index.ts';
import { useModalDialog } from '../../ui/useModalDialog.ts';
import { SourcesPanel } from './SourcesPanel.tsx';

/** The "Bronnen" panel as a modal dialog: Escape and the close button dismiss it. */
export function SourcesDialog({ manifest, open, onClose }: { manifest: Manifest; open: boolean; onClose(): void }) {
  const t = useT();
  const ref = useModalDialog(open);
  return (
    <dialog ref={ref} className="sources-dialog" aria-labelledby="sources-title" onClose={onClose}>
      <div className="panel-heading">
        <h2 id="sources-title">{t.sourcesTitle}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t.close} title={t.close}>
          ×
        </button>
      </div>
      {open && <SourcesPanel manifest={manifest} />}
    </dialog>
  );
}
