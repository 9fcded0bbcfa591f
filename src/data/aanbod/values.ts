import type { Leerweg, Niveau } from '../../engine/offer/types.ts';
import type { CreboProblem } from './reject-reason.ts';

/**
 * MBONIVEAU as DUO and older exports write it: a digit, "NIVEAU_n", "Entree", or the kind
 * of programme. Specialistenopleiding is niveau 4 (the specialist programmes sit on top of a
 * niveau 4 qualification). Returns null when the value is empty or not recognised; the caller
 * then takes the niveau from the qualification list.
 */
const KIND_NIVEAU: Record<string, Niveau> = {
  ENTREE: 1,
  ENTREEOPLEIDING: 1,
  BASISBEROEPSOPLEIDING: 2,
  VAKOPLEIDING: 3,
  MIDDENKADEROPLEIDING: 4,
  SPECIALISTENOPLEIDING: 4,
};

export function parseNiveau(raw: string): Niveau | null {
  const value = raw
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  if (value === '') return null;
  const digit = /^(?:NIVEAU_?|MBO_?)?([1-4])$/.exec(value);
  if (digit) return Number(digit[1]) as Niveau;
  return KIND_NIVEAU[value.replace(/_/g, '')] ?? null;
}

/**
 * LEERTRAJECT: BOL (with its voltijd/deeltijd variants BOL_VT and BOL_DT) or BBL.
 * Returns undefined for a value that is not one of these, so the caller can reject it;
 * null when the column is empty (the row then counts for both leerwegen).
 */
export function parseLeerweg(raw: string): Leerweg | null | undefined {
  const value = raw
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  if (value === '') return null;
  if (value === 'BOL' || value === 'BOL_VT' || value === 'BOL_DT') return 'BOL';
  if (value === 'BBL') return 'BBL';
  return undefined;
}

/** A crebo is a five-digit number. DUO sometimes pads it ("025180"), which is harmless. */
export function parseCrebo(raw: string): { crebo: string } | { error: CreboProblem } {
  const value = raw.trim();
  if (value === '') return { error: { problem: 'missing' } };
  const match = /^0*(\d{5})$/.exec(value);
  if (!match) return { error: { problem: 'malformed', value } };
  return { crebo: match[1] };
}
