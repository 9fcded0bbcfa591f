import { launchChromium, openSession } from '../test/e2e/chromium.ts';
import { waitForMapIdle } from '../test/e2e/map.ts';
const appUrl = 'http://127.0.0.1:4180/';
const browser = await launchChromium();
const s = await openSession(browser, appUrl, {}, {});
const { page } = s;
await page.goto(`${appUrl}#n=2`);
await page.getByTestId('travel-legend').waitFor({ state: 'attached', timeout: 120_000 });
await waitForMapIdle(page);
console.log(
  await page.evaluate(`(() => {
  const out = [];
  const walk = (el, depth) => {
    const n = el.getElementsByTagName('*').length;
    if (n > 150) { out.push('  '.repeat(depth) + el.tagName + '.' + (el.className && el.className.baseVal === undefined ? el.className : '') + ' ' + (el.getAttribute('data-testid')||'') + ' ' + n); for (const c of el.children) walk(c, depth + 1); }
  };
  walk(document.body, 0);
  return out.join('\\n');
})()`),
);
await s.context.close();
await browser.close();
