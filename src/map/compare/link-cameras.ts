/** The part of a MapLibre map that camera linking uses (so it can be tested with plain objects). */
export interface LinkableMap {
  on(type: 'move', listener: () => void): unknown;
  off(type: 'move', listener: () => void): unknown;
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
  jumpTo(options: { center: [number, number]; zoom: number }): unknown;
}

/**
 * Makes the maps' cameras follow each other: whichever map moves (drag, zoom, keys, a fly-to),
 * the others jump to its centre and zoom on every frame. The others start at the first map's
 * camera. Returns a function that unlinks them.
 */
export function linkCameras(maps: readonly LinkableMap[]): () => void {
  // A jump fires the follower's own move events; without this guard they would echo back.
  let syncing = false;
  const followers = maps.map((source) => () => {
    if (syncing) return;
    syncing = true;
    try {
      const { lng, lat } = source.getCenter();
      const zoom = source.getZoom();
      for (const other of maps) if (other !== source) other.jumpTo({ center: [lng, lat], zoom });
    } finally {
      syncing = false;
    }
  });
  maps.forEach((map, i) => {
    map.on('move', followers[i]);
  });
  followers[0]?.();
  return () => {
    maps.forEach((map, i) => {
      map.off('move', followers[i]);
    });
  };
}
