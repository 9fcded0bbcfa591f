import { describe, expect, it } from 'vitest';
import { type KeyContext, type KeyPress, keyAction, PAN_STEP_PX } from './key-actions.ts';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});
const ctx = (over: Partial<KeyContext> = {}): KeyContext => ({
  weergave: 'presentatie',
  typing: false,
  arrowWidget: false,
  inSidePanel: false,
  onMap: false,
  ...over,
});

describe('keyAction', () => {
  it('maps 1–4 to their niveau and E to Entree (niveau 1)', () => {
    expect(keyAction(press('1'), ctx())).toEqual({ kind: 'niveau', niveau: 1 });
    expect(keyAction(press('4'), ctx())).toEqual({ kind: 'niveau', niveau: 4 });
    expect(keyAction(press('e'), ctx())).toEqual({ kind: 'niveau', niveau: 1 });
    expect(keyAction(press('E'), ctx())).toEqual({ kind: 'niveau', niveau: 1 });
    expect(keyAction(press('5'), ctx())).toBeNull();
  });

  it('leaves every key alone while typing or with a modifier held', () => {
    for (const key of ['2', 'e', 'f', '?', 'c', 'ArrowLeft', '+']) {
      expect(keyAction(press(key), ctx({ typing: true }))).toBeNull();
      expect(keyAction(press(key, { ctrlKey: true }), ctx())).toBeNull();
      expect(keyAction(press(key, { metaKey: true }), ctx())).toBeNull();
      expect(keyAction(press(key, { altKey: true }), ctx())).toBeNull();
    }
  });

  it('pans with the arrows and zooms with + and -', () => {
    expect(keyAction(press('ArrowLeft'), ctx())).toEqual({ kind: 'pan', dx: -PAN_STEP_PX, dy: 0 });
    expect(keyAction(press('ArrowDown'), ctx())).toEqual({ kind: 'pan', dx: 0, dy: PAN_STEP_PX });
    expect(keyAction(press('+'), ctx())).toEqual({ kind: 'zoom', direction: 1 });
    expect(keyAction(press('='), ctx())).toEqual({ kind: 'zoom', direction: 1 });
    expect(keyAction(press('-'), ctx())).toEqual({ kind: 'zoom', direction: -1 });
  });

  it('leaves map keys to MapLibre on the canvas and arrows to widgets that use them', () => {
    expect(keyAction(press('ArrowUp'), ctx({ onMap: true }))).toBeNull();
    expect(keyAction(press('+'), ctx({ onMap: true }))).toBeNull();
    expect(keyAction(press('ArrowUp'), ctx({ arrowWidget: true }))).toBeNull();
    expect(keyAction(press('+'), ctx({ arrowWidget: true }))).toEqual({ kind: 'zoom', direction: 1 });
  });

  it('keeps the arrows for scrolling side panels outside the presentation', () => {
    expect(keyAction(press('ArrowDown'), ctx({ weergave: 'bewerken', inSidePanel: true }))).toBeNull();
    expect(keyAction(press('ArrowDown'), ctx({ weergave: 'bewerken' }))).toEqual({
      kind: 'pan',
      dx: 0,
      dy: PAN_STEP_PX,
    });
    expect(keyAction(press('ArrowDown'), ctx({ inSidePanel: true }))).toEqual({ kind: 'pan', dx: 0, dy: PAN_STEP_PX });
  });

  it('toggles full screen and help in every mode, compare only in the presentation', () => {
    for (const weergave of ['bewerken', 'presentatie', 'sector', 'publiek'] as const) {
      expect(keyAction(press('f'), ctx({ weergave }))).toEqual({ kind: 'fullscreen' });
      expect(keyAction(press('?'), ctx({ weergave }))).toEqual({ kind: 'help' });
    }
    expect(keyAction(press('c'), ctx())).toEqual({ kind: 'compare' });
    expect(keyAction(press('C'), ctx({ weergave: 'bewerken' }))).toBeNull();
  });

  it('leaves B to the before/after key of the delta legend', () => {
    expect(keyAction(press('b'), ctx())).toBeNull();
    expect(keyAction(press('B'), ctx())).toBeNull();
  });
});
