// End-to-end tests of an update on a plain web host (issue 18, "Offline after an update"): a server
// that sends no Cache-Control and old Last-Modified times, so Chromium keeps the page in its HTTP
// cache with heuristic freshness (a tenth of its age: weeks). A deploy renames every hashed file and
// removes the old ones; the service worker must then cache, and show, the new page and not the
// browser's old copy of it, whose files are gone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { dist, env, fillContractExample, useBrowser, watch } from './helpers.mjs';

useBrowser();

const DAY = 24 * 60 * 60 * 1000;
/** When each version was built: both long ago, as files copied with their build times are. */
const BUILT = { 1: new Date(Date.now() - 400 * DAY), 2: new Date(Date.now() - 300 * DAY) };
const TIMEOUT = 60_000;

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8' };

/**
 * A static server as a plain host runs one: Last-Modified from the file's time and 304 for an
 * unchanged file, but no Cache-Control (nor ETag), so the browser decides itself how long a copy is
 * fresh. `redirects` maps a path to where it moves (301). Serves `root` on 127.0.0.1; resolves to
 * { url, close }.
 */
function servePlainly(root, redirects = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (redirects[path]) return void res.writeHead(301, { location: redirects[path] }).end();
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) return void res.writeHead(403).end();
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const modified = new Date(Math.floor((await stat(file)).mtimeMs / 1000) * 1000);
      const since = Date.parse(req.headers['if-modified-since'] ?? '');
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'last-modified': modified.toUTCString() };
      if (since >= modified.getTime()) return void res.writeHead(304, headers).end();
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => { server.closeAllConnections(); server.close(); },
  })));
}

/** Gives every file in `dir` the time `when`, as a deploy that keeps build times does. */
function touchAll(dir, when) {
  for (const f of readdirSync(dir)) utimesSync(join(dir, f), when, when);
}

const hex = (seed, length) => createHash('sha256').update(seed).digest('hex').slice(0, length);

/** The version and the cached files (without './') that postbuild.mjs wrote into sw.js. */
function swManifest(dir) {
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  const version = sw.match(/const VERSION = '([0-9a-f]+)';/)?.[1];
  const assets = JSON.parse(sw.match(/const ASSETS = (\[[^\]]*\]);/)?.[1] ?? 'null');
  assert.ok(version && assets?.includes('./'), 'sw.js has a version and its list of files (built by postbuild.mjs)');
  return { version, files: assets.filter((a) => a !== './').map((a) => a.replace(/^\.\//, '')) };
}

/**
 * Deploys version 2 over version 1 in `dir` as a new build would: each hashed file (wasm, JS glue,
 * boot script, CSS) under a new name, every reference to it rewritten (index.html, the boot script,
 * sw.js's list, the embed), the integrity hashes in index.html recomputed, a new version in sw.js,
 * and the version 1 files deleted. index.html gets a marker (meta test-deploy = 2). Resolves to the
 * new cache's name.
 */
function deployVersion2(dir) {
  const { version, files } = swManifest(dir);
  const renamed = new Map(files.map((f) => [f, f.replace(/-([0-9a-f]{8,})(?=(?:_bg)?\.[a-z]+$)/, (_, h) => `-${hex(`2${h}`, h.length)}`)]));
  for (const [from, to] of renamed) assert.notEqual(from, to, `${from} has a hash in its name`);
  const rewrite = (text) => [...renamed].reduce((t, [from, to]) => t.replaceAll(from, to), text);
  const text = (f) => /\.(html|js|css)$/.test(f);
  // New files first, then the references to them, then the old files go.
  for (const [from, to] of renamed) {
    const body = readFileSync(join(dir, from));
    writeFileSync(join(dir, to), text(from) ? rewrite(body.toString('utf8')) : body);
  }
  for (const f of readdirSync(dir).filter((f) => text(f) && !renamed.has(f) && ![...renamed.values()].includes(f))) {
    writeFileSync(join(dir, f), rewrite(readFileSync(join(dir, f), 'utf8')));
  }
  for (const from of renamed.keys()) unlinkSync(join(dir, from));
  const page = join(dir, 'index.html');
  const html = readFileSync(page, 'utf8')
    .replace(/<(?:script|link)\b[^>]*\bintegrity="[^"]*"[^>]*>/g, (tag) => {
      const [, file] = tag.match(/\b(?:src|href)="\.\/([^"]+)"/) ?? [];
      const [, alg] = tag.match(/\bintegrity="(sha\d+)-/) ?? [];
      if (!file || !alg) return tag;
      const digest = createHash(alg).update(readFileSync(join(dir, file))).digest('base64');
      return tag.replace(/\bintegrity="[^"]*"/, `integrity="${alg}-${digest}"`);
    })
    .replace('</head>', '<meta name="test-deploy" content="2" /></head>');
  assert.match(html, /name="test-deploy"/);
  writeFileSync(page, html);
  const next = hex(`2${version}`, version.length);
  const sw = join(dir, 'sw.js');
  writeFileSync(sw, readFileSync(sw, 'utf8').replace(`const VERSION = '${version}';`, `const VERSION = '${next}';`));
  assert.equal(swManifest(dir).version, next);
  touchAll(dir, BUILT[2]);
  for (const f of swManifest(dir).files) assert.ok(statSync(join(dir, f)).isFile(), `${f} is deployed`);
  return `steunwijzer-${next}`;
}

/** Which deploy the page is: 2 when it has version 2's marker, else 1 (read at once, no waiting). */
const deployOf = (page) => page.evaluate(() => (document.querySelector('meta[name="test-deploy"]')?.content === '2' ? 2 : 1));

