// End-to-end tests: the release build (dist/) served on 127.0.0.1, driven in Debian's headless
// Chromium through playwright-core, checked with axe-core (WCAG 2.1 AA). Screenshots go to
// tests/e2e/artifacts/ (gitignored). Run by `scripts/test`, or: `cd tests && node --test e2e/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ARRANGEMENTS, artifacts, axe, env, fillContractExample, open, shareLink, status, useBrowser } from './helpers.mjs';

useBrowser();

test('an empty form shows every card waiting for information', async (t) => {
  const page = await open(t);
  for (const a of ARRANGEMENTS) assert.equal(await status(page, a), 'needs_info', a);
  await page.screenshot({ path: join(artifacts, 'empty.png'), fullPage: true });
});

test('journey: Wajonger with loonwaarde 60 % (the contract example), live as the user types', async (t) => {
  const page = await open(t);
  await fillContractExample(page);
  assert.equal(await status(page, 'loondispensatie'), 'eligible');
  assert.equal(await status(page, 'no_riskpolis'), 'eligible');
  assert.equal(await status(page, 'jobcoach'), 'eligible');
  const ldp = await page.textContent('[data-result="loondispensatie"]');
  assert.match(ldp, /€\s?8,83/, 'employer pays 60 % of € 14,71 an hour');

  // Typing changes the status at once, without a submit.
  await page.fill('input[name="employee.loonwaarde_pct"]', '100');
  assert.equal(await status(page, 'loondispensatie'), 'not_eligible');
  await page.fill('input[name="employee.loonwaarde_pct"]', '60');
  assert.equal(await status(page, 'loondispensatie'), 'eligible');

  // Every card explains why, with a link to the law.
  await page.click('[data-result="loondispensatie"] details summary');
  const law = await page.$$eval('[data-result="loondispensatie"] details a[href^="https://wetten.overheid.nl/"]', (as) => as.length);
  assert.ok(law >= 1, 'the Waarom? section links to wetten.overheid.nl');
  // What it means for the wage costs: 19.826,73 a year (wage + 8 %) − 7.925,30 − 1.260,48.
  const withRow = await page.textContent('[data-costs-with]');
  assert.match(withRow, /€\s?886,75/);
  assert.match(withRow, /€\s?10\.640,95/);
  const reductions = await page.$$eval('[data-reduction]', (rows) => rows.map((r) => r.dataset.reduction));
  assert.deepEqual(reductions, ['loondispensatie', 'lkv']);
  // Next steps, earliest deadline first, with dates written out.
  const steps = await page.$$eval('[data-step]', (items) => items.map((li) => li.dataset.step));
  assert.deepEqual(steps, ['proefplaatsing', 'jobcoach', 'loondispensatie', 'lkv', 'werkplekaanpassing', 'no_riskpolis']);
  assert.match(await page.textContent('[data-step="jobcoach"]'), /29 januari 2026/);
  await page.screenshot({ path: join(artifacts, 'contract-example.png'), fullPage: true });
});

test('a bad number gets a field-level error and no result', async (t) => {
  const page = await open(t);
  await fillContractExample(page);
  await page.fill('input[name="job.hours_per_week"]', '80');
  const input = page.locator('input[name="job.hours_per_week"]');
  assert.equal(await input.getAttribute('aria-invalid'), 'false', 'not flagged while still typing');
  assert.equal(await status(page, 'loondispensatie'), 'needs_info', 'but no result from it either');
  await input.blur();
  assert.equal(await input.getAttribute('aria-invalid'), 'true', 'flagged on leaving the field');
  const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
  const errorText = await page.evaluate(
    (ids) => ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
    describedBy.split(/\s+/).filter(Boolean),
  );
  assert.match(errorText, /60/, 'the message names the limit');
  assert.equal(await status(page, 'loondispensatie'), 'needs_info');
});

/** The messages that describe an input (its aria-describedby), after leaving it. */
async function messageOf(page, name) {
  const input = page.locator(`input[name="${name}"]`);
  await input.blur();
  const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  return page.evaluate((ids) => ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' '), ids);
}

