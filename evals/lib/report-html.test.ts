import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium, requireChromium, SCREENSHOT_DIR } from '../../test/e2e/browser.ts';
import { runMetaEval } from '../meta/meta-eval.ts';
import { fakeEval, type FakeCase } from './fake-evals.ts';
import { main } from './main.ts';

const SUITE = 'eval HTML report in Chromium';
requireChromium(SUITE);

const ok = (name: string): FakeCase => ({ name, want: 'yes', answers: ['yes'] });
const rules = (input: FakeCase, output: string) => [{ ruleId: 'outreach.brief', expectedPass: input.want === 'yes', actualPass: output === 'yes' }];
const rule = { id: 'outreach.brief', appliesTo: 'outreach' as const, severity: 'low' as const, title: 'Short', text: 'x', sources: [], check: (t: string) => ({ passed: !t.includes('long'), message: 'm' }) };
const examples = [...Array.from({ length: 10 }, (_, i) => `short ${i}`), ...Array.from({ length: 10 }, (_, i) => `long ${i}`)].map((text) => ({ ruleId: rule.id, text, expect: text.startsWith('long') ? ('fail' as const) : ('pass' as const), source: 'infochat' }));

/** Two runs: a blessed baseline, then one where a case regressed; returns the second report's HTML file. */
async function writeReports(dir: string): Promise<string> {
  const deps = {
    env: {},
    meta: () => runMetaEval([rule], examples),
    baselineFile: path.join(dir, 'baseline.json'),
    reportsDir: path.join(dir, 'reports'),
    stdout: () => {},
  };
  const before = [ok('outreach steady'), ok('outreach slips'), ok('script </script><b>x</b>')];
  await main(['--bless'], { ...deps, evals: async () => [fakeEval('outreach critique', before, { job: 'outreach', threshold: 0.5, rules }).ev] });
  const after = [ok('outreach steady'), { name: 'outreach slips', want: 'yes', answers: ['no'] }, ok('script </script><b>x</b>')];
  await main([], { ...deps, evals: async () => [fakeEval('outreach critique', after, { job: 'outreach', threshold: 0.5, rules }).ev, fakeEval('questions review', [ok('why did you leave')], { job: 'questions' }).ev] });
  return path.join(dir, 'reports', 'report.html');
}

describe('the HTML report file', () => {
  it('is self-contained: no external resource, and no data string can close its script', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'eval-html-'));
    try {
      const html = readFileSync(await writeReports(dir), 'utf8');
      expect(html).not.toMatch(/\b(?:src|href)=["']?(?:https?:)?\/\//i);
      expect(html).not.toMatch(/@import|url\(/);
      expect(html.match(/<\/script>/g)).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!hasChromium)(SUITE, () => {
  let browser: Browser | undefined;
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'eval-html-'));
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the baseline diff first, filters cases by job, rule and status, and opens a case with every reason', { timeout: 30_000 }, async () => {
    const file = await writeReports(dir);
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);

    const sections = await page.locator('main > section h2').allTextContents();
    expect(sections).toEqual(['Against the baseline', 'Jobs', 'Rules', 'Cases']);
    await expect(page.locator('#diff').innerText()).resolves.toContain('1 regressed');
    await expect(page.locator('#diff a').allTextContents()).resolves.toEqual(['outreach critique/outreach slips']);
    const header = await page.locator('header').innerText();
    expect(header).toContain('coach: offline');
    expect(header).toContain('PASS: 2 eval(s), 4 case run(s) at or above threshold; 1 checker(s) at or above 0.9');

    // Failing cases first (the default filter), then every case, then by job and by rule.
    const count = () => page.locator('#f-count').textContent();
    await expect(count()).resolves.toBe('1 of 4 cases');
    await page.selectOption('#f-status', '');
    await expect(count()).resolves.toBe('4 of 4 cases');
    await page.selectOption('#f-job', 'questions');
    await expect(count()).resolves.toBe('1 of 4 cases');
    await page.selectOption('#f-job', '');
    await page.selectOption('#f-rule', 'outreach.brief');
    await expect(count()).resolves.toBe('1 of 4 cases');
    await page.selectOption('#f-rule', '');
    await page.fill('#f-text', '</script>');
    await expect(page.locator('#cases summary .name').allTextContents()).resolves.toEqual(['script </script><b>x</b>']);

    // The regression link opens the case: input, output and each scorer's reason.
    await page.click('#diff a');
    const opened = page.locator('details.case[open]');
    await expect(opened.locator('summary .name').textContent()).resolves.toBe('outreach slips');
    const body = await opened.innerText();
    expect(body).toContain('got "no", wanted "yes"');
    expect(body).toContain('outreach.brief failed (label: pass)');
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'eval-report.png'), fullPage: true });

    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
  });
});
