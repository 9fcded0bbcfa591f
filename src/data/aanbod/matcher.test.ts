import { describe, expect, it } from 'vitest';
import { FIXTURE_LOCATIONS, FIXTURE_PC4 } from '../../../test/fixtures/aanbod/context.ts';
import { createLocationMatcher } from './matcher.ts';

const match = createLocationMatcher(FIXTURE_LOCATIONS, FIXTURE_PC4);
const q = (postcode: string, huisnummer = '', instelling = '') => match({ postcode, huisnummer, instelling });

describe('createLocationMatcher', () => {
  it('tries postcode + house number, then postcode, then PC4, then rejects', () => {
    expect(q('3078WR', '90')).toEqual({ kind: 'address', vestiging: '00GT01' });
    expect(q('3078 wr', '92')).toEqual({ kind: 'postcode', vestiging: '00GT01' });
    expect(q('3071XX', '1')).toMatchObject({ kind: 'pc4', point: { pc4: '3071' } });
    expect(q('1000AA', '1')).toMatchObject({
      kind: 'rejected',
      problem: { problem: 'no-pc4-area', value: '1000AA', pc4: '1000' },
    });
  });

  it('breaks ties at a shared address by institution name, else by main location and brinvest', () => {
    expect(q('2672ZX', '1', 'Lentiz')).toEqual({ kind: 'address', vestiging: '14YD01' });
    expect(q('2672ZX', '1', 'Stichting ROC Mondriaan')).toEqual({ kind: 'address', vestiging: '27GZ15' });
    expect(q('2672ZX', '1', 'Onbekende school')).toEqual({ kind: 'address', vestiging: '00GT02' });
  });

  it('does not let an empty simplified name match every location', () => {
    expect(q('2672ZX', '1', 'MBO College')).toEqual({ kind: 'address', vestiging: '00GT02' });
  });

  it('reaches a location recorded with only its PC4 through the PC4 step', () => {
    expect(q('7005AA', '27', 'Graafschap College')).toMatchObject({ kind: 'pc4', point: { pc4: '7005' } });
  });
});