test('numbers with a unit are read, a wage with three decimals is questioned, and a wage of € 0 is asked again', async (t) => {
  const page = await open(t);
  await fillContractExample(page);
  await page.fill('input[name="job.hours_per_week"]', '20 uur');
  await page.fill('input[name="employee.age"]', '23 jaar');
  assert.equal(await status(page, 'loondispensatie'), 'eligible', '"20 uur" and "23 jaar" are numbers');
  assert.equal(await page.inputValue('input[name="job.monthly_wage"]'), '1.274,87', 'with the thousands dot');
  assert.match(await page.textContent('.sw-summary'), /^Voor \d van de 8 regelingen komt u waarschijnlijk in aanmerking(, voor \d is meer informatie nodig)?( en voor \d niet)?\.$/, 'the outcome in a sentence');
  await page.fill('input[name="job.hourly_wage"]', '14,711');
  assert.match(await messageOf(page, 'job.hourly_wage'), /bedoelt u 14,71\?/);
  assert.equal(await status(page, 'loondispensatie'), 'needs_info');
  await page.fill('input[name="job.hourly_wage"]', '0');
  assert.match(await messageOf(page, 'job.hourly_wage'), /een loon van € 0 kan niet/);
  assert.doesNotMatch(await page.textContent('.sw-results'), /bespaart € 0,00/);
  assert.deepEqual(await axe(page), []);
});

test('the English choice is kept in the share link and on reload, and a Dutch link stays Dutch', async (t) => {
  const page = await open(t);
  await fillContractExample(page);
  await page.click('button.sw-lang');
  const hash = await shareLink(page);
  assert.match(hash, /&lang=en$/);
  await page.reload();
  await page.waitForSelector('#steunwijzer[data-live="true"]');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'English after a reload');
  assert.equal(await page.inputValue('input[name="job.hourly_wage"]'), '14,71', 'with the answers');
  const again = await open(t, { hash });
  assert.equal(await again.evaluate(() => document.documentElement.lang), 'en', 'English when the link is opened');
  assert.equal(await again.$('.sw-notice[role="status"]'), null, 'nothing in the link was skipped');
  await again.click('button.sw-lang');
  assert.doesNotMatch(await shareLink(again), /lang=/, 'Dutch, the default, needs nothing in the link');
});

test('a share link reproduces the same results', async (t) => {
  const page = await open(t);
  await fillContractExample(page);
  const hash = await shareLink(page);
  assert.ok(hash.length > 1, 'the URL carries the scenario');
  const before = await Promise.all(ARRANGEMENTS.map((a) => status(page, a)));
  const again = await open(t, { hash });
  const after = await Promise.all(ARRANGEMENTS.map((a) => status(again, a)));
  assert.deepEqual(after, before);
  assert.equal(await again.inputValue('input[name="job.hourly_wage"]'), '14,71');
});

test('journey: English switch translates every text on the page', async (t) => {
  const page = await open(t);
  await fillContractExample(page);
  await page.click('button.sw-lang');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.textContent('[data-result="loondispensatie"]'), /€\s?8\.83/);
  for (const s of await page.$$('details summary')) await s.click();
  await page.click('button[type="submit"]');
  // Everything but the names of Dutch laws and arrangements (links, and terms in brackets) is English:
  // no common Dutch word may be left.
  const text = await page.evaluate(() => {
    const clone = document.querySelector('.sw-app').cloneNode(true);
    clone.querySelectorAll('.sw-law, option').forEach((el) => el.remove());
    return clone.innerText.replace(/\([^)]*\)/g, '');
  });
  const dutch = text.match(/\b(het|een|niet|uw|wordt|kandidaat|werkgever|loon|uur|maand|jaar|aanvragen|komt)\b/gi);
  assert.equal(dutch, null, `Dutch words left in English: ${dutch}`);
  await page.click('button.sw-lang');
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  assert.match(await page.textContent('[data-result="loondispensatie"]'), /Komt in aanmerking/);
  assert.equal(await page.inputValue('input[name="job.hourly_wage"]'), '14,71', 'switching language keeps the answers');
});

