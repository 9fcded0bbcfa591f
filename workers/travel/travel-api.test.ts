import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../src/engine/graph/builder.ts';
import { encodeGraph } from '../../src/engine/graph/codec.ts';
import { MODE_CYCLE } from '../../src/engine/graph/modes.ts';
import { isTransferred } from '../protocol/messages.ts';
import { createTravelApi } from './travel-api.ts';

function graphBytes(): ArrayBuffer {
  const b = new GraphBuilder(3);
  b.addEdge(0, 1, 4, MODE_CYCLE);
  b.addEdge(1, 2, 4, MODE_CYCLE);
  return encodeGraph(b.build()).buffer as ArrayBuffer;
}

describe('travel worker API', () => {
  it('answers a field call and hands over the result buffers', () => {
    const api = createTravelApi();
    api.init(graphBytes());
    const answer = api.field(Int32Array.of(2), 60);
    expect(isTransferred(answer)).toBe(true);
    expect(Array.from(answer.value.minutes)).toEqual([8, 4, 0]);
    expect(answer.transfer).toEqual([answer.value.minutes.buffer, answer.value.modes.buffer]);
  });

  it('refuses a bad source, a call before init and a corrupt graph, with the reason', () => {
    const api = createTravelApi();
    expect(() => api.field(Int32Array.of(0), 60)).toThrow(/no graph/);
    expect(() => api.init(new ArrayBuffer(30))).toThrow(/not a travel graph/);
    api.init(graphBytes());
    expect(() => api.field(Int32Array.of(9), 60)).toThrow('source 0 is cell 9, outside 0..2');
    expect(api.field(Int32Array.of(0), 60).value.minutes[0]).toBe(0);
  });

  it('answers a nearest call with the label of the nearest source, buffers handed over', () => {
    const api = createTravelApi();
    expect(() => api.nearest(Int32Array.of(0), Int32Array.of(0), 60)).toThrow(/no graph/);
    api.init(graphBytes());
    // Cell 0 reaches cell 2 (label 5) in 8 minutes and cell 1 (label 7) in 4.
    const answer = api.nearest(Int32Array.of(2, 1), Int32Array.of(5, 7), 60);
    expect(Array.from(answer.value.nearest)).toEqual([7, 7, 5]);
    expect(Array.from(answer.value.minutes)).toEqual([4, 0, 0]);
    expect(answer.transfer).toEqual([answer.value.minutes.buffer, answer.value.nearest.buffer]);
  });
});
