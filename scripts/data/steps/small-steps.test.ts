import { describe, expect, it } from 'vitest';
import { institutionSoort } from '../lib/institution-soort.ts';
import { aggregatePlaces } from './places.ts';
import { confidenceLevel, weakestConfidence } from './regions.ts';

describe('aggregatePlaces', () => {
  it('sums population per place at the population-weighted position, largest first', () => {
    const places = aggregatePlaces(
      [
        { plaats: 'Dorp', lon: 5, lat: 52, inwoners: 100 },
        { plaats: 'Stad', lon: 4, lat: 51, inwoners: 300 },
        { plaats: 'Stad', lon: 6, lat: 53, inwoners: 100 },
        { plaats: 'Leeg', lon: 7, lat: 53, inwoners: 0 },
      ],
      10,
    );
    expect(places).toEqual([
      { name: 'Stad', lon: 4.5, lat: 51.5, population: 400 },
      { name: 'Dorp', lon: 5, lat: 52, population: 100 },
    ]);
    expect(
      aggregatePlaces(
        [
          { plaats: 'A', lon: 0, lat: 0, inwoners: 1 },
          { plaats: 'B', lon: 0, lat: 0, inwoners: 1 },
        ],
        1,
      ),
    ).toEqual([{ name: 'A', lon: 0, lat: 0, population: 1 }]);
  });
});

describe('krimp confidence', () => {
  it('reads the level from text with a justification, and takes the weakest of a region', () => {
    expect(confidenceLevel('high (Public Result 2013 startnotitie)')).toBe('high');
    expect(confidenceLevel('low-medium (composition of the regional cooperation)')).toBe('low-medium');
    expect(weakestConfidence(['high', 'medium-high', 'medium'])).toBe('medium');
    expect(weakestConfidence(['high', 'low (included because …)'])).toBe('low');
    expect(weakestConfidence(['high', 'guess'])).toBe('unknown');
  });
});

describe('institutionSoort', () => {
  it('follows the curated BRIN lists, then the ROC name rule, else overig', () => {
    expect(institutionSoort('25GV', 'Aeres MBO')).toBe('aoc');
    expect(institutionSoort('25LX', 'Curio')).toBe('roc');
    expect(institutionSoort('99XX', 'ROC Nieuw')).toBe('roc');
    expect(institutionSoort('23JA', 'Grafisch Lyceum Rotterdam')).toBe('vakinstelling');
    expect(institutionSoort('01NI', 'IPC Groene Ruimte')).toBe('overig');
  });
});
