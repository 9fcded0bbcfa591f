import { useSelectionStore } from '../selection.ts';
import { useUrlErrorStore } from '../urlError.ts';
import { parseWeergave, searchWithWeergave, useWeergaveStore } from '../weergave.ts';
import { currentView, DEFAULT_VIEW, useViewStore } from '../view.ts';
import { decodeViewUrl, encodeViewUrl } from './viewUrl.ts';

/** How long the URL waits after the last change, so panning does not flood the history API. */
const WRITE_DELAY_MS = 300;

/**
 * Applies the view in the current URL hash to the stores. A bad link gets the default view and
 * an explanation in the url-error store. Call before the first render, so the map starts there.
 */
export function applyViewFromUrl(): void {
  const { view, selected, error } = decodeViewUrl(window.location.hash);
  useViewStore.getState().applyView(error ? DEFAULT_VIEW : view);
  useSelectionStore.getState().select(selected);
  useUrlErrorStore.getState().setError(error);
}

/** Applies `?weergave=` (the audience mode) from the URL query; call before the first render. */
export function applyWeergaveFromUrl(): void {
  const { weergave, error } = parseWeergave(window.location.search);
  useWeergaveStore.getState().setWeergave(weergave);
  if (error) useUrlErrorStore.getState().setError(error);
}

/**
 * Keeps the URL hash in step with the view and the selection (replaceState, so the back button
 * is not filled with every pan), and follows hash edits made by the user. Returns a stop function.
 */
export function startUrlSync(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    const hash = encodeViewUrl(currentView(), useSelectionStore.getState().brinvest, window.location.hash);
    if (hash !== window.location.hash) {
      const url = `${window.location.pathname}${window.location.search}${hash}`;
      window.history.replaceState(window.history.state, '', url);
    }
  };
  const schedule = () => {
    if (timer === undefined) timer = setTimeout(write, WRITE_DELAY_MS);
  };
  const unsubscribeView = useViewStore.subscribe(schedule);
  const unsubscribeSelection = useSelectionStore.subscribe(schedule);
  // The mode lives in the query; switching it rewrites the query and keeps the hash.
  const unsubscribeWeergave = useWeergaveStore.subscribe(({ weergave }) => {
    const search = searchWithWeergave(window.location.search, weergave);
    if (search !== window.location.search) {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
    }
  });
  window.addEventListener('hashchange', applyViewFromUrl);
  return () => {
    unsubscribeView();
    unsubscribeSelection();
    unsubscribeWeergave();
    window.removeEventListener('hashchange', applyViewFromUrl);
    if (timer !== undefined) clearTimeout(timer);
  };
}
