/**
 * Renders the app icons (public/icons/*.png) from the hand-written SVGs beside them, with the
 * same chromium the browser tests use. Run after editing an SVG:
 *   npx tsx scripts/build/make-icons.ts
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../../test/e2e/chromium.ts';

const DIR = path.resolve(import.meta.dirname, '../../public/icons');
const OUTPUTS = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
];

const browser = await launchChromium();
try {
  for (const { svg, png, size } of OUTPUTS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const source = readFileSync(path.join(DIR, svg), 'utf8');
    await page.setContent(
      `<body style="margin:0;background:transparent">${source.replace(/width="512" height="512"/, `width="${size}" height="${size}"`)}</body>`,
    );
    await page.locator('svg').screenshot({ path: path.join(DIR, png), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
