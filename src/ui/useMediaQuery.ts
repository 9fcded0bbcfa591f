import { useSyncExternalStore } from 'react';

/**
 * The narrow layout: a phone, or a tablet held upright. Below this width the side panels become
 * one bottom sheet, the header actions move into a menu and the legend starts folded. AppLayout
 * marks the app with `data-narrow` from it, and app.css keys the narrow layout to that attribute,
 * so the script and the styles never disagree about which layout is on.
 */
export const NARROW_QUERY = '(max-width: 899px)';

/** Whether `query` matches, following changes (a rotated tablet, a resized window). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** Whether the narrow (phone) layout applies. */
export function useIsNarrow(): boolean {
  return useMediaQuery(NARROW_QUERY);
}
