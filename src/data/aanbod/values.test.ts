import { describe, expect, it } from 'vitest';
import { parseCrebo, parseLeerweg, parseNiveau } from './values.ts';

describe('parseNiveau', () => {
  it.each([
    ['1', 1],
    ['4', 4],
    ['NIVEAU_2', 2],
    ['niveau 3', 3],
    ['Entree', 1],
    ['ENTREE', 1],
    ['Entreeopleiding', 1],
    ['Basisberoepsopleiding', 2],
    ['Vakopleiding', 3],
    ['Middenkaderopleiding', 4],
    ['Specialistenopleiding', 4],
  ])('%s → %i', (raw, niveau) => expect(parseNiveau(raw)).toBe(niveau));

  it.each(['', ' ', '5', 'NIVEAU_0', 'onbekend', 'HBO'])('"%s" is unclear', (raw) =>
    expect(parseNiveau(raw)).toBeNull(),
  );
});

describe('parseLeerweg', () => {
  it('maps the BOL variants to BOL', () => {
    expect(['BOL', 'BOL_VT', 'BOL_DT', 'bol-vt'].map(parseLeerweg)).toEqual(['BOL', 'BOL', 'BOL', 'BOL']);
    expect(parseLeerweg('BBL')).toBe('BBL');
    expect(parseLeerweg('')).toBeNull();
    expect(parseLeerweg('DUAAL')).toBeUndefined();
  });
});

describe('parseCrebo', () => {
  it('accepts five digits and strips leading zero padding', () => {
    expect(parseCrebo('25180')).toEqual({ crebo: '25180' });
    expect(parseCrebo('025180')).toEqual({ crebo: '25180' });
    expect(parseCrebo('')).toEqual({ error: { problem: 'missing' } });
    expect(parseCrebo('2518O')).toEqual({ error: { problem: 'malformed', value: '2518O' } });
    expect(parseCrebo('251800')).toHaveProperty('error');
  });
});
