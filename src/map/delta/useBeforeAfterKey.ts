import { useEffect } from 'react';
import { useScenarioStore } from '../../state/scenario.ts';

/** Typing in a field must not flip the map. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** One key, B, flips the map between before and after the scenario. */
export function useBeforeAfterKey(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'b' && event.key !== 'B') return;
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      useScenarioStore.getState().toggleShowAfter();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
