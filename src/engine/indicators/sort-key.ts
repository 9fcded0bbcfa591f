/** A table sorted by one of the user's own figures: its key names the indicator. */
export type IndicatorSortKey = `indicator:${string}`;
export const indicatorSortKey = (id: string): IndicatorSortKey => `indicator:${id}`;
/** The indicator id of a sort key, or null for any other key. */
export const indicatorOfSortKey = (key: string): string | null =>
  key.startsWith('indicator:') ? key.slice('indicator:'.length) : null;
