import { chromium } from 'playwright-core';
import { servedCopy, launchOptions, fillContractExample } from './e2e/helpers.mjs';
const { url, stop } = await servedCopy();
const browser = await chromium.launch(launchOptions);
for (const width of [360, 1366]) {
  const ctx = await browser.newContext({ viewport: { width, height: 800 }, locale: 'nl-NL' });
  const page = await ctx.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-result="loondispensatie"]');
  await fillContractExample(page);
  await page.fill('input[name="employee.loonwaarde_pct"]', '50');
  await page.click('.sw-compare__pin');
  await page.fill('input[name="employee.loonwaarde_pct"]', '70');
  await page.locator('.sw-compare').screenshot({ path: `/tmp/compare-${width}.png` });
  await page.locator('.sw-years').screenshot({ path: `/tmp/chart-${width}.png` });
  console.log(width, await page.evaluate(() => document.documentElement.scrollWidth), await page.evaluate(() => getComputedStyle(document.querySelector('.sw-chart__label')).fontSize), await page.evaluate(() => { const t = document.querySelector('.sw-chart__label'); return t.getBoundingClientRect().height; }));
  if (width === 360) { await page.pdf({ path: '/tmp/compare.pdf', format: 'A4' }); console.log(page.url()); }
}
await browser.close(); stop();
