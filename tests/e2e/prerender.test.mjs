// The prerendered first view (issue 18): the built index.html holds the whole first view, rendered
// at build time from the same Yew components (src/bin/prerender.rs); a person can read and fill in
// the form before the wasm has arrived, and the live app takes over keeping what was typed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARRANGEMENTS, artifacts, axe, dist, env, useBrowser, watch, WCAG } from './helpers.mjs';

useBrowser();

const LIVE = '#steunwijzer[data-live="true"]';

/**
 * A page whose wasm is held back until `release()` (as on a slow phone line): the prerendered view
 * is all there is until then.
 */
async function heldBack(t, { width = 390, height = 844, hash = '', javaScriptEnabled = true } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height }, locale: 'nl-NL', javaScriptEnabled });
  const page = await context.newPage();
  const problems = watch(page);
  let release;
  const gate = new Promise((ok) => { release = ok; });
  await page.route(/_bg\.wasm$/, async (route) => { await gate; await route.continue(); });
  t.after(async () => {
    release();
    await context.close();
  });
  await page.goto(env.url + hash, { waitUntil: 'domcontentloaded' });
  return { page, problems, release };
}

const html = readFileSync(join(dist, 'index.html'), 'utf8');

test('the built page holds the first view: header, every question, the eight cards and the outcome', () => {
  const main = html.match(/<main id="steunwijzer"[^>]*>([\s\S]*)<\/main>/)?.[1] ?? '';
  assert.match(main, /<h1 class="sw-title">Steunwijzer<\/h1>/);
  for (const name of ['job.already_employed', 'employee.benefit', 'employee.target_group_register', 'employee.structural_limitation',
    'employee.age', 'employee.wsw', 'date', 'job.hours_per_week', 'job.hourly_wage', 'job.monthly_wage', 'job.contract_months',
    'employee.loonwaarde_pct']) {
    assert.ok(main.includes(`name="${name}"`), `the form has ${name}`);
  }
  for (const a of ARRANGEMENTS) assert.ok(main.includes(`data-result="${a}"`), `a card for ${a}`);
  assert.ok(main.includes('data-outcome'), 'the outcome summary');
  assert.ok(!main.includes('data-live'), 'not live before the wasm runs');
});

test('the built page bakes in nothing that depends on the day and stays within the strict CSP', () => {
  const main = html.match(/<main id="steunwijzer"[^>]*>([\s\S]*)<\/main>/)?.[1] ?? '';
  // The start date is the first of next month: the live app fills it in.
  assert.match(main, /<input value="" id="sw-date" name="date"/);
  assert.doesNotMatch(main.replace(/data-checked="[^"]*"/, ""), /\b20\d\d-\d\d-\d\d\b/, "no ISO date but the checked day's");
  // The one date in the view is the day the figures were last checked (a build constant).
  const dates = [...main.matchAll(/\b\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) 20\d\d\b/g)].map((m) => m[0]);
  assert.ok(dates.length > 0 && dates.every((d) => d === dates[0]), `only the checked date: ${dates}`);
  assert.match(main, /gelden op de startdatum\./);
  // No inline script or style anywhere in the page.
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'every script has a src');
  assert.doesNotMatch(html, /<style\b|\sstyle=/, 'no inline styles');
  assert.doesNotMatch(html, /\son[a-z]+=/, 'no inline event handlers');
});

test('before the wasm arrives the form is on screen and takes input; the live app keeps all of it', async (t) => {
  const { page, problems, release } = await heldBack(t);
  await page.waitForSelector('[name="employee.benefit"]', { state: 'visible' });
  assert.equal(await page.getAttribute('#steunwijzer', 'data-live'), null);
  assert.equal(await page.locator('[data-result]').count(), 8, 'the cards are there before the wasm');
  // The contract's example, typed and chosen before the app is live.
  await page.selectOption('select[name="employee.benefit"]', 'wajong');
  await page.check('input[name="employee.structural_limitation"][value="true"]');
  await page.fill('input[name="employee.age"]', '24');
  await page.fill('input[name="date"]', '2026-01-01');
  await page.fill('input[name="job.hours_per_week"]', '24');
  await page.fill('input[name="employee.loonwaarde_pct"]', '60');
  // Typing in the wage when the wasm arrives: the focus and the caret stay where they were.
  await page.click('input[name="job.hourly_wage"]');
  await page.keyboard.type('14,7');
  // Enter before the app is live submits nothing (it would reload the page and lose the answers).
  const before = page.url();
  await page.keyboard.press('Enter');
  assert.equal(page.url(), before);
  release();
  await page.waitForSelector(LIVE);
  await page.keyboard.type('1');
  assert.equal(await page.inputValue('input[name="job.hourly_wage"]'), '14,71');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'job.hourly_wage');
  assert.equal(await page.inputValue('select[name="employee.benefit"]'), 'wajong');
  assert.equal(await page.inputValue('input[name="employee.age"]'), '24');
  assert.equal(await page.inputValue('input[name="date"]'), '2026-01-01');
  assert.ok(await page.isChecked('input[name="employee.structural_limitation"][value="true"]'));
  // The live app answers them: the contract example (Wajong, 24 h at € 14,71, loonwaarde 60 %).
  await page.check('input[name="employee.wajong_work_capacity"][value="true"]');
  await page.waitForSelector('[data-result="loondispensatie"][data-status="eligible"]');
  assert.match(await page.textContent('[data-result="loondispensatie"]'), /€\s?8,83/);
  assert.deepEqual(problems.filter((p) => !/wasm/.test(p)), []);
});

