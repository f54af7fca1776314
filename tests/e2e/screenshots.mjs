// Screenshots of the REAL app (the debug binary, UI embedded) driven by tauri-driver +
// WebKitWebDriver under Xvfb, on a temporary database filled with the fictional sample
// agencies and the two test fixtures, plus one self-assessment created and partly answered
// through the UI with the keyboard. Writes docs/screenshots/app-*.png (1280×800).
//
//   npm run screenshots:app                 builds what is stale, then shoots under Xvfb
//   node tests/e2e/screenshots.mjs --no-build   uses target/debug/* as they are
//
// MIZAN_APP_BIN / MIZAN_CLI_BIN override the binaries (default target/debug/mizan-app and
// target/debug/mizan). Nothing outside a fresh temporary folder is touched except the PNGs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Session, startDriver } from './lib/webdriver.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const app = resolve(process.env.MIZAN_APP_BIN ?? join(root, 'target/debug/mizan-app'));
const cli = resolve(process.env.MIZAN_CLI_BIN ?? join(root, 'target/debug/mizan'));
const OUT = join(root, 'docs/screenshots');
const WIDTH = 1280;
const HEIGHT = 800;
const INNER = 'MIZAN_SHOTS_INNER';

const cargoBin = join(process.env.CARGO_HOME ?? join(homedir(), '.cargo'), 'bin');
const PATH = `${process.env.PATH ?? ''}:${cargoBin}`;

if (!process.env[INNER]) await outer();
else await inner();

