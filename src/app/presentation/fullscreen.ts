import { usePresentationStore } from './presentation-store.ts';

/**
 * Enters or leaves full screen for the whole page. A refusal (no user gesture, a browser or kiosk
 * policy, an iframe without permission) is shown to the user rather than thrown.
 */
export async function toggleFullscreen(): Promise<void> {
  const { setFullscreenFailed } = usePresentationStore.getState();
  setFullscreenFailed(false);
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else if (document.fullscreenEnabled) await document.documentElement.requestFullscreen();
    else setFullscreenFailed(true);
  } catch (error) {
    console.warn('Regiekaart: full screen was refused', error);
    setFullscreenFailed(true);
  }
}
