// End to end on the REAL app: the debug binary (UI embedded) driven by tauri-driver +
// WebKitWebDriver under Xvfb, on a fresh temporary database (MIZAN_DB).
//
//   scripts/e2e.sh                       builds the UI and the app, then runs this under Xvfb
//   xvfb-run -a node --test tests/e2e/   when both are already built
//
// MIZAN_APP_BIN overrides the binary (default target/debug/mizan-app); screenshots of each
// step go to tests/e2e/out/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Session, startDriver } from './lib/webdriver.mjs';

const root = resolve(new URL('../..', import.meta.url).pathname);
const app = resolve(process.env.MIZAN_APP_BIN ?? join(root, 'target/debug/mizan-app'));
const dataDir = mkdtempSync(join(tmpdir(), 'mizan-e2e-'));
const db = join(dataDir, 'mizan.db');

/** The level given to each of the first three questions, and a note on the third. */
const LEVELS = [2, 4, 3];
const NOTE = 'Decree 2024-17 — رؤية الوزارة';

let driver;
let session;

before(async () => {
  assert.ok(existsSync(app), `${app} does not exist: build it with \`npm run build:ui && cargo build -p mizan-app\` (scripts/e2e.sh does both)`);
  driver = await startDriver({ env: { MIZAN_DB: db } });
});

after(async () => {
  await session?.quit().catch(() => {});
  await driver?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function launch() {
  // A test that failed half-way leaves its session open; WebKitWebDriver allows only one.
  if (session) await quit(session).catch(() => {});
  session = await Session.start(driver.url, app);
  return session;
}

/** PIDs of running copies of the app on this test's database (read from /proc). */
function appPids() {
  const pids = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (readlinkSync(`/proc/${pid}/exe`).replace(/ \(deleted\)$/, '') !== app) continue;
      if (readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(`MIZAN_DB=${db}`)) pids.push(Number(pid));
    } catch {
      /* gone, or not ours */
    }
  }
  return pids;
}

/** Quits the app the way a user does (closing its only window), ends the session, and
 * waits until the process is really gone, so the next launch starts from the database. */
async function quit(s) {
  await s.cmd('DELETE', '/window').catch(() => {});
  await s.quit().catch(() => {});
  session = undefined;
  const deadline = Date.now() + 10000;
  while (appPids().length > 0 && Date.now() < deadline) await sleep(100);
  assert.deepEqual(appPids(), [], 'the app process is still running after quitting');
}

const q = (s) => s.waitFor('[data-testid="question"]', { what: 'a question' });
const questionId = async (s) => (await q(s)).attr('data-question');
const pressedLevel = async (s) => {
  const cards = await s.findAll('[data-testid="level-card"][aria-pressed="true"]');
  return cards.length === 1 ? Number(await cards[0].attr('data-level')) : cards.length === 0 ? null : NaN;
};
const waitSaved = (s) =>
  s.waitFor('[data-testid="save-indicator"]', {
    pred: async (el) => (await el.attr('data-status')) === 'saved',
    what: 'the "saved" indicator',
  });
/** Moves to the next/previous question and waits until a different question is shown. */
async function step(s, key) {
  const from = await questionId(s);
  await (await s.find(`button[aria-keyshortcuts="${key}"]`)).click();
  await s.waitFor('[data-testid="question"]', {
    pred: async (el) => (await el.attr('data-question')) !== from,
    what: `the question after ${from}`,
  });
  return questionId(s);
}

/** What the backend has stored, read through the app's own IPC from inside the webview. */
function stored(s, id) {
  return s.executeAsync(
    `const done = arguments[arguments.length - 1];
     window.__TAURI_INTERNALS__.invoke('get_assessment', { id: arguments[0] })
       .then((d) => done({ position: d.position, answers: d.answers.map((a) => [a.question, a.level, a.note]) }),
             (e) => done({ error: e }));`,
    [id],
  );
}

