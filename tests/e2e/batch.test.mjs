// End-to-end tests of the batch as an adviser uses it: a list of candidates typed in Excel, saved
// as CSV (byte-order mark, `;`, CRLF, Dutch labels, a name column, a formula, a bad row), uploaded,
// read on screen, downloaded and read back; the same bytes as `steunwijzer batch`; cells pasted
// straight from a spreadsheet; the example file; and a file of 100 000 lines that keeps the page
// responsive, shows progress and can be stopped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { artifacts, axe, open, useBrowser } from './helpers.mjs';

useBrowser();

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What `steunwijzer batch FILE [--lang]` writes (built by `cargo test` before this runs). */
function command(bytes, lang = 'nl') {
  const file = join(mkdtempSync(join(tmpdir(), 'sw-batch-')), 'in.csv');
  writeFileSync(file, bytes);
  try {
    return execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'steunwijzer', '--', 'batch', file, '--lang', lang], { cwd: root, maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (e) {
    if (e.status === 1) return e.stdout; // some lines had errors: still the whole file
    throw e;
  }
}

/** A minimal RFC 4180 reader for the downloaded file (quotes, doubled quotes, CRLF). */
function parseCsv(text, sep) {
  const rows = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) { rows.at(-1).push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { rows.at(-1).push(cell); cell = ''; rows.push([]); i++; }
    else cell += c;
  }
  if (cell !== '' || rows.at(-1).length) rows.at(-1).push(cell);
  if (rows.at(-1).length === 0) rows.pop();
  return rows;
}

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

const done = (page) => page.waitForFunction(() => document.querySelector('.sw-batch__summary')?.dataset.batchRows !== undefined);

// As Excel (Dutch locale) saves "CSV UTF-8": BOM, `;`, CRLF, the page's Dutch labels, and what an
// adviser types: a name column, capitalised benefits, a formula, a bad row, a line break in a cell.
const EXCEL = '\uFEFF' + [
  'Naam;Uitkering;Arbeidsvermogen (Wajong);Blijvende beperking;Leeftijd;Uren per week;Uurloon;Loonwaarde (%);Startdatum',
  'Jan;Wajong;Ja;Ja;24;24;14,71;60;1-1-2026',
  'Piet;WIA;;Ja;45;32;18,50;;1-1-2026',
  '"=HYPERLINK(""http://example.com"";""klik"")";Bijstand;;Ja;30;36;15,00;;1-1-2026',
  'Fout;pensioen;misschien;Ja;oud;32;14,71;;1-1-2026',
  '"Zoë de Vries\r\n(2e regel)";Wajong;Ja;Ja;22;20;13,68;50;1-1-2026',
].join('\r\n') + '\r\n';

