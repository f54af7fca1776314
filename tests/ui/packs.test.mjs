// Benchmark packs on the Frameworks screen: export per framework, import as anonymous peers,
// and a refused pack shown with the JSON path of what is wrong.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openApp, expectText, expectVisible, fakeCalls, fakeState, assertNoProblems, textOf, unisolate } from './harness.mjs';

const env = setup({ before, after });

const fixtureCard = (page) => page.getByTestId('framework-item').filter({ hasText: 'Innovation Readiness (test fixture)' });

test('what a pack holds is said in one sentence', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { hash: '#/frameworks' });
  await expectVisible(page.getByTestId('framework-item'));
  const intro = await textOf(page.getByTestId('packs-intro'));
  assert.match(intro, /no agency names and no answers or notes/);
  assert.equal(intro.split(/\.\s/).length, 1, 'one sentence');
  assertNoProblems(problems);
});

test('export a pack: where it went and how many; no name or text inside', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'bench' }, hash: '#/frameworks' });
  await expectVisible(page.getByTestId('framework-item'));
  await fixtureCard(page).getByRole('button', { name: /^Export a benchmark pack of / }).click();
  // 12 sample agencies and the Ministry of Health's 2024 final: one (the latest) per agency.
  await expectText(
    page.getByTestId('pack-done').locator('span'),
    'Exported 13 assessments to /home/user/Documents/fixture-readiness-benchmark-pack.json',
  );
  const [call] = await fakeCalls(page, 'export_pack');
  assert.deepEqual(call.args, { framework: 'fixture-readiness', version: '1.0.0' });
  const files = await page.evaluate(() => window.__mizanFake.files);
  const text = files['/home/user/Documents/fixture-readiness-benchmark-pack.json'];
  assert.equal(JSON.parse(text).assessments.length, 13);
  for (const word of ['Ministry', 'Health Services Authority', '(sample)', 'Innovation Readiness 2024', 'note']) {
    assert.equal(text.includes(word), false, `the pack does not contain "${word}"`);
  }

  // Cancelling the save dialog: nothing is said, nothing is written.
  await page.evaluate(() => window.__mizanFake.dialog('save', null));
  await fixtureCard(page).getByRole('button', { name: /^Export a benchmark pack of / }).click();
  await page.getByTestId('pack-done').waitFor({ state: 'detached' });
  assert.equal(await page.getByTestId('pack-error').count(), 0);
  assertNoProblems(problems);
});

test('a framework with fewer than 3 final assessments cannot be exported: the reason is shown', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'bench' }, hash: '#/frameworks' });
  await expectVisible(page.getByTestId('framework-item'));
  await page
    .getByTestId('framework-item')
    .filter({ hasText: 'Service Integration Maturity' })
    .getByRole('button', { name: /^Export a benchmark pack of / })
    .click();
  const box = page.getByTestId('pack-error');
  await expectVisible(box);
  assert.match(await textOf(box), /The benchmark pack could not be exported:/);
  assert.match(await textOf(box), /only 0 final assessments of service-integration 0: a benchmark pack needs at least 3/);
  assertNoProblems(problems);
});

test('import a pack: its peers count in the benchmark, anonymously', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'bench' }, hash: '#/frameworks' });
  await expectVisible(page.getByTestId('framework-item'));
  await page.getByRole('button', { name: 'Import benchmark pack…' }).click();
  await expectText(page.getByTestId('pack-done').locator('span'), 'Imported 4 anonymous peer assessments.');
  // The same pack again replaces itself instead of counting twice.
  await page.getByRole('button', { name: 'Import benchmark pack…' }).click();
  await expectText(
    page.getByTestId('pack-done').locator('span'),
    'Imported 4 anonymous peer assessments, replacing the 4 of an earlier import of the same pack.',
  );
  assert.equal((await fakeState(page)).packPeers.length, 4);

  // 12 agencies + 4 pack peers; with "same sector" 4 + 3 health pack peers.
  await page.getByRole('link', { name: 'Home' }).click();
  await page.getByRole('button', { name: /^Compare .?Ministry of Health — Innovation Readiness 2025.? with peers$/ }).click();
  await expectText(page.getByTestId('peer-count'), '16 peers match this group.');
  await page.getByRole('checkbox', { name: /Same sector/ }).check();
  await expectText(page.getByTestId('peer-count'), '7 peers match this group.');
  // Pack peers carry no tags: a tag filter leaves them out.
  await page.getByRole('checkbox', { name: /Same sector/ }).uncheck();
  await page.getByTestId('filter-tag').filter({ hasText: 'pilot' }).click();
  await expectText(page.getByTestId('peer-count'), '4 peers match this group.');
  assertNoProblems(problems);
});

test('a refused pack shows the file and the JSON path of the problem; nothing is imported', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'bench' }, hash: '#/frameworks' });
  await expectVisible(page.getByTestId('framework-item'));
  const entry = (overall) => ({
    sector: 'health', country: 'JO', size: 'large', date: '2025-01-01', framework_version: '1.0.0', overall, dimensions: {},
  });
  const pack = {
    format: 'mizan.benchmark-pack',
    format_version: 1,
    id: '0b0f5f8e-1d7a-4d59-8f0e-6a3f9a0c1e22',
    framework: { id: 'fixture-readiness', version: '1.0.0' },
    created_at: '2025-01-02T00:00:00Z',
    assessments: [entry(2), entry(3), entry(7)],
  };
  await page.evaluate(
    (text) => window.__mizanFake.dialog('open', { path: '/home/amal/My Packs/health peers.json', text }),
    JSON.stringify(pack),
  );
  await page.getByRole('button', { name: 'Import benchmark pack…' }).click();
  const box = page.getByTestId('pack-error');
  await expectVisible(box);
  assert.equal(await box.getAttribute('role'), 'alert');
  assert.match(await textOf(box), /The benchmark pack was refused:/);
  await expectText(box.getByTestId('pack-error-path'), 'assessments[2].overall');
  await expectText(box.getByTestId('pack-error-file'), 'health peers.json');
  assert.equal(await box.getByTestId('pack-error-file').getAttribute('title'), '/home/amal/My Packs/health peers.json');
  await expectText(box.getByTestId('pack-error-message'), 'score out of range 1..5');
  assert.match(unisolate(await textOf(box)), /Nothing was imported/);
  assert.deepEqual((await fakeState(page)).packPeers, []);

  // A pack for a framework version that is not installed names the field too.
  await page.evaluate(
    (text) => window.__mizanFake.dialog('open', { path: '/tmp/old.json', text }),
    JSON.stringify({ ...pack, framework: { id: 'fixture-readiness', version: '2.0.0' } }),
  );
  await page.getByRole('button', { name: 'Import benchmark pack…' }).click();
  await expectText(box.getByTestId('pack-error-path'), 'framework');
  assert.match(await textOf(box.getByTestId('pack-error-message')), /which is not installed here: install that framework version first/);

  // Dismiss, then cancel the open dialog: nothing shown, nothing imported.
  await box.getByRole('button', { name: 'Dismiss' }).click();
  await page.evaluate(() => window.__mizanFake.dialog('open', null));
  await page.getByRole('button', { name: 'Import benchmark pack…' }).click();
  await expectVisible(page.getByRole('button', { name: 'Import benchmark pack…' }));
  assert.equal(await page.getByTestId('pack-error').count(), 0);
  assert.equal(await page.getByTestId('pack-done').count(), 0);
  assert.equal((await fakeCalls(page, 'import_pack')).length, 3);
  assertNoProblems(problems);
});
