import { describe, expect, it } from 'vitest';
import { type LinkableMap, linkCameras } from './link-cameras.ts';

/** A map whose jumpTo fires its move listeners synchronously, as MapLibre's does. */
class FakeMap implements LinkableMap {
  center = { lng: 0, lat: 0 };
  zoom = 0;
  jumps = 0;
  private listeners = new Set<() => void>();
  constructor(lng: number, lat: number, zoom: number) {
    this.center = { lng, lat };
    this.zoom = zoom;
  }
  on(_type: 'move', listener: () => void) {
    this.listeners.add(listener);
  }
  off(_type: 'move', listener: () => void) {
    this.listeners.delete(listener);
  }
  getCenter() {
    return this.center;
  }
  getZoom() {
    return this.zoom;
  }
  jumpTo({ center, zoom }: { center: [number, number]; zoom: number }) {
    this.jumps++;
    this.center = { lng: center[0], lat: center[1] };
    this.zoom = zoom;
    for (const l of this.listeners) l();
  }
  /** A user move: the camera changes and the map says so. */
  move(lng: number, lat: number, zoom: number) {
    this.center = { lng, lat };
    this.zoom = zoom;
    for (const l of this.listeners) l();
  }
}

describe('linkCameras', () => {
  it('starts the followers at the first map’s camera', () => {
    const a = new FakeMap(5, 52, 7);
    const b = new FakeMap(0, 0, 3);
    linkCameras([a, b]);
    expect(b.center).toEqual({ lng: 5, lat: 52 });
    expect(b.zoom).toBe(7);
  });

  it('makes either map follow the other, without echoing back', () => {
    const a = new FakeMap(5, 52, 7);
    const b = new FakeMap(5, 52, 7);
    linkCameras([a, b]);
    a.jumps = 0;
    b.jumps = 0;
    a.move(6, 53, 8);
    expect(b.center).toEqual({ lng: 6, lat: 53 });
    expect(b.zoom).toBe(8);
    expect(a.jumps).toBe(0);
    expect(b.jumps).toBe(1);
    b.move(4.5, 51.5, 9);
    expect(a.center).toEqual({ lng: 4.5, lat: 51.5 });
    expect(a.zoom).toBe(9);
    expect(b.jumps).toBe(1);
  });

  it('stops following once unlinked', () => {
    const a = new FakeMap(5, 52, 7);
    const b = new FakeMap(5, 52, 7);
    const unlink = linkCameras([a, b]);
    unlink();
    a.move(6, 53, 8);
    expect(b.center).toEqual({ lng: 5, lat: 52 });
  });
});
