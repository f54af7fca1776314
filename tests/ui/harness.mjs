// Shared set-up of the UI tests: a static server for the built UI (ui/dist) with the app's
// CSP, Debian's Chromium through playwright-core, and per page the real engine
// (mizan-ui-server, see engine.mjs) behind the IPC boundary: ipc-bridge.js, injected before
// any page script runs, forwards every `invoke` to it.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startEngine } from './engine.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DIST = path.resolve(here, '../../ui/dist');
/** The CSP the Tauri shell sets; served here too so a violation shows up in the tests. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src ipc: http://ipc.localhost";
const BRIDGE_SOURCE = fs.readFileSync(path.join(here, 'ipc-bridge.js'), 'utf8');
/** The engine behind each page (see `engine`). */
const engines = new WeakMap();

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Serves `root` on 127.0.0.1 at a free port. */
export async function startServer(root = DIST) {
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    throw new Error(`${root}/index.html is missing: run \`npm run build:ui\` first`);
  }
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rel = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.resolve(root, rel);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CSP,
      'cache-control': 'no-store',
    });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * Opens the app in a fresh browser context over a fresh engine (a new temporary database).
 * `fake`: how that database starts, { seed: 'empty' | 'demo' | 'sample' | 'bench' | 'bench-ar' |
 * 'fixtures' | 'interview', backups, recovery } (src-tauri/crates/ui-server/src/seed.rs). A reload keeps
 * the data, as the app keeps its SQLite file. `locale`: the browser's language (e.g. 'ar').
 * Returns the page, `engine` and `problems`: console errors, page errors and CSP violations.
 */
export async function openApp(browser, server, { fake = {}, hash = '', viewport, beforeGoto, locale = 'en-US' } = {}) {
  const context = await browser.newContext({
    viewport: viewport ?? { width: 1280, height: 800 },
    // The browser's language: the UI negotiates its own from it until the user picks one.
    locale,
    timezoneId: 'UTC',
  });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  const backend = await startEngine(fake);
  context.on('close', backend.close);
  engines.set(page, backend);
  await page.exposeFunction('__mizanEngine', backend.call);
  await page.addInitScript(
    `${BRIDGE_SOURCE}\n` +
      `document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective));`,
  );
  if (beforeGoto) await beforeGoto(page);
  await page.goto(server.url + hash);
  await page.locator('main#main').waitFor();
  return { page, context, problems, engine: backend };
}

/**
 * Asks the page's engine directly (not through the page: not in `calls`, never failed on
 * purpose): the numbers a screen must show, e.g. `await engine(page, 'score_assessment', { id })`.
 */
export async function engine(page, cmd, args = {}) {
  return engines.get(page).request(cmd, args);
}

/** The live assessment titled `title`, as list_assessments gives it. */
export async function assessmentTitled(page, title) {
  const found = (await engine(page, 'list_assessments')).find((a) => a.title === title);
  assert.ok(found, `no assessment titled ${title}`);
  return found;
}

/** Retries an assertion until it passes or `timeout` ms have passed (then throws its error). */
export async function eventually(fn, { timeout = 5000, interval = 50 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      if (Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, interval));
    }
  }
}

export async function textOf(locator) {
  return (await locator.textContent())?.trim() ?? '';
}

/** Fluent isolates placeables with U+2068…U+2069; compare without them. */
export const unisolate = (s) => s.replace(/[\u2068\u2069]/g, '');

/** Waits until the locator's trimmed text (isolation marks removed) equals `expected`. */
export async function expectText(locator, expected, opts) {
  await eventually(async () => assert.equal(unisolate(await textOf(locator)), expected), opts);
}

export async function expectVisible(locator, opts) {
  await locator.first().waitFor({ state: 'visible', timeout: opts?.timeout ?? 5000 });
}

export async function fakeCalls(page, cmd) {
  const calls = await page.evaluate(() => window.__mizanFake.calls);
  return cmd ? calls.filter((c) => c.cmd === cmd) : calls;
}

export async function fakeState(page) {
  return page.evaluate(() => window.__mizanFake.state());
}

