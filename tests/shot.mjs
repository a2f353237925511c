import { chromium } from 'playwright-core';
import { servedCopy, launchOptions, fillContractExample } from './e2e/helpers.mjs';
const { url, stop } = await servedCopy();
const browser = await chromium.launch(launchOptions);
for (const width of (process.env.W ?? '360,390,1366').split(',').map(Number)) {
  const ctx = await browser.newContext({ viewport: { width, height: width > 1000 ? 768 : 740 }, locale: 'nl-NL' });
  const page = await ctx.newPage();
  await page.goto(url + (process.env.HASH ?? ''));
  await page.waitForSelector('[data-result="loondispensatie"]');
  if (!process.env.HASH) await fillContractExample(page);
  await page.focus(process.env.FOCUS ?? 'input[name="employee.age"]');
  await page.screenshot({ path: `/tmp/shot-${width}-vp.png` });
  if (process.env.FULL) await page.screenshot({ path: `/tmp/shot-${width}-full.png`, fullPage: true });
}
await browser.close(); stop();
