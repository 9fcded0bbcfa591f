import type { LegendSection } from './legend-spec.ts';

/** Everything the exported image says besides the map itself. */
export interface MapImageText {
  title: string;
  /** Lines under the title: scenario name, niveau and limit, date. */
  subtitle: string[];
  legend: LegendSection[];
  /** The modelled-data label, or null when the offer is real (imported). */
  modelledLabel: string | null;
  /** "Bron: CBS | KiesMBO / SBB | …" */
  attribution: string;
}

/** Width of the legend column beside the map, in CSS pixels (scaled with the map's pixel ratio). */
export const LEGEND_COLUMN_CSS_PX = 320;

const INK = '#161a1f';
const MUTED = '#4a525c';
const BRAND = '#154273';
const WARNING_BG = '#fff4d6';
const WARNING_LINE = '#b7791f';
const FONT = "system-ui, 'Segoe UI', 'DejaVu Sans', Arial, sans-serif";

/** Splits `text` into lines no wider than `width` at the context's current font. */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && context.measureText(candidate).width > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const css = ([r, g, b]: [number, number, number]) => `rgb(${r}, ${g}, ${b})`;

/**
 * Composes the export image on a 2D canvas: a header (title, scenario, niveau, date), the map
 * canvas as drawn (MapLibre with the deck.gl layers interleaved into the same WebGL canvas, which
 * needs `preserveDrawingBuffer` to be readable after the frame), a legend column to its right,
 * and a footer with the modelled label and the attribution. Sizes follow the map canvas's pixel
 * ratio, so a high-DPI screen gives a sharp image.
 */
export function composeMapImage(map: HTMLCanvasElement, text: MapImageText): HTMLCanvasElement {
  const scale = map.clientWidth > 0 ? map.width / map.clientWidth : 1;
  const px = (n: number) => Math.round(n * scale);
  const pad = px(16);
  const legendWidth = px(LEGEND_COLUMN_CSS_PX);
  const width = map.width + legendWidth;

  // A scratch context measures text before the real canvas's height is known.
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('this browser gives no 2D canvas');

  const titleFont = `700 ${px(26)}px ${FONT}`;
  const subtitleFont = `${px(15)}px ${FONT}`;
  const sectionFont = `700 ${px(15)}px ${FONT}`;
  const itemFont = `${px(14)}px ${FONT}`;
  const footFont = `${px(13)}px ${FONT}`;
  const labelFont = `700 ${px(14)}px ${FONT}`;
  const line = (size: number) => px(size * 1.35);

  const headerHeight = pad + line(26) + text.subtitle.length * line(15) + pad / 2;

  measure.font = labelFont;
  const labelLines = text.modelledLabel ? wrap(measure, text.modelledLabel, width - 2 * pad - px(16)) : [];
  measure.font = footFont;
  const attributionLines = wrap(measure, text.attribution, width - 2 * pad);
  const labelBlock = labelLines.length > 0 ? labelLines.length * line(14) + px(12) + px(8) : 0;
  const footerHeight = pad / 2 + labelBlock + attributionLines.length * line(13) + pad / 2;

  const swatch = px(16);
  const textX = pad + swatch + px(8);
  const legendTextWidth = legendWidth - textX - pad;
  measure.font = itemFont;
  const sections = text.legend.map((section) => ({
    titleLines: (() => {
      measure.font = sectionFont;
      const lines = wrap(measure, section.title, legendWidth - 2 * pad);
      measure.font = itemFont;
      return lines;
    })(),
    items: section.items.map((item) => ({ item, lines: wrap(measure, item.label, legendTextWidth) })),
  }));
  const legendHeight =
    pad +
    sections.reduce(
      (sum, s) =>
        sum +
        s.titleLines.length * line(15) +
        px(4) +
        s.items.reduce((n, i) => n + Math.max(i.lines.length * line(14), swatch + px(6)), 0) +
        px(14),
      0,
    );

  const bodyHeight = Math.max(map.height, legendHeight);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = headerHeight + bodyHeight + footerHeight;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser gives no 2D canvas');
  context.textBaseline = 'top';
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);

  // Header.
  let y = pad;
  context.fillStyle = BRAND;
  context.font = titleFont;
  context.fillText(text.title, pad, y);
  y += line(26);
  context.fillStyle = INK;
  context.font = subtitleFont;
  for (const subtitle of text.subtitle) {
    context.fillText(subtitle, pad, y);
    y += line(15);
  }

  // Map.
  const mapTop = headerHeight;
  context.drawImage(map, 0, mapTop);
  context.strokeStyle = '#cfd4da';
  context.lineWidth = px(1);
  context.strokeRect(0, mapTop, map.width, map.height);

  // Legend column.
  let ly = mapTop + pad;
  const lx = map.width;
  for (const { titleLines, items } of sections) {
    context.fillStyle = INK;
    context.font = sectionFont;
    for (const titleLine of titleLines) {
      context.fillText(titleLine, lx + pad, ly);
      ly += line(15);
    }
    ly += px(4);
    context.font = itemFont;
    for (const { item, lines } of items) {
      context.fillStyle = css(item.colour);
      context.strokeStyle = 'rgba(0, 0, 0, 0.45)';
      context.lineWidth = Math.max(1, px(1));
      if (item.shape === 'dot') {
        context.beginPath();
        context.arc(lx + pad + swatch / 2, ly + swatch / 2, swatch / 2, 0, 2 * Math.PI);
        context.fill();
        context.stroke();
      } else {
        context.fillRect(lx + pad, ly, swatch, swatch);
        context.strokeRect(lx + pad, ly, swatch, swatch);
      }
      context.fillStyle = INK;
      let ty = ly;
      for (const textLine of lines) {
        context.fillText(textLine, lx + textX, ty);
        ty += line(14);
      }
      ly += Math.max(lines.length * line(14), swatch + px(6));
    }
    ly += px(14);
  }

  // Footer: the modelled label in its warning colours, then the attribution.
  let fy = mapTop + bodyHeight + pad / 2;
  if (labelLines.length > 0) {
    const boxHeight = labelLines.length * line(14) + px(12);
    context.fillStyle = WARNING_BG;
    context.fillRect(pad, fy, width - 2 * pad, boxHeight);
    context.strokeStyle = WARNING_LINE;
    context.lineWidth = px(2);
    context.strokeRect(pad, fy, width - 2 * pad, boxHeight);
    context.fillStyle = INK;
    context.font = labelFont;
    let ty = fy + px(6);
    for (const labelLine of labelLines) {
      context.fillText(labelLine, pad + px(8), ty);
      ty += line(14);
    }
    fy += boxHeight + px(8);
  }
  context.fillStyle = MUTED;
  context.font = footFont;
  for (const attributionLine of attributionLines) {
    context.fillText(attributionLine, pad, fy);
    fy += line(13);
  }
  return canvas;
}
