// End-to-end tests of the embed bundle: a host page with hostile CSS and a strict CSP that
// includes steunwijzer-embed.js and places two <steunwijzer-check> elements, and the JS API.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { artifacts, launchOptions, servedCopy, WCAG, watch } from './helpers.mjs';

let copy, url, browser;

const HOST_CSS = `
* { all: unset; }
div { display: none; }
p, span, button, label { color: #ff00ff; font: 40px/1 serif; text-transform: uppercase; }
html, body { display: block; }
.sw-card, .sw-root { display: none; }
#one { --sw-color-primary: #123456; }
`;

// The host page: only external files (the server sends the strict CSP), its own look, two widgets.
const HOST_HTML = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Host page with two Steunwijzer widgets</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="host.css">
  <script type="module" src="./steunwijzer-embed.js"></script>
</head>
<body>
  <main>
    <h1 id="host-title">A host page</h1>
    <p class="sw-card" id="host-paragraph">The host's own text, with a class name the widget also uses.</p>
    <steunwijzer-check id="one" data-lang="nl" data-date="2026-01-01"></steunwijzer-check>
    <steunwijzer-check id="two" data-lang="en" data-date="2026-01-01"></steunwijzer-check>
  </main>
</body>
</html>`;

before(async () => {
  copy = await servedCopy();
  url = copy.url;
  writeFileSync(join(copy.dir, 'host.html'), HOST_HTML);
  writeFileSync(join(copy.dir, 'host.css'), HOST_CSS);
  browser = await chromium.launch(launchOptions);
});

after(async () => {
  await browser?.close();
  copy?.stop();
});

async function hostPage(t) {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  t.after(() => context.close());
  await context.addInitScript(() => {
    Object.defineProperty(window, '__globalsBefore', { value: Object.getOwnPropertyNames(window), enumerable: false });
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const problems = watch(page);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url + 'host.html');
  await page.waitForSelector('#one [data-result="loondispensatie"]');
  await page.waitForSelector('#two [data-result="loondispensatie"]');
  return { page, problems, requests };
}

const widget = (page, id) => page.locator(`#${id}`);

/** Types the contract's example into a widget: a Wajonger, 24 hours at € 14,71, loonwaarde 60 %. */
async function fillExample(w) {
  await w.locator('select[name="employee.benefit"]').selectOption('wajong');
  await w.locator('input[name="employee.wajong_work_capacity"][value="true"]').check();
  await w.locator('input[name="employee.structural_limitation"][value="true"]').check();
  await w.locator('input[name="employee.age"]').fill('24');
  await w.locator('input[name="job.hours_per_week"]').fill('24');
  await w.locator('input[name="job.hourly_wage"]').fill('14,71');
  await w.locator('input[name="employee.loonwaarde_pct"]').fill('60');
}

