import { describe, expect, it } from 'vitest';
import { formatEditProblem, MAX_EDITS, parseEdits, parseScenario } from './edits.ts';

describe('parseEdits', () => {
  it('accepts the three edit kinds, with and without leerweg', () => {
    const edits = [
      { op: 'start', crebo: '25180', vestiging: '00GT00', leerweg: 'BOL' },
      { op: 'stop', crebo: '25180', vestiging: '00GT01' },
      { op: 'uitruil', crebo: '25180', van: '00GT00', naar: '01AB02' },
    ];
    expect(parseEdits(edits)).toEqual({ ok: true, value: edits });
    expect(parseEdits({ name: 'x', edits })).toEqual({ ok: true, value: edits });
  });

  it('names the edit (1-based) and the field of a malformed edit', () => {
    const result = parseEdits([
      { op: 'stop', crebo: '25180', vestiging: '00GT00' },
      { op: 'start', crebo: '2518', vestiging: '00GT00' },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ index: 1, field: 'crebo' });
    expect(formatEditProblem(result.problems[0])).toMatch(/^edit 2 \(field crebo\): .*five digits/);
  });

  it('refuses unknown ops, unknown keys, bad leerweg and missing fields', () => {
    const problem = (edit: unknown) => {
      const r = parseEdits([edit]);
      return r.ok ? null : r.problems[0];
    };
    expect(problem({ op: 'move', crebo: '25180' })).toMatchObject({ index: 0, field: 'op' });
    expect(problem({ op: 'stop', crebo: '25180', vestiging: '00GT00', extra: 1 })).toMatchObject({ field: 'extra' });
    expect(problem({ op: 'start', crebo: '25180', vestiging: '00GT00', leerweg: 'bol' })).toMatchObject({
      field: 'leerweg',
    });
    expect(problem({ op: 'uitruil', crebo: '25180', van: '00GT00' })).toMatchObject({ field: 'naar' });
  });

  it('refuses something that is not an edit list, and oversized lists', () => {
    expect(parseEdits(42)).toMatchObject({ ok: false, problems: [{ index: null }] });
    const many = Array.from({ length: MAX_EDITS + 1 }, () => ({ op: 'stop', crebo: '25180', vestiging: '00GT00' }));
    expect(parseEdits(many).ok).toBe(false);
  });
});

describe('parseScenario', () => {
  it('checks the name and points into the edits', () => {
    expect(parseScenario({ name: '  ', edits: [] })).toMatchObject({ ok: false, problems: [{ field: 'name' }] });
    expect(parseScenario({ name: 'a', edits: [{ op: 'stop', crebo: 'x', vestiging: '00GT00' }] })).toMatchObject({
      ok: false,
      problems: [{ index: 0, field: 'crebo' }],
    });
    expect(parseScenario({ name: 'a', edits: [] })).toEqual({ ok: true, value: { name: 'a', edits: [] } });
  });
});