test('batch: an Excel file with Dutch labels is uploaded, shown, downloaded and read back, as the command writes it', async (t) => {
  const page = await open(t, { width: 1366, height: 900 });
  await page.setInputFiles('#sw-batch-file', { name: 'kandidaten.csv', mimeType: 'text/csv', buffer: Buffer.from(EXCEL) });
  await done(page);
  const summary = page.locator('.sw-batch__summary');
  assert.equal(await summary.getAttribute('data-batch-rows'), '5');
  assert.equal(await summary.getAttribute('data-batch-ok'), '4');
  assert.match(await summary.textContent(), /^5 regels berekend in \d+ ms: 4 zonder fouten, 1 met fouten\.$/);
  // The counts per arrangement, then the line with errors, with its line number and messages.
  assert.equal(await page.getAttribute('[data-batch-arrangement="loondispensatie"] [data-batch-eligible]', 'data-batch-eligible'), '2');
  const errors = await page.$$eval('.sw-batch__errors > li', (lis) => lis.map((li) => li.textContent));
  assert.equal(errors.length, 1);
  assert.match(errors[0], /^Regel 5 \(Fout\)Uitkering: "pensioen" is geen uitkering die de check kent/, 'one message per cell, as a list');
  assert.equal(await page.locator('.sw-batch__errors li li').count(), 3);
  assert.match(errors[0], /Arbeidsvermogen \(Wajong\): "misschien" is geen ja of nee/);
  assert.match(errors[0], /Leeftijd: "oud" is geen getal/);
  assert.doesNotMatch(errors[0], /required|verplicht/);
  // The name column is carried, and named in the note.
  assert.match(await page.textContent('.sw-batch__note'), /"Naam"/);
  const rows = await page.$$eval('.sw-batch__table tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
  assert.deepEqual(rows.map((r) => r[0]), ['Regel 2 (Jan)', 'Regel 3 (Piet)', 'Regel 4 (=HYPERLINK("http://example.com";"klik"))', 'Regel 5 (Fout)', 'Regel 6 (Zoë de Vries\r\n(2e regel))']);
  assert.equal(rows[0][1], 'Komt in aanmerking');
  assert.equal(rows[3][1], 'Niet berekend: zie de fouten hierboven');
  assert.deepEqual(await axe(page), []);

  const file = await download(page, '.sw-batch__result a[download]');
  assert.equal(file.name, 'steunwijzer-uitkomst.csv');
  const text = file.bytes.toString('utf8');
  assert.ok(text.startsWith('\uFEFF'), 'a byte-order mark, so Excel reads UTF-8');
  const out = parseCsv(text.slice(1), ';');
  assert.equal(out.length, 6);
  const header = out[0];
  assert.deepEqual(header.slice(0, 10), ['Regel', 'Naam', 'Uitkering', 'Arbeidsvermogen (Wajong)', 'Blijvende beperking', 'Leeftijd', 'Uren per week', 'Uurloon', 'Loonwaarde (%)', 'Startdatum']);
  const col = (name) => out.slice(1).map((r) => r[header.indexOf(name)]);
  assert.deepEqual(col('Regel'), ['2', '3', '4', '5', '6']);
  assert.deepEqual(col('Naam'), ['Jan', 'Piet', '\'=HYPERLINK("http://example.com";"klik")', 'Fout', 'Zoë de Vries\r\n(2e regel)']);
  assert.deepEqual(col('Uurloon'), ['14,71', '18,50', '15,00', '14,71', '13,68'], 'the input as typed');
  assert.equal(col('Loondispensatie')[0], 'Komt in aanmerking');
  assert.equal(col('Uurloon dat u betaalt (loondispensatie)')[0], '8,83');
  assert.equal(col('Loondispensatie')[3], '');
  assert.match(col('Fouten')[3], /^Uitkering: "pensioen"/);
  for (const row of out) for (const cell of row) assert.doesNotMatch(cell, /^\s*[=+@\t\r]/, `no cell a spreadsheet would run: ${JSON.stringify(cell)}`);

  // `steunwijzer batch` writes the same bytes.
  assert.ok(command(Buffer.from(EXCEL)).equals(file.bytes), 'the command and the page write the same file');
  writeFileSync(join(artifacts, 'batch-uitkomst.csv'), file.bytes);
  await page.screenshot({ path: join(artifacts, 'batch-1366.png'), fullPage: true });

  // The same text pasted into the box (a text box has LF line ends and no byte-order mark) gives
  // the same outcome.
  const before = await page.getAttribute('.sw-batch__result a[download]', 'href');
  await page.fill('#sw-batch-input', EXCEL.slice(1));
  await page.click('.sw-batch button[type="submit"]');
  await page.waitForFunction((old) => { const a = document.querySelector('.sw-batch__result a[download]'); return a && a.href !== old; }, before);
  const pasted = await download(page, '.sw-batch__result a[download]');
  assert.equal(pasted.bytes.toString('utf8'), text.replace('Zoë de Vries\r\n(2e regel)', 'Zoë de Vries\n(2e regel)'));
});

test('batch: cells pasted from a spreadsheet (tabs) and the English page give an English file with commas', async (t) => {
  const page = await open(t, { width: 360, height: 780 });
  const pasted = ['Name\tBenefit\tAge\tHours per week\tGross hourly wage', 'Anna\tWajong\t24\t24\t14.71', 'Bob\tWW\tforty\t40\t16.00'].join('\n');
  await page.fill('#sw-batch-input', pasted);
  await page.click('.sw-batch button[type="submit"]');
  await done(page);
  assert.equal(await page.getAttribute('.sw-batch__summary', 'data-batch-errors'), '1');
  // The error is read at 360 px without scrolling sideways.
  const li = page.locator('.sw-batch__errors li');
  await li.scrollIntoViewIfNeeded();
  const box = await li.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 360, JSON.stringify(box));
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'no horizontal scroll of the page');
  await page.screenshot({ path: join(artifacts, 'batch-360.png'), fullPage: true });
  assert.deepEqual(await axe(page), []);

  // Switching the language evaluates again, in English.
  await page.click('button.sw-lang');
  await page.waitForFunction(() => /lines evaluated in/.test(document.querySelector('.sw-batch__summary')?.textContent ?? ''));
  assert.equal(await page.getAttribute('.sw-batch__result', 'lang'), 'en');
  assert.match(await page.textContent('.sw-batch__errors li'), /^Line 3 \(Bob\): Age: "forty" is not a number/);
  const file = await download(page, '.sw-batch__result a[download]');
  assert.equal(file.name, 'steunwijzer-outcome.csv');
  const out = parseCsv(file.bytes.toString('utf8').slice(1), ',');
  const header = out[0];
  assert.deepEqual(header.slice(0, 6), ['Line', 'Name', 'Benefit', 'Age', 'Hours per week', 'Gross hourly wage']);
  assert.equal(out[1][header.indexOf('Wage dispensation (loondispensatie)')], 'More information needed');
  assert.match(out[1][header.indexOf('Wage costs per year with support')], /^\d+\.\d\d$/, 'a decimal point in English');
  assert.ok(command(Buffer.from(pasted), 'en').equals(file.bytes), 'the command writes the same English file');
});

