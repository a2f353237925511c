// The figures behind an outcome, as an employer sees them on the day they use the check: amounts
// on the minimum wage in force, one calm block naming each figure that may be out of date, and
// "Bedragen en bronnen" with every figure, its date, status and source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { artifacts, axe, fillContractExample, open, status, useBrowser } from './helpers.mjs';

useBrowser();

/** A candidate on bijstand of 19, 36 hours, loonwaarde 50 %, on `date`. */
async function fillBijstand19(page, date) {
  await page.selectOption('select[name="employee.benefit"]', 'participatiewet');
  await page.check('input[name="employee.target_group_register"][value="false"]');
  await page.check('input[name="employee.structural_limitation"][value="true"]');
  await page.fill('input[name="employee.age"]', '19');
  await page.fill('input[name="job.hours_per_week"]', '36');
  await page.fill('input[name="job.hourly_wage"]', '11,24');
  await page.fill('input[name="job.contract_months"]', '12');
  await page.fill('input[name="employee.loonwaarde_pct"]', '50');
  await page.fill('input[name="date"]', date);
}

/** Opens "Bedragen en bronnen" and waits for its list (built when opened). */
async function openSources(page) {
  await page.click('.sw-sources summary');
  await page.waitForSelector('.sw-sources [data-figure="wml_hourly"]');
}

const noticed = (page) => page.$$eval('.sw-uncertain [data-param]', (li) => li.map((l) => l.dataset.param));

test('on 2026-12-01 the amounts use € 14,99 and only the unconfirmed maximum dagloon is named, calmly', async (t) => {
  const page = await open(t);
  await fillContractExample(page);
  await page.fill('input[name="job.hourly_wage"]', '14,99');
  await page.fill('input[name="date"]', '2026-12-01');
  // 14,99 × 60 % = 8,994 → € 8,99 an hour.
  assert.match(await page.textContent('[data-result="loondispensatie"]'), /€\s?8,99/);
  assert.equal(await page.getAttribute('.sw-uncertain', 'data-uncertain'), '1');
  assert.equal((await page.textContent('.sw-uncertain summary')).trim(), '1 bedrag is mogelijk niet actueel');
  assert.equal(await page.$eval('.sw-uncertain', (d) => d.open), false, 'closed until opened');
  assert.deepEqual(await noticed(page), ['max_dagloon']);
  // No alarm about the minimum wage: € 14,99 is simply current.
  const alarms = await page.$$eval('.sw-notice', (ps) => ps.map((p) => p.textContent));
  assert.ok(alarms.every((a) => !/minimumloon/.test(a)), alarms.join(' | '));
  assert.match(await page.textContent('.sw-checked'), /Bedragen gecontroleerd op 1 december 2026/);
});

test('on 2026-06-30 the minimum wage is € 14,71, and a wage below the new one is flagged after July', async (t) => {
  const page = await open(t);
  await fillContractExample(page);
  await page.fill('input[name="date"]', '2026-06-30');
  await openSources(page);
  assert.match(await page.textContent('[data-figure="wml_hourly"]'), /€\s?14,71/);
  await page.fill('input[name="date"]', '2026-07-01');
  assert.match(await page.textContent('[data-figure="wml_hourly"]'), /€\s?14,99/);
  const alarms = await page.$$eval('.sw-notice', (ps) => ps.map((p) => p.textContent).join(' | '));
  assert.match(alarms, /lager dan het minimumloon voor 24 jaar \(€\s?14,99\)/);
});

