// Shared by the end-to-end test files: one static server for dist/ and one headless Chromium per
// file, a page opener that fails the test on any error, and the contract's example typed in.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { serve } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const dist = process.env.STEUNWIJZER_DIST ?? join(here, '..', '..', 'dist');
export const artifacts = join(here, 'artifacts');
mkdirSync(artifacts, { recursive: true });

export const ARRANGEMENTS = ['loondispensatie', 'no_riskpolis', 'jobcoach', 'lkv', 'loonkostensubsidie', 'proefplaatsing', 'werkplekaanpassing', 'werkbehoud'];
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Filled in by `useBrowser()`: the served app's URL and the browser. */
export const env = { url: '', browser: null, server: null };

export const launchOptions = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
};

/** Serves dist/ and launches Chromium before the file's tests; stops both after. */
export function useBrowser() {
  before(async () => {
    ({ server: env.server, url: env.url } = await serve(dist));
    env.browser = await chromium.launch(launchOptions);
  });
  after(async () => {
    await env.browser?.close();
    env.server?.close();
  });
}

/**
 * A copy of dist/ served on its own port, for tests that change or add files (a new version, a host
 * page). `stop()` closes the server and removes the copy.
 */
export async function servedCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'steunwijzer-dist-'));
  cpSync(dist, dir, { recursive: true });
  const { server, url } = await serve(dir);
  return { dir, url, stop: () => { server.close(); rmSync(dir, { recursive: true, force: true }); } };
}

/** Collects everything that would be a bug on a page: errors, failed or refused requests. */
export function watch(page) {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  return problems;
}

/** A fresh page on the app, failing the test on any uncaught error or failed request. */
export async function open(t, { width = 1280, height = 900, hash = '', url = env.url } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height }, locale: 'nl-NL' });
  const page = await context.newPage();
  const problems = watch(page);
  t.after(async () => {
    await context.close();
    assert.deepEqual(problems, [], 'the page loads without errors');
  });
  await page.goto(url + hash);
  await page.waitForSelector('#steunwijzer[data-live="true"]');
  return page;
}

/**
 * The share link in the address bar once it has caught up with the answers: the app updates it
 * 250 ms after the last change (SHARE_LINK_DELAY_MS), so this waits 400 ms first.
 */
export async function shareLink(page) {
  await page.waitForTimeout(400);
  return new URL(page.url()).hash;
}

export const status = (page, arrangement) =>
  page.getAttribute(`[data-result="${arrangement}"]`, 'data-status');

/** The contract's example scenario, entered as a Dutch employer would (label by label). */
export async function fillContractExample(page) {
  await page.selectOption('select[name="employee.benefit"]', 'wajong');
  await page.check('input[name="employee.wajong_work_capacity"][value="true"]');
  await page.check('input[name="employee.structural_limitation"][value="true"]');
  await page.fill('input[name="employee.age"]', '24');
  await page.fill('input[name="job.hours_per_week"]', '24');
  await page.fill('input[name="job.hourly_wage"]', '14,71');
  await page.fill('input[name="job.contract_months"]', '12');
  await page.fill('input[name="employee.loonwaarde_pct"]', '60');
  await page.fill('input[name="date"]', '2026-01-01');
}

/**
 * axe-core's WCAG 2.1 AA violations on the page, and its best practices (landmarks with one name
 * each, headings in order, …), one line each (empty: none).
 */
export async function axe(page) {
  const { violations } = await new AxeBuilder({ page }).withTags([...WCAG, 'best-practice']).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