test('embed: two widgets on a host page with hostile CSS and a strict CSP, each working on its own', async (t) => {
  const { page, problems, requests } = await hostPage(t);
  const one = widget(page, 'one');
  const two = widget(page, 'two');
  // Both are visible and styled by their own stylesheet, not the host's.
  for (const w of [one, two]) {
    const box = await w.boundingBox();
    assert.ok(box && box.width > 300 && box.height > 300, `widget is laid out: ${JSON.stringify(box)}`);
  }
  const look = await one.locator('.sw-title').evaluate((el) => {
    const s = getComputedStyle(el);
    return { color: s.color, family: s.fontFamily, transform: s.textTransform, display: s.display };
  });
  assert.equal(look.transform, 'none', 'the host\'s uppercase does not reach in');
  assert.notEqual(look.display, 'none');
  assert.match(await one.locator('.sw-title').textContent(), /Steunwijzer/);
  // Themed through a custom property set on the element by the host; the other keeps the default.
  assert.equal(look.color, 'rgb(18, 52, 86)');
  assert.equal(await two.locator('.sw-title').evaluate((el) => getComputedStyle(el).color), 'rgb(1, 104, 155)');
  // Each widget's root in its shadow root says it is live (the contract's data-live hook).
  for (const w of [one, two]) assert.equal(await w.locator('.sw-root').getAttribute('data-live'), 'true');
  // Languages per widget; the host page's own lang and title stay.
  assert.equal(await one.locator('.sw-app').getAttribute('lang'), 'nl');
  assert.equal(await two.locator('.sw-app').getAttribute('lang'), 'en');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.title(), 'Host page with two Steunwijzer widgets');
  // Typing in one changes only that one.
  await fillExample(one);
  assert.equal(await one.locator('[data-result="loondispensatie"]').getAttribute('data-status'), 'eligible');
  assert.match(await one.locator('[data-result="loondispensatie"]').textContent(), /€\s?8,83/);
  assert.equal(await two.locator('[data-result="loondispensatie"]').getAttribute('data-status'), 'needs_info');
  assert.equal(await two.locator('input[name="employee.age"]').inputValue(), '');
  // The error summary's links and the language switch work inside the shadow root.
  await two.locator('button.sw-submit').click();
  await two.locator('.sw-error-summary a').first().click();
  assert.equal(await two.locator('select[name="employee.benefit"]').evaluate((el) => el.getRootNode().activeElement === el), true);
  await two.locator('button.sw-lang').click();
  assert.equal(await two.locator('.sw-app').getAttribute('lang'), 'nl');
  assert.equal(await page.getAttribute('html', 'lang'), 'en', 'still the host\'s');
  // The widget does not style the host: the host's element with a widget class keeps the host's look.
  const hostP = await page.locator('#host-paragraph').evaluate((el) => getComputedStyle(el).borderTopStyle);
  assert.equal(hostP, 'none');
  // No URL change, no globals but the namespace, no CSP violations, nothing sent elsewhere.
  assert.equal(new URL(page.url()).hash, '');
  const globals = await page.evaluate(() => Object.getOwnPropertyNames(window).filter((n) => !window.__globalsBefore.includes(n) && n !== '__csp' && n !== '__globalsBefore'));
  assert.deepEqual(globals, ['Steunwijzer']);
  assert.equal(await page.evaluate(() => typeof customElements.get('steunwijzer-check')), 'function');
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  const origin = new URL(url).origin;
  assert.deepEqual(requests.filter((r) => new URL(r).origin !== origin), []);
  await page.screenshot({ path: join(artifacts, 'embed-host.png'), fullPage: true });
  assert.deepEqual(problems, []);
});

test('embed: axe finds no WCAG 2.1 AA violations on the host page with two widgets', async (t) => {
  const { page } = await hostPage(t);
  // The host's hostile CSS makes its own text unreadable on purpose; check the widgets.
  const { violations } = await new AxeBuilder({ page }).include('#one').include('#two').withTags([...WCAG, 'best-practice']).analyze();
  assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
});

test('embed: Steunwijzer.evaluate follows the contract for objects, strings, arrays, bad input and junk', async (t) => {
  const { page } = await hostPage(t);
  const example = {
    date: '2026-01-01',
    employee: { age: 24, benefit: 'wajong', wajong_work_capacity: true, target_group_register: null, structural_limitation: true, wsw: false, loonwaarde_pct: 60 },
    job: { hours_per_week: 24, hourly_wage: 14.71, contract_months: 12 },
  };
  const run = (input) => page.evaluate(async (i) => JSON.parse(await window.Steunwijzer.evaluate(i)), input);
  const result = await run(example);
  assert.equal(result.date, '2026-01-01');
  assert.deepEqual(Object.fromEntries(Object.entries(result.arrangements).map(([k, v]) => [k, v.status])), {
    loondispensatie: 'eligible', no_riskpolis: 'eligible', jobcoach: 'eligible', lkv: 'eligible',
    loonkostensubsidie: 'not_eligible', proefplaatsing: 'eligible', werkplekaanpassing: 'eligible', werkbehoud: 'not_eligible',
  });
  assert.equal(result.arrangements.loondispensatie.amounts.employer_hourly_wage, 8.83);
  assert.equal(result.arrangements.jobcoach.provider, 'uwv');
  assert.deepEqual(await run(JSON.stringify(example)), result, 'a JSON string gives the same');
  const both = await run([example, { ...example, job: { ...example.job, hours_per_week: 80 } }]);
  assert.equal(both.length, 2);
  assert.equal(both[1].errors[0].field, 'job.hours_per_week');
  const unknown = await run({ ...example, extra: 1 });
  assert.ok(unknown.errors.some((e) => e.field === 'extra'));
  const junk = await run('{not json');
  assert.match(junk.errors[0].message, /not JSON/);
  assert.equal(await page.evaluate(() => window.Steunwijzer.version), '0.1.0');
});

