/// <reference lib="webworker" />
import { buildCellList } from './cell-list.ts';
import { isochroneOutline } from './isochrone.ts';
import type { IsochroneRequest, IsochroneResponse } from './isochrone-protocol.ts';

// Thin adapter: the grid's H3 strings are built here once, so each request only ships minutes.
let cells: readonly string[] | null = null;

self.onmessage = (event: MessageEvent<IsochroneRequest>) => {
  const message = event.data;
  if (message.type === 'grid') {
    cells = buildCellList({ count: message.h3Hi.length, h3Hi: message.h3Hi, h3Lo: message.h3Lo });
    return;
  }
  let reply: IsochroneResponse;
  try {
    if (!cells) throw new Error('isochrone worker: an outline was asked before the grid was sent');
    reply = { type: 'outline', id: message.id, paths: isochroneOutline(cells, message.minutes, message.limit, message.unreachable) };
  } catch (error) {
    reply = { type: 'error', id: message.id, message: (error as Error).message };
  }
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);
};
