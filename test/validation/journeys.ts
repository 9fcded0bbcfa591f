import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { journey, placePoint } from '../../scripts/cli/reistijd-core.ts';
import { indexGridCells } from '../../scripts/data/graph/cells.ts';
import { loadTravelData } from '../../scripts/data/graph/load-node.ts';
import { createTravelSearch } from '../../src/engine/travel/search.ts';

export const JOURNEYS_FILE = path.resolve(import.meta.dirname, '../fixtures/journeys.csv');

/** A journey passes when the model is within max(15 min, 35 %) of the real time. */
export const TOLERANCE = { minutes: 15, share: 0.35 };
/** The share of journeys that must pass. */
export const REQUIRED_PASS_SHARE = 0.8;

export interface JourneyCheck {
  id: string;
  description: string;
  realMinutes: number;
  modelMinutes: number | null;
  modelModes: string[];
  errorMinutes: number | null;
  allowedMinutes: number;
  pass: boolean;
}

export async function checkJourneys(geodataDir: string): Promise<JourneyCheck[]> {
  const text = await readFile(JOURNEYS_FILE, 'utf8');
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  const { grid, graph } = await loadTravelData(geodataDir);
  const cells = indexGridCells(grid);
  const search = createTravelSearch(graph);
  return rows.map((row, i) => {
    const where = `${JOURNEYS_FILE}:${i + 2}`;
    const from = placePoint(cells, Number(row.from_lon), Number(row.from_lat), `${where} (from)`);
    const to = placePoint(cells, Number(row.to_lon), Number(row.to_lat), `${where} (to)`);
    const realMinutes = Number(row.real_minutes);
    const result = journey(search, from.cell, to.cell);
    const allowedMinutes = Math.max(TOLERANCE.minutes, TOLERANCE.share * realMinutes);
    const errorMinutes = result.minutes === null ? null : result.minutes - realMinutes;
    return {
      id: row.id,
      description: row.description,
      realMinutes,
      modelMinutes: result.minutes,
      modelModes: result.modes,
      errorMinutes,
      allowedMinutes,
      pass: errorMinutes !== null && Math.abs(errorMinutes) <= allowedMinutes,
    };
  });
}

/** The error table as Markdown, with a summary line. */
export function journeysMarkdown(checks: JourneyCheck[]): string {
  const passed = checks.filter((c) => c.pass).length;
  const abs = checks
    .filter((c) => c.errorMinutes !== null)
    .map((c) => Math.abs(c.errorMinutes!))
    .sort((a, b) => a - b);
  const median = abs.length === 0 ? NaN : abs[Math.floor(abs.length / 2)];
  const lines = [
    '| id | journey | real (min) | model (min) | error (min) | allowed ± | modes in model | ok |',
    '|---|---|---:|---:|---:|---:|---|---|',
    ...checks.map(
      (c) =>
        `| ${c.id} | ${c.description} | ${c.realMinutes} | ${c.modelMinutes ?? 'unreachable'} | ${c.errorMinutes === null ? '–' : (c.errorMinutes > 0 ? '+' : '') + c.errorMinutes} | ${Math.round(c.allowedMinutes)} | ${c.modelModes.join(', ')} | ${c.pass ? 'yes' : 'NO'} |`,
    ),
    '',
    `${passed} of ${checks.length} journeys (${Math.round((100 * passed) / checks.length)} %) are within max(${TOLERANCE.minutes} min, ${TOLERANCE.share * 100} %) of the real time; the test requires ${REQUIRED_PASS_SHARE * 100} %. Median absolute error: ${median} min.`,
  ];
  return `${lines.join('\n')}\n`;
}
