import { useEffect } from 'react';
import { useTravelStore } from '../../state/travel.ts';
import { useViewStore } from '../../state/view.ts';
import { useWeergaveStore } from '../../state/weergave.ts';
import { toggleFullscreen } from './fullscreen.ts';
import { type KeyAction, keyAction, keyContextOf } from './key-actions.ts';
import { usePresentationStore } from './presentation-store.ts';

function perform(action: KeyAction): void {
  const presentation = usePresentationStore.getState();
  switch (action.kind) {
    case 'niveau': {
      const view = useViewStore.getState();
      if (view.niveau === action.niveau) return;
      // As the niveau chooser does: a qualification belongs to its niveau.
      useTravelStore.getState().setCrebo(null);
      view.setNiveau(action.niveau);
      return;
    }
    case 'pan':
      presentation.keyMap?.panBy([action.dx, action.dy]);
      return;
    case 'zoom':
      if (action.direction > 0) presentation.keyMap?.zoomIn();
      else presentation.keyMap?.zoomOut();
      return;
    case 'fullscreen':
      void toggleFullscreen();
      return;
    case 'compare':
      presentation.setCompare(!presentation.compare);
      return;
    case 'help':
      presentation.setHelpOpen(!document.querySelector('dialog.keys-dialog[open]'));
      return;
  }
}

/**
 * The app's keyboard shortcuts (see keyAction): niveau, map moves, full screen, compare and the
 * keys overview. Active in every mode; B lives in useBeforeAfterKey. While a modal dialog other
 * than the keys overview is open, the page behind it is left alone.
 */
export function usePresentationKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Holding an arrow keeps panning; holding a letter must not flicker a toggle.
      if (event.defaultPrevented || (event.repeat && event.key.length === 1)) return;
      // The dialog on screen decides, not the store: a dialog closed by Escape tells the store a task later.
      const modal = document.querySelector('dialog:modal');
      const helpShown = modal?.classList.contains('keys-dialog');
      if (modal && !helpShown) return;
      const action = keyAction(event, keyContextOf(event.target, useWeergaveStore.getState().weergave));
      if (!action || (helpShown && action.kind !== 'help')) return;
      event.preventDefault();
      perform(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
