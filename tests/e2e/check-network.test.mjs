// The network check of scripts/e2e.sh must catch an attempt to reach another machine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from './check-network.mjs';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

test('loopback and local sockets pass; any other address fails, whatever the call', () => {
  const ok = [
    '101 connect(5, {sa_family=AF_INET, sin_port=htons(4444), sin_addr=inet_addr("127.0.0.1")}, 16) = 0',
    '102 connect(7, {sa_family=AF_INET6, sin6_port=htons(4445), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, 28) = 0',
    '103 connect(3, {sa_family=AF_UNIX, sun_path="/tmp/.X11-unix/X99"}, 110) = 0',
    '104 sendto(9, "GET / HTTP/1.1", 14, MSG_NOSIGNAL, NULL, 0) = 14',
    '105 sendmsg(4, {msg_name={sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, msg_namelen=12}, 0) = 20',
  ].join('\n');
  assert.deepEqual(check(ok), { calls: 5, loopback: 2, remote: [] });

  const remote = [
    '201 connect(7, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2a00:1450:4001::1", &sin6_addr), sin6_scope_id=0}, 28) = -1 ENETUNREACH (Network is unreachable)',
    '202 sendto(4, "\\x12\\x34", 40, MSG_NOSIGNAL, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("8.8.8.8")}, 16) = -1 ENETUNREACH',
    '203 connect(8, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("192.168.1.10")}, 16) = -1 ENETUNREACH',
  ];
  const r = check([ok, ...remote].join('\n'));
  assert.equal(r.calls, 8);
  assert.deepEqual(r.remote, remote);
});

test('sendmmsg to another machine fails too', () => {
  const line = '301 sendmmsg(5, [{msg_hdr={msg_name={sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("1.1.1.1")}, msg_namelen=16}, msg_len=40}], 1, MSG_NOSIGNAL) = -1 ENETUNREACH';
  assert.equal(check(line).remote.length, 1);
});

// The script must run its check when called by a path with a space or through a symlink
// (a silently skipped check would pass every run).
test('run as a script from an awkward path, it still fails on a remote address', () => {
  const dir = mkdtempSync(join(tmpdir(), 'net check '));
  const linked = join(dir, 'linked check.mjs');
  symlinkSync(fileURLToPath(new URL('./check-network.mjs', import.meta.url)), linked);
  const trace = join(dir, 'trace');
  writeFileSync(trace, '1 connect(8, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("192.168.1.10")}, 16) = -1\n');
  const bad = spawnSync(process.execPath, [linked, trace], { encoding: 'utf8' });
  assert.equal(bad.status, 1, bad.stderr);
  assert.match(bad.stderr, /192\.168\.1\.10/);
  writeFileSync(trace, '1 connect(5, {sa_family=AF_INET, sin_port=htons(4444), sin_addr=inet_addr("127.0.0.1")}, 16) = 0\n');
  const good = spawnSync(process.execPath, [linked, trace], { encoding: 'utf8' });
  assert.equal(good.status, 0, good.stderr);
  assert.match(good.stdout, /1 connect\/send calls traced, 1 to loopback/);
  rmSync(dir, { recursive: true, force: true });
});
