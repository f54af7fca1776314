// Reads an strace log of connect/sendto/sendmsg calls made during the end-to-end session
// (scripts/e2e.sh) and fails if anything tried to reach another machine: only local
// sockets (AF_UNIX: X11, D-Bus), netlink, and loopback addresses (the WebDriver link
// between the test, tauri-driver, WebKitWebDriver and the app) are allowed.
import { readFileSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Whether one strace line shows a call to a non-local address (or null if not a call). */
export function remoteTarget(line) {
  const call = /\b(connect|sendto|sendmsg|sendmmsg)\(/.exec(line);
  if (!call) return null;
  const inet = /sa_family=AF_INET6?\b[^}]*/.exec(line);
  if (!inet) return { remote: false };
  const v4 = /inet_addr\("([^"]+)"\)/.exec(inet[0]);
  const v6 = /inet_pton\(AF_INET6, "([^"]+)"/.exec(inet[0]);
  const addr = v4?.[1] ?? v6?.[1] ?? '?';
  const loopback = /^127\./.test(addr) || addr === '::1' || addr === '::ffff:127.0.0.1' || /^::ffff:127\./.test(addr);
  return { remote: !loopback, addr, call: call[1] };
}

export function check(text) {
  const lines = text.split('\n').filter(Boolean);
  let calls = 0;
  let loopback = 0;
  const remote = [];
  for (const line of lines) {
    const r = remoteTarget(line);
    if (!r) continue;
    calls += 1;
    if (r.addr) {
      if (r.remote) remote.push(line);
      else loopback += 1;
    }
  }
  return { calls, loopback, remote };
}

// Run as a script (not imported by its test): compare real file URLs, so that a checkout
// path with spaces or behind a symlink still runs the check instead of silently not.
const runAsScript = process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
if (runAsScript) {
  const file = process.argv[2];
  const { calls, loopback, remote } = check(readFileSync(file, 'utf8'));
  if (calls === 0) {
    console.error(`network check: ${file} holds no traced call at all: the trace did not work`);
    process.exit(1);
  }
  if (remote.length > 0) {
    console.error(`network check: ${remote.length} attempt(s) to reach another machine:\n${remote.slice(0, 20).join('\n')}`);
    process.exit(1);
  }
  console.log(`network check: ${calls} connect/send calls traced, ${loopback} to loopback (WebDriver), none to another machine`);
}
