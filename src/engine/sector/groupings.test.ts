import { describe, expect, it } from 'vitest';
import { domainsOfChoice, groupingOfDomain, SECTOR_GROUPINGS } from './groupings.ts';

describe('sector groupings', () => {
  it('puts every domain in at most one grouping', () => {
    const all = SECTOR_GROUPINGS.flatMap((g) => g.domeinen);
    expect(new Set(all).size).toBe(all.length);
  });

  it('finds the grouping of a domain, and sends unknown domains to Onbekend', () => {
    expect(groupingOfDomain('Zorg en welzijn').id).toBe('zorg-welzijn-sport');
    expect(groupingOfDomain('Horeca en bakkerij').id).toBe('voedsel-groen-gastvrijheid');
    expect(groupingOfDomain('Iets nieuws').id).toBe('onbekend');
  });

  it('lists the offer domains of a sector choice, and one domain for a domain choice', () => {
    const offered = ['Media en vormgeving', 'Informatie en communicatietechnologie', 'Zorg en welzijn', 'Iets nieuws'];
    expect(domainsOfChoice({ kind: 'sector', id: 'ict-creatieve-industrie' }, offered)).toEqual([
      'Media en vormgeving',
      'Informatie en communicatietechnologie',
    ]);
    expect(domainsOfChoice({ kind: 'sector', id: 'onbekend' }, offered)).toEqual(['Iets nieuws']);
    expect(domainsOfChoice({ kind: 'domein', domein: 'Zorg en welzijn' }, offered)).toEqual(['Zorg en welzijn']);
  });
});
