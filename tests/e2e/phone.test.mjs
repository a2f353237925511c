// End-to-end tests of the check as an employer uses it on a phone and an adviser on a laptop: the
// outcome at a glance in view while the form is filled in, cards that keep their answer when
// another field is wrong, next steps for what needs information, the comparison at the table (amounts,
// stacked, in the link, printed), a link pasted into an open tab, "Kopieer link", and axe at every width.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { artifacts, axe, ARRANGEMENTS, env, fillContractExample, open, shareLink, status, useBrowser } from './helpers.mjs';

useBrowser();

const WIDTHS = [360, 390, 1366];
const height = (width) => (width > 1000 ? 768 : 740);

/** The element's box in the viewport. */
const box = (page, selector) => page.locator(selector).first().evaluate((el) => {
  const r = el.getBoundingClientRect();
  return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
});
const overlaps = (a, b) => a.top < b.bottom && b.top < a.bottom && a.left < b.right && b.left < a.right;

for (const width of WIDTHS) {
  test(`outcome at a glance at ${width} px: in view and not covering the field being typed in, from the first field to the last`, async (t) => {
    const page = await open(t, { width, height: height(width) });
    await fillContractExample(page);
    const outcome = '[data-outcome]';
    // Every arrangement, with the status of its card, and a link to it.
    const items = await page.$$eval('[data-outcome-item]', (els) => els.map((el) => [el.dataset.outcomeItem, el.dataset.outcomeStatus]));
    assert.deepEqual(items.map(([k]) => k), ARRANGEMENTS);
    for (const [key, s] of items) assert.equal(s, await status(page, key), `${key} in the summary as on its card`);
    assert.match(await page.textContent('[data-outcome] [role="status"]'), /^Voor 6 van de 8 regelingen komt u waarschijnlijk in aanmerking/);
    assert.equal(await page.getAttribute('[data-outcome] [role="status"]', 'aria-live'), 'polite');
    for (const field of ['input[name="employee.age"]', 'input[name="date"]', 'input[name="job.hourly_wage"]', 'input[name="employee.loonwaarde_pct"]']) {
      await page.focus(field);
      const [o, f] = [await box(page, outcome), await box(page, field)];
      const vh = height(width);
      assert.ok(o.top >= 0 && o.bottom <= vh + 0.5, `${field} focused: the summary is in view (${o.top}–${o.bottom} of ${vh})`);
      assert.ok(f.top >= 0 && f.bottom <= vh, `${field} is in view`);
      assert.ok(!overlaps(o, f), `${field} is not covered: field ${f.top}–${f.bottom}, summary ${o.top}–${o.bottom}`);
      assert.ok(o.height <= (width > 1000 ? 140 : 130), `a compact summary: ${o.height} px high`);
    }
    // Typing changes it live.
    await page.fill('input[name="employee.loonwaarde_pct"]', '');
    assert.equal(await page.getAttribute('[data-outcome-item="loondispensatie"]', 'data-outcome-status'), 'needs_info');
    // A link goes to the card (focus on its heading), and leaves the share link alone.
    const before = await shareLink(page);
    await page.click('[data-outcome-item="jobcoach"] a');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'sw-result-jobcoach');
    const card = await box(page, '[data-result="jobcoach"]');
    assert.ok(card.top >= 0 && card.top < height(width), 'the card is scrolled into view');
    assert.equal(await shareLink(page), before);
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scroll <= width, `no sideways scrolling: ${scroll} > ${width}`);
    await page.focus('input[name="employee.age"]');
    await page.screenshot({ path: join(artifacts, `outcome-${width}.png`) });
  });
}

test('a wrong field holds back only the cards that depend on it, in the cards and in the summary', async (t) => {
  const page = await open(t, { width: 390, height: 740 });
  await fillContractExample(page);
  await page.fill('input[name="employee.age"]', 'vierentwintig');
  await page.locator('input[name="employee.age"]').blur();
  for (const waits of ['loondispensatie', 'lkv', 'loonkostensubsidie']) {
    assert.match(await page.textContent(`[data-result="${waits}"]`), /Verbeter eerst: Leeftijd\./, waits);
    assert.equal(await page.getAttribute(`[data-outcome-item="${waits}"]`, 'data-outcome-status'), 'waiting');
  }
  for (const keeps of ['no_riskpolis', 'jobcoach', 'proefplaatsing', 'werkplekaanpassing']) {
    assert.equal(await status(page, keeps), 'eligible', `${keeps} does not depend on the age`);
    assert.doesNotMatch(await page.textContent(`[data-result="${keeps}"]`), /Verbeter eerst/);
  }
  assert.deepEqual(await axe(page), []);
});

