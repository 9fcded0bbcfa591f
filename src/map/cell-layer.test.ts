import { describe, expect, it } from 'vitest';
import { cellGeometry } from './cell-geometry.ts';
import { cellFillLayer } from './cell-layer.ts';

const cells = ['881f1d4891fffff', '881f1d4893fffff'];

describe('cellFillLayer', () => {
  it('keeps one geometry of the caller’s cells as data and drives colour through the trigger only', () => {
    const a = cellFillLayer({ id: 'x', cells, getFillColor: [1, 2, 3, 4], colourTrigger: [1] });
    const b = cellFillLayer({ id: 'x', cells, getFillColor: [1, 2, 3, 4], colourTrigger: [2] });
    expect(a.props.data).toBe(cellGeometry(cells));
    expect(b.props.data).toBe(a.props.data);
    expect(a.props.updateTriggers.getFillColor).toEqual([1]);
    expect(b.props.updateTriggers.getFillColor).toEqual([2]);
    expect(a.props.pickable).toBe(false);
  });

  it('hands a colour function each cell’s dense index, which is all deck.gl has for binary data', () => {
    const layer = cellFillLayer({ id: 'x', cells, getFillColor: (index) => [index, 0, 0, 255], colourTrigger: [] });
    const accessor = layer.props.getFillColor;
    if (typeof accessor !== 'function') throw new Error('a colour function must stay a function');
    const context = (index: number) => ({ index, data: cellGeometry(cells), target: [] });
    expect(accessor('', context(1))).toEqual([1, 0, 0, 255]);
    expect(accessor('', context(0))).toEqual([0, 0, 0, 255]);
  });

  it('passes beforeId only when one is given', () => {
    const placed = cellFillLayer({
      id: 'x',
      cells,
      getFillColor: [0, 0, 0, 0],
      colourTrigger: [],
      beforeId: 'borders',
    });
    const free = cellFillLayer({ id: 'x', cells, getFillColor: [0, 0, 0, 0], colourTrigger: [] });
    expect((placed.props as { beforeId?: string }).beforeId).toBe('borders');
    expect('beforeId' in free.props && (free.props as { beforeId?: string }).beforeId).toBeFalsy();
  });

  it('can be hidden without dropping its data', () => {
    const hidden = cellFillLayer({ id: 'x', cells, getFillColor: [0, 0, 0, 0], colourTrigger: [], visible: false });
    expect(hidden.props.visible).toBe(false);
    expect(hidden.props.data).toBe(cellGeometry(cells));
  });
});
