export interface QualificationOption {
  crebo: string;
  naam: string;
}

/** Lower case without accents, so "creatief" finds "Créatief" and typing stays forgiving. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * Qualifications matching what the user typed: a crebo by its leading digits, or a name that
 * contains every typed word. Crebo hits come first, then names that start with the query,
 * then the rest by name, at most `max`.
 */
export function searchQualifications(
  options: readonly QualificationOption[],
  query: string,
  max = 8,
): QualificationOption[] {
  const q = fold(query.trim());
  if (q === '') return [];
  const words = q.split(/\s+/);
  const scored: { option: QualificationOption; rank: number }[] = [];
  for (const option of options) {
    const name = fold(option.naam);
    let rank: number;
    if (/^\d+$/.test(q) && option.crebo.startsWith(q)) rank = 0;
    else if (name.startsWith(q)) rank = 1;
    else if (words.every((w) => name.includes(w))) rank = 2;
    else continue;
    scored.push({ option, rank });
  }
  scored.sort(
    (a, b) =>
      a.rank - b.rank ||
      a.option.naam.localeCompare(b.option.naam, 'nl') ||
      a.option.crebo.localeCompare(b.option.crebo),
  );
  return scored.slice(0, max).map((s) => s.option);
}
