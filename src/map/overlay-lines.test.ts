import { cellToBoundary } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { cellRings, joinOverlays, overlayLinesData, sameLines } from './overlay-lines.ts';

const cell = '881969a3b5fffff';

describe('overlayLinesData', () => {
  it('gives each line one feature with its colour and width, and leaves out lines without paths', () => {
    const data = overlayLinesData([
      {
        paths: [
          [
            [5, 52],
            [5.1, 52],
          ],
        ],
        colour: [25, 25, 35, 230],
        widthPixels: 2,
      },
      { paths: [], colour: [0, 0, 0, 255], widthPixels: 1 },
      {
        paths: [
          [
            [6, 53],
            [6.1, 53],
            [6.1, 53.1],
          ],
        ],
        colour: [255, 255, 255, 160],
        widthPixels: 0.5,
      },
    ]);
    expect(data.features).toEqual([
      {
        type: 'Feature',
        properties: { colour: 'rgba(25, 25, 35, 0.90)', width: 2 },
        geometry: {
          type: 'MultiLineString',
          coordinates: [
            [
              [5, 52],
              [5.1, 52],
            ],
          ],
        },
      },
      {
        type: 'Feature',
        properties: { colour: 'rgba(255, 255, 255, 0.63)', width: 0.5 },
        geometry: {
          type: 'MultiLineString',
          coordinates: [
            [
              [6, 53],
              [6.1, 53],
              [6.1, 53.1],
            ],
          ],
        },
      },
    ]);
  });
});

describe('cellRings', () => {
  it('closes each hexagon as a [lon, lat] ring', () => {
    const [ring] = cellRings([cell]);
    const boundary = cellToBoundary(cell);
    expect(ring).toHaveLength(boundary.length + 1);
    expect(ring[0]).toEqual([boundary[0][1], boundary[0][0]]);
    expect(ring.at(-1)).toEqual(ring[0]);
  });
});

describe('joinOverlays', () => {
  it('keeps the order of layers and lines: later ones are drawn on top', () => {
    const a = { paths: [], colour: [1, 1, 1, 1] as [number, number, number, number], widthPixels: 1 };
    const b = { ...a, widthPixels: 2 };
    expect(
      joinOverlays([
        { layers: [], lines: [a] },
        { layers: [], lines: [b] },
      ]).lines,
    ).toEqual([a, b]);
  });
});

describe('sameLines', () => {
  it('is true only for the same line objects in the same order', () => {
    const a = { paths: [], colour: [1, 1, 1, 1] as [number, number, number, number], widthPixels: 1 };
    const b = { ...a };
    expect(sameLines([a, b], [a, b])).toBe(true);
    expect(sameLines([a, b], [b, a])).toBe(false);
    expect(sameLines([a], [{ ...a }])).toBe(false);
    expect(sameLines([a], [a, b])).toBe(false);
  });
});
