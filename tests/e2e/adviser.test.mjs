// End-to-end tests of what an adviser at the employer's table uses: the share link, the
// printed gespreksverslag, scenarios saved on this device, and the comparison.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARRANGEMENTS, artifacts, axe, env, fillContractExample, open, shareLink, status, useBrowser, watch } from './helpers.mjs';

useBrowser();

test('share link: opening it restores every answer and the same results', async (t) => {
  const page = await open(t);
  await fillContractExample(page);
  await page.check('input[name="employee.target_group_register"][value="false"]');
  await page.fill('input[name="job.monthly_wage"]', '1.600');
  const hash = await shareLink(page);
  assert.ok(hash.includes('job.monthly_wage=1.600'), hash);
  assert.match(hash, /^#v1&/, 'the link carries a version marker');
  const answers = async (p) => p.evaluate(() => [...document.querySelectorAll('.sw-form [name]')]
    .filter((el) => el.type !== 'radio' || el.checked)
    .map((el) => `${el.name}=${el.value}`));
  const before = { answers: await answers(page), statuses: await Promise.all(ARRANGEMENTS.map((a) => status(page, a))) };
  const again = await open(t, { hash });
  assert.deepEqual({ answers: await answers(again), statuses: await Promise.all(ARRANGEMENTS.map((a) => status(again, a))) }, before);
  assert.equal(await again.$('.sw-notice[role="status"]'), null, 'a good link gives no notice');
});

test('share link: a garbled link keeps what it can and says what it skipped', async (t) => {
  const page = await open(t, { hash: '#v1&employee.benefit=wia&employee.age=45&bogus=1&employee.wsw=misschien&job.hourly_wage=%ZZ&job.hours_per_week=32' });
  const notice = await page.textContent('.sw-notice[role="status"]');
  assert.match(notice, /overgeslagen/);
  for (const part of ['bogus=1', 'employee.wsw=misschien', 'job.hourly_wage=%ZZ']) assert.ok(notice.includes(part), part);
  assert.equal(await page.inputValue('select[name="employee.benefit"]'), 'wia');
  assert.equal(await page.inputValue('input[name="employee.age"]'), '45');
  assert.equal(await page.inputValue('input[name="job.hours_per_week"]'), '32');
  assert.equal(await page.isChecked('input[name="employee.wsw"][value="false"]'), true, 'the default stays');
  // The rest of the form still works.
  await page.fill('input[name="job.hourly_wage"]', '18,50');
  assert.equal(await status(page, 'no_riskpolis'), 'eligible');
  assert.deepEqual(await axe(page), []);
});

test('share link: links from another version, and junk, never break the page', async (t) => {
  const other = await open(t, { hash: '#v9&employee.age=30' });
  assert.match(await other.textContent('.sw-notice[role="status"]'), /andere versie/);
  assert.equal(await other.inputValue('input[name="employee.age"]'), '');
  // Random junk: every card still renders and the page reports no error (open() checks that).
  const junk = ['#', '#v1', '#v1&&&', '#v1&=', '#v1&employee.age', '#%', '#v1&employee.age=%E2%82', `#v1&${'x'.repeat(5000)}`,
    '#v1&employee.benefit=' + encodeURIComponent('<img src=x onerror=alert(1)>'), '#v1&date=2026-13-45'];
  for (const hash of junk) {
    const page = await open(t, { hash });
    const cards = await page.$$eval('[data-result]', (cs) => cs.length);
    assert.equal(cards, ARRANGEMENTS.length, hash);
    assert.equal(await page.$('img'), null, 'nothing from the link is rendered as HTML');
  }
});

/** Prints the page to an A4 PDF as Chromium does, and reads its text back. */
async function printToPdf(page, name) {
  const { extractText, getDocumentProxy } = await import('unpdf');
  const pdf = await page.pdf({ format: 'A4' });
  writeFileSync(join(artifacts, `${name}.pdf`), pdf);
  const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  const perPage = text.map((p) => p.replace(/\s+/g, ' '));
  // The gespreksverslag itself (up to its next steps) and the appendix "Bedragen en bronnen".
  const appendix = perPage.findIndex((p) => p.includes('Bedragen en bronnen') || p.includes('Figures and sources'));
  // The summary ends with the next steps (or, when nothing applies yet, with the wage costs).
  const last = (words) => perPage.findLastIndex((p) => words.some((w) => p.includes(w)));
  const steps = Math.max(last(['Volgende stappen', 'Next steps']), last(['Wat betekent dit voor uw loonkosten?', 'What does this mean for your wage costs?']));
  return { pages: totalPages, text: perPage.join(' '), stepsOnPage: steps + 1, appendixOnPage: appendix + 1 };
}

/** 1–2 pages of summary, then the figures appendix (which may take a page of its own). */
function assertLength({ pages, stepsOnPage, appendixOnPage }) {
  assert.ok(stepsOnPage >= 1 && stepsOnPage <= 2, `next steps on page ${stepsOnPage}`);
  assert.ok(appendixOnPage >= stepsOnPage, `the figures after the steps (page ${appendixOnPage})`);
  assert.ok(pages <= 3, `${pages} pages`);
}

test('gespreksverslag: 1–2 A4 pages with answers, outcome, reasons, steps and disclaimer, then the figures', async (t) => {
  const page = await open(t);
  await fillContractExample(page);
  const printed = await printToPdf(page, 'gespreksverslag');
  const { text } = printed;
  assertLength(printed);
  for (const expected of [
    'Gespreksverslag Steunwijzer', 'Startdatum 1 januari 2026', 'Bedragen geldig vanaf 1 januari 2026',
    'Wat is ingevuld', 'Wajong', '€ 14,71 per uur', '60 %', '12 maanden',
    'Uitkomst per regeling', 'Loondispensatie: ✓ Komt in aanmerking', 'U betaalt: € 8,83 per uur',
    '[Wajong art. 2:20 lid 1]', 'Loonkostensubsidie (gemeente): ✗ Komt niet in aanmerking',
    'Wat betekent dit voor uw loonkosten?', '€ 10.640,95', 'Volgende stappen',
    // The start (1 January 2026) has passed: the jobcoach's 4 weeks are over, and the step says so.
    'liep tot 29 januari 2026',
    'Dit is een schatting. UWV of de gemeente beslist.',
    'Bedragen en bronnen', 'Wettelijk minimumloon per uur (21 jaar en ouder): € 14,71 (geldig vanaf 1 januari 2026; vastgesteld)',
  ]) assert.ok(text.includes(expected), `the printout has "${expected}"`);
  assert.match(text, /Steunwijzer versie \d+\.\d+\.\d+/);
  // The print view is accessible too (as a page in print media).
  await page.emulateMedia({ media: 'print' });
  assert.deepEqual(await axe(page), [], 'print view');
  await page.emulateMedia({ media: 'screen' });
  // Paper gets the summary, not the controls.
  for (const absent of ['Bekijk de uitkomst', 'Gespreksverslag afdrukken', 'English', 'Weet u het niet?']) {
    assert.ok(!text.includes(absent), `no "${absent}" on paper`);
  }
});

test('gespreksverslag: many open questions still fit on 2 pages; the button prints; English prints in English', async (t) => {
  const page = await open(t);
  await page.selectOption('select[name="employee.benefit"]', 'unknown');
  await page.fill('input[name="employee.age"]', '58');
  await page.fill('input[name="job.hours_per_week"]', '36');
  await page.fill('input[name="job.monthly_wage"]', '2.600');
  await page.fill('input[name="date"]', '2026-03-01');
  const printed = await printToPdf(page, 'gespreksverslag-open-questions');
  const { text } = printed;
  assertLength(printed);
  assert.ok(text.includes('Meer informatie nodig'));
  assert.ok(text.includes('ingevuld als maandloon: € 2.600 per maand'), 'the monthly wage as typed');
  // The button is on screen (not on paper) and starts the browser's print.
  await page.evaluate(() => { window.print = () => { window.__printed = true; }; });
  await page.click('button.sw-print');
  assert.equal(await page.evaluate(() => window.__printed), true);
  await page.click('button.sw-lang');
  const english = await printToPdf(page, 'summary-en');
  assert.ok(english.text.includes('Steunwijzer conversation summary'));
  assert.ok(english.text.includes('More information needed'));
  assert.ok(!english.text.includes('Gespreksverslag'));
});

test('saved on this device: save two situations, reopen one after a reload, delete one', async (t) => {
  const page = await open(t);
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), [], 'nothing is stored without asking');
  await fillContractExample(page);
  await page.fill('#sw-saved-name', 'Jan, loonwaarde 60');
  await page.click('.sw-saved button[type="submit"]');
  await page.fill('input[name="employee.loonwaarde_pct"]', '70');
  await page.fill('#sw-saved-name', 'Jan, loonwaarde 70');
  await page.press('#sw-saved-name', 'Enter');
  assert.match(await page.textContent('.sw-saved__message'), /Bewaard/);
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  assert.deepEqual(keys, ['steunwijzer:v1:saved:Jan, loonwaarde 60', 'steunwijzer:v1:saved:Jan, loonwaarde 70']);
  // A new visit (no share link) lists both; opening one restores its answers and results.
  await page.goto(page.url().split('#')[0]);
  await page.waitForSelector('[data-saved]');
  assert.deepEqual(await page.$$eval('[data-saved]', (li) => li.map((l) => l.dataset.saved)), ['Jan, loonwaarde 60', 'Jan, loonwaarde 70']);
  assert.equal(await page.inputValue('input[name="employee.loonwaarde_pct"]'), '');
  await page.click('[data-saved="Jan, loonwaarde 60"] button:has-text("Openen")');
  assert.equal(await page.inputValue('input[name="employee.loonwaarde_pct"]'), '60');
  assert.equal(await status(page, 'loondispensatie'), 'eligible');
  assert.match(await page.textContent('[data-result="loondispensatie"]'), /€\s?8,83/);
  assert.match(await shareLink(page), /employee\.loonwaarde_pct=60/, 'the share link follows');
  await page.click('[data-saved="Jan, loonwaarde 70"] button:has-text("Verwijderen")');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'sw-saved__message', 'focus goes to the message, not to the page');
  assert.deepEqual(await page.$$eval('[data-saved]', (li) => li.map((l) => l.dataset.saved)), ['Jan, loonwaarde 60']);
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), ['steunwijzer:v1:saved:Jan, loonwaarde 60']);
  // Without a name nothing is saved.
  await page.click('.sw-saved button[type="submit"]');
  assert.match(await page.textContent('.sw-saved__message'), /naam/);
  assert.deepEqual(await axe(page), []);
});

