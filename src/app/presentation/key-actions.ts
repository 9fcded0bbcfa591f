import type { Niveau } from '../../engine/offer/types.ts';
import type { Weergave } from '../../state/weergave.ts';

/** What a key press asks for. B is not here: useBeforeAfterKey (mounted with the delta legend) owns it. */
export type KeyAction =
  | { kind: 'niveau'; niveau: Niveau }
  | { kind: 'pan'; dx: number; dy: number }
  | { kind: 'zoom'; direction: 1 | -1 }
  | { kind: 'fullscreen' }
  | { kind: 'compare' }
  | { kind: 'help' };

/** The parts of a KeyboardEvent the mapping looks at, so it can be tested without a DOM. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** Where focus is when the key is pressed. */
export interface KeyContext {
  weergave: Weergave;
  /** Focus is in a text field, select, textarea or contenteditable: every key is for typing. */
  typing: boolean;
  /** Focus is on a widget that uses the arrow keys itself (radio group, listbox, slider, …). */
  arrowWidget: boolean;
  /** Focus is inside a side panel, whose arrow keys scroll it. */
  inSidePanel: boolean;
  /** Focus is on the map canvas, whose own MapLibre keyboard handler already pans and zooms. */
  onMap: boolean;
}

/** How far one arrow press moves the map, in screen pixels. */
export const PAN_STEP_PX = 120;

const NIVEAU_KEYS: Record<string, Niveau> = { '1': 1, '2': 2, '3': 3, '4': 4, e: 1, E: 1 };

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-PAN_STEP_PX, 0],
  ArrowRight: [PAN_STEP_PX, 0],
  ArrowUp: [0, -PAN_STEP_PX],
  ArrowDown: [0, PAN_STEP_PX],
};

/**
 * The action of a key press, or null to leave it to the browser.
 * - 1–4 choose that niveau; E is Entree, the same as 1 (Entree is niveau 1).
 * - arrows pan and +/- zoom the map. In presentatie they do so wherever focus is (the presenter
 *   drives the map); in the other modes not while focus is in a side panel, whose arrows scroll it.
 *   On the map canvas itself MapLibre's own handler moves the map, so these are left alone there.
 * - F toggles full screen, ? the overview of the keys, C the compare layout (presentatie only).
 * Nothing fires while typing or with Ctrl, Cmd or Alt held (browser shortcuts stay intact).
 */
export function keyAction(press: KeyPress, context: KeyContext): KeyAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey || context.typing) return null;
  const { key } = press;
  if (key in NIVEAU_KEYS) return { kind: 'niveau', niveau: NIVEAU_KEYS[key] };
  if (key === 'f' || key === 'F') return { kind: 'fullscreen' };
  if (key === '?') return { kind: 'help' };
  if ((key === 'c' || key === 'C') && context.weergave === 'presentatie') return { kind: 'compare' };

  const mapKey = key in ARROWS || key === '+' || key === '=' || key === '-' || key === '_';
  if (!mapKey || context.onMap) return null;
  if (context.weergave !== 'presentatie' && context.inSidePanel) return null;
  if (key in ARROWS) {
    if (context.arrowWidget) return null;
    const [dx, dy] = ARROWS[key];
    return { kind: 'pan', dx, dy };
  }
  return { kind: 'zoom', direction: key === '+' || key === '=' ? 1 : -1 };
}

const ARROW_ROLES = new Set([
  'listbox',
  'option',
  'menu',
  'menuitem',
  'menuitemradio',
  'slider',
  'tab',
  'tablist',
  'radio',
  'radiogroup',
  'combobox',
  'grid',
  'tree',
  'treeitem',
  'spinbutton',
]);

/** Inputs that take no typed text: a digit or letter pressed on them is free for the shortcuts. */
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'range', 'button', 'submit', 'reset', 'color', 'file']);

/** Reads the key context from the element that has focus. */
export function keyContextOf(target: EventTarget | null, weergave: Weergave): KeyContext {
  const none = { weergave, typing: false, arrowWidget: false, inSidePanel: false, onMap: false };
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return none;
  const inputType = target instanceof HTMLInputElement ? target.type : null;
  const typing =
    target.isContentEditable ||
    target.tagName === 'TEXTAREA' ||
    target.tagName === 'SELECT' ||
    (inputType !== null && !NON_TEXT_INPUTS.has(inputType));
  const role = target.getAttribute('role');
  return {
    weergave,
    typing,
    arrowWidget: inputType === 'radio' || inputType === 'range' || (role !== null && ARROW_ROLES.has(role)),
    inSidePanel: target.closest('.side-panel') !== null,
    onMap: target.closest('.maplibregl-map') !== null,
  };
}
