import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../src/engine/graph/builder.ts';
import { encodeGraph } from '../src/engine/graph/codec.ts';
import { MODE_CYCLE } from '../src/engine/graph/modes.ts';
import type { FromWorker } from './travel-protocol.ts';
import { createTravelHandler } from './travel-handler.ts';

function setup() {
  const sent: { message: FromWorker; transfer: Transferable[] }[] = [];
  const handle = createTravelHandler((message, transfer) => sent.push({ message, transfer }));
  return { sent, handle };
}

function graphBytes(): ArrayBuffer {
  const b = new GraphBuilder(3);
  b.addEdge(0, 1, 4, MODE_CYCLE);
  b.addEdge(1, 2, 4, MODE_CYCLE);
  return encodeGraph(b.build()).buffer as ArrayBuffer;
}

describe('travel worker handler', () => {
  it('answers a field request and hands over the result buffers', () => {
    const { sent, handle } = setup();
    handle({ type: 'init', graph: graphBytes() });
    handle({ type: 'field', id: 7, sources: Int32Array.of(2), cutoffMinutes: 60 });
    expect(sent[0].message).toEqual({ type: 'ready' });
    const reply = sent[1];
    if (reply.message.type !== 'field') throw new Error('expected a field reply');
    expect(reply.message.id).toBe(7);
    expect(Array.from(reply.message.minutes)).toEqual([8, 4, 0]);
    expect(reply.transfer).toEqual([reply.message.minutes.buffer, reply.message.modes.buffer]);
  });

  it('reports a bad request with its id and keeps working', () => {
    const { sent, handle } = setup();
    handle({ type: 'init', graph: graphBytes() });
    handle({ type: 'field', id: 3, sources: Int32Array.of(9), cutoffMinutes: 60 });
    expect(sent[1].message).toEqual({ type: 'error', id: 3, message: 'source 0 is cell 9, outside 0..2' });
    handle({ type: 'field', id: 4, sources: Int32Array.of(0), cutoffMinutes: 60 });
    expect(sent[2].message.type).toBe('field');
  });

  it('reports a corrupt graph on init, and requests before a graph', () => {
    const { sent, handle } = setup();
    handle({ type: 'field', id: 1, sources: Int32Array.of(0), cutoffMinutes: 60 });
    expect(sent[0].message).toMatchObject({ type: 'error', id: 1, message: expect.stringMatching(/no graph/) });
    handle({ type: 'init', graph: new ArrayBuffer(30) });
    expect(sent[1].message).toMatchObject({ type: 'error', id: -1, message: expect.stringMatching(/not a travel graph/) });
  });
});
