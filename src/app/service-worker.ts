import { registerSW } from 'virtual:pwa-register';

/**
 * The service worker that makes the served app work offline after one visit
 * (scripts/build/installable.ts). Registered only where one can work: a secure context over
 * http(s). On a school network's plain-http host name, over file:// and in the portable file
 * the app runs without it, and says nothing (there is nothing the user could do about it).
 *
 * A new version waits until the user asks for it (UpdateNotice), so a map is never swapped
 * out under a board mid-meeting.
 */
let applyUpdate: (() => void) | null = null;
const listeners = new Set<() => void>();

export function canUseServiceWorker(): boolean {
  return window.isSecureContext && 'serviceWorker' in navigator && /^https?:$/.test(window.location.protocol);
}

/** Call once at start-up. */
export function startServiceWorker(): void {
  if (!canUseServiceWorker()) return;
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => {
      applyUpdate = () => {
        // The page reloads once the new version has taken over. Listened for here: workbox-window
        // reloads by itself only for a version it registered, not for one the browser found in
        // a later update check while the page was open (the case mid-meeting).
        navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
        void update(true);
      };
      for (const listener of listeners) listener();
    },
    onRegisterError: (error: unknown) => console.warn('Regiekaart: the offline copy could not be set up', error),
  });
}

/** The action that switches to a waiting new version, or null while there is none. */
export function waitingUpdate(): (() => void) | null {
  return applyUpdate;
}

export function subscribeToUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
