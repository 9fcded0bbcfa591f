import { describe, expect, it } from 'vitest';
import { parseWeergave, searchWithWeergave } from './weergave.ts';

describe('parseWeergave', () => {
  it('defaults to bewerken without a parameter', () => {
    expect(parseWeergave('')).toEqual({ weergave: 'bewerken', error: null });
  });

  it('reads each known mode', () => {
    expect(parseWeergave('?weergave=publiek').weergave).toBe('publiek');
    expect(parseWeergave('?x=1&weergave=presentatie').weergave).toBe('presentatie');
    expect(parseWeergave('?weergave=sector').weergave).toBe('sector');
  });

  it('reports an unknown or repeated mode and falls back to bewerken', () => {
    const unknown = parseWeergave('?weergave=admin');
    expect(unknown.weergave).toBe('bewerken');
    expect(unknown.error).toEqual({ kind: 'invalid', key: 'weergave', value: 'admin' });
    expect(parseWeergave('?weergave=publiek&weergave=sector').error).toEqual({ kind: 'repeated', key: 'weergave' });
  });
});

describe('searchWithWeergave', () => {
  it('sets, replaces and removes the parameter, keeping others', () => {
    expect(searchWithWeergave('', 'sector')).toBe('?weergave=sector');
    expect(searchWithWeergave('?a=1&weergave=sector', 'presentatie')).toBe('?a=1&weergave=presentatie');
    expect(searchWithWeergave('?a=1&weergave=sector', 'bewerken')).toBe('?a=1');
    expect(searchWithWeergave('?weergave=sector', 'bewerken')).toBe('');
  });
});
