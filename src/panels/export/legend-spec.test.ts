import { describe, expect, it } from 'vitest';
import { exportMessages } from '../../i18n/export.ts';
import { impactMessages } from '../../i18n/impact.ts';
import { messagesFor } from '../../i18n/index.ts';
import { scenarioMessages } from '../../i18n/scenario.ts';
import { travelMessages } from '../../i18n/travel.ts';
import { travelChangeMessages } from '../../i18n/travel-change.ts';
import { SOORT_COLORS } from '../../map/colors.ts';
import { travelBands } from '../../map/travel/colour-scale.ts';
import { attributionLine } from './export-context.ts';
import { legendSections, legendStateOf, overLand } from './legend-spec.ts';

const m = {
  app: messagesFor('nl'),
  travel: travelMessages.nl,
  scenario: scenarioMessages.nl,
  exports: exportMessages.nl,
  travelChange: travelChangeMessages.nl,
  impact: impactMessages.nl,
};

/** Nothing but the location colours on the map. */
const OFF = {
  travelLimit: null,
  delta: null,
  catchment: null,
  travelChange: null,
  whiteSpots: false,
  sizedBy: null,
} as const;

describe('legendSections', () => {
  it('always has the location colours', () => {
    const sections = legendSections(OFF, m);
    expect(sections).toHaveLength(1);
    expect(sections[0].items.map((i) => i.colour)).toEqual([
      SOORT_COLORS.roc,
      SOORT_COLORS.aoc,
      SOORT_COLORS.vakinstelling,
      SOORT_COLORS.overig,
    ]);
  });

  it('adds one swatch per travel band plus "beyond" while a field is drawn', () => {
    const [, travel] = legendSections({ ...OFF, travelLimit: 60 }, m);
    expect(travel.items.map((i) => i.label)).toEqual([
      '0–15 min',
      '15–30 min',
      '30–45 min',
      '45–60 min',
      'meer dan 60 min',
    ]);
    expect(travel.items[0].colour).toEqual(overLand(travelBands(60)[0].colour));
  });

  it('shows gain and loss only in the after view', () => {
    const after = legendSections({ ...OFF, delta: { showAfter: true } }, m)[1];
    const before = legendSections({ ...OFF, delta: { showAfter: false } }, m)[1];
    expect(after.items.map((i) => i.label)).toEqual(['krijgt toegang', 'verliest toegang', 'binnen bereik']);
    expect(before.items.map((i) => i.label)).toEqual(['binnen bereik']);
  });
});

describe('overLand', () => {
  it('is the colour itself when opaque and the land when transparent', () => {
    expect(overLand([10, 20, 30, 255])).toEqual([10, 20, 30]);
    expect(overLand([10, 20, 30, 0])).toEqual([248, 246, 241]);
  });
});

describe('attributionLine', () => {
  it('orders like the map’s attribution control: shortest first', () => {
    expect(attributionLine(['KiesMBO / SBB', 'Bron: CBS', 'Made with Natural Earth'])).toBe(
      'Bron: CBS | KiesMBO / SBB | Made with Natural Earth',
    );
  });
});

describe('legendStateOf', () => {
  const base = {
    travelFieldLimit: 45,
    niveau: 2,
    hasResult: true,
    hasEdits: true,
    showAfter: true,
    scenarioMap: 'access',
    travelChangeSpan: 12,
    catchmentDrawn: false,
    whiteSpotsOnMap: false,
    sizedBy: null,
  } as const;

  it('lists the delta only while the delta layer is drawn: a niveau, figures and at least one edit', () => {
    expect(legendStateOf(base).delta).toEqual({ showAfter: true });
    expect(legendStateOf({ ...base, hasEdits: false }).delta).toBeNull();
    expect(legendStateOf({ ...base, hasResult: false }).delta).toBeNull();
    expect(legendStateOf({ ...base, niveau: null }).delta).toBeNull();
  });

  it('lists the travel field exactly while one is drawn, and the sections in map order', () => {
    expect(legendStateOf({ ...base, travelFieldLimit: null }).travelLimit).toBeNull();
    const ids = legendSections(legendStateOf(base), m).map((s) => s.id);
    expect(ids).toEqual(['locations', 'travel', 'delta']);
    expect(legendSections(legendStateOf({ ...base, hasEdits: false }), m).map((s) => s.id)).toEqual([
      'locations',
      'travel',
    ]);
  });

  it('draws the minutes map instead of the delta when asked, only for a scenario with edits', () => {
    const minutes = legendStateOf({ ...base, scenarioMap: 'minutes' });
    expect(minutes.delta).toBeNull();
    expect(minutes.travelChange).toEqual({ span: 12 });
    expect(legendStateOf({ ...base, scenarioMap: 'minutes', hasEdits: false }).travelChange).toBeNull();
    const [, , change] = legendSections(minutes, m);
    expect(change.id).toBe('travel-change');
    expect(change.items.map((i) => i.label)).toEqual(['12 min korter', '12 min langer']);
  });

  it('lets the catchment take the delta’s place, also without edits, with the before/after side', () => {
    const catchment = legendStateOf({ ...base, catchmentDrawn: true, showAfter: false });
    expect(catchment.delta).toBeNull();
    expect(catchment.catchment).toEqual({ showAfter: false });
    expect(legendStateOf({ ...base, catchmentDrawn: true, hasEdits: false }).catchment).toEqual({ showAfter: true });
    expect(legendSections(catchment, m).map((s) => s.id)).toEqual(['locations', 'travel', 'catchment']);
  });

  it('lists the white spots and the marker size only while they are on', () => {
    expect(legendStateOf(base).whiteSpots).toBe(false);
    expect(legendStateOf({ ...base, whiteSpotsOnMap: true }).whiteSpots).toBe(true);
    // The white spots are drawn from the scenario's figures: none without them.
    expect(legendStateOf({ ...base, whiteSpotsOnMap: true, hasResult: false }).whiteSpots).toBe(false);
    const sizedBy = { title: 'Grootte: leerlingen', source: 'eigen cijfer' };
    const ids = legendSections(legendStateOf({ ...base, whiteSpotsOnMap: true, sizedBy }), m).map((s) => s.id);
    expect(ids).toEqual(['locations', 'size', 'travel', 'delta', 'white-spots']);
  });
});
