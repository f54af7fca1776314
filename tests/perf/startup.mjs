// Startup time and memory of the real app under Xvfb (run by tests/perf/measure.sh).
// Prints `name value` lines. Usage: node tests/perf/startup.mjs BINARY [RUNS]
//
// startup: from the app process's start (its /proc start time) to the Home screen being
// interactive (its "New assessment" button or its list present), polled every 20 ms.
// memory: VmRSS of the app process, and the PSS of the app plus its WebKit helper processes
// (WebKitWebProcess, WebKitNetworkProcess), after an assessment is open.
import { readFileSync, readdirSync, readlinkSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { Session, startDriver } from '../e2e/lib/webdriver.mjs';

const app = resolve(process.argv[2] ?? 'target/release/mizan-app');
const runs = Number(process.argv[3] ?? 5);
const dataDir = mkdtempSync(join(tmpdir(), 'mizan-perf-'));
const db = join(dataDir, 'mizan.db');
const TICKS = Number(execSync('getconf CLK_TCK').toString().trim()) || 100;

const uptime = () => Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]);
const stat = (pid) => {
  const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name "(...)": state is field 3, ppid 4, starttime 22.
  const rest = s.slice(s.lastIndexOf(')') + 2).split(' ');
  return { ppid: Number(rest[1]), start: Number(rest[19]) / TICKS };
};
const rssKb = (pid) => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
// PSS shares each shared page among the processes mapping it: WebKit's large library is
// mapped by the app and by its web process, and a plain VmRSS sum would count it twice.
const pssKb = (pid) => Number(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').match(/^Pss:\s+(\d+)/m)?.[1] ?? 0);
const comm = (pid) => readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
const allPids = () => readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number);

function appPid() {
  for (const pid of allPids()) {
    try {
      if (readlinkSync(`/proc/${pid}/exe`) !== app) continue;
      if (readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(`MIZAN_DB=${db}`)) return pid;
    } catch {
      /* not ours */
    }
  }
  return null;
}
function descendants(root) {
  const kids = new Map();
  for (const pid of allPids()) {
    try {
      const { ppid } = stat(pid);
      kids.set(ppid, [...(kids.get(ppid) ?? []), pid]);
    } catch {
      /* gone */
    }
  }
  const out = [];
  const walk = (p) => (kids.get(p) ?? []).forEach((c) => (out.push(c), walk(c)));
  walk(root);
  return out;
}

const HOME_READY = '[data-testid="empty-state"] button, [data-testid="assessment-row"] [data-testid="open"]';

async function measureStartup(driverUrl) {
  const t0 = Date.now();
  const s = await Session.start(driverUrl, app);
  let ready;
  for (;;) {
    const found = await s.findAll(HOME_READY).catch(() => []);
    if (found.length) {
      ready = uptime();
      break;
    }
    if (Date.now() - t0 > 30000) throw new Error('Home did not become interactive within 30 s');
    await sleep(20);
  }
  const wall = Date.now() - t0;
  const pid = appPid();
  if (!pid) throw new Error('cannot find the app process in /proc');
  return { s, pid, ms: Math.round((ready - stat(pid).start) * 1000), wallMs: wall };
}

async function quit(s) {
  await s.cmd('DELETE', '/window').catch(() => {});
  await s.quit().catch(() => {});
  for (let i = 0; i < 100 && appPid(); i++) await sleep(50);
}

const driver = await startDriver({ env: { MIZAN_DB: db } });
try {
  // First run: create and open an assessment (Home → New → questionnaire).
  let { s, pid, ms } = await measureStartup(driver.url);
  const firstRun = ms;
  await (await s.find('[data-testid="empty-state"] button')).click();
  await (await s.waitFor('#new-name')).type('Ministry of Measurement');
  await s.waitFor('[data-testid="framework-card"]');
  await (await s.find('form button[type="submit"]')).click();
  await s.waitFor('[data-testid="question"]');
  await quit(s);

  // Later runs: Home lists that assessment; the last one opens it and reads memory.
  const times = [];
  let memory;
  for (let i = 0; i < runs; i++) {
    ({ s, pid, ms } = await measureStartup(driver.url));
    times.push(ms);
    if (i === runs - 1) {
      await (await s.find('[data-testid="assessment-row"] [data-testid="open"]')).click();
      await s.waitFor('[data-testid="question"]');
      await sleep(1500); // let the page settle (fonts, layout, GC) before reading memory
      const helpers = descendants(pid);
      memory = {
        app: rssKb(pid),
        pss: [pid, ...helpers].reduce((n, p) => n + pssKb(p), 0),
        each: [pid, ...helpers].map((p) => `${comm(p)} ${(rssKb(p) / 1024).toFixed(0)}`).join(', '),
      };
    }
    await quit(s);
  }
  times.sort((a, b) => a - b);
  console.log(`startup_first_run_ms ${firstRun}`);
  console.log(`startup_runs ${runs}`);
  console.log(`startup_median_ms ${times[Math.floor(times.length / 2)]}`);
  console.log(`startup_max_ms ${times[times.length - 1]}`);
  console.log(`rss_app_mb ${(memory.app / 1024).toFixed(1)}`);
  console.log(`pss_app_with_webkit_helpers_mb ${(memory.pss / 1024).toFixed(1)}`);
  console.log(`rss_each_mb ${memory.each}`);
} finally {
  await driver.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
