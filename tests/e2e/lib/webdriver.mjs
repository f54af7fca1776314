// A small W3C WebDriver client over fetch, and a tauri-driver launcher: enough to drive
// the real Mizan binary through WebKitWebDriver without a heavy test framework.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A free TCP port on 127.0.0.1 (two runs at once must not fight over 4444). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export function findTauriDriver() {
  if (process.env.TAURI_DRIVER) return process.env.TAURI_DRIVER;
  const cargoBin = join(process.env.CARGO_HOME ?? join(homedir(), '.cargo'), 'bin', 'tauri-driver');
  return existsSync(cargoBin) ? cargoBin : 'tauri-driver';
}

/**
 * Starts tauri-driver in its own process group, so `stop()` ends it together with the
 * WebKitWebDriver and app processes it starts, even when a test failed half-way.
 */
export async function startDriver({ env = {}, log = () => {} } = {}) {
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error('no display: run the end-to-end test under Xvfb, e.g. `scripts/e2e.sh` or `xvfb-run -a node --test tests/e2e/`');
  }
  const port = await freePort();
  const nativePort = await freePort();
  const bin = findTauriDriver();
  const child = spawn(bin, ['--port', String(port), '--native-port', String(nativePort)], {
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let exited = null;
  const output = [];
  const keep = (chunk) => {
    output.push(chunk.toString());
    log(chunk.toString());
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const spawnError = new Promise((resolve) => child.once('error', (e) => resolve(e)));
  child.once('exit', (code, signal) => (exited = { code, signal }));
  // Whatever happens to this test process, the driver's group (WebKitWebDriver and the
  // app) must not outlive it: kill it on exit and on Ctrl-C; scripts/e2e.sh also gets the
  // group id through MIZAN_E2E_PIDFILE in case this process is killed outright.
  const killGroup = () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  };
  process.once('exit', killGroup);
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, () => {
      killGroup();
      process.exit(130);
    });
  }
  if (process.env.MIZAN_E2E_PIDFILE) writeFileSync(process.env.MIZAN_E2E_PIDFILE, `${child.pid}\n`);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15000;
  for (;;) {
    const err = await Promise.race([spawnError, sleep(150).then(() => null)]);
    if (err) throw new Error(`cannot start ${bin}: ${err.message}; install it with \`cargo install tauri-driver --locked\` (scripts/setup.sh does)`);
    if (exited) throw new Error(`tauri-driver exited (${JSON.stringify(exited)}): ${output.join('')}`);
    try {
      const r = await fetch(`${url}/status`);
      if (r.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`tauri-driver did not answer on ${url} within 15 s: ${output.join('')}`);
  }
  return {
    url,
    output,
    stop: async () => {
      if (exited) return;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return;
      }
      for (let i = 0; i < 30 && !exited; i++) await sleep(100);
      if (!exited) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }
    },
  };
}

export class WebDriverError extends Error {}

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  /** Launches the app: WebKitWebDriver starts `application` and attaches to its webview. */
  static async start(driverUrl, application, args = []) {
    const value = await request(driverUrl, 'POST', '/session', {
      capabilities: {
        alwaysMatch: { browserName: 'wry', 'tauri:options': { application, args } },
      },
    });
    return new Session(driverUrl, value.sessionId);
  }

  cmd(method, path, body) {
    return request(this.base, method, `/session/${this.id}${path}`, body);
  }

  async quit() {
    await this.cmd('DELETE', '');
  }

  async find(css) {
    const v = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return new Element(this, v[ELEMENT]);
  }

  async findAll(css) {
    const v = await this.cmd('POST', '/elements', { using: 'css selector', value: css });
    return v.map((e) => new Element(this, e[ELEMENT]));
  }

  /** Polls until `css` matches an element (and `pred(element)` holds, if given). */
  async waitFor(css, { timeout = 20000, pred, what } = {}) {
    const deadline = Date.now() + timeout;
    let last = '';
    for (;;) {
      try {
        const els = await this.findAll(css);
        for (const el of els) {
          if (!pred || (await pred(el))) return el;
        }
        last = `${els.length} match(es), none satisfying the condition`;
      } catch (e) {
        last = e.message;
      }
      if (Date.now() > deadline) {
        const shot = await this.screenshot(`timeout-${Date.now()}`).catch(() => null);
        throw new Error(`waited ${timeout} ms for ${what ?? css}: ${last}${shot ? ` (screenshot ${shot})` : ''}`);
      }
      await sleep(100);
    }
  }

  execute(script, args = []) {
    return this.cmd('POST', '/execute/sync', { script, args });
  }

  executeAsync(script, args = []) {
    return this.cmd('POST', '/execute/async', { script, args });
  }

  url() {
    return this.cmd('GET', '/url');
  }

  /** Saves a PNG under tests/e2e/out/ and returns its path. */
  async screenshot(name) {
    const b64 = await this.cmd('GET', '/screenshot');
    const dir = new URL('../out/', import.meta.url).pathname;
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${name}.png`);
    writeFileSync(path, Buffer.from(b64, 'base64'));
    return path;
  }
}

export class Element {
  constructor(session, id) {
    this.s = session;
    this.id = id;
  }
  click() {
    return this.s.cmd('POST', `/element/${this.id}/click`, {});
  }
  type(text) {
    return this.s.cmd('POST', `/element/${this.id}/value`, { text });
  }
  clear() {
    return this.s.cmd('POST', `/element/${this.id}/clear`, {});
  }
  attr(name) {
    return this.s.cmd('GET', `/element/${this.id}/attribute/${name}`);
  }
  text() {
    return this.s.cmd('GET', `/element/${this.id}/text`);
  }
  prop(name) {
    return this.s.cmd('GET', `/element/${this.id}/property/${name}`);
  }
}

async function request(base, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WebDriverError(`${method} ${path}: HTTP ${res.status}: ${text.slice(0, 500)}`);
  }
  const v = json.value;
  if (!res.ok || (v && typeof v === 'object' && 'error' in v)) {
    throw new WebDriverError(`${method} ${path}: ${v?.error ?? res.status}: ${v?.message ?? text.slice(0, 500)}`);
  }
  return v;
}