/** Calls one of the bridge's shell stand-ins (`drag`, `drop`: see ipc-bridge.js) in the page. */
export async function shellFake(page, fn, ...args) {
  return page.evaluate(([f, a]) => window.__mizanFake[f](...a), [fn, args]);
}

/**
 * Whether `words` stand in reading order inside `root`: the first letter of each goes right
 * for left-to-right text (left for right-to-left) along a line, and a wrapped one starts a
 * lower line. A bidi control escaping a user's text would reverse them. `xs`: the places,
 * for the failure message.
 */
export async function wordsInOrder(root, words, dir = 'ltr') {
  return root.evaluate(
    (el, [ws, d]) => {
      const text = el.textContent;
      const xs = ws.map((w) => {
        const at = text.indexOf(w);
        if (at < 0) return null;
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (seen + n.length > at) {
            const r = document.createRange();
            r.setStart(n, at - seen);
            r.setEnd(n, at - seen + 1);
            const b = r.getBoundingClientRect();
            return { x: d === 'rtl' ? b.right : b.left, y: b.top };
          }
          seen += n.length;
        }
        return null;
      });
      // A later word is further along the same line, or on a line below.
      const after = (p, q) => q.y > p.y + 2 || (Math.abs(q.y - p.y) <= 2 && (d === 'rtl' ? q.x < p.x : q.x > p.x));
      const ok = xs.every((p, i) => p !== null && (i === 0 || after(xs[i - 1], p)));
      return { xs: JSON.stringify(xs), ok };
    },
    [words, dir],
  );
}

/** Starts a self-assessment of `agency` from the top bar; resolves at its first question. */
export async function startAssessment(page, agency) {
  await page.getByRole('button', { name: 'New assessment' }).first().click();
  await page.getByLabel('Agency name').fill(agency);
  await page.getByRole('button', { name: 'Create and start' }).click();
  await eventually(async () => assert.match(unisolate(await textOf(page.getByTestId('question-number'))), /^Question 1 of \d+$/));
}

/** An index (0–100) as every screen shows it: one decimal. */
export const indexText = (index) => new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(index);

/**
 * Asserts that `text` shows the engine's 1..L `score`, at whatever precision the screen
 * rounds to (the format's own tests pin the decimals; this pins the number).
 */
export function assertShowsScore(text, score, what = 'score') {
  const shown = unisolate(text).match(/\d+(?:\.(\d+))?/);
  assert.ok(shown, `${what}: no number in ${JSON.stringify(text)}`);
  const half = 0.5 * 10 ** -(shown[1]?.length ?? 0);
  assert.ok(Math.abs(Number(shown[0]) - score) <= half + 1e-9, `${what}: ${JSON.stringify(text)} does not show ${score}`);
}

/** The questionnaire's current question id. */
export async function currentQuestion(page) {
  return page.getByTestId('question').getAttribute('data-question');
}

export function assertNoProblems(problems) {
  assert.deepEqual(problems, [], `the page reported problems:\n${problems.join('\n')}`);
}

/** Standard lifecycle for a test file: one server and browser shared by its tests. */
export function setup(t) {
  const env = {};
  t.before(async () => {
    env.server = await startServer();
    env.browser = await launchBrowser();
  });
  t.after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * The report dialog over the results of the benchmark seed's Ministry of Health, once the
 * engine has drawn its preview; `shot(page)` takes the picture (the screenshot scripts).
 */
export async function reportDialogShot(browser, server, { viewport, locale }, shot) {
  const { page, context } = await openApp(browser, server, { viewport, fake: { seed: ['ar', 'fr'].includes(locale) ? `bench-${locale}` : 'bench' }, locale });
  await expectVisible(page.getByTestId('assessment-row').first());
  const list = await engine(page, 'list_assessments', { lang: 'en' });
  const health = list.find((a) => a.title === 'Ministry of Health — Innovation Readiness 2025') ?? list[0];
  await page.goto(`${server.url}#/assessments/${health.id}/results`);
  await page.getByTestId('export-report').click();
  const dialog = page.getByTestId('report-dialog');
  await dialog.locator('[data-testid="report-preview-image"]').waitFor({ timeout: 60000 });
  await dialog.locator('[data-testid="report-preview"][aria-busy="false"]').waitFor({ timeout: 60000 });
  await shot(page);
  await context.close();
}
