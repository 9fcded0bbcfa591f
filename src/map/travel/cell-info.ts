import { type ModeName, modeNames } from '../../engine/graph/modes.ts';
import type { ShownTravelField } from '../../state/travel-field.ts';

/** What the app tells about one clicked cell of the travel field. */
export type TravelCellInfo =
  | { cell: number; reachable: false; cutoffMinutes: number }
  | {
      cell: number;
      reachable: true;
      minutes: number;
      withinLimit: boolean;
      /** Modes of the fastest route, in the engine's fixed order; empty in a source cell. */
      modes: ModeName[];
    };

/** Reads one cell of a field; null when `cell` is not a cell of the field's grid. */
export function describeTravelCell(field: ShownTravelField, cell: number, limit: number): TravelCellInfo | null {
  if (!Number.isInteger(cell) || cell < 0 || cell >= field.minutes.length) return null;
  const minutes = field.minutes[cell];
  if (minutes === field.unreachable) return { cell, reachable: false, cutoffMinutes: field.cutoffMinutes };
  return {
    cell,
    reachable: true,
    minutes,
    withinLimit: minutes <= limit,
    modes: field.modes ? modeNames(field.modes[cell]) : [],
  };
}