// --- outer: build what is stale, then run this same file under its own Xvfb --------------

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function run(cmd, args) {
  console.log(`screenshots: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, PATH } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`})`);
}

function build() {
  const dist = join(root, 'ui/dist/index.html');
  const uiSources = Math.max(newest(join(root, 'ui/src')), newest(join(root, 'ui/locales')));
  if (!existsSync(dist) || statSync(dist).mtimeMs < uiSources) run('npm', ['run', 'build:ui', '--silent']);
  // The app embeds ui/dist at compile time; cargo itself knows whether anything (dist or
  // Rust) changed, and does nothing when both binaries are current.
  // One package at a time, as scripts/e2e.sh and scripts/test.sh do: built together, their
  // shared dependencies would get other features and be compiled a second time.
  run('cargo', ['build', '-p', 'mizan-app']);
  run('cargo', ['build', '-p', 'mizan-cli']);
}

/** Live (non-zombie) members of a process group. */
function groupAlive(pgid) {
  const r = spawnSync('ps', ['-eo', 'pgid=,stat='], { encoding: 'utf8' });
  return (r.stdout ?? '').split('\n').some((l) => {
    const [g, st] = l.trim().split(/\s+/);
    return Number(g) === pgid && st && !st.startsWith('Z');
  });
}

async function killGroup(pgid) {
  if (!pgid || !groupAlive(pgid)) return;
  try {
    process.kill(-pgid, 'SIGTERM');
  } catch {
    return;
  }
  for (let i = 0; i < 20 && groupAlive(pgid); i++) await sleep(100);
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    /* gone */
  }
}

async function outer() {
  if (!process.argv.includes('--no-build')) build();
  for (const [bin, how] of [
    [app, 'cargo build -p mizan-app'],
    [cli, 'cargo build -p mizan-cli'],
  ]) {
    if (!existsSync(bin)) throw new Error(`${bin} does not exist: ${how}`);
  }
  const haveXvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { env: { ...process.env, PATH } }).status === 0;
  if (!haveXvfb && !process.env.DISPLAY) throw new Error('xvfb-run not found and no DISPLAY: run scripts/setup.sh');

  const work = mkdtempSync(join(tmpdir(), 'mizan-shots-'));
  const pidfile = join(work, 'driver.pgid');
  const env = { ...process.env, PATH, [INNER]: work, MIZAN_E2E_PIDFILE: pidfile };
  const script = fileURLToPath(import.meta.url);
  // Our own display (-a: the first free number), so another run's Xvfb is left alone; the
  // screen is larger than the window so nothing clips it.
  const [cmd, args] = haveXvfb
    ? ['xvfb-run', ['-a', '-s', '-screen 0 1440x960x24', process.execPath, script]]
    : [process.execPath, [script]];
  const child = spawn(cmd, args, { cwd: root, env, stdio: 'inherit', detached: true });
  let code = 1;
  const stop = async () => {
    // The inner run ends tauri-driver's group itself; this is for when it could not.
    let pgid = 0;
    try {
      pgid = Number(readFileSync(pidfile, 'utf8').trim());
    } catch {
      /* never started */
    }
    await killGroup(pgid);
    await killGroup(child.pid);
    rmSync(work, { recursive: true, force: true });
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(sig, async () => {
      await stop();
      process.exit(130);
    });
  }
  try {
    code = await new Promise((res) => {
      child.once('error', (e) => {
        console.error(`screenshots: cannot start ${cmd}: ${e.message}`);
        res(1);
      });
      child.once('exit', (c, s) => res(c ?? (s ? 128 : 1)));
    });
  } finally {
    await stop();
  }
  process.exit(code);
}

// --- inner: under Xvfb, drive the app and take the shots -----------------------------------

function cliRun(db, args) {
  const r = spawnSync(cli, ['--db', db, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`mizan ${args.join(' ')}: ${r.stderr || r.stdout}`);
  return r.stdout;
}

function pngSize(buf) {
  // IHDR: width and height, big-endian, at bytes 16 and 20.
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

async function inner() {
  const work = process.env[INNER];
  const db = join(work, 'mizan.db');
  mkdirSync(OUT, { recursive: true });

  cliRun(db, ['sample']);
  cliRun(db, [
    'import',
    join(root, 'tests/fixtures/interview-wadi-health.mizan.json'),
    join(root, 'tests/fixtures/self-sahiliya-revenue.mizan.json'),
  ]);
  cliRun(db, ['backup']);
  const wadi = JSON.parse(readFileSync(join(root, 'tests/fixtures/interview-wadi-health.mizan.json'), 'utf8')).assessment.id;

  // A fixed locale, and the webview's own storage (where a chosen language is kept) in the
  // temporary folder, so the shots depend neither on the machine nor on earlier runs.
  const driver = await startDriver({
    env: {
      MIZAN_DB: db,
      LANG: 'en_US.UTF-8',
      LC_ALL: 'en_US.UTF-8',
      LANGUAGE: 'en',
      XDG_DATA_HOME: join(work, 'data'),
      XDG_CACHE_HOME: join(work, 'cache'),
      XDG_CONFIG_HOME: join(work, 'config'),
    },
  });
  let s;
  const problems = [];
  try {
    s = await Session.start(driver.url, app);
    await fitWindow(s);

    // Each shot: wait for the screen's own element, let it settle, refuse error banners.
    const shot = async (name, ready, what) => {
      await s.waitFor(ready, { what, timeout: 30000 });
      await s.execute('window.scrollTo(0, 0); document.activeElement?.blur?.();');
      // The pointer rests where the last click was: move it to the empty middle of the top
      // bar, so no card or button shows its hover state.
      await s.cmd('POST', '/actions', {
        actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [{ type: 'pointerMove', x: Math.round(WIDTH / 2), y: 28, origin: 'viewport' }] }],
      });
      await s.cmd('DELETE', '/actions').catch(() => {});
      await sleep(400);
      const errors = await s.execute(
        `return [...document.querySelectorAll('.alert-error, [role="alert"], .toast.error')]
           .filter((e) => e.offsetParent !== null).map((e) => e.textContent.trim().replace(/\\s+/g, ' '))`,
      );
      if (errors.length) problems.push(`${name}: error shown: ${errors.join(' | ')}`);
      const png = Buffer.from(await s.cmd('GET', '/screenshot'), 'base64');
      const { width, height } = pngSize(png);
      if (width !== WIDTH || height !== HEIGHT) problems.push(`${name}: ${width}×${height}, not ${WIDTH}×${HEIGHT}`);
      const file = join(OUT, `app-${name}.png`);
      writeFileSync(file, png);
      console.log(`${relative(process.cwd(), file)} (${width}×${height})`);
    };

    // --- a fresh self-assessment, created through the form --------------------------------
    await s.waitFor('[data-testid="assessment-row"]', { what: 'the sample assessments on Home' });
    await (await s.find('header.topbar button.new')).click();
    const name = await s.waitFor('#new-name', { what: 'the new-assessment form' });
    await name.type('Qamar Digital Services Agency');
    await selectValue(s, '#new-sector', 'digital');
    await selectValue(s, '#new-country', 'JO');
    await selectValue(s, '#new-size', 'medium');
    await s.waitFor('[data-testid="framework-card"]', { what: 'a framework to choose' });
    await shot('new-assessment', '#new-title', 'the default title');
    await (await s.find('form button[type="submit"]')).click();

    // --- answer eight questions with the keyboard: a digit, then J -------------------------
    await s.waitFor('[data-testid="question"]', { what: 'the first question' });
    await s.execute('document.activeElement?.blur?.()');
    const LEVELS = [3, 2, 4, 3, 2, 3, 4, 2];
    for (const level of LEVELS) {
      const q = await (await s.find('[data-testid="question"]')).attr('data-question');
      await keys(s, String(level));
      await s.waitFor(`[data-testid="level-card"][data-level="${level}"][aria-pressed="true"]`, { what: `level ${level} on ${q}` });
      await keys(s, 'j');
      await s.waitFor('[data-testid="question"]', {
        pred: async (el) => (await el.attr('data-question')) !== q,
        what: `the question after ${q}`,
      });
    }
    // The ninth question shown with a level picked and a note, the save confirmed.
    await keys(s, '3');
    await s.waitFor('[data-testid="level-card"][data-level="3"][aria-pressed="true"]');
    const note = await s.find('[data-testid="note"]');
    await note.type('Innovation unit set up in 2025; two staff, budget line approved for 2026.');
    await s.execute('document.activeElement?.blur?.()');
    await s.waitFor('[data-testid="save-indicator"]', {
      pred: async (el) => (await el.attr('data-status')) === 'saved',
      what: 'the "saved" indicator',
    });
    await shot('questionnaire', '[data-testid="overall-progress"]', 'the questionnaire');
    const hash = new URL(await s.url()).hash;
    const fresh = decodeURIComponent(hash.match(/^#\/assessments\/([^/?]+)/)?.[1] ?? '');

    // --- Home: the new draft among the sample agencies ------------------------------------
    await (await s.find('a[href="#/"]')).click();
    await shot('home', `[data-testid="assessment-row"][data-id="${fresh}"]`, 'the new assessment on Home');

    // --- results and compare of the Wadi Health interview (complete, three respondents) ---
    await (await s.find(`[data-testid="assessment-row"][data-id="${wadi}"] [data-testid="open"]`)).click();
    await s.waitFor('[data-testid="question"]', { what: 'the Wadi Health questionnaire' });
    await s.execute(`location.hash = '#/assessments/${wadi}/results'`);
    await s.waitFor('[data-testid="radar"]', { what: 'the results radar' });
    await shot('results', '[data-testid="dimension-bar"]', 'the results');

    await (await s.find('[data-testid="open-compare"]')).click();
    await s.waitFor('[data-testid="stats-table"]', { what: 'the peer statistics' });
    // All peers (no filter switched on): 25 sample agencies make a fuller strip and band
    // than the three of the same sector.
    await s.waitFor('[data-testid="peer-count"]', {
      pred: async (el) => (await el.attr('aria-busy')) !== 'true' && /\d/.test(await el.text()),
      what: 'the peer count',
    });
    await shot('compare', '[data-testid="compare-radar"]', 'the compare radar');

    // --- the Wadi Health interview's respondents, as the consultant edits them --------------
    await s.execute(`location.hash = '#/assessments/${wadi}'`);
    await (await s.waitFor('[data-testid="toggle-respondents"]', { what: 'the respondents button' })).click();
    await shot('interview-respondents', '[data-testid="respondents-panel"]', 'the respondents panel');

    // --- frameworks ------------------------------------------------------------------------
    await (await s.find('a[href="#/frameworks"]')).click();
    await shot('frameworks', '[data-testid="framework-item"]', 'the installed frameworks');

    // --- your data: the backups (today's, made at start, and one by `mizan backup`) ---------
    await (await s.find('a[href="#/data"]')).click();
    await shot('data', '[data-testid="backup-row"]', 'the backups');
    await (await s.find('[data-testid="backup-row"] button')).click();
    await s.waitFor('dialog[open]', { what: 'the restore confirmation' });
    await sleep(300);
    const png = Buffer.from(await s.cmd('GET', '/screenshot'), 'base64');
    writeFileSync(join(OUT, 'app-restore-confirm.png'), png);
    console.log('docs/screenshots/app-restore-confirm.png');
  } finally {
    await s?.cmd('DELETE', '/window').catch(() => {});
    await s?.quit().catch(() => {});
    await driver.stop();
  }
  if (problems.length) {
    console.error(`screenshots: problems:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
}

