import { type ReactNode, useId, useState } from 'react';
import { useT } from '../../i18n/index.ts';

/**
 * The header's actions: in a row on a wide screen, behind one "Menu" button on a narrow one
 * (app.css hides the button and shows the row above the narrow width). The menu closes on
 * Escape and when focus leaves it; dialogs that its actions open sit inside it, so opening one
 * keeps the menu (and with it the dialog) rendered.
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the menu catches Escape and focus leaving its own controls
    <div
      className="header-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open && !(event.target as Element).closest('dialog')) setOpen(false);
      }}
      onBlur={(event) => {
        const next = event.relatedTarget as Node | null;
        if (next && !event.currentTarget.contains(next)) setOpen(false);
      }}
    >
      <button
        type="button"
        className="header-button header-menu-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        data-testid="header-menu"
      >
        <span aria-hidden="true" className="header-menu-icon">
          ☰
        </span>{' '}
        {t.headerMenu}
      </button>
      <div id={id} className="header-actions" data-open={open}>
        {children}
      </div>
    </div>
  );
}
