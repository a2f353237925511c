// End-to-end tests of what the page promises as a web page: it runs under a strict
// Content-Security-Policy, sends nothing anywhere, and works offline after the first visit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { axe, env, fillContractExample, servedCopy as copyOfDist, shareLink, status, useBrowser, watch } from './helpers.mjs';

/** A copy of dist/ for one test, removed after it. */
async function servedCopy(t) {
  const copy = await copyOfDist();
  t.after(copy.stop);
  return copy;
}

useBrowser();

/** Records Content-Security-Policy violations from the first script on. */
async function recordViolations(page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
}

test('strict CSP: the page works with zero violations, no inline scripts or style attributes', async (t) => {
  const context = await env.browser.newContext({ locale: 'nl-NL' });
  t.after(() => context.close());
  const page = await context.newPage();
  const problems = watch(page);
  await recordViolations(page);
  await page.goto(env.url);
  await page.waitForSelector('#steunwijzer[data-live="true"]');
  // The policy is on the page itself (meta) as well as in the test server's header.
  const meta = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(meta, /script-src 'self' 'wasm-unsafe-eval'/);
  // Use every part of the page: results, errors, the summary, language, "Waarom?".
  await fillContractExample(page);
  for (const s of await page.$$('details summary')) await s.click();
  await page.fill('input[name="employee.age"]', 'oud');
  await page.locator('input[name="employee.age"]').blur();
  await page.click('button[type="submit"]');
  await page.click('button.sw-lang');
  assert.equal(await status(page, 'loondispensatie'), 'needs_info');
  await page.fill('input[name="employee.age"]', '24');
  assert.equal(await status(page, 'loondispensatie'), 'eligible');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'no CSP violations');
  const inline = await page.evaluate(() => ({
    scripts: [...document.scripts].filter((s) => !s.src).length,
    styled: document.querySelectorAll('[style]').length,
    styleTags: document.querySelectorAll('style').length,
  }));
  assert.deepEqual(inline, { scripts: 0, styled: 0, styleTags: 0 });
  assert.deepEqual(problems, []);
});

test('the CSP check is live: an inline script is refused and reported', async (t) => {
  const context = await env.browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(env.url);
  await page.waitForSelector('#steunwijzer[data-live="true"]');
  const reported = await page.evaluate(() => new Promise((done) => {
    document.addEventListener('securitypolicyviolation', (e) => done(e.violatedDirective), { once: true });
    const s = document.createElement('script');
    s.textContent = 'window.__ran = true';
    document.head.append(s);
    setTimeout(() => done(null), 1000);
  }));
  assert.match(reported ?? '', /script-src/);
  assert.equal(await page.evaluate(() => window.__ran), undefined, 'the inline script did not run');
  assert.ok(problems.some((p) => p.includes('Content Security Policy')), 'and the console says so');
});

test('nothing is sent anywhere: only the page\'s own files load, and typing makes no requests', async (t) => {
  const context = await env.browser.newContext({ locale: 'nl-NL' });
  t.after(() => context.close());
  const page = await context.newPage();
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  await page.goto(env.url);
  await page.waitForSelector('#steunwijzer[data-live="true"]');
  await page.evaluate(() => navigator.serviceWorker.ready);
  const origin = new URL(env.url).origin;
  const foreign = requests.filter((u) => new URL(u).origin !== origin && !u.startsWith('data:'));
  assert.deepEqual(foreign, [], 'no request leaves the origin');
  const loaded = requests.length;
  await fillContractExample(page);
  await page.click('button.sw-lang');
  for (const s of await page.$$('details summary')) await s.click();
  await page.click('button[type="submit"]');
  assert.equal(await status(page, 'loondispensatie'), 'eligible');
  assert.deepEqual(requests.slice(loaded), [], 'no request after load while the user works');
});

test('offline: after the first visit the page works with the network off', async (t) => {
  const { url } = await servedCopy(t);
  const context = await env.browser.newContext({ locale: 'nl-NL' });
  t.after(() => context.close());
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('#steunwijzer[data-live="true"]');
  // The service worker has cached the files and controls the page.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('#steunwijzer[data-live="true"]');
  await fillContractExample(page);
  assert.equal(await status(page, 'loondispensatie'), 'eligible');
  assert.match(await page.textContent('[data-result="loondispensatie"]'), /€\s?8,83/);
  assert.deepEqual(await axe(page), [], 'offline page has no WCAG 2.1 AA violations');
  // And a share link opened offline.
  const hash = await shareLink(page);
  const again = await context.newPage();
  await again.goto(url + hash);
  await again.waitForSelector('#steunwijzer[data-live="true"]');
  assert.equal(await status(again, 'loondispensatie'), 'eligible');
});

test('a new version replaces the old one: new cache, old cache deleted', async (t) => {
  const { dir, url } = await servedCopy(t);
  const context = await env.browser.newContext({ locale: 'nl-NL' });
  t.after(() => context.close());
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const cachesOf = () => page.evaluate(() => caches.keys());
  const [first] = await cachesOf();
  assert.match(first, /^steunwijzer-[0-9a-f]{12}$/);
  // A new build: a different version in sw.js (as postbuild.mjs writes for new file names).
  const sw = join(dir, 'sw.js');
  writeFileSync(sw, readFileSync(sw, 'utf8').replace(first.slice('steunwijzer-'.length), 'feedfacecafe'));
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  // The new worker installs, takes over and deletes the old cache (polled: up to 10 s).
  let keys = [];
  for (let i = 0; i < 100 && !(keys.length === 1 && keys[0] === 'steunwijzer-feedfacecafe'); i++) {
    await page.waitForTimeout(100);
    keys = await cachesOf();
  }
  assert.deepEqual(keys, ['steunwijzer-feedfacecafe'], 'before the reload');
  await page.reload();
  await page.waitForSelector('#steunwijzer[data-live="true"]');
  assert.deepEqual(await cachesOf(), ['steunwijzer-feedfacecafe']);
});