test('axe finds no WCAG 2.1 AA violations (empty, filled, errors, English, phone)', async (t) => {
  const page = await open(t);
  assert.deepEqual(await axe(page), [], 'empty form');
  await fillContractExample(page);
  await page.click('[data-result="loondispensatie"] details summary');
  assert.deepEqual(await axe(page), [], 'filled form');
  await page.fill('input[name="job.hourly_wage"]', 'abc');
  await page.locator('input[name="job.hourly_wage"]').blur();
  assert.deepEqual(await axe(page), [], 'with a field error');
  await page.click('button.sw-lang');
  assert.deepEqual(await axe(page), [], 'English');

  const phone = await open(t, { width: 375, height: 740 });
  await fillContractExample(phone);
  assert.deepEqual(await axe(phone), [], 'phone width');
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling on a phone (overflow ${overflow}px)`);
  await phone.screenshot({ path: join(artifacts, 'phone.png'), fullPage: true });

  // The narrowest phones (320 px, WCAG 1.4.10 reflow) and English's longer labels.
  const narrow = await open(t, { width: 320, height: 640 });
  await fillContractExample(narrow);
  await narrow.click('button.sw-lang');
  const overflow320 = await narrow.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow320 <= 0, `no horizontal scrolling at 320 px (overflow ${overflow320}px)`);
  assert.deepEqual(await axe(narrow), [], '320 px, English');
});

/** Presses Tab until the input named `name` has the focus; asserts the focus is visible there. */
async function tabTo(page, name, maxTabs = 12) {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    const here = await page.evaluate(() => {
      const el = document.activeElement;
      const style = el ? getComputedStyle(el) : null;
      return { name: el?.getAttribute('name'), outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '' };
    });
    if (here.name === name) {
      assert.ok(!here.outline.startsWith('none') && !here.outline.endsWith(' 0px'), `visible focus on ${name}: ${here.outline}`);
      return;
    }
  }
  assert.fail(`Tab did not reach ${name} within ${maxTabs} presses`);
}

test('journey: keyboard only, from the first question to the outcome', async (t) => {
  const page = await open(t);
  await page.focus('select[name="employee.benefit"]');
  await page.keyboard.press('ArrowDown'); // the first option: Wajong
  assert.equal(await page.inputValue('select[name="employee.benefit"]'), 'wajong');
  // Radio groups: Tab lands on the checked option ("Weet ik niet"), arrows move to "Ja".
  await tabTo(page, 'employee.wajong_work_capacity');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await tabTo(page, 'employee.target_group_register');
  await tabTo(page, 'employee.structural_limitation');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await tabTo(page, 'employee.age');
  await page.keyboard.type('24');
  await tabTo(page, 'job.hours_per_week');
  await page.keyboard.type('24');
  await tabTo(page, 'job.hourly_wage');
  await page.keyboard.type('14,71');
  await tabTo(page, 'job.contract_months');
  await page.keyboard.type('12');
  await tabTo(page, 'employee.loonwaarde_pct');
  await page.keyboard.type('60');
  assert.equal(await page.isChecked('input[name="employee.wajong_work_capacity"][value="true"]'), true);
  assert.equal(await page.isChecked('input[name="employee.structural_limitation"][value="true"]'), true);
  assert.equal(await page.inputValue('input[name="job.monthly_wage"]'), '1.529,84', 'the monthly wage is filled in, with the thousands dot');
  // Enter asks for the outcome: the focus moves to it, so a screen reader reads it next.
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'sw-h-results');
  for (const [a, s] of Object.entries({ loondispensatie: 'eligible', no_riskpolis: 'eligible', jobcoach: 'eligible' })) {
    assert.equal(await status(page, a), s, a);
  }
  assert.match(await page.textContent('[data-result="loondispensatie"]'), /€\s?8,83/);
  // The "Waarom?" of a card opens with the keyboard too.
  await page.focus('[data-result="loondispensatie"] details summary');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('[data-result="loondispensatie"] details', 'open'), '');
  assert.deepEqual(await axe(page), []);
});

test('journey: only the monthly wage known; Enter with gaps shows an error summary', async (t) => {
  const page = await open(t);
  await answer(page, { date: '2026-03-01', 'employee.benefit': 'wajong', 'job.hours_per_week': '32', 'job.monthly_wage': '€ 2.400' });
  // 2400 × 3 / 13 / 32 = 17,307… → € 17,31 an hour.
  assert.equal(await page.inputValue('input[name="job.hourly_wage"]'), '17,31');
  await page.press('input[name="job.monthly_wage"]', 'Enter');
  const summary = page.locator('.sw-error-summary');
  assert.ok(await summary.isVisible(), 'the error summary appears at the top');
  assert.equal(await summary.evaluate((el) => el === document.activeElement), true, 'and takes the focus');
  assert.match(await summary.textContent(), /Leeftijd: Vul de leeftijd/, 'each problem starts with its field');
  const box = await summary.boundingBox();
  const firstGroup = await page.locator('#sw-h-candidate').boundingBox();
  assert.ok(box.y < firstGroup.y, 'the summary is above the questions');
  assert.deepEqual(await axe(page), [], 'with the error summary');
  // Its link goes to the field without changing the share link in the URL.
  const before = `${new URL(page.url()).origin}/${await shareLink(page)}`;
  await summary.locator('a').first().click();
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('name')), 'employee.age');
  assert.equal(`${new URL(page.url()).origin}/${await shareLink(page)}`, before);
  await page.keyboard.type('30');
  assert.equal(await summary.count(), 0, 'gone when everything is filled in');
  await page.fill('input[name="employee.loonwaarde_pct"]', '50');
  // Arbeidsvermogen unknown, but until 31 October 2026 UWV gives loondispensatie to every Wajonger.
  assert.equal(await status(page, 'loondispensatie'), 'eligible');
  // Costs on € 17,31 × 32 × 52 × 1,08 = € 31.108,147… → € 31.108,15 a year.
  assert.match(await page.textContent('[data-costs]'), /31\.108,15/);
  // A share link keeps the monthly wage as typed.
  const again = await open(t, { hash: await shareLink(page) });
  assert.equal(await again.inputValue('input[name="job.monthly_wage"]'), '€ 2.400');
  assert.equal(await again.inputValue('input[name="job.hourly_wage"]'), '17,31');
});

test('headings go in order without skipping a level, in every state', async (t) => {
  const page = await open(t);
  const levels = () => page.$$eval('h1, h2, h3, h4, h5, h6', (hs) => hs.filter((h) => h.offsetParent !== null || h.closest('details')).map((h) => Number(h.tagName[1])));
  const check = async (state) => {
    const ls = await levels();
    assert.equal(ls.filter((l) => l === 1).length, 1, `${state}: one h1`);
    assert.equal(ls[0], 1, `${state}: the h1 comes first`);
    for (let i = 1; i < ls.length; i++) assert.ok(ls[i] <= ls[i - 1] + 1, `${state}: h${ls[i - 1]} → h${ls[i]} skips a level (${ls})`);
  };
  await check('empty');
  await page.click('button[type="submit"]');
  await check('error summary');
  await fillContractExample(page);
  for (const s of await page.$$('details summary')) await s.click();
  await check('filled, every Waarom? open');
});

test('200 % zoom: nothing is lost or needs scrolling sideways', async (t) => {
  // Browser zoom 200 % on a 1280 px wide window: a 640 px wide viewport at device scale 2.
  const context = await env.browser.newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2, locale: 'nl-NL' });
  t.after(() => context.close());
  const page = await context.newPage();
  await page.goto(env.url);
  await page.waitForSelector('#steunwijzer[data-live="true"]');
  await fillContractExample(page);
  for (const s of await page.$$('details summary')) await s.click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling at 200 % (overflow ${overflow}px)`);
  // Text-only zoom (WCAG 1.4.4): double the root font size at 1280 px; no text may be clipped.
  const wide = await open(t);
  await fillContractExample(wide);
  for (const s of await wide.$$('details summary')) await s.click();
  await wide.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
  const clipped = await wide.evaluate(() => [...document.querySelectorAll('.sw-app *')]
    .filter((el) => {
      const st = getComputedStyle(el);
      const hides = /(hidden|clip)/.test(st.overflowX + st.overflowY) && !el.classList.contains('sw-visually-hidden');
      return hides && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
    })
    .map((el) => el.className || el.tagName));
  assert.deepEqual(clipped, [], 'no clipped text at 200 % text size');
  const overflowText = await wide.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflowText <= 0, `no sideways scrolling at 200 % text size (overflow ${overflowText}px)`);
  for (const input of await wide.$$('.sw-app input:not([type=radio]), .sw-app select')) {
    const b = await input.boundingBox();
    assert.ok(b && b.x >= 0 && b.x + b.width <= 1280, 'every field stays in the window');
  }
  await page.screenshot({ path: join(artifacts, 'zoom-200.png'), fullPage: true });
});

