/**
 * One of the user's own figures as an export column: it comes after the standard columns, and
 * a '#' note line names its source, so a CSV read on its own still says where the numbers came
 * from. Every export that shows figures (sector table, Signalering) takes the same shape.
 */
export interface IndicatorCsvColumn {
  id: string;
  column: string;
  note: string;
}