test('saved on this device: without storage (private window, sandbox) the page says so and works', async (t) => {
  const context = await env.browser.newContext({ locale: 'nl-NL' });
  t.after(() => context.close());
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(env.url);
  await page.waitForSelector('#steunwijzer[data-live="true"]');
  assert.match(await page.textContent('.sw-saved'), /kan niet in deze browser/);
  assert.equal(await page.$('#sw-saved-name'), null, 'no controls that cannot work');
  await fillContractExample(page);
  assert.equal(await status(page, 'loondispensatie'), 'eligible');
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
});

test('compare: loonwaarde 50 % pinned as A against 70 % now, differences marked, chart with a table', async (t) => {
  const page = await open(t);
  await fillContractExample(page);
  await page.fill('input[name="employee.loonwaarde_pct"]', '50');
  await page.click('.sw-compare__pin');
  await page.fill('input[name="employee.loonwaarde_pct"]', '70');
  const row = (key) => page.locator(`[data-compare-row="${key}"]`);
  assert.equal(await row('Loonwaarde in procenten').getAttribute('data-differs'), 'true');
  assert.match(await row('Loonwaarde in procenten').textContent(), /50 %.*70 %/);
  assert.match(await row('Loonwaarde in procenten').textContent(), /anders dan A/, 'the difference is said in words too');
  assert.equal(await row('Leeftijd').getAttribute('data-differs'), 'false');
  assert.equal(await row('loondispensatie').getAttribute('data-differs'), 'false', 'eligible in both');
  assert.equal(await row('costs_year1').getAttribute('data-differs'), 'true');
  // A: employer pays 50 % → saves more; year 1 costs with the arrangements are lower for A.
  const amount = (s) => s.match(/€\s?[\d.]+,\d\d/)[0];
  const [a, b] = (await row('costs_year1').locator('td').allTextContents()).map(amount);
  const euros = (s) => Number(s.replace(/[^\d,]/g, '').replace(',', '.'));
  assert.ok(euros(a) < euros(b), `A ${a} < B ${b}`);
  // B's year-1 figure is the costs table's "with" figure.
  assert.ok((await page.textContent('[data-costs-with]')).includes(b));

  // The chart: an image with a title and a description, and the same figures in a table.
  const svg = page.locator('[data-chart] svg.sw-chart__svg');
  assert.equal(await svg.getAttribute('role'), 'img');
  const [titleId, descId] = (await svg.getAttribute('aria-labelledby')).split(' ');
  assert.match(await page.textContent(`#${titleId}`), /Loonkosten per jaar/);
  assert.match(await page.textContent(`#${descId}`), /Met regelingen, situatie A: €/);
  assert.equal(await page.locator('[data-chart] rect.sw-bar').count(), 20 + 4, '4 series (B and A, each without and with) × 5 years, and 4 legend swatches');
  const table = await page.$$eval('[data-chart-table] tbody tr', (rows) => rows.map((r) => [...r.cells].map((c) => c.textContent)));
  assert.equal(table.length, 5);
  assert.deepEqual(table[0].slice(4), [a], 'the A series is A\'s year-1 figure');
  assert.equal(table[0][3], table[0][1], 'A\'s baseline: the same wage and hours, so the same costs without');
  assert.deepEqual(await axe(page), []);
  await page.screenshot({ path: join(artifacts, 'compare.png'), fullPage: true });

  await page.click('.sw-compare__stop');
  assert.equal(await page.$('[data-compare]'), null);
  assert.equal(await page.locator('[data-chart] rect.sw-bar').count(), 10 + 2);
});