test('screenshots of the filled-in check at 375 px and 1280 px (CI artifacts)', async (t) => {
  for (const width of [375, 1280]) {
    const page = await open(t, { width, height: 900 });
    await fillContractExample(page);
    await page.click('[data-result="loondispensatie"] details summary');
    const cards = await page.$$eval('[data-result]', (cs) => cs.map((c) => c.getBoundingClientRect().width));
    assert.ok(cards.every((w) => w <= width), `cards fit in ${width} px`);
    await page.screenshot({ path: join(artifacts, `check-${width}.png`), fullPage: true });
  }
});

test('the accessibility check is live: it catches a planted violation', async (t) => {
  const page = await open(t);
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'text'; // no label: WCAG 1.3.1 / 4.1.2
    document.querySelector('#steunwijzer').append(input);
  });
  const found = await axe(page);
  assert.ok(found.some((v) => v.startsWith('label')), `axe reports the unlabelled input: ${found}`);
});

// ---------------------------------------------------------------------------------------------
// User journeys: typed as a person would, each ending with its cards' statuses, key amounts, and an
// axe check of the final state. Expected amounts are worked out by hand in the comments.

/** Answers a form: selects and radios by value, text fields by typing. */
async function answer(page, answers) {
  for (const [name, value] of Object.entries(answers)) {
    const el = page.locator(`[name="${name}"]`).first();
    const tag = await el.evaluate((e) => e.tagName.toLowerCase() + ':' + (e.getAttribute('type') ?? ''));
    if (tag.startsWith('select')) await page.selectOption(`select[name="${name}"]`, value);
    else if (tag === 'input:radio') await page.check(`input[name="${name}"][value="${value}"]`);
    else if (tag === 'input:date') await page.fill(`input[name="${name}"]`, value); // the picker takes ISO
    else {
      await page.fill(`input[name="${name}"]`, '');
      await page.type(`input[name="${name}"]`, value);
      await page.locator(`input[name="${name}"]`).blur(); // moving on to the next question
    }
  }
}

