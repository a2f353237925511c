// A filmstrip of a cold load on the phone profile (the one of measure.mjs): the frames Chromium
// painted, taken from a DevTools trace, at the given times after navigation start.
//
//   node perf/filmstrip.mjs DIST OUT_DIR [0.3,0.6,1.0,1.5,2.0,2.5]
//
// Writes OUT_DIR/<t>s.jpg for each time (the last frame painted at or before it) and all of them
// side by side in OUT_DIR/filmstrip.png, and prints the first paint, when the app was live and when
// each frame was painted. (Tracing with screenshots slows the load by some 0.2 s.)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../e2e/server.mjs';
import { launchOptions } from '../e2e/helpers.mjs';

const [dist, out = 'filmstrip', at = '0.3,0.6,1.0,1.5,2.0,2.5'] = process.argv.slice(2);
if (!dist) {
  console.error('usage: node perf/filmstrip.mjs DIST OUT_DIR [times in s, comma-separated]');
  process.exit(2);
}
const times = at.split(',').map(Number);
mkdirSync(out, { recursive: true });
const { server, url } = await serve(dist, 0, { gzip: true });
const browser = await chromium.launch(launchOptions);
const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Network.enable');
await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
await context.addInitScript(() => {
  new MutationObserver(() => { if (window.__live == null && document.querySelector('[data-live="true"]')) window.__live = performance.now(); })
    .observe(document, { subtree: true, childList: true, attributes: true });
});
const trace = join(out, 'trace.json');
await browser.startTracing(page, { path: trace, screenshots: true, categories: ['devtools.timeline', 'disabled-by-default-devtools.screenshot', 'blink.user_timing'] });
await page.goto(url, { waitUntil: 'commit' });
await page.waitForSelector('[data-live="true"]', { timeout: 60_000 });
await page.waitForTimeout(Math.max(0, Math.max(...times) * 1000 - 1500));
const marks = await page.evaluate(() => ({
  paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime, live: window.__live,
}));
await browser.stopTracing();
await context.close();
server.close();

const events = JSON.parse(readFileSync(trace, 'utf8')).traceEvents;
// Trace time of navigation start (performance.timeOrigin of the page): blink's navigationStart
// mark for the app's URL, else the navigation's first request.
const start = events.find((e) => e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL ?? '').startsWith(url))?.ts
  ?? events.find((e) => e.name === 'ResourceSendRequest')?.ts;
const frames = events.filter((e) => e.name === 'Screenshot' && e.args?.snapshot).map((e) => ({ t: (e.ts - start) / 1e6, jpg: e.args.snapshot })).sort((a, b) => a.t - b.t);
console.log(`${frames.length} frames painted; first contentful paint ${(marks.paint / 1000).toFixed(2)} s, live ${(marks.live / 1000).toFixed(2)} s`);
for (const t of times) {
  // Frames before navigation start are the blank page before it.
  const frame = frames.filter((f) => f.t >= 0 && f.t <= t).pop();
  const file = join(out, `${t.toFixed(1)}s.jpg`);
  if (frame) writeFileSync(file, Buffer.from(frame.jpg, 'base64'));
  console.log(`${t.toFixed(1)} s: ${frame ? `frame painted at ${frame.t.toFixed(2)} s → ${file}` : 'blank: nothing painted yet'}`);
}
// All frames side by side, each under its time, as one PNG.
const cells = times.map((t) => {
  const frame = frames.filter((f) => f.t >= 0 && f.t <= t).pop();
  const img = frame ? `<img src="data:image/jpeg;base64,${frame.jpg}">` : '<div class="blank">blank</div>';
  return `<figure><figcaption>${t.toFixed(1)} s</figcaption>${img}</figure>`;
}).join('');
const strip = await browser.newPage({ viewport: { width: 240 * times.length, height: 520 } });
await strip.setContent(`<style>body{margin:0;display:flex;font:16px sans-serif}figure{margin:4px;width:232px}
  img,.blank{width:232px;height:464px;object-fit:contain;object-position:top;border:1px solid #999;display:block}
  .blank{display:grid;place-items:center;color:#777}</style>${cells}`);
await strip.screenshot({ path: join(out, 'filmstrip.png'), fullPage: true });
await browser.close();
console.log(`→ ${join(out, 'filmstrip.png')}`);
