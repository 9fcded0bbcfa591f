import { describe, expect, it } from 'vitest';
import { BreadthCounter, meanPerRegion, weightedBreadthByBucket } from './breadth.ts';

describe('BreadthCounter', () => {
  const a = Uint16Array.of(0, 30, 65535);
  const b = Uint16Array.of(50, 10, 20);

  it('counts crebos within the limit per cell, and follows changed fields', () => {
    const counter = new BreadthCounter(3);
    counter.sync(
      new Map([
        ['a', a],
        ['b', b],
      ]),
      30,
    );
    expect([...counter.counts]).toEqual([1, 2, 1]);
    // b's sources changed: a new field object replaces it; a stays and is not recounted.
    counter.sync(
      new Map([
        ['a', a],
        ['b', Uint16Array.of(0, 65535, 65535)],
      ]),
      30,
    );
    expect([...counter.counts]).toEqual([2, 1, 0]);
    counter.sync(new Map([['a', a]]), 30);
    expect([...counter.counts]).toEqual([1, 1, 0]);
  });

  it('recounts from scratch when the limit changes', () => {
    const counter = new BreadthCounter(3);
    counter.sync(
      new Map([
        ['a', a],
        ['b', b],
      ]),
      30,
    );
    counter.sync(
      new Map([
        ['a', a],
        ['b', b],
      ]),
      10,
    );
    expect([...counter.counts]).toEqual([1, 1, 0]);
  });

  it('weights by population per gemeente bucket', () => {
    const context = { pop: Float32Array.of(10, 20, 30), cellBucket: Uint16Array.of(0, 0, 1), gemeenteCount: 1 };
    const weighted = weightedBreadthByBucket(Uint16Array.of(1, 2, 3), context);
    expect([...weighted]).toEqual([50, 90]);
    expect([...meanPerRegion(weighted, Float64Array.of(30, 0))]).toEqual([50 / 30, 0]);
  });
});