async function journey(t, { answers, statuses, texts = {} }) {
  const page = await open(t);
  await answer(page, { date: '2026-03-01', ...answers });
  for (const [arrangement, expected] of Object.entries(statuses)) {
    assert.equal(await status(page, arrangement), expected, arrangement);
  }
  for (const [selector, pattern] of Object.entries(texts)) {
    assert.match(await page.textContent(selector), pattern, selector);
  }
  assert.deepEqual(await axe(page), [], 'final state has no WCAG 2.1 AA violations');
  return page;
}

test('journey: WIA employee, loonwaarde not assessed yet', async (t) => {
  await journey(t, {
    answers: {
      'employee.benefit': 'wia',
      'employee.target_group_register': 'false',
      'employee.structural_limitation': 'true',
      'employee.age': '45',
      'job.hours_per_week': '32',
      'job.hourly_wage': '18,50',
    },
    statuses: {
      no_riskpolis: 'eligible',
      lkv: 'eligible',
      jobcoach: 'needs_info', // needs a loonwaarde of at least 35 %
      loonkostensubsidie: 'not_eligible',
      proefplaatsing: 'eligible',
    },
    texts: {
      '[data-result="no_riskpolis"]': /5 jaar/,
      // Arbeidsgehandicapte werknemer: € 3,05 × 32 × 52 = € 5.075,20 a year, 3 years.
      '[data-result="lkv"]': /€\s?5\.075,20/,
      // (18,50 × 32 × 52) × 1,08 = 33.246,72 − 5.075,20.
      '[data-costs-with]': /€\s?28\.171,52/,
    },
  });
});

