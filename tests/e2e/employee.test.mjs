// Support beyond a new hire: werkplekaanpassing (UWV or the gemeente), werkbehoud for someone who
// already works here, the page's wording following that answer, and the candidate's own sheet
// ("Financieel overzicht voor de werkgever") on paper.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifacts, axe, fillContractExample, open, shareLink, status, useBrowser } from './helpers.mjs';

useBrowser();

test('a current Wajong employee: werkbehoud via UWV, no proefplaatsing, and the page speaks of "uw werknemer"', async (t) => {
  const page = await open(t, { width: 390, height: 844 });
  await fillContractExample(page);
  assert.equal(await status(page, 'werkbehoud'), 'not_eligible', 'a new hire: once they work for you');
  assert.equal(await status(page, 'proefplaatsing'), 'eligible');
  await page.check('input[name="job.already_employed"][value="true"]');
  assert.equal(await status(page, 'werkbehoud'), 'eligible');
  assert.equal(await status(page, 'proefplaatsing'), 'not_eligible');
  const card = page.locator('[data-result="werkbehoud"]');
  assert.match(await card.textContent(), /Geregeld door:?\s*UWV/);
  await card.locator('summary').click();
  assert.match(await card.textContent(), /Werkgeversservicepunt/);
  assert.match(await page.textContent('#sw-h-candidate'), /De werknemer/);
  assert.match(await page.textContent('.sw-form'), /Werkt de werknemer via de sociale werkvoorziening/);
  assert.match(await page.textContent('.sw-form'), /De dag waarop het nieuwe werk of de nieuwe afspraak ingaat/);
  assert.match(await page.textContent('[data-result="loondispensatie"]'), /Uw werknemer heeft een Wajong/);
  assert.doesNotMatch(await page.textContent('.sw-cards'), /kandidaat/);
  // "Weet ik niet": the cards that depend on it say so.
  await page.check('input[name="job.already_employed"][value="unknown"]');
  assert.equal(await status(page, 'werkbehoud'), 'needs_info');
  assert.equal(await status(page, 'proefplaatsing'), 'needs_info');
  // The share link keeps the answer.
  await page.check('input[name="job.already_employed"][value="true"]');
  const hash = await shareLink(page);
  assert.ok(hash.includes('job.already_employed=true'), hash);
  const again = await open(t, { hash });
  assert.equal(await status(again, 'werkbehoud'), 'eligible');
  await page.screenshot({ path: join(artifacts, 'employee-390.png'), fullPage: true });
  assert.deepEqual(await axe(page), []);
});

test('werkplekaanpassing: a WIA employee with a limitation via UWV, a bijstand candidate via the gemeente, none without a limitation', async (t) => {
  const page = await open(t, { width: 360, height: 800 });
  await page.check('input[name="job.already_employed"][value="true"]');
  await page.selectOption('select[name="employee.benefit"]', 'wia');
  await page.check('input[name="employee.structural_limitation"][value="true"]');
  await page.fill('input[name="employee.age"]', '45');
  await page.fill('input[name="job.hours_per_week"]', '32');
  await page.fill('input[name="job.hourly_wage"]', '18,50');
  const card = page.locator('[data-result="werkplekaanpassing"]');
  assert.equal(await status(page, 'werkplekaanpassing'), 'eligible');
  assert.match(await card.textContent(), /Geregeld door:?\s*UWV/);
  await card.locator('summary').click();
  const why = await card.textContent();
  for (const phrase of ['niet-meeneembaar', 'meeneembaar', 'algemeen gebruikelijk', 'Arbowet', 'vóórdat u iets koopt', 'Wet WIA art. 35 lid 1']) {
    assert.ok(why.includes(phrase), phrase);
  }
  assert.doesNotMatch(why, /€/, 'no amounts: none were found');
  await card.screenshot({ path: join(artifacts, 'werkplekaanpassing-360.png') });
  // The same employee keeps a no-riskpolis of 5 years (Ziektewet 29b lid 4) and gets LKV herplaatsen.
  assert.match(await page.textContent('[data-result="no_riskpolis"]'), /5 jaar/);
  assert.match(await page.textContent('[data-result="lkv"]'), /€\s?5\.075,20/);
  await page.selectOption('select[name="employee.benefit"]', 'participatiewet');
  assert.equal(await status(page, 'werkplekaanpassing'), 'eligible');
  assert.match(await card.textContent(), /Geregeld door:?\s*de gemeente/);
  await page.check('input[name="employee.structural_limitation"][value="false"]');
  assert.equal(await status(page, 'werkplekaanpassing'), 'not_eligible');
});

test('the candidate\'s sheet: one A4 page with the likely arrangements, their amounts and what to do, without the questions', async (t) => {
  const page = await open(t);
  await fillContractExample(page);
  await page.evaluate(() => { window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }; });
  await page.click('button.sw-print--sheet');
  await page.waitForFunction(() => window.__printed === 1);
  const { extractText, getDocumentProxy } = await import('unpdf');
  const pdf = await page.pdf({ format: 'A4' });
  writeFileSync(join(artifacts, 'financieel-overzicht.pdf'), pdf);
  const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  const flat = text.replace(/\s+/g, ' ');
  assert.equal(totalPages, 1, flat);
  for (const phrase of ['Financieel overzicht voor de werkgever', 'Loondispensatie', '€ 8,83 per uur', 'No-riskpolis',
    'Loonkostenvoordeel (LKV)', '€ 1.260,48 per jaar', 'Werkplekaanpassing en hulpmiddelen', 'Lagere loonkosten in het eerste jaar',
    '€ 9.185,78', 'Wat de werkgever moet doen', 'liep tot 29 januari 2026', 'Dit is een schatting']) {
    assert.ok(flat.includes(phrase), `${phrase} in ${flat}`);
  }
  for (const absent of ['Welke uitkering', 'Wajong met arbeidsvermogen', 'Wat is ingevuld', 'Loonkostensubsidie', 'Werkbehoud']) {
    assert.ok(!flat.includes(absent), `no ${absent}: ${flat}`);
  }
  // The gespreksverslag button prints the gespreksverslag again.
  await page.click('button.sw-print:not(.sw-print--sheet)');
  await page.waitForFunction(() => window.__printed === 2);
  const report = await extractText(await getDocumentProxy(new Uint8Array(await page.pdf({ format: 'A4' }))), { mergePages: true });
  assert.ok(report.text.includes('Gespreksverslag Steunwijzer'));
  // In English too.
  await page.click('button.sw-lang');
  await page.click('button.sw-print--sheet');
  const english = await extractText(await getDocumentProxy(new Uint8Array(await page.pdf({ format: 'A4' }))), { mergePages: true });
  assert.ok(english.text.includes('Financial overview for the employer'), english.text);
  assert.ok(!english.text.includes('Financieel overzicht'));
});
