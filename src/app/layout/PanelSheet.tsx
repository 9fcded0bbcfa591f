import { type ReactNode, useId, useState } from 'react';
import { useT } from '../../i18n/index.ts';

/**
 * The side panels' container. On a wide screen it is layout-neutral (`display: contents`, the
 * panels sit left and right of the map); on a narrow one it is a bottom sheet under the map,
 * with a handle that opens it (half the screen, scrolling) or folds it down to the handle so the
 * map takes the screen. It starts open: a shared link's reader needs the introduction first.
 */
export function PanelSheet({ children }: { children: ReactNode }) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(true);
  return (
    <div className="panel-sheet" data-open={open} data-testid="panel-sheet">
      <button
        type="button"
        className="sheet-handle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        data-testid="sheet-handle"
      >
        <span className="sheet-grip" aria-hidden="true" />
        <span>{open ? t.sheetHide : t.sheetShow}</span>
      </button>
      <div id={id} className="panel-sheet-content">
        {children}
      </div>
    </div>
  );
}