/** Sets the window to WIDTH×HEIGHT of page (no window manager under Xvfb: no decorations). */
async function fitWindow(s) {
  await s.waitFor('main#main', { what: 'the app shell' });
  for (let i = 0; i < 3; i++) {
    const inner = await s.execute('return [window.innerWidth, window.innerHeight]');
    if (inner[0] === WIDTH && inner[1] === HEIGHT) return;
    const rect = await s.cmd('GET', '/window/rect');
    await s.cmd('POST', '/window/rect', {
      width: rect.width + (WIDTH - inner[0]),
      height: rect.height + (HEIGHT - inner[1]),
    });
    await sleep(300);
  }
  const inner = await s.execute('return [window.innerWidth, window.innerHeight]');
  if (inner[0] !== WIDTH || inner[1] !== HEIGHT) throw new Error(`cannot size the window to ${WIDTH}×${HEIGHT}: ${inner.join('×')}`);
}

/** Types keys through WebDriver actions, to whatever has focus (the page, here). */
async function keys(s, text) {
  const actions = [];
  for (const ch of text) actions.push({ type: 'keyDown', value: ch }, { type: 'keyUp', value: ch });
  await s.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  await s.cmd('DELETE', '/actions').catch(() => {});
}

async function selectValue(s, css, value) {
  const ok = await s.execute(
    `const el = document.querySelector(arguments[0]);
     if (!el || ![...el.options].some((o) => o.value === arguments[1])) return false;
     el.value = arguments[1];
     el.dispatchEvent(new Event('change', { bubbles: true }));
     el.dispatchEvent(new Event('input', { bubbles: true }));
     return true;`,
    [css, value],
  );
  if (!ok) console.warn(`screenshots: no option ${value} in ${css}`);
}