test('journey: Wajonger, doelgroepregister "weet ik niet", loonwaarde not assessed', async (t) => {
  await journey(t, {
    answers: {
      'employee.benefit': 'wajong',
      'employee.wajong_work_capacity': 'true',
      'employee.age': '30',
      'job.hours_per_week': '20',
      'job.hourly_wage': '14,71',
      'job.contract_months': '12',
    },
    statuses: {
      loondispensatie: 'needs_info', // UWV measures the loonwaarde first
      no_riskpolis: 'eligible', // Wajong: the register answer does not matter
      lkv: 'eligible', // Wajong is banenafspraak
    },
    texts: {
      '[data-result="no_riskpolis"]': /zolang de werknemer bij u werkt/,
      '[data-result="lkv"]': /€\s?1\.050,40/, // € 1,01 × 20 × 52
      '[data-result="loondispensatie"]': /loonwaarde/i,
    },
  });
});

test('journey: Participatiewet candidate with loonwaarde 50 %', async (t) => {
  await journey(t, {
    answers: {
      'employee.benefit': 'participatiewet',
      'employee.structural_limitation': 'true',
      'employee.age': '35',
      'job.hours_per_week': '36',
      'job.hourly_wage': '14,71',
      'job.contract_months': '12',
      'employee.loonwaarde_pct': '50%',
    },
    statuses: {
      loondispensatie: 'not_eligible',
      loonkostensubsidie: 'eligible',
      jobcoach: 'eligible',
      proefplaatsing: 'eligible', // a proefplaats via the gemeente (Participatiewet art. 8a lid 2 d)
      lkv: 'needs_info', // banenafspraak only with a place in the register
    },
    texts: {
      // WML 14,71 × 36 × 52 / 12 × 1,08 = 2.478,34 a month; 50 % of it.
      '[data-result="loonkostensubsidie"]': /€\s?1\.239,17/,
      '[data-result="jobcoach"]': /gemeente/,
      '[data-step="loonkostensubsidie"]': /1 september 2026/, // within 6 months of 1 March
    },
  });
});

test('journey: 19-year-old Wajonger on a youth wage', async (t) => {
  await journey(t, {
    answers: {
      'employee.benefit': 'wajong',
      'employee.wajong_work_capacity': 'true',
      'employee.structural_limitation': 'true',
      'employee.age': '19',
      'job.hours_per_week': '20',
      'job.hourly_wage': '€ 10,00',
      'job.contract_months': '12',
      'employee.loonwaarde_pct': '50',
    },
    statuses: { loondispensatie: 'eligible', jobcoach: 'eligible', lkv: 'eligible' },
    texts: {
      // Employer pays 50 % of € 10,00; saving (10,00 − 5,00) × 20 × 52 = € 5.200,00 a year.
      '[data-result="loondispensatie"]': /€\s?5,00.*€\s?5\.200,00/s,
    },
  });
});

test('journey: an impossible wage gets an inline error and no amounts', async (t) => {
  const page = await journey(t, {
    answers: {
      'employee.benefit': 'wajong',
      'employee.wajong_work_capacity': 'true',
      'employee.age': '24',
      'job.hours_per_week': '24',
      'job.hourly_wage': '14,7,1',
      'employee.loonwaarde_pct': '60',
    },
    // Loondispensatie counts with the wage and waits; the no-riskpolis does not and keeps its answer.
    statuses: { loondispensatie: 'needs_info', no_riskpolis: 'eligible' },
  });
  assert.equal(await page.getAttribute('input[name="job.hourly_wage"]', 'aria-invalid'), 'true');
  assert.equal(await page.$('[data-costs]'), null, 'no cost figures from invalid input');
  const waiting = await page.textContent('[data-result="loondispensatie"]');
  assert.match(waiting, /Verbeter eerst: Brutoloon per uur\./, 'the card says which field it waits for');
  // No euro amounts from the wrong input in the results. The cards that keep their answer have the
  // law's amounts only (the LKV's fixed amount a year, the no-riskpolis's highest daily wage).
  const results = await page.$eval('.sw-results', (el) => {
    const clone = el.cloneNode(true);
    clone.querySelector('.sw-sources')?.remove();
    clone.querySelector('[data-result="lkv"]')?.remove();
    clone.querySelector('[data-result="no_riskpolis"]')?.remove();
    return clone.textContent;
  });
  assert.doesNotMatch(results, /€\s?\d/, 'no euro amounts in the results');
  assert.ok(await page.$('.sw-results .sw-sources'), 'the figures are listed all the same');
});
