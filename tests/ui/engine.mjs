// The engine behind the UI tests: a mizan-ui-server process (src-tauri/crates/ui-server)
// on a fresh temporary database, spoken to in JSON lines. Every command of docs/ipc.md
// runs the Rust function the desktop shell runs; nothing is computed here.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../..');
export const ENGINE_BIN =
  process.env.MIZAN_UI_SERVER ?? path.join(process.env.CARGO_TARGET_DIR ?? path.join(ROOT, 'target'), 'debug', 'mizan-ui-server');

const running = new Set();
// A test run that stops early must not leave servers behind.
process.on('exit', () => {
  for (const child of running) child.kill();
});

/**
 * Starts a server; `options` go to `__reset` ({ seed, backups, recovery }, see
 * src-tauri/crates/ui-server/src/seed.rs). Returns { call, request, close }:
 * `call(cmd, args)` resolves to `{ ok }` or `{ err: { code, message } }` (for the page),
 * `request(cmd, args)` to the result, rejecting with the error (for tests and set-up).
 */
export async function startEngine(options = {}) {
  if (!fs.existsSync(ENGINE_BIN)) {
    throw new Error(`${ENGINE_BIN} is missing: run \`cargo build -p mizan-ui-server\` first (npm run test:ui does)`);
  }
  const child = spawn(ENGINE_BIN, [], { stdio: ['pipe', 'pipe', 'inherit'] });
  running.add(child);
  const pending = new Map();
  let next = 1;
  let exited = null;
  child.on('exit', (code, signal) => {
    running.delete(child);
    exited = `mizan-ui-server exited (${signal ?? code})`;
    for (const { resolve } of pending.values()) resolve({ err: { code: 'engine', message: exited } });
    pending.clear();
  });
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    const reply = JSON.parse(line);
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    waiting?.resolve('err' in reply ? { err: reply.err } : { ok: reply.ok ?? null });
  });
  const call = (cmd, args = {}) =>
    new Promise((resolve) => {
      if (exited) return resolve({ err: { code: 'engine', message: exited } });
      const id = next++;
      pending.set(id, { resolve });
      child.stdin.write(JSON.stringify({ id, cmd, args: args ?? {} }) + '\n');
    });
  const request = async (cmd, args) => {
    const r = await call(cmd, args);
    if ('err' in r) throw Object.assign(new Error(`${cmd}: ${r.err.code}: ${r.err.message}`), r.err);
    return r.ok;
  };
  const close = () => {
    if (!exited) child.stdin.end();
  };
  await request('__reset', options);
  return { call, request, close };
}

/**
 * `npm run dev:ui` in a plain browser: a Vite plugin that starts one engine for the dev
 * server (the 'bench' seed: the demo agencies among the sample ones, so the compare view
 * has peers) and answers the page's IPC at POST /__mizan-engine (ui/src/lib/dev-backend.ts).
 * Not under Vitest, which starts Vite too.
 */
export function devEngine() {
  return {
    name: 'mizan-dev-engine',
    apply: 'serve',
    async configureServer(server) {
      if (process.env.VITEST) return;
      let backend;
      try {
        backend = await startEngine({ seed: 'bench' });
      } catch (e) {
        server.config.logger.warn(`mizan: no backend for the browser: ${e.message}`);
        return;
      }
      server.httpServer?.on('close', backend.close);
      server.middlewares.use('/__mizan-engine', (req, res) => {
        let body = '';
        req.on('data', (chunk) => (body += chunk));
        req.on('end', async () => {
          const { cmd, args } = JSON.parse(body || '{}');
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify(await backend.call(cmd, args)));
        });
      });
    },
  };
}