test('next steps: a Wajong candidate without a measured loonwaarde gets a step for loondispensatie and the jobcoach, in date order, none of them past', async (t) => {
  const page = await open(t, { width: 390, height: 740 });
  await fillContractExample(page);
  // A hire planned from next month, the loonwaarde not measured, the work capacity not known.
  const start = await page.evaluate(() => { const d = new Date(); return new Date(d.getFullYear(), d.getMonth() + 1, 1); });
  const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-01`;
  await page.fill('input[name="date"]', iso(new Date(start)));
  await page.fill('input[name="employee.loonwaarde_pct"]', '');
  await page.check('input[name="employee.wajong_work_capacity"][value="unknown"]');
  assert.equal(await status(page, 'loondispensatie'), 'needs_info');
  const steps = await page.$$eval('[data-step]', (els) => els.map((el) => [el.dataset.step, el.dataset.stepLate, el.textContent]));
  const keys = steps.map(([k]) => k);
  for (const key of ['loondispensatie', 'jobcoach', 'lkv', 'proefplaatsing']) assert.ok(keys.includes(key), `a step for ${key}: ${keys}`);
  assert.match(steps.find(([k]) => k === 'loondispensatie')[2], /Ga na of loondispensatie kan: vraag UWV/);
  assert.ok(steps.every(([, late]) => late === 'false'), 'no step is already too late');
  assert.match(steps.find(([k]) => k === 'proefplaatsing')[2], /vóór de start op 1 /);
});

test('a new form starts on the first day of next month, so no "before the start" step is already impossible', async (t) => {
  const page = await open(t, { width: 1366, height: 768 });
  const expected = await page.evaluate(() => {
    const d = new Date();
    const n = new Date(d.getFullYear(), d.getMonth() + 1, 1);
    return `${n.getFullYear()}-${String(n.getMonth() + 1).padStart(2, '0')}-01`;
  });
  assert.equal(await page.inputValue('input[name="date"]'), expected);
  await page.selectOption('select[name="employee.benefit"]', 'wajong');
  await page.fill('input[name="employee.age"]', '24');
  await page.fill('input[name="job.hours_per_week"]', '24');
  await page.fill('input[name="job.hourly_wage"]', '16');
  const proef = await page.textContent('[data-step="proefplaatsing"]');
  assert.doesNotMatch(proef, /voorbij/);
  assert.equal(await page.getAttribute('[data-step="proefplaatsing"]', 'data-step-late'), 'false');
  // A start that has passed gets the wording for a deadline that has passed.
  await page.fill('input[name="date"]', '2026-01-01');
  assert.equal(await page.getAttribute('[data-step="proefplaatsing"]', 'data-step-late'), 'true');
  assert.match(await page.textContent('[data-step="proefplaatsing"]'), /is vandaag of al voorbij/);
});

test('a share link pasted into a tab that shows the check is followed: answers, language, situation A and the same notices', async (t) => {
  const page = await open(t, { width: 390, height: 740 });
  await fillContractExample(page);
  const first = await shareLink(page);
  // Another candidate's link, pasted into the address bar: only the fragment changes.
  const other = '#v1&date=2026-01-01&employee.benefit=wia&employee.age=45&job.hours_per_week=32&job.hourly_wage=18%2C50&lang=en';
  await page.goto(env.url + other);
  await page.waitForFunction(() => document.querySelector('input[name="employee.age"]').value === '45');
  assert.equal(await page.getAttribute('.sw-app', 'lang'), 'en', 'the link\'s language');
  assert.equal(await page.inputValue('select[name="employee.benefit"]'), 'wia');
  assert.equal(await page.inputValue('input[name="job.hourly_wage"]'), '18,50');
  // The same results as opening that link in a new tab.
  const fresh = await open(t, { width: 390, height: 740, hash: other });
  for (const a of ARRANGEMENTS) assert.equal(await status(page, a), await status(fresh, a), a);
  assert.equal(await status(page, 'no_riskpolis'), 'eligible', 'a WIA benefit: the no-riskpolis');
  // The next edit builds on the new answers, not on the old ones.
  await page.fill('input[name="job.hours_per_week"]', '24');
  const after = await shareLink(page);
  assert.match(after, /employee\.benefit=wia/);
  assert.match(after, /job\.hours_per_week=24/);
  assert.match(after, /&lang=en$/);
  assert.notEqual(after, first);
  // A broken link pasted in: what can be used is, and the notice says what was skipped.
  await page.goto(env.url + '#v1&employee.age=30&nonsense=1');
  await page.waitForFunction(() => document.querySelector('input[name="employee.age"]').value === '30');
  assert.match(await page.textContent('.sw-notice[role="status"]'), /nonsense/);
  assert.equal(await page.getAttribute('.sw-app', 'lang'), 'nl', 'a link without a language is Dutch, as on opening it');
  // Back to the first link: the first answers again.
  await page.goto(env.url + first);
  await page.waitForFunction(() => document.querySelector('input[name="employee.age"]').value === '24');
  assert.equal(await status(page, 'loondispensatie'), 'eligible');
  assert.equal(await page.$('.sw-notice[role="status"]'), null, 'nothing skipped in this one');
});

for (const width of [360, 1366]) {
  test(`comparison at ${width} px: amounts side by side, ${width < 600 ? 'stacked' : 'in columns'}, kept in the link and on paper`, async (t) => {
    const page = await open(t, { width, height: height(width) });
    await fillContractExample(page);
    await page.fill('input[name="employee.loonwaarde_pct"]', '50');
    await page.click('.sw-compare__pin');
    await page.fill('input[name="employee.loonwaarde_pct"]', '70');
    const row = (key) => page.locator(`[data-compare-row="${key}"]`);
    // The amounts of the cards, A next to B.
    assert.match(await row('loondispensatie.0').textContent(), /Loondispensatie: U betaalt.*€\s?7,36 per uur.*€\s?10,30 per uur/);
    assert.equal(await row('loondispensatie.0').getAttribute('data-differs'), 'true');
    assert.equal(await row('lkv.0').getAttribute('data-differs'), 'false');
    const cells = await row('Loonwaarde in procenten').evaluate((tr) => [...tr.children].map((c) => {
      const r = c.getBoundingClientRect();
      return { width: r.width, left: r.left, display: getComputedStyle(c).display };
    }));
    const tableWidth = await page.locator('[data-compare]').evaluate((el) => el.getBoundingClientRect().width);
    if (width < 600) {
      // Stacked: the question and each answer take the full width, one under the other.
      assert.ok(cells.every((c) => c.display === 'block' && c.width > tableWidth * 0.9), JSON.stringify(cells));
      assert.match(await row('Loonwaarde in procenten').textContent(), /50 %/);
      assert.equal(await page.locator('[data-compare] td[data-column="A"]').first().evaluate((td) => getComputedStyle(td, '::before').content), '"A: "');
    } else {
      assert.ok(cells[1].left > cells[0].left && cells[2].left > cells[1].left, 'three columns');
    }
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scroll <= width, `no sideways scrolling: ${scroll}`);
    // The question column does not wrap a letter a line: its words stay whole.
    const questionWidth = await row('Leeftijd').locator('th').evaluate((th) => th.getBoundingClientRect().width);
    assert.ok(questionWidth > 80, `question column ${questionWidth} px`);
    assert.deepEqual(await axe(page), []);
    await page.locator('.sw-compare').screenshot({ path: join(artifacts, `compare-${width}.png`) });
    // In the link: a reload opens on the same comparison.
    const link = await shareLink(page);
    assert.match(link, /&a\.employee\.loonwaarde_pct=50/);
    await page.reload();
    await page.waitForSelector('[data-compare]');
    assert.match(await row('Loonwaarde in procenten').textContent(), /50 %.*70 %/);
    // On paper, under the gespreksverslag, without its buttons.
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.locator('[data-compare]').isVisible(), 'the comparison is printed');
    assert.equal(await page.locator('.sw-compare__stop').isVisible(), false);
    await page.emulateMedia({ media: 'screen' });
    // The chart shows A without and with, and its labels stay readable on a phone.
    assert.equal(await page.locator('[data-chart] .sw-chart__svg rect.sw-bar--compare-without').count(), 5);
    const label = await page.locator('.sw-chart__label').first().evaluate((el) => el.getBoundingClientRect().height);
    assert.ok(label >= 12, `chart labels ${label} px high`);
  });
}

test('"Kopieer link" puts the share link on the clipboard and says so', async (t) => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 740 }, locale: 'nl-NL', permissions: ['clipboard-read', 'clipboard-write'] });
  t.after(() => context.close());
  const page = await context.newPage();
  await page.goto(env.url);
  await page.waitForSelector('#steunwijzer[data-live="true"]');
  await fillContractExample(page);
  await shareLink(page);
  await page.click('.sw-copy__button');
  await page.waitForSelector('.sw-copy__done:has-text("klembord")');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  assert.equal(await page.getAttribute('.sw-copy__done', 'role'), 'status');
});

for (const width of WIDTHS) {
  test(`axe finds nothing at ${width} px: empty, filled in, with errors, comparing, in English`, async (t) => {
    const page = await open(t, { width, height: height(width) });
    assert.deepEqual(await axe(page), [], 'empty');
    await fillContractExample(page);
    assert.deepEqual(await axe(page), [], 'filled in');
    await page.fill('input[name="employee.age"]', 'oud');
    await page.click('button.sw-submit');
    assert.deepEqual(await axe(page), [], 'errors');
    await page.fill('input[name="employee.age"]', '24');
    await page.click('.sw-compare__pin');
    await page.fill('input[name="job.hours_per_week"]', '32');
    assert.deepEqual(await axe(page), [], 'comparing');
    await page.click('button.sw-lang');
    assert.deepEqual(await axe(page), [], 'English');
  });
}