test('on 2027-08-01 every figure that may be outdated is named once, in one block, in both languages', async (t) => {
  const page = await open(t, { width: 360, height: 800 });
  await fillBijstand19(page, '2027-08-01');
  assert.equal(await status(page, 'proefplaatsing'), 'eligible', 'a proefplaats via the gemeente');
  assert.deepEqual(await noticed(page), ['wml_hourly', 'youth_pct', 'max_dagloon', 'lks_employer_costs']);
  assert.equal((await page.textContent('.sw-uncertain summary')).trim(), '4 bedragen zijn mogelijk niet actueel');
  assert.equal(await page.locator('.sw-uncertain').count(), 1, 'one block, not one per card');
  await page.click('.sw-uncertain summary');
  assert.match(await page.textContent('[data-param="youth_pct"]'), /19 jaar: 75 %.*aangekondigd/);
  assert.match(await page.textContent('[data-param="wml_hourly"]'), /€\s?14,99, geldig vanaf 1 juli 2026/);
  await openSources(page);
  await page.screenshot({ path: join(artifacts, 'figures-2027-360.png'), fullPage: true });
  assert.deepEqual(await axe(page), [], 'the open blocks at 360 px');
  // Nothing wider than the phone.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${overflow} px wider than the screen`);
  await page.click('button.sw-lang');
  assert.equal((await page.textContent('.sw-uncertain summary')).trim(), '4 figures may be out of date');
  assert.match(await page.textContent('[data-param="max_dagloon"]'), /Maximum daily wage: we use €304\.25/);
  assert.match(await page.textContent('.sw-checked'), /Figures last checked on 1 December 2026/);
});

test('"Bedragen en bronnen" is there before the form is complete, for the date typed', async (t) => {
  const page = await open(t);
  assert.equal(await status(page, 'loondispensatie'), 'needs_info');
  await page.fill('input[name="date"]', '2026-03-01');
  await openSources(page);
  assert.match(await page.textContent('[data-figure="wml_hourly"]'), /€\s?14,71.*geldig vanaf 1 januari 2026/);
  await page.fill('input[name="date"]', '2026-09-01');
  assert.match(await page.textContent('[data-figure="wml_hourly"]'), /€\s?14,99.*geldig vanaf 1 juli 2026/);
});

test('"Bedragen en bronnen" lists every figure with value, date, status and a source link', async (t) => {
  const page = await open(t, { width: 1366, height: 900 });
  await fillBijstand19(page, '2027-08-01');
  await openSources(page);
  const rows = await page.$$eval('.sw-sources [data-figure]', (li) => li.map((l) => ({
    key: l.dataset.figure,
    status: l.dataset.status,
    text: l.textContent,
    href: l.querySelector('a')?.getAttribute('href') ?? '',
  })));
  assert.ok(rows.length >= 18, `${rows.length} figures`);
  for (const r of rows) {
    assert.match(r.href, /^https:\/\//, r.key);
    assert.match(r.text, /geldig vanaf \d+ \w+ \d{4}/, r.key);
    assert.ok(['confirmed', 'announced', 'carried_forward'].includes(r.status), r.key);
  }
  const row = (key) => rows.find((r) => r.key === key);
  assert.equal(row('wml_hourly').status, 'carried_forward');
  assert.match(row('wml_hourly').text, /nog geen nieuw bedrag bekend/);
  assert.equal(row('youth_pct').status, 'announced');
  assert.equal(row('holiday_allowance').status, 'confirmed');
  assert.match(row('holiday_allowance').text, /8 %.*vastgesteld/);
  await page.locator('.sw-sources').screenshot({ path: join(artifacts, 'sources-1366.png') });
});

test('the printed gespreksverslag lists the figures and their sources, and names the uncertain ones', async (t) => {
  const page = await open(t);
  await fillBijstand19(page, '2027-08-01');
  const { extractText, getDocumentProxy } = await import('unpdf');
  const pdf = await page.pdf({ format: 'A4' });
  const { totalPages, text: raw } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  const text = raw.replace(/\s+/g, ' ');
  assert.ok(totalPages <= 3, `${totalPages} pages`);
  assert.ok(text.indexOf('Volgende stappen') < text.indexOf('Bedragen en bronnen'), 'the figures come last');
  for (const expected of [
    '4 bedragen zijn mogelijk niet actueel', 'Bedragen en bronnen', 'Gecontroleerd op 1 december 2026',
    'Wettelijk minimumloon per uur (21 jaar en ouder): € 14,99', 'nog geen nieuw bedrag bekend',
    'https://www.rijksoverheid.nl/onderwerpen/minimumloon/bedragen-minimumloon',
  ]) assert.ok(text.includes(expected), `the printout has "${expected}"`);
});