test('compare: 24 against 32 hours for a WIA employee; the LKV stops after year 3 in the chart', async (t) => {
  const page = await open(t);
  await page.selectOption('select[name="employee.benefit"]', 'wia');
  await page.fill('input[name="employee.age"]', '45');
  await page.fill('input[name="job.hours_per_week"]', '32');
  await page.fill('input[name="job.hourly_wage"]', '18,50');
  await page.fill('input[name="date"]', '2026-01-01');
  await page.click('.sw-compare__pin');
  const focused = () => page.evaluate(() => [document.activeElement.getAttribute('role'), document.activeElement.getAttribute('aria-label') ?? document.activeElement.textContent]);
  assert.deepEqual(await focused(), ['region', 'Situatie A (vastgezet) en B (nu). Wat verschilt, is gemarkeerd met ≠.'], 'focus goes from the pin button to the comparison');
  await page.click('.sw-compare__stop');
  assert.deepEqual(await focused(), [null, 'Zet deze situatie vast als A'], 'and back to the pin button when the comparison stops');
  await page.click('.sw-compare__pin');
  await page.fill('input[name="job.hours_per_week"]', '24');
  assert.equal(await page.getAttribute('[data-compare-row="Uren per week"]', 'data-differs'), 'true');
  const table = await page.$$eval('[data-chart-table] tbody tr', (rows) => rows.map((r) => [...r.cells].map((c) => c.textContent)));
  // B: 18,50 × 24 × 52 × 1,08 = 24.935,04; LKV 3,05 × 24 × 52 = 3.806,40 in years 1–3.
  assert.deepEqual(table.map((r) => r.slice(1, 3)), [
    ['€ 24.935,04', '€ 21.128,64'], ['€ 24.935,04', '€ 21.128,64'], ['€ 24.935,04', '€ 21.128,64'],
    ['€ 24.935,04', '€ 24.935,04'], ['€ 24.935,04', '€ 24.935,04'],
  ].map((r) => r.map((c) => c.replace(' ', '\u00a0'))));
  // A (32 hours): 33.246,72 − 5.075,20 = 28.171,52 in years 1–3, then 33.246,72.
  assert.deepEqual(table.map((r) => r[4]), ['€ 28.171,52', '€ 28.171,52', '€ 28.171,52', '€ 33.246,72', '€ 33.246,72'].map((c) => c.replace(' ', '\u00a0')));
  // And A's own baseline, not B's: 18,50 × 32 × 52 × 1,08.
  assert.deepEqual(table.map((r) => r[3]), Array(5).fill('€ 33.246,72'.replace(' ', '\u00a0')));
  // Typing B into something invalid keeps A and says B is incomplete.
  await page.fill('input[name="job.hours_per_week"]', '');
  assert.match(await page.textContent('[data-compare-row="Leeftijd"]'), /Vul het formulier eerst helemaal in/);
  assert.deepEqual(await axe(page), []);
});

