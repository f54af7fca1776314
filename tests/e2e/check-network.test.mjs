// The network check of scripts/e2e.sh must catch an attempt to reach another machine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from './check-network.mjs';

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
