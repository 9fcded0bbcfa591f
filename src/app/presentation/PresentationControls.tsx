import { useEffect, useState } from 'react';
import { usePresentationT } from '../../i18n/presentation.ts';
import { useWeergaveStore } from '../../state/weergave.ts';
import { toggleFullscreen } from './fullscreen.ts';
import { KeysHelpDialog } from './KeysHelpDialog.tsx';
import { usePresentationStore } from './presentation-store.ts';
import { usePresentationKeys } from './usePresentationKeys.ts';
import { WeergaveSwitch } from './WeergaveSwitch.tsx';
import './presentation.css';

function useIsFullscreen(): boolean {
  const [fullscreen, setFullscreen] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const follow = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', follow);
    return () => document.removeEventListener('fullscreenchange', follow);
  }, []);
  return fullscreen;
}

/**
 * The header's mode switch and presentation controls (full screen, compare layout, keys), and
 * the keyboard shortcuts themselves. Mount once, in the header.
 */
export function PresentationControls() {
  const t = usePresentationT();
  const weergave = useWeergaveStore((s) => s.weergave);
  const compare = usePresentationStore((s) => s.compare);
  const setCompare = usePresentationStore((s) => s.setCompare);
  const setHelpOpen = usePresentationStore((s) => s.setHelpOpen);
  const fullscreenFailed = usePresentationStore((s) => s.fullscreenFailed);
  const fullscreen = useIsFullscreen();
  usePresentationKeys();
  const presenting = weergave === 'presentatie';
  return (
    <>
      <WeergaveSwitch />
      {presenting && (
        <>
          <button
            type="button"
            className="header-button"
            aria-pressed={compare}
            aria-keyshortcuts="C"
            title={t.keys.compare}
            onClick={() => setCompare(!compare)}
            data-testid="compare-toggle"
          >
            {t.compare}
          </button>
          <button
            type="button"
            className="header-button"
            aria-pressed={fullscreen}
            aria-keyshortcuts="F"
            onClick={() => void toggleFullscreen()}
          >
            {t.fullscreen}
          </button>
        </>
      )}
      <button
        type="button"
        className="header-button"
        aria-keyshortcuts="?"
        aria-haspopup="dialog"
        onClick={() => setHelpOpen(true)}
      >
        {t.keysButton}
      </button>
      <span className="presentation-status" role="status">
        {fullscreenFailed ? t.fullscreenUnavailable : ''}
      </span>
      <KeysHelpDialog />
    </>
  );
}