test('the start date: empty in the first view, the first of next month once live', async (t) => {
  const { page, release } = await heldBack(t);
  assert.equal(await page.inputValue('input[name="date"]'), '');
  release();
  await page.waitForSelector(LIVE);
  const expected = await page.evaluate(() => {
    const d = new Date();
    const next = new Date(d.getFullYear(), d.getMonth() + 1, 1);
    return `${next.getFullYear()}-${String(next.getMonth() + 1).padStart(2, '0')}-01`;
  });
  assert.equal(await page.inputValue('input[name="date"]'), expected);
});

test('the live app replaces the first view without a jump: the same places at 360, 390 and 1366 px', async (t) => {
  for (const width of [360, 390, 1366]) {
    const { page, release } = await heldBack(t, { width, height: 800 });
    await page.waitForSelector('[name="employee.benefit"]', { state: 'visible' });
    const boxes = () => page.evaluate(() => ['.sw-title', 'select[name="employee.benefit"]', 'input[name="job.hourly_wage"]', '.sw-submit',
      '[data-outcome]', '[data-result="loondispensatie"]', '[data-result="werkbehoud"]']
      .map((s) => { const r = document.querySelector(s).getBoundingClientRect(); return `${s} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`; })
      // Below the cards only the top of the sources: their date ("de startdatum" first) may wrap differently.
      .concat(`.sw-sources ${Math.round(document.querySelector('.sw-sources').getBoundingClientRect().y)}`));
    const first = await boxes();
    release();
    await page.waitForSelector(LIVE);
    assert.deepEqual(await boxes(), first, `at ${width} px`);
  }
});

test('a share link opens on its answers, also when the wasm comes late', async (t) => {
  const hash = '#v1&job.already_employed=false&employee.benefit=wajong&employee.wajong_work_capacity=true&employee.structural_limitation=true&employee.age=24&date=2026-01-01&job.hours_per_week=24&job.hourly_wage=14,71&employee.loonwaarde_pct=60';
  const { page, release } = await heldBack(t, { hash });
  await page.waitForSelector('[name="employee.benefit"]', { state: 'visible' });
  release();
  await page.waitForSelector(LIVE);
  assert.equal(await page.inputValue('select[name="employee.benefit"]'), 'wajong');
  assert.equal(await page.inputValue('input[name="job.hourly_wage"]'), '14,71');
  assert.equal(await page.getAttribute('[data-result="loondispensatie"]', 'data-status'), 'eligible');
});

test('with the wasm blocked the form stays and a notice says the calculation needs JavaScript and WebAssembly', async (t) => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-NL' });
  t.after(() => context.close());
  const page = await context.newPage();
  await page.route(/_bg\.wasm$/, (route) => route.abort('blockedbyclient'));
  await page.goto(env.url);
  const notice = page.locator('[data-needs-wasm]');
  await notice.waitFor({ state: 'visible' });
  assert.match(await notice.textContent(), /JavaScript en WebAssembly nodig/);
  assert.match(await notice.textContent(), /needs JavaScript and WebAssembly/);
  assert.ok(await page.isVisible('select[name="employee.benefit"]'), 'the form is still there');
  assert.equal(await page.isVisible('[data-result="loondispensatie"]'), false, 'no cards that would never change');
  assert.equal(await page.isVisible('[data-outcome]'), false);
  assert.equal(await page.getAttribute('#steunwijzer', 'data-live'), null);
  assert.deepEqual(await axe(page), [], 'no WCAG 2.1 AA violations');
  await page.screenshot({ path: join(artifacts, 'no-wasm-390.png') });
});

test('with JavaScript off the form is readable and the notice says why there is no outcome', async (t) => {
  const { page } = await heldBack(t, { javaScriptEnabled: false });
  assert.ok(await page.isVisible('select[name="employee.benefit"]'));
  assert.match(await page.textContent('noscript') ?? '', /JavaScript en WebAssembly nodig/);
  assert.ok(await page.locator('noscript .sw-notice').isVisible(), 'the <noscript> notice is shown');
  assert.equal(await page.isVisible('[data-result="loondispensatie"]'), false, 'no cards that would never change');
  assert.equal(await page.isVisible('[data-outcome]'), false);
});

test('the first view passes axe (WCAG 2.1 AA) before the wasm arrives', async (t) => {
  const { page } = await heldBack(t);
  await page.waitForSelector('[name="employee.benefit"]', { state: 'visible' });
  assert.deepEqual(await axe(page), [], `no ${WCAG.join('/')} violations`);
});
