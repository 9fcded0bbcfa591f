/**
 * The benchmark cases `npm run bench` runs, in order. To add one, write a module exporting a
 * BenchCase (see case.ts) and list it here; its numbers join the final JSON line.
 */
import { browserEditCase } from './browser-edit.ts';
import type { BenchCase } from './case.ts';
import { cellGeometryCase } from './cell-geometry.ts';
import { editCase } from './edit.ts';
import { editMessageCase } from './edit-message.ts';
import { importCase } from './import.ts';
import { isochroneCase } from './isochrone.ts';
import { kwetsbaarCase } from './kwetsbaar.ts';
import { mapFrameCase } from './map-frame.ts';
import { placementCase } from './placement.ts';
import { travelFieldCase } from './travel-field.ts';

export const BENCH_CASES: BenchCase[] = [
  travelFieldCase,
  isochroneCase,
  cellGeometryCase,
  editCase,
  editMessageCase,
  kwetsbaarCase,
  importCase,
  placementCase,
  browserEditCase,
  mapFrameCase,
];
