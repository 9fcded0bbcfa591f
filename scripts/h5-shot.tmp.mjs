import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync','--use-angle=swiftshader'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text().slice(0, 300)); });
page.on('pageerror', (e) => console.log('pageerror', e.message));
const t0 = Date.now();
await page.goto('http://127.0.0.1:4391/' + (process.argv[2] ?? '#n=4'));
try { await page.waitForSelector('[data-map-ready="true"]', { timeout: 150000 }); console.log('ready after', Date.now() - t0); } catch (e) { console.log('not ready'); }
await page.waitForTimeout(Number(process.argv[3] ?? 20000));
await page.screenshot({ path: process.argv[4] ?? '/tmp/screens/h5-a.png' });
await browser.close();
