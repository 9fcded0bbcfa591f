import { type ReactNode, useEffect, useId, useState } from 'react';
import { useT } from '../i18n/index.ts';
import { useWeergaveStore } from '../state/weergave.ts';
import { useIsNarrow } from '../ui/useMediaQuery.ts';

interface CollapsiblePanelProps {
  side: 'left' | 'right';
  /** Accessible name of the panel (a landmark). */
  label: string;
  children: ReactNode;
}

/**
 * A side panel that folds away to give the map the room; the toggle stays reachable. In the
 * presentation the map comes first, so panels start folded there (and unfold on leaving it).
 * On a narrow screen the panels are stacked in the bottom sheet (PanelSheet), which folds as a
 * whole: there each panel is always unfolded and has no toggle of its own.
 */
export function CollapsiblePanel({ side, label, children }: CollapsiblePanelProps) {
  const t = useT();
  const id = useId();
  const presenting = useWeergaveStore((s) => s.weergave === 'presentatie');
  const [open, setOpen] = useState(!presenting);
  useEffect(() => setOpen(!presenting), [presenting]);
  const narrow = useIsNarrow();
  const shown = open || narrow;
  const arrow = (side === 'left') === open ? '‹' : '›';
  return (
    <aside className={`side-panel side-panel-${side}${shown ? '' : ' collapsed'}`} aria-label={label}>
      {!narrow && (
        <button
          type="button"
          className="panel-toggle"
          aria-expanded={open}
          aria-controls={id}
          aria-label={`${open ? t.panelHide : t.panelShow}: ${label}`}
          title={open ? t.panelHide : t.panelShow}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">{arrow}</span>
        </button>
      )}
      <div id={id} className="side-panel-content" hidden={!shown}>
        {children}
      </div>
    </aside>
  );
}
