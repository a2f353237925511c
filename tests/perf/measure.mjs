// Performance measurement (issue 6): Steunwijzer's release build against the Yew reference app
// (tests/perf/reference), both served from 127.0.0.1 and driven in headless Chromium.
//
//   node perf/measure.mjs APP_DIST REFERENCE_DIST [--engine=NATIVE_BINARY] [--enforce=size,first,latency,batch,engine]
//
// Prints, for each: gzip -9 and brotli (q 11) bytes of the wasm + JS + CSS a page load fetches, the
// first-result time (navigation start → result element in the DOM, median of 11 cold loads, the two apps' loads interleaved so that
// a busy moment of the machine hits both), and the
// input → updated-result latency (median and p95 of 50 edits), plus the ratios app / reference.
// The budgets: total gzip ≤ 1.4 × reference, first result ≤ 1.3 × reference, input → result median
// ≤ 4 ms; a batch of 10 000 rows evaluated in under 1 s (1k/10k/100k timings are printed); with
// --engine, the native engine (`steunwijzer bench`) at ≥ 1 000 000 evaluations a second (median of 3).
// Budgets named in --enforce make the run fail (exit 1) when over; the others are reported.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from '../e2e/server.mjs';
import { launchOptions } from '../e2e/helpers.mjs';

const [appDist, refDist] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const engine = process.argv.find((a) => a.startsWith('--engine='))?.slice(9);
const enforce = (process.argv.find((a) => a.startsWith('--enforce=')) ?? '--enforce=').slice(10).split(',').filter(Boolean);
if (!appDist || !refDist) {
  console.error('usage: node perf/measure.mjs APP_DIST REFERENCE_DIST [--enforce=size,first,latency]');
  process.exit(2);
}

const LOADS = 11;
const EDITS = 50;
const BATCH_SIZES = [1000, 10000, 100000];

/** `n` varied candidates as the batch panel takes them (semicolon CSV with a header). */
function sampleCsv(n) {
  const benefits = ['wajong', 'wia', 'participatiewet', 'ww', 'none', 'unknown'];
  const lines = ['id;date;employee.benefit;employee.wajong_work_capacity;employee.structural_limitation;employee.age;job.hours_per_week;job.hourly_wage;job.contract_months;employee.loonwaarde_pct'];
  for (let i = 0; i < n; i++) {
    lines.push([`k${i}`, '2026-01-01', benefits[i % 6], ['ja', 'nee', 'weet ik niet'][i % 3], 'ja', 18 + (i % 45), 8 + (i % 33),
      `${14 + (i % 12)},${String(i % 100).padStart(2, '0')}`, i % 4 ? 6 + (i % 30) : '', i % 5 ? 20 + (i % 80) : ''].join(';'));
  }
  return lines.join('\n');
}

/** Pastes `n` rows into the batch panel and runs it: the app's own evaluation time and the wall time. */
async function batchTiming(page, n) {
  const csv = sampleCsv(n);
  await page.evaluate((text) => {
    const area = document.querySelector('#sw-batch-input');
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, csv);
  const wall = await page.evaluate(async (rows) => {
    const t0 = performance.now();
    document.querySelector('.sw-batch button[type="submit"]').click();
    while (document.querySelector('.sw-batch__summary')?.dataset.batchRows !== String(rows)) await new Promise((r) => setTimeout(r, 1));
    return performance.now() - t0;
  }, n);
  return { n, evaluate: Number(await page.getAttribute('.sw-batch__summary', 'data-batch-ms')), wall };
}

/** The files a page load fetches: index.html's scripts, modules, stylesheets and the wasm. */
function loadedFiles(dir) {
  // Not part of showing the first result: the service worker (registered after load) and the
  // embed bundle (host pages only).
  return readdirSync(dir).filter((f) => /\.(wasm|js|css)$/.test(f) && f !== 'sw.js' && f !== 'steunwijzer-embed.js');
}

function sizes(dir) {
  let gzip = 0, brotli = 0, raw = 0;
  for (const f of loadedFiles(dir)) {
    const body = readFileSync(join(dir, f));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
    brotli += brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { raw, gzip, brotli };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]; };

/** Records when the first [data-result] element enters the DOM (ms after navigation start). */
function recordFirstResult() {
  const seen = () => {
    if (document.querySelector('[data-result]')) {
      window.__firstResult ??= performance.now();
      return true;
    }
    return false;
  };
  new MutationObserver((_, obs) => { if (seen()) obs.disconnect(); }).observe(document, { childList: true, subtree: true });
}

/** The first-result time of one cold load (new context: empty cache, no service worker). */
async function firstResult(browser, url) {
  const context = await browser.newContext();
  await context.addInitScript(recordFirstResult);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-result]');
  const t = await page.evaluate(() => window.__firstResult);
  await context.close();
  if (typeof t !== 'number') throw new Error(`no first-result time recorded for ${url}`);
  return t;
}

/**
 * Time from an `input` event to the result showing the new value, for `edits` alternating values.
 * `edit` = { input: selector, result: selector, values: [[typed, expected text], …] }.
 */
async function latency(page, edit) {
  return page.evaluate(async ({ input, result, values, n }) => {
    const field = document.querySelector(input);
    const times = [];
    for (let i = 0; i < n; i++) {
      const [typed, expected] = values[i % values.length];
      const t = await new Promise((resolve) => {
        let t0 = 0;
        const target = document.querySelector(result);
        const done = () => target.textContent.includes(expected) && resolve(performance.now() - t0);
        const obs = new MutationObserver(() => { if (target.textContent.includes(expected)) { obs.disconnect(); done(); } });
        obs.observe(target, { subtree: true, childList: true, characterData: true, attributes: true });
        field.value = typed;
        t0 = performance.now();
        field.dispatchEvent(new Event('input', { bubbles: true }));
      });
      times.push(t);
      await new Promise((r) => setTimeout(r, 5));
    }
    return times;
  }, { ...edit, n: EDITS });
}