test('embed: hostile calls to Steunwijzer.evaluate get one clear error each, and break neither later calls nor the widget', async (t) => {
  const { page, problems } = await hostPage(t);
  const answers = await page.evaluate(async () => {
    const ev = async (x) => {
      try {
        return JSON.parse(await window.Steunwijzer.evaluate(x));
      } catch (e) {
        return { thrown: String(e) };
      }
    };
    const cyclic = { employee: {} };
    cyclic.employee.self = cyclic;
    const good = {
      date: '2026-01-01',
      employee: { age: 24, benefit: 'wajong', wajong_work_capacity: true, target_group_register: null, structural_limitation: true, wsw: false, loonwaarde_pct: 60 },
      job: { hours_per_week: 24, hourly_wage: 14.71, contract_months: 12 },
    };
    const out = {};
    const calls = {
      undefined: undefined,
      nothing: null,
      func: () => 1,
      cyclic,
      bigint: 10n,
      twoMegabytes: '[' + '1,'.repeat(1_000_000) + '1]',
      ones: '[' + '1,'.repeat(400_000) + '1]',
      deep: '['.repeat(100_000) + ']'.repeat(100_000),
      five: 5,
    };
    for (const [name, value] of Object.entries(calls)) {
      out[name] = await ev(value);
      out[name + 'After'] = (await ev(good)).arrangements?.jobcoach?.status;
    }
    return out;
  });
  const expect = {
    undefined: /got undefined/, nothing: /scenario object, got null/, func: /got a function/,
    cyclic: /not JSON text/, bigint: /got a BigInt/, twoMegabytes: /at most 1 MiB/,
    ones: /at most 10000 are evaluated/, deep: /nested more than 32/, five: /scenario object, got a number/,
  };
  for (const [name, pattern] of Object.entries(expect)) {
    const answer = answers[name];
    assert.equal(answer.thrown, undefined, `${name} threw: ${answer.thrown}`);
    assert.equal(answer.errors?.length, 1, `${name}: ${JSON.stringify(answer).slice(0, 300)}`);
    assert.match(answer.errors[0].message, pattern, name);
    assert.ok(answer.errors[0].message_nl, `${name} has a Dutch message too`);
    assert.equal(answers[name + 'After'], 'eligible', `a good call after ${name} still works`);
  }
  // The mounted widget still answers typing.
  const one = widget(page, 'one');
  await fillExample(one);
  assert.equal(await one.locator('[data-result="loondispensatie"]').getAttribute('data-status'), 'eligible');
  assert.match(await one.locator('[data-result="loondispensatie"]').textContent(), /€\s?8,83/);
  assert.deepEqual(problems, []);
});

test('embed: mount(element, options) works on a plain element too, and twice is harmless', async (t) => {
  const { page } = await hostPage(t);
  await page.evaluate(async () => {
    const el = document.createElement('section');
    el.id = 'three';
    document.querySelector('main').append(el);
    await window.Steunwijzer.mount(el, { lang: 'en', date: '2026-03-01' });
    await window.Steunwijzer.mount(el, { lang: 'en' });
  });
  await page.waitForSelector('#three [data-result="loondispensatie"]');
  assert.equal(await page.locator('#three .sw-app').count(), 1);
  assert.equal(await page.locator('#three .sw-app').getAttribute('lang'), 'en');
  assert.equal(await page.locator('#three input[name="date"]').inputValue(), '2026-03-01');
});