/**
 * Resolves once `check` (evaluated in the page, may be async) is true, asked every 100 ms.
 * (Playwright's waitForFunction does not wait for a promise.)
 */
async function until(page, check, arg) {
  for (const end = Date.now() + TIMEOUT; Date.now() < end; await page.waitForTimeout(100)) {
    if (await page.evaluate(check, arg)) return;
  }
  throw new Error(`timed out after ${TIMEOUT} ms: ${check}`);
}

/** Resolves once the page's caches are exactly `names`. */
const cachesAre = (page, names) => until(page, async (names) => {
  const keys = await caches.keys();
  return keys.length === names.length && names.every((n) => keys.includes(n));
}, names);

const waitStatus = (page, value) => page.waitForFunction(
  (value) => document.querySelector('[data-result="loondispensatie"]')?.dataset.status === value,
  value, { polling: 50, timeout: TIMEOUT },
);

/**
 * The result cards are live: the app has started (the boot script's TrunkApplicationStarted, or the
 * root's data-live="true" when the root has that attribute, as a prerendered page will) and a card's
 * data-status follows the input, there and back.
 */
async function assertLive(page) {
  await page.waitForFunction(() => {
    const root = document.querySelector('main#steunwijzer');
    const started = root?.hasAttribute('data-live') ? root.dataset.live === 'true' : window.__steunwijzerStarted === true;
    return started && document.querySelector('[data-result="loondispensatie"]') !== null;
  }, null, { polling: 100, timeout: TIMEOUT });
  await fillContractExample(page);
  await waitStatus(page, 'eligible');
  await page.fill('input[name="job.hours_per_week"]', '80');
  await waitStatus(page, 'needs_info');
  await page.fill('input[name="job.hours_per_week"]', '24');
  await waitStatus(page, 'eligible');
}

/**
 * Version 1 (a copy of dist/) on a plain server, visited until its service worker controls the page
 * and has cached it. Resolves to the copy's directory, the context (no errors or failed requests
 * allowed in any of its pages: `problems()`), the open tab and the URL.
 */
async function visited(t, redirects) {
  const dir = mkdtempSync(join(tmpdir(), 'steunwijzer-update-'));
  cpSync(dist, dir, { recursive: true });
  const { version } = swManifest(dir);
  touchAll(dir, BUILT[1]);
  const server = await servePlainly(dir, redirects);
  const context = await env.browser.newContext({ locale: 'nl-NL' });
  context.setDefaultTimeout(TIMEOUT);
  await context.addInitScript(() => addEventListener('TrunkApplicationStarted', () => { window.__steunwijzerStarted = true; }));
  const problems = [];
  context.on('page', (page) => problems.push(watch(page)));
  t.after(async () => {
    await context.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const first = await context.newPage();
  await first.goto(server.url);
  await until(first, () => navigator.serviceWorker.controller !== null);
  await cachesAre(first, [`steunwijzer-${version}`]);
  assert.equal(await deployOf(first), 1);
  await assertLive(first);
  return { dir, context, first, url: server.url, problems: () => problems.flat() };
}

/** `visited`, then version 2 deployed; also resolves to the new cache's name. */
async function visitedThenUpdated(t) {
  const visit = await visited(t);
  return { ...visit, cache: deployVersion2(visit.dir) };
}

/** Waits until the new worker has installed, taken over and deleted the old cache. */
async function updated(page, cache) {
  await cachesAre(page, [cache]);
  await until(page, async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return reg.active?.state === 'activated' && !reg.installing && !reg.waiting;
  });
}

/**
 * Offline, a reload shows version 2 from the service worker's cache, and its cards answer. The
 * browser's HTTP cache is emptied first: it is no offline store (it evicts, and after some weeks
 * its copies are stale), and version 1's files in it would hide a cached version 1 page.
 */
async function worksOffline(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await cdp.detach();
  await context.setOffline(true);
  await page.reload();
  assert.equal(await deployOf(page), 2, 'offline, the cached page is version 2');
  await assertLive(page);
}

test('an open tab finds the update; then offline it shows the new version and its cards answer', { timeout: 6 * TIMEOUT }, async (t) => {
  const { context, first, cache, problems } = await visitedThenUpdated(t);
  // The browser checks sw.js (as it does on a visit): the new worker installs and takes over, while
  // the browser's HTTP cache still holds version 1's page, heuristically fresh.
  await first.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await updated(first, cache);
  await worksOffline(context, first);
  assert.deepEqual(problems(), [], 'no errors or failed requests');
});

test('the next visit after an update gets the new page at once, and then works offline', { timeout: 6 * TIMEOUT }, async (t) => {
  const { context, first, url, cache, problems } = await visitedThenUpdated(t);
  await first.close();
  // The old worker still controls the site and answers this navigation.
  const page = await context.newPage();
  await page.goto(url);
  assert.equal(await deployOf(page), 2, 'online, the page is version 2 at once');
  await assertLive(page);
  // The visit makes the browser check sw.js; the new version installs and takes over.
  await updated(page, cache);
  await worksOffline(context, page);
  assert.deepEqual(problems(), [], 'no errors or failed requests');
});

test('a page address the host redirects still opens through the worker', { timeout: 6 * TIMEOUT }, async (t) => {
  // As some hosts do (Cloudflare Pages, for one): index.html moves to ./ .
  const { context, url, problems } = await visited(t, { '/index.html': '/' });
  const page = await context.newPage();
  const response = await page.goto(`${url}index.html`);
  assert.equal(response?.ok(), true, 'the redirect is followed');
  assert.equal(page.url(), url);
  await assertLive(page);
  assert.deepEqual(problems(), [], 'no errors or failed requests');
});
