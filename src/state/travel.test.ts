import { beforeEach, describe, expect, it } from 'vitest';
import { resetStateStores } from './stores.fixture.ts';
import { DEFAULT_TRAVEL_LIMITS, useTravelStore } from './travel.ts';

beforeEach(resetStateStores);

describe('travel store', () => {
  it('starts from the niveau profiles, shorter for Entree and niveau 2 than for niveau 4', () => {
    const { limits } = useTravelStore.getState();
    expect(limits).toEqual(DEFAULT_TRAVEL_LIMITS);
    expect(limits[1]).toBeLessThan(limits[4]);
    expect(limits[2]).toBeLessThan(limits[4]);
  });

  it('edits and resets one niveau’s limit', () => {
    useTravelStore.getState().setLimit(2, 30);
    expect(useTravelStore.getState().limits[2]).toBe(30);
    expect(useTravelStore.getState().limits[4]).toBe(DEFAULT_TRAVEL_LIMITS[4]);
    useTravelStore.getState().resetLimit(2);
    expect(useTravelStore.getState().limits[2]).toBe(DEFAULT_TRAVEL_LIMITS[2]);
  });

  it('refuses a limit out of bounds and keeps the old one', () => {
    expect(() => useTravelStore.getState().setLimit(3, 5)).toThrow(/niveau 3.*10 to 180.*got 5/);
    expect(() => useTravelStore.getState().setLimit(3, 45.5)).toThrow(RangeError);
    expect(useTravelStore.getState().limits[3]).toBe(DEFAULT_TRAVEL_LIMITS[3]);
  });

  it('takes limits from a link, keeping defaults for invalid entries', () => {
    useTravelStore.getState().applyLimits({ 1: 20, 3: 999 });
    expect(useTravelStore.getState().limits).toEqual({ ...DEFAULT_TRAVEL_LIMITS, 1: 20 });
  });

  it('keeps the limits object when nothing changes, since subscribers compare identity', () => {
    const before = useTravelStore.getState().limits;
    useTravelStore.getState().applyLimits({ ...DEFAULT_TRAVEL_LIMITS });
    useTravelStore.getState().setLimit(2, DEFAULT_TRAVEL_LIMITS[2]);
    useTravelStore.getState().resetLimit(3);
    expect(useTravelStore.getState().limits).toBe(before);
  });
});