test('answers and the position survive quitting and restarting the app', async () => {
  // --- first run: an empty database, create an assessment, answer three questions ------
  let s = await launch();
  const firstPids = appPids();
  assert.equal(firstPids.length, 1, 'one app process runs on the test database');
  await s.waitFor('[data-testid="empty-state"]', { what: 'the empty Home screen' });
  await s.screenshot('1-home-empty');
  await (await s.find('[data-testid="empty-state"] button')).click();

  const name = await s.waitFor('#new-name', { what: 'the new-assessment form' });
  await name.type('Ministry of Digital Economy');
  await s.waitFor('[data-testid="framework-card"]', { what: 'a framework to choose' });
  await s.screenshot('2-new-assessment');
  await (await s.find('form button[type="submit"]')).click();

  const answered = [];
  let current = await questionId(s);
  for (const [i, level] of LEVELS.entries()) {
    await (await s.find(`[data-testid="level-card"][data-level="${level}"]`)).click();
    await s.waitFor(`[data-testid="level-card"][data-level="${level}"][aria-pressed="true"]`);
    if (i === LEVELS.length - 1) await (await s.find('[data-testid="note"]')).type(NOTE);
    await waitSaved(s);
    answered.push(current);
    current = await step(s, 'J');
  }
  // Walk one question further: the fifth is shown while the fourth is the first
  // unanswered one, so resuming at the fifth proves the position (not a fallback) is used.
  const skipped = current;
  assert.equal(await pressedLevel(s), null, 'the fourth question is unanswered');
  const position = await step(s, 'J');
  assert.equal(await pressedLevel(s), null, 'the fifth question is unanswered');
  await s.screenshot('3-questionnaire-after-three-answers');

  const hash = new URL(await s.url()).hash;
  const id = decodeURIComponent(hash.match(/^#\/assessments\/([^/?]+)/)?.[1] ?? '');
  assert.match(id, /^[0-9a-f-]{36}$/, `the questionnaire URL names the assessment (${hash})`);
  // The position is stored without blocking the UI; wait for it before pulling the plug.
  const deadline = Date.now() + 10000;
  let seen;
  while (Date.now() < deadline) {
    seen = await stored(s, id);
    if (seen.position === position) break;
    await sleep(100);
  }
  assert.equal(seen.position, position, `stored position (${JSON.stringify(seen)})`);
  await quit(s);

  // --- second run: same database, everything is where it was ----------------------------
  s = await launch();
  assert.notDeepEqual(appPids(), firstPids, 'a new app process');
  await s.waitFor(`[data-testid="assessment-row"][data-id="${id}"]`, { what: 'the assessment on Home' });
  await s.screenshot('4-home-after-restart');
  assert.match(await (await s.find(`[data-testid="assessment-row"][data-id="${id}"] [data-testid="completeness"]`)).text(), /\d/);
  await (await s.find(`[data-testid="assessment-row"][data-id="${id}"] [data-testid="open"]`)).click();

  assert.equal(await questionId(s), position, 'the questionnaire reopens on the question shown when the app quit');
  assert.match(await (await s.find('[data-testid="overall-progress"]')).text(), /\b3\b/, 'three questions answered');
  await s.screenshot('5-questionnaire-resumed');
  assert.equal(await step(s, 'K'), skipped);
  assert.equal(await pressedLevel(s), null, `${skipped} is still unanswered`);
  for (let i = LEVELS.length - 1; i >= 0; i--) {
    const shown = await step(s, 'K');
    assert.equal(shown, answered[i]);
    assert.equal(await pressedLevel(s), LEVELS[i], `level of ${shown}`);
    const note = await (await s.find('[data-testid="note"]')).prop('value');
    assert.equal(note, i === LEVELS.length - 1 ? NOTE : '', `note of ${shown}`);
  }
  await quit(s);
});

test('the real webview is locked down: CSP enforced, no global Tauri, only our commands', async () => {
  const s = await launch();
  await s.waitFor('main#main', { what: 'the app shell' });
  const result = await s.executeAsync(`
    const done = arguments[arguments.length - 1];
    const out = { violations: [] };
    document.addEventListener('securitypolicyviolation', (e) => out.violations.push(e.violatedDirective));
    // An injected inline script must not run (script-src 'self', no 'unsafe-inline').
    const sc = document.createElement('script');
    sc.textContent = 'window.__inlineRan = true';
    document.body.appendChild(sc);
    // A remote image must not load (img-src 'self' data:).
    const img = new Image();
    img.src = 'https://example.org/pixel.png';
    document.body.appendChild(img);
    out.globalTauri = typeof window.__TAURI__;
    const call = (cmd, args) => Promise.race([
      window.__TAURI_INTERNALS__.invoke(cmd, args).then(() => 'allowed', (e) => 'refused: ' + (e?.message ?? e)),
      new Promise((r) => setTimeout(() => r('no answer (a dialog opened?)'), 3000)),
    ]);
    Promise.all([call('plugin:app|version'), call('plugin:dialog|open', { options: {} }), call('app_info')])
      .then(([app, dialog, own]) => {
        Object.assign(out, { app, dialog, own, inlineRan: window.__inlineRan === true });
        setTimeout(() => done(out), 300);
      });
  `);
  assert.equal(result.inlineRan, false, 'an injected inline script ran');
  assert.ok(result.violations.some((d) => d.startsWith('script-src')), `CSP violations: ${result.violations}`);
  assert.ok(result.violations.some((d) => d.startsWith('img-src')), `CSP violations: ${result.violations}`);
  assert.equal(result.globalTauri, 'undefined', 'withGlobalTauri must stay false');
  assert.match(result.app, /^refused/, 'core:app is not granted');
  assert.match(result.dialog, /^refused/, 'the dialog plugin is not callable from the webview');
  assert.equal(result.own, 'allowed');
  await quit(s);
});

test('user text cannot run script or call a command in the real app, and stays out of the logs', async () => {
  const s = await launch();
  await s.waitFor('main#main', { what: 'the app shell' });
  // Markup that, if it ever became HTML, would load the sample agencies through the IPC.
  const hostile = `<img src=x onerror="window.__TAURI_INTERNALS__.invoke('load_sample_data');window.__pwned=1">Secret Ministry ${Date.now()}`;
  await (await s.waitFor('[data-testid="top-new"], header .new', { what: 'the New assessment button' })).click();
  const name = await s.waitFor('#new-name', { what: 'the new-assessment form' });
  await name.type(hostile);
  await s.waitFor('[data-testid="framework-card"]', { what: 'a framework to choose' });
  await (await s.find('form button[type="submit"]')).click();
  await q(s);
  const agency = await (await s.find('[data-testid="agency"]')).text();
  assert.equal(agency, hostile, 'the name is shown as text, verbatim');
  const note = '<script>window.__pwned=2</script>private interview notes';
  await (await s.find('[data-testid="level-card"][data-level="3"]')).click();
  await (await s.find('[data-testid="note"]')).type(note);
  await waitSaved(s);
  await sleep(500);
  const seen = await s.executeAsync(`
    const done = arguments[arguments.length - 1];
    window.__TAURI_INTERNALS__.invoke('list_assessments', {}).then(
      (list) => done({ pwned: window.__pwned ?? null, count: list.length, images: document.querySelectorAll('main img').length }),
      (e) => done({ error: String(e?.message ?? e) }),
    );
  `);
  assert.deepEqual(seen, { pwned: null, count: 2, images: 0 }, 'only the two assessments made by this file and the first test; no sample agencies');
  await quit(s);
  // No personal data in the logs: the app's own output (through WebKitWebDriver and
  // tauri-driver) never holds what the user typed.
  const log = driver.output.join('');
  assert.ok(!log.includes('Secret Ministry') && !log.includes('private interview notes') && !log.includes(NOTE), `the log holds user text:\n${log.slice(0, 2000)}`);
});

/** Answers a native GTK file dialog (`title`: Save File, Open File) the way a user does:
 * types the path, presses Enter. Without a window manager the dialog gets no focus by
 * itself, so xdotool gives it. */
async function answerFileDialog(title, path) {
  const deadline = Date.now() + 20000;
  let dialog = null;
  while (!dialog && Date.now() < deadline) {
    for (const pid of appPids()) {
      const r = spawnSync('xdotool', ['search', '--all', '--onlyvisible', '--pid', String(pid), '--name', `^${title}`], { encoding: 'utf8' });
      const ids = r.stdout.trim().split('\n').filter(Boolean);
      if (ids.length) dialog = ids[ids.length - 1];
    }
    if (!dialog) await sleep(200);
  }
  assert.ok(dialog, `the native ${title} dialog did not open`);
  const xdo = (...args) => {
    const r = spawnSync('xdotool', args, { encoding: 'utf8' });
    assert.equal(r.status, 0, `xdotool ${args.join(' ')}: ${r.stderr}`);
    return r.stdout.trim();
  };
  // Keys go to the focused window (XTEST, which GTK accepts; events sent to a window that
  // is not focused are ignored), so first make sure the dialog really has the focus.
  // (`search --all`: xdotool ORs its conditions by default.)
  await sleep(500);
  const focusDeadline = Date.now() + 10000;
  for (;;) {
    xdo('windowfocus', '--sync', dialog);
    await sleep(200);
    if (xdo('getwindowfocus') === dialog) break;
    assert.ok(Date.now() < focusDeadline, `the ${title} dialog ${dialog} does not take the focus (${xdo('getwindowfocus')} has it)`);
  }
  // The save dialog has its name field focused; the open dialog types into its location
  // field once Ctrl+L opened it.
  xdo('key', title.startsWith('Open') ? 'ctrl+l' : 'ctrl+a');
  await sleep(200);
  xdo('type', '--delay', '10', path);
  await sleep(300);
  assert.equal(xdo('getwindowfocus'), dialog, 'the dialog kept the focus while the path was typed');
  xdo('key', 'Return');
}

test('a full session ends with a Word report, for a chosen peer group, written where the user chose it in the native dialog', { skip: !hasXdotool() && 'xdotool is not installed (scripts/setup.sh installs it)' }, async () => {
  const s = await launch();
  await s.waitFor('[data-testid="assessment-row"]', { what: 'the assessments on Home' });
  const id = await s.execute(
    `return [...document.querySelectorAll('[data-testid="assessment-row"]')].find((r) => r.textContent.includes('Ministry of Digital Economy'))?.dataset.id`,
  );
  assert.ok(id, 'the assessment of the first test is on Home');
  // The agency's profile, so that the dialog can limit the peers to its sector.
  const profiled = await s.executeAsync(
    `const done = arguments[arguments.length - 1];
     const inv = window.__TAURI_INTERNALS__.invoke;
     inv('get_assessment', { id: arguments[0] })
       .then((d) => inv('update_agency', { id: d.summary.agency.id, profile: { name: d.summary.agency.name, sector: 'finance', country: 'TN', size: 'large', tags: [] } }))
       .then((a) => done(a), (e) => done({ error: e }));`,
    [id],
  );
  assert.equal(profiled.sector, 'finance', JSON.stringify(profiled));
  await s.execute('location.hash = arguments[0]', [`#/assessments/${id}/results`]);
  await (await s.waitFor('[data-testid="export-report"]', { what: 'the Export report button' })).click();
  await s.waitFor('[data-testid="report-dialog"] [data-testid="report-preview-image"]', { what: 'the preview of the first page', timeout: 60000 });
  await (await s.find('[data-testid="report-format-docx"]')).click();
  await (await s.find('[data-testid="filter-sector"]')).click();
  await s.waitFor('[data-testid="filter-sector"]', { pred: async (el) => (await el.prop('checked')) === true, what: 'the sector filter on' });
  await s.screenshot('6-report-dialog');
  const target = join(dataDir, 'chosen folder', 'report.docx');
  mkdirSync(join(dataDir, 'chosen folder'));
  await (await s.find('[data-testid="report-export"]')).click();
  await answerFileDialog('Save File', target);
  const saved = await s.waitFor('[data-testid="report-saved"]', { what: 'the saved-report message', timeout: 60000 });
  const message = (await saved.text()).replace(/[\u2068\u2069]/g, '');
  assert.equal(message, `Saved the report to ${target}`);
  const docx = readFileSync(target);
  assert.equal(docx.subarray(0, 4).toString('latin1'), 'PK\x03\x04', 'a Word package is a zip');
  const xml = spawnSync('unzip', ['-p', target, 'word/document.xml'], { encoding: 'utf8' }).stdout;
  const text = xml.replace(/<[^>]+>/g, '');
  assert.match(text, /Ministry of Digital Economy/, 'the report names the agency');
  assert.match(text, /sector Finance/, 'the report states the peer group chosen in the dialog');
  await s.screenshot('7-report-exported');
  await quit(s);
});

/** The `mizan` command line (built by scripts/e2e.sh beside the app). */
const cli = resolve(process.env.MIZAN_CLI_BIN ?? join(root, 'target/debug/mizan'));
function mizan(db, ...args) {
  const r = spawnSync(cli, ['--db', db, ...args], { encoding: 'utf8' });
  assert.equal(r.status, 0, `mizan ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

test('the exchange files of two laptops, imported in the real app, merge into one consolidation', { skip: !hasXdotool() && 'xdotool is not installed (scripts/setup.sh installs it)' }, async () => {
  assert.ok(existsSync(cli), `${cli} does not exist: build it with \`cargo build -p mizan-cli\` (scripts/e2e.sh does)`);
  // Laptop A: the interview sample (four officials heard), exported.
  const laptops = join(dataDir, 'laptops');
  mkdirSync(laptops);
  const dbA = join(laptops, 'a.db');
  const dbB = join(laptops, 'b.db');
  mizan(dbA, 'sample', '--interview');
  const [sampled] = JSON.parse(mizan(dbA, 'list', '--json'));
  const id = sampled.id;
  const fileA = join(laptops, 'laptop-a.mizan.json');
  mizan(dbA, 'export', id, '-o', fileA);
  // Laptop B: the same assessment, handed over before the interviews, where a colleague
  // heard someone else; its own database exports its own file.
  const doc = JSON.parse(readFileSync(fileA, 'utf8'));
  const nadia = { id: '7c1f0a52-3e4b-4d6a-9b8c-2f1e0d9c8b7a', name: 'Nadia Saleh', role: 'Head of Procurement', unit: 'Finance', interviewed_on: '2026-03-16' };
  const handover = join(laptops, 'handover.mizan.json');
  const at = '2026-03-16T10:00:00.000Z';
  writeFileSync(handover, JSON.stringify({
    ...doc,
    respondents: [nadia],
    answers: doc.answers.filter((a) => a.respondent === doc.respondents[0].id).map((a) => ({ ...a, respondent: nadia.id, level: 1, note: '', evidence: '', updated_at: at })),
    consensus: [],
  }));
  mizan(dbB, 'import', handover);
  assert.deepEqual(JSON.parse(mizan(dbB, 'respondents', id, '--json')).map((r) => r.name), ['Nadia Saleh']);
  const fileB = join(laptops, 'laptop-b.mizan.json');
  mizan(dbB, 'export', id, '-o', fileB);

  // The consultant's own laptop imports both, one after the other, with Import… on Home.
  const s = await launch();
  for (const [file, expected] of [[fileA, /laptop-a\.mizan\.json.*new assessment/s], [fileB, /laptop-b\.mizan\.json.*merged.*New respondents: 1/s]]) {
    await (await s.waitFor('[data-testid="home-import"], [data-testid="empty-import"]', { what: 'the Import button on Home' })).click();
    await answerFileDialog('Open File', file);
    const outcome = await s.waitFor('[data-testid="import-results"] [data-testid="import-outcome"]', { what: 'the import result', timeout: 30000 });
    assert.match((await outcome.text()).replace(/[\u2068\u2069]/g, ''), expected);
    await s.screenshot(`7-imported-${file.endsWith('a.mizan.json') ? 'a' : 'b'}`);
    await (await s.find('[data-testid="import-results-close"]')).click();
  }

  await s.execute('location.hash = arguments[0]', [`#/assessments/${id}/consolidation`]);
  await s.waitFor('[data-testid="cons-row"]', { what: 'the consolidation' });
  await s.screenshot('8-consolidation-two-laptops');
  const merged = await s.executeAsync(
    `const done = arguments[arguments.length - 1];
     window.__TAURI_INTERNALS__.invoke('get_consolidation', { id: arguments[0], lang: 'en' })
       .then((c) => done({ names: c.respondents.map((r) => r.name), levels: c.questions.find((q) => q.answers.every((a) => a.level !== null))?.answers.length ?? 0 }),
             (e) => done({ error: e }));`,
    [id],
  );
  assert.deepEqual(merged.names, [...doc.respondents.map((r) => r.name), 'Nadia Saleh'], JSON.stringify(merged));
  assert.equal(merged.levels, 5, 'a question with the levels of all five respondents');
  const shown = await s.execute(`return document.querySelector('main').textContent`);
  for (const name of ['Rana Haddad', 'Nadia Saleh']) assert.ok(shown.includes(name), `the consolidation shows ${name}`);
  await quit(s);
});

function hasXdotool() {
  return spawnSync('xdotool', ['version']).status === 0;
}

