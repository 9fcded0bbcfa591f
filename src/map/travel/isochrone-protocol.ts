import type { OutlinePath } from './isochrone.ts';

/** Messages between isochrone-client.ts and isochrone.worker.ts. */
export type IsochroneRequest =
  | { type: 'grid'; h3Hi: Uint32Array; h3Lo: Uint32Array }
  | { type: 'outline'; id: number; minutes: Uint16Array; limit: number; unreachable: number };

export type IsochroneResponse =
  | { type: 'outline'; id: number; paths: OutlinePath[] }
  | { type: 'error'; id: number; message: string };
