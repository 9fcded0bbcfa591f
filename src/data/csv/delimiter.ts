export type Delimiter = ';' | ',' | '\t';

/**
 * DUO writes ';', re-saved files often ',', copies from a spreadsheet tab. Column names hold
 * none of these, so the header line tells which: the one that splits it most. Ties go to ';'
 * (a Dutch Excel writes ';' because ',' is the decimal separator).
 */
export function detectDelimiter(headerLine: string): Delimiter {
  const count = (d: string) => headerLine.split(d).length;
  const candidates: Delimiter[] = [';', '\t', ','];
  return candidates.reduce((best, d) => (count(d) > count(best) ? d : best));
}

export function firstLine(text: string): string {
  const end = text.search(/\r\n|\n|\r/);
  return end === -1 ? text : text.slice(0, end);
}

/**
 * Line number (1-based) of a character offset, for offsets given in increasing order.
 * Counts CRLF, LF and lone CR as one line break each, so a quoted field with a line break
 * inside still gives the right line for the rows after it.
 */
export function lineCounter(text: string): (offset: number) => number {
  let position = 0;
  let line = 1;
  return (offset) => {
    for (; position < offset; position += 1) {
      const code = text.charCodeAt(position);
      if (code === 10) line += 1;
      else if (code === 13 && text.charCodeAt(position + 1) !== 10) line += 1;
    }
    return line;
  };
}