test('embed: the batch works inside a widget on the hostile host page: a file in, the outcome file out', async (t) => {
  const { page, problems } = await hostPage(t);
  await page.setViewportSize({ width: 390, height: 844 });
  const one = widget(page, 'one');
  const csv = '\uFEFFNaam;Uitkering;Leeftijd;Uren per week;Uurloon\r\nJan;Wajong;24;24;14,71\r\n"=1+1";WIA;oud;32;18,50\r\n';
  await one.locator('#sw-batch-file').setInputFiles({ name: 'kandidaten.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await one.locator('.sw-batch__summary[data-batch-rows="2"]').waitFor();
  assert.equal(await one.locator('.sw-batch__summary').getAttribute('data-batch-errors'), '1');
  assert.match(await one.locator('.sw-batch__errors > li').textContent(), /^Regel 3 \(=1\+1\): Leeftijd: "oud" is geen getal/);
  // The host's `div { display: none }` and uppercase reach neither the list nor the table.
  assert.ok(await one.locator('.sw-batch__scroll').isVisible());
  assert.equal(await one.locator('.sw-batch__errors > li').evaluate((li) => getComputedStyle(li).textTransform), 'none');
  const [file] = await Promise.all([page.waitForEvent('download'), one.locator('.sw-batch__result a[download]').click()]);
  const text = (await import('node:fs')).readFileSync(await file.path(), 'utf8');
  assert.ok(text.startsWith('\uFEFFRegel;Naam;Uitkering;'), text.slice(0, 40));
  assert.ok(text.includes("\r\n3;'=1+1;WIA;oud;"), text);
  await one.locator('.sw-batch').screenshot({ path: join(artifacts, 'embed-batch-390.png') });
  assert.deepEqual(problems, []);
});

// A host page as many are written: `html { font-size: 62.5% }` (so that 1rem = 10px) and text
// properties that the body's descendants inherit.
const ROOT_HOST_HTML = `<!DOCTYPE html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Host page with a 62.5 % root</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="root.css">
  <script type="module" src="./steunwijzer-embed.js"></script>
</head>
<body>
  <main><h1 id="host-h1">Werkgevers</h1><steunwijzer-check id="one" data-date="2026-01-01"></steunwijzer-check></main>
</body>
</html>`;
const ROOT_HOST_CSS = `
html { font-size: 62.5%; }
body { font-size: 1.6rem; letter-spacing: 0.2em; line-height: 3; text-transform: uppercase; word-spacing: 1em;
  font-style: italic; font-weight: 300; text-align: center; text-indent: 2em; white-space: nowrap; }
`;

/** The sizes and inherited text properties of a few of the check's elements, in px where a size. */
const LOOK = `(root) => Object.fromEntries([
  ['title', '.sw-title'], ['label', 'label[for]'], ['hint', '.sw-hint'], ['input', 'input[name="employee.age"]'],
  ['button', 'button.sw-submit'], ['card', '.sw-card__title'], ['outcome', '.sw-outcome__item a'], ['field', '.sw-field'],
].map(([name, sel]) => {
  const el = root.querySelector(sel);
  const s = getComputedStyle(el);
  return [name, { fontSize: s.fontSize, lineHeight: s.lineHeight, letterSpacing: s.letterSpacing, wordSpacing: s.wordSpacing,
    textTransform: s.textTransform, fontStyle: s.fontStyle, textAlign: s.textAlign, textIndent: s.textIndent, whiteSpace: s.whiteSpace,
    marginBottom: s.marginBottom, minHeight: s.minHeight, width: el.getBoundingClientRect().width }];
}))`;

test('embed: on a host page with html { font-size: 62.5% } and inherited text styles the check looks exactly as on its own page', async (t) => {
  writeFileSync(join(copy.dir, 'root.html'), ROOT_HOST_HTML);
  writeFileSync(join(copy.dir, 'root.css'), ROOT_HOST_CSS);
  for (const width of [360, 1366]) {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width, height: 800 } });
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(url);
    await page.waitForSelector('#steunwijzer[data-live="true"]');
    const own = await page.evaluate(`(${LOOK})(document.querySelector('.sw-app'))`);
    await page.goto(url + 'root.html');
    await page.waitForSelector('#one [data-result="loondispensatie"]');
    const host = await page.evaluate(`(${LOOK})(document.querySelector('#one').shadowRoot.querySelector('.sw-app'))`);
    // The host's own text does get its styles: the test page does what it says.
    assert.equal(await page.locator('#host-h1').evaluate((h) => getComputedStyle(h).textTransform), 'uppercase');
    assert.equal(own.label.fontSize, '17px', 'the base size on its own page (1.0625 × 16 px)');
    for (const name of Object.keys(own)) {
      const { width: w1, ...a } = own[name];
      const { width: w2, ...b } = host[name];
      // Widths may differ a little: the standalone page has its own padding around the form.
      assert.deepEqual(b, a, `${name} at ${width} px: embedded ${JSON.stringify(b)}, own page ${JSON.stringify(a)}`);
      assert.ok(w2 > 0.8 * w1 || name === 'title', `${name} is laid out as wide: ${w2} vs ${w1}`);
    }
    if (width === 360) {
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scroll <= 360, `no sideways scrolling at 360 px: ${scroll}`);
      await page.screenshot({ path: join(artifacts, 'embed-root-62-360.png') });
    }
    await context.close();
    assert.deepEqual(problems, []);
  }
});