const browser = await chromium.launch(launchOptions);
const apps = [['steunwijzer', appDist], ['reference', refDist]];
const servers = Object.fromEntries(await Promise.all(apps.map(async ([name, dir]) => [name, await serve(dir)])));
const firsts = { steunwijzer: [], reference: [] };
for (let i = 0; i < LOADS; i++) {
  for (const [name] of i % 2 ? [...apps].reverse() : apps) firsts[name].push(await firstResult(browser, servers[name].url));
}
const results = {};
for (const [name, dir] of apps) {
  const { server, url } = servers[name];
  const first = firsts[name];
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-result]');
  let edit;
  if (name === 'steunwijzer') {
    // The contract example, then the hourly wage alternates: the employer pays 60 % of it.
    await page.selectOption('select[name="employee.benefit"]', 'wajong');
    await page.check('input[name="employee.wajong_work_capacity"][value="true"]');
    await page.check('input[name="employee.structural_limitation"][value="true"]');
    for (const [n, v] of [['employee.age', '24'], ['job.hours_per_week', '24'], ['job.hourly_wage', '14,71'], ['employee.loonwaarde_pct', '60'], ['date', '2026-01-01']]) {
      await page.fill(`input[name="${n}"]`, v);
    }
    edit = { input: 'input[name="job.hourly_wage"]', result: '[data-result="loondispensatie"]', values: [['15,71', '9,43'], ['14,71', '8,83']] };
  } else {
    edit = { input: 'input[name="value"]', result: '[data-result="value"]', values: [['2', '4'], ['3', '6']] };
  }
  const edits = await latency(page, edit);
  if (name === 'steunwijzer') {
    results.batch = [];
    for (const n of BATCH_SIZES) results.batch.push(await batchTiming(page, n));
  }
  await page.close();
  server.close();
  results[name] = { ...sizes(dir), first: median(first), firstAll: first, editMedian: median(edits), editP95: p95(edits) };
}
await browser.close();

const app = results.steunwijzer, ref = results.reference;
const kb = (b) => `${(b / 1024).toFixed(1)} KiB`;
const ms = (x) => `${x.toFixed(1)} ms`;
const ratio = (a, b) => (a / b).toFixed(2);
const rows = [
  ['', 'steunwijzer', 'reference', 'ratio'],
  ['wasm+JS+CSS raw', kb(app.raw), kb(ref.raw), ratio(app.raw, ref.raw)],
  ['wasm+JS+CSS gzip -9', kb(app.gzip), kb(ref.gzip), ratio(app.gzip, ref.gzip)],
  ['wasm+JS+CSS brotli 11', kb(app.brotli), kb(ref.brotli), ratio(app.brotli, ref.brotli)],
  [`first result (median of ${LOADS})`, ms(app.first), ms(ref.first), ratio(app.first, ref.first)],
  [`input → result median (${EDITS})`, ms(app.editMedian), ms(ref.editMedian), ratio(app.editMedian, ref.editMedian)],
  [`input → result p95 (${EDITS})`, ms(app.editP95), ms(ref.editP95), ratio(app.editP95, ref.editP95)],
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));

console.log('\nbatch (paste CSV, evaluate every line in the page)');
for (const b of results.batch) {
  console.log(`  ${String(b.n).padStart(6)} rows: evaluated in ${String(b.evaluate).padStart(5)} ms (${(b.evaluate * 1000 / b.n).toFixed(1)} µs a row), on screen after ${b.wall.toFixed(0)} ms`);
}
const tenK = results.batch.find((b) => b.n === 10000);

// The native engine: the same rules code, evaluating generated scenarios in a loop.
let perSecond = NaN;
if (engine) {
  const runs = [1, 2, 3].map(() => {
    const out = execFileSync(engine, ['bench', '1000000'], { encoding: 'utf8' });
    const m = out.match(/= (\d+) evaluations\/s/);
    if (!m) throw new Error(`unexpected bench output: ${out}`);
    return Number(m[1]);
  });
  perSecond = median(runs);
  console.log(`\nnative engine (steunwijzer bench 1000000, 3 runs): ${runs.map((r) => r.toLocaleString('en')).join(', ')} evaluations/s`);
}

const budgets = [
  ['size', `total gzip ≤ 1.4 × reference`, app.gzip <= 1.4 * ref.gzip, `${ratio(app.gzip, ref.gzip)} ×`],
  ['first', `first result ≤ 1.3 × reference`, app.first <= 1.3 * ref.first, `${ratio(app.first, ref.first)} ×`],
  ['latency', `input → result median ≤ 4 ms`, app.editMedian <= 4, ms(app.editMedian)],
  ['batch', `10 000 batch rows evaluated in < 1 s`, tenK.evaluate < 1000, `${tenK.evaluate} ms`],
  ...(engine ? [['engine', `native engine ≥ 1 000 000 evaluations/s (median)`, perSecond >= 1e6, `${Math.round(perSecond).toLocaleString('en')} /s`]] : []),
];
let failed = false;
console.log('');
for (const [key, text, ok, value] of budgets) {
  const enforced = enforce.includes(key);
  if (!ok && enforced) failed = true;
  console.log(`${ok ? 'within' : 'OVER  '}  ${text}: ${value}${enforced ? '' : '  (reported, not enforced)'}`);
}
if (failed) {
  console.error('\nperformance budget exceeded (see above)');
  process.exit(1);
}
