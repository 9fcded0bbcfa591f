import { beforeEach, describe, expect, it } from 'vitest';
import { type PlacementQuestion, usePlacementStore } from '../placement.ts';
import { rewriteHashParams } from './hash-params.ts';
import { placementCodec } from './placement-codec.ts';

function encode(question: PlacementQuestion | null, hash = ''): string {
  usePlacementStore.getState().ask(question);
  return rewriteHashParams(hash, placementCodec.keys, placementCodec.encode);
}

describe('placement URL codec', () => {
  beforeEach(() => usePlacementStore.getState().ask(null));

  it('round-trips every kind of question, keeping the other keys', () => {
    const questions: PlacementQuestion[] = [
      { kind: 'beste-plek', crebo: '25180', brin: null },
      { kind: 'beste-plek', crebo: '25180', brin: '25LX' },
      { kind: 'een-aanbieder', crebo: '25655', k: null },
      { kind: 'een-aanbieder', crebo: '25655', k: 12 },
    ];
    for (const question of questions) {
      const hash = encode(question, '#n=2');
      expect(hash.startsWith('#n=2&pv=')).toBe(true);
      expect(placementCodec.decode(hash)).toEqual({ ok: true, value: question });
      placementCodec.reset();
      expect(usePlacementStore.getState().question).toBeNull();
      expect(placementCodec.apply(question)).toBeNull();
      expect(usePlacementStore.getState().question).toEqual(question);
    }
  });

  it('writes nothing without a question, and reads no question from a link without one', () => {
    expect(encode(null, '#n=2')).toBe('#n=2');
    expect(placementCodec.decode('#n=2')).toEqual({ ok: true, value: null });
  });

  it('rejects a malformed question with a problem naming the parameter', () => {
    for (const bad of ['xx.25180', 'bp.2518', 'bp.25180.25lx', 'ea.25180.0', 'ea.25180.1000', 'bp.25180.25LX.1']) {
      const decoded = placementCodec.decode(`#pv=${bad}`);
      expect(decoded.ok).toBe(false);
      expect(decoded).toEqual({ ok: false, problem: { kind: 'invalid', key: 'pv', value: bad } });
    }
    expect(placementCodec.decode('#pv=bp.25180&pv=ea.25180')).toEqual({
      ok: false,
      problem: { kind: 'repeated', key: 'pv' },
    });
  });
});