test('batch: the example file downloads in the page language and evaluates without errors', async (t) => {
  const page = await open(t);
  const example = await download(page, '.sw-batch__example a[download]');
  assert.equal(example.name, 'steunwijzer-voorbeeld.csv');
  const text = example.bytes.toString('utf8');
  assert.ok(text.startsWith('\uFEFFNaam;Werkt al bij u;Uitkering;'), text.slice(0, 60));
  assert.equal(parseCsv(text.slice(1), ';').length, 3, 'the header and two candidates');
  await page.setInputFiles('#sw-batch-file', { name: example.name, mimeType: 'text/csv', buffer: example.bytes });
  await done(page);
  assert.equal(await page.getAttribute('.sw-batch__summary', 'data-batch-ok'), '2');
  assert.equal(await page.$('.sw-batch__errors'), null);
});

test('batch: 100 000 lines keep the page responsive, show progress, and can be stopped', async (t) => {
  const page = await open(t);
  // The file is made in the page and chosen as a user would (a File in the input), so that what is
  // measured is the page's own work, not the test's transfer of 6 MB into it.
  await page.evaluate(() => {
    const benefits = ['Wajong', 'WIA', 'Bijstand', 'WW', 'Geen', 'Weet ik niet'];
    const lines = ['Naam;Uitkering;Arbeidsvermogen (Wajong);Blijvende beperking;Leeftijd;Uren per week;Uurloon;Contract in maanden;Loonwaarde (%);Startdatum'];
    for (let i = 0; i < 100000; i++) {
      lines.push([`k${i}`, benefits[i % 6], ['ja', 'nee', ''][i % 3], 'ja', 18 + (i % 45), 8 + (i % 33), `${14 + (i % 12)},${String(i % 100).padStart(2, '0')}`, i % 4 ? 6 + (i % 30) : '', i % 5 ? 20 + (i % 80) : '', '2026-01-01'].join(';'));
    }
    window.bigFile = new File(['\uFEFF' + lines.join('\r\n') + '\r\n'], 'groot.csv', { type: 'text/csv' });
    window.choose = () => {
      const input = document.querySelector('#sw-batch-file');
      const files = new DataTransfer();
      files.items.add(window.bigFile);
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
  });
  await page.waitForTimeout(200);
  // Long tasks (the main thread busy for 50 ms or more) while the file is read and worked through.
  await page.evaluate(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
    window.choose();
  });
  await page.waitForSelector('.sw-batch__progress progress');
  assert.match(await page.textContent('.sw-batch__progress'), /regels berekend \(\d+ %\)/);
  await page.waitForFunction(() => document.querySelector('.sw-batch__summary')?.dataset.batchRows === '100000', null, { timeout: 60000 });
  const ms = Number(await page.getAttribute('.sw-batch__summary', 'data-batch-ms'));
  const tasks = await page.evaluate(() => window.longTasks);
  const longest = Math.max(0, ...tasks);
  console.log(`# batch: 100 000 lines in ${ms} ms in the page; ${tasks.length} long tasks, the longest ${Math.round(longest)} ms`);
  // The slices are 40 ms; reading the file and making the download take about 70 and 20 ms here.
  assert.ok(longest < 150, `the page was blocked for ${Math.round(longest)} ms at a time`);
  assert.match(await page.textContent('.sw-batch__summary'), /^100\.000 regels berekend/);
  assert.match(await page.textContent('.sw-batch form'), /te groot om hier te tonen/, 'a large file is not put in the text box');

  // Again, and stop it halfway: the lines done so far are counted and offered for download.
  await page.evaluate(() => window.choose());
  await page.click('.sw-batch__progress button');
  await page.waitForFunction(() => document.querySelector('.sw-batch__summary')?.dataset.batchStopped === 'true');
  const rows = Number(await page.getAttribute('.sw-batch__summary', 'data-batch-rows'));
  assert.ok(rows > 0 && rows < 100000, `stopped after ${rows} lines`);
  assert.match(await page.textContent('.sw-batch__summary'), /^Gestopt\./);
  assert.equal(await page.evaluate(() => document.activeElement.className), 'sw-batch__summary', 'focus goes from the Stop button to the outcome, not to the page');
  const file = await download(page, '.sw-batch__result a[download]');
  assert.equal(parseCsv(file.bytes.toString('utf8').slice(1), ';').length, rows + 1);
  assert.deepEqual(await axe(page), []);

  // A file over 64 MB is refused with a message, before it is read.
  await page.evaluate(() => {
    window.bigFile = new File([new Uint8Array(65 * 1024 * 1024)], 'enorm.csv', { type: 'text/csv' });
    window.choose();
  });
  assert.match(await page.textContent('.sw-batch [role="alert"]'), /groter dan 64 MB/);
});
