import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAVEL_LIMITS, type TravelLimits, useTravelStore } from '../travel.ts';
import { rewriteHashParams } from './hash-params.ts';
import { decodeTravelUrl, travelCodec } from './travel-codec.ts';

/** The travel codec's writing, through the store as the URL sync uses it. */
function encodeTravelUrl(crebo: string | null, limits: TravelLimits, hash = ''): string {
  useTravelStore.getState().setCrebo(crebo);
  useTravelStore.getState().applyLimits(limits);
  return rewriteHashParams(hash, travelCodec.keys, travelCodec.encode);
}

describe('travel URL codec', () => {
  it('round-trips a crebo and the edited limits, keeping other keys', () => {
    const limits = { ...DEFAULT_TRAVEL_LIMITS, 1: 30, 4: 90 };
    const hash = encodeTravelUrl('25655', limits, '#n=2&lon=5.1');
    expect(hash).toBe('#n=2&lon=5.1&q=25655&lim=1.30%2C4.90');
    expect(decodeTravelUrl(hash)).toEqual({ crebo: '25655', limits, error: null });
  });

  it('writes nothing for the defaults', () => {
    expect(encodeTravelUrl(null, { ...DEFAULT_TRAVEL_LIMITS }, '#n=2')).toBe('#n=2');
    expect(encodeTravelUrl(null, { ...DEFAULT_TRAVEL_LIMITS })).toBe('');
    expect(decodeTravelUrl('')).toEqual({ crebo: null, limits: DEFAULT_TRAVEL_LIMITS, error: null });
  });

  it('rejects a bad crebo with a problem naming the parameter', () => {
    const decoded = decodeTravelUrl('#q=abc');
    expect(decoded.crebo).toBeNull();
    expect(decoded.error).toEqual({ kind: 'invalid', key: 'q', value: 'abc' });
  });

  it('rejects limits that are malformed, repeated or out of bounds, falling back to the defaults', () => {
    expect(decodeTravelUrl('#lim=5.30').error).toEqual({ kind: 'invalid', key: 'lim', value: '5.30' });
    expect(decodeTravelUrl('#lim=2.30,2.40').error).toEqual({ kind: 'limit-repeated', niveau: 2 });
    expect(decodeTravelUrl('#lim=2.999').error).toEqual({ kind: 'limit-out-of-bounds', niveau: 2, minutes: 999 });
    expect(decodeTravelUrl('#lim=2.999').limits).toEqual(DEFAULT_TRAVEL_LIMITS);
    expect(decodeTravelUrl('#q=25655&q=25656').error).toEqual({ kind: 'repeated', key: 'q' });
  });
});
