// The built UI obeys the app's CSP: no inline script, nothing loaded from elsewhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { setup, openApp, DIST, assertNoProblems, expectVisible } from './harness.mjs';

const env = setup({ before, after });

test('index.html has only external module scripts and relative URLs', () => {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  assert.ok(scripts.length >= 1, 'the app is loaded by a script');
  for (const [, attrs, body] of scripts) {
    assert.match(attrs, /type="module"/);
    assert.match(attrs, /src="\.\/assets\/[^"]+\.js"/);
    assert.equal(body.trim(), '', 'no inline script');
  }
  assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'no inline event handler');
  assert.doesNotMatch(html, /(src|href)="(https?:)?\/\//i, 'nothing from the network');
  assert.doesNotMatch(html, /(src|href)="\/[^/]/i, 'relative URLs only (base ./)');
});

test('the bundle reaches no network: no remote URL is fetched at run time', () => {
  const assets = fs.readdirSync(path.join(DIST, 'assets'));
  const css = assets.filter((f) => f.endsWith('.css')).map((f) => fs.readFileSync(path.join(DIST, 'assets', f), 'utf8')).join('');
  assert.doesNotMatch(css, /@import|url\(\s*['"]?https?:/i, 'no remote fonts or images');
  // The one web font is the bundled Arabic one, loaded from the bundle itself.
  const fontUrls = [...css.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1]).filter((u) => /\.(woff2?|ttf|otf)$/.test(u));
  assert.ok(fontUrls.length >= 2, 'the Arabic font is bundled');
  for (const u of fontUrls) {
    assert.match(u, /^(\.\/|\.\.\/)?[^/:]*\.woff2$/, `font ${u} is a file of the bundle`);
    assert.ok(fs.existsSync(path.join(DIST, 'assets', path.basename(u))), `font ${u} is in dist/assets`);
  }
});

test('every screen runs under the CSP without violations', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'demo' } });
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await expectVisible(page.getByTestId('assessment-row'));
  for (const hash of ['#/new', '#/frameworks', '#/frameworks/innovation-readiness/1.0.0']) {
    await page.goto(env.server.url + hash);
    await page.locator('main h1').first().waitFor();
  }
  await page.goto(env.server.url + '#/');
  await page.getByRole('button', { name: 'Amman municipal services review', exact: true }).click();
  await expectVisible(page.getByTestId('question'));
  await page.getByRole('button', { name: 'See results' }).first().click();
  await expectVisible(page.getByTestId('radar'));
  await page.getByTestId('open-compare').click();
  await expectVisible(page.getByTestId('peer-count').getByText(/peers? match/));
  assert.deepEqual(requests.filter((u) => !u.startsWith(env.server.url)), []);
  assertNoProblems(problems);
});
