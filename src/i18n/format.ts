import { type Lang, useLanguageStore } from './language.ts';

// Dutch number style (1.234,5) is the default; English readers get their own separators.
const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

/**
 * The app's number formats, in the reader's locale (nl-NL by default: 1.234,5).
 * Shares are shown as percentages and their differences as percentage points, with a sign,
 * so "−0,4 %-punt" cannot be misread as a relative change.
 */
export interface NumberFormats {
  count(value: number): string;
  signedCount(value: number): string;
  share(value: number): string;
  /** a relative change: "−13,3 %" */
  signedShare(value: number): string;
  /** a difference of shares with its unit: "−0,4 %-punt" */
  signedPoints(value: number): string;
  /** the same without the unit, for a table column whose header names it */
  signedPointsNumber(value: number): string;
  /** "%-punt" or "pp" */
  pointUnit: string;
  decimal(value: number): string;
  signedDecimal(value: number): string;
}

const cache = new Map<Lang, NumberFormats>();

export function numberFormats(lang: Lang): NumberFormats {
  let format = cache.get(lang);
  if (format) return format;
  const locale = localeOf(lang);
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const signedCount = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  const share = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const signedShare = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const points = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const signedDecimal = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  });
  const pointUnit = lang === 'nl' ? '%-punt' : 'pp';
  format = {
    count: (v) => count.format(Math.round(v)),
    signedCount: (v) => signedCount.format(Math.round(v)),
    share: (v) => share.format(v),
    signedShare: (v) => signedShare.format(v),
    signedPoints: (v) => `${points.format(v * 100)} ${pointUnit}`,
    signedPointsNumber: (v) => points.format(v * 100),
    pointUnit,
    decimal: (v) => decimal.format(v),
    signedDecimal: (v) => signedDecimal.format(v),
  };
  cache.set(lang, format);
  return format;
}

/** The number formats in the current language, for components. */
export function useNumberFormats(): NumberFormats {
  return numberFormats(useLanguageStore((s) => s.lang));
}
