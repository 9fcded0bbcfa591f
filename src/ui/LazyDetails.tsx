import { type DetailsHTMLAttributes, type ReactElement, type ReactNode, useState } from 'react';

export interface LazyDetailsProps extends Omit<DetailsHTMLAttributes<HTMLDetailsElement>, 'open' | 'onToggle'> {
  /** The `<summary>` element, always rendered. */
  summary: ReactElement<HTMLElement, 'summary'>;
  /** What the section holds, rendered only while it is open. */
  children: ReactNode;
}

/**
 * A `<details>` whose content exists only while it is open. Behind a closed summary the long
 * lists (every duplication left, every verzorgingsgebied: thousands of elements between them)
 * would still be in the document, re-rendered by React on every new result and walked by every
 * style pass. Their data lives in the stores, so closing loses nothing but the scroll position.
 */
export function LazyDetails({ summary, children, ...attributes }: LazyDetailsProps) {
  const [open, setOpen] = useState(false);
  return (
    <details {...attributes} onToggle={(event) => setOpen(event.currentTarget.open)}>
      {summary}
      {open && children}
    </details>
  );
}
