/**
 * Numbers as Dutch and English spreadsheets write them: "12", "0,85", "1.250", "1.250,5",
 * "1,250.5", "12 %", "−3". A column is read in one style, decided from all its values, because
 * a single "1.250" is ambiguous (Dutch 1250, English 1.25) while the column as a whole rarely is.
 */
export type DecimalStyle = 'comma' | 'point';

export type ParsedNumber = { value: number } | { value: null } | { notANumber: string };

/** 'comma' when any value uses a comma as its decimal sign, or a point as a thousands separator. */
export function detectDecimalStyle(values: readonly string[]): DecimalStyle {
  let comma = 0;
  let point = 0;
  for (const raw of values) {
    const v = clean(raw);
    const lastComma = v.lastIndexOf(',');
    const lastPoint = v.lastIndexOf('.');
    if (lastComma >= 0 && lastPoint >= 0) {
      if (lastComma > lastPoint) comma += 1;
      else point += 1;
    } else if (lastComma >= 0) {
      // "1,250" alone could be English thousands; a comma with other than 3 digits after it is a decimal comma.
      if (!/^-?\d{1,3}(,\d{3})+$/.test(v)) comma += 1;
    } else if (lastPoint >= 0) {
      if (/^-?\d{1,3}(\.\d{3}){2,}$/.test(v)) comma += 1;
      else if (!/^-?\d{1,3}\.\d{3}$/.test(v)) point += 1;
    }
  }
  // Ties (only ambiguous values such as "1.250") go to Dutch: these files are Dutch.
  return point > comma ? 'point' : 'comma';
}

/** One value in the column's style; empty cells (and "-", "n.v.t.") are missing, not errors. */
export function parseNumber(raw: string, style: DecimalStyle): ParsedNumber {
  // Most cells are plain whole numbers: skip the clean-up for them (100,000 rows per column).
  if (/^\d{1,15}$/.test(raw)) return { value: Number(raw) };
  const v = clean(raw);
  if (v === '' || v === '-' || /^(n\.?v\.?t\.?|onbekend|na|n\/a)$/i.test(v)) return { value: null };
  const normalised = style === 'comma' ? v.replace(/\./g, '').replace(',', '.') : v.replace(/,/g, '');
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(normalised)) return { notANumber: raw.trim() };
  return { value: Number(normalised) };
}

/** Spaces (also thin and no-break spaces as thousands separators), a trailing % and a Unicode minus. */
function clean(raw: string): string {
  return raw
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/%$/, '')
    .replace(/^[\u2212\u2013]/, '-')
    .replace(/^\+/, '');
}
