// Benchmark packs on the Frameworks screen: export per framework, import as anonymous peers,
// and a refused pack shown with the JSON path of what is wrong.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openApp, expectText, expectVisible, fakeCalls, fakeState, assertNoProblems, textOf, unisolate, engine } from './harness.mjs';

const env = setup({ before, after });

/** The built-in framework of the demo and sample assessments, as the engine lists it. */
const readiness = async (page) => (await engine(page, 'list_frameworks', { lang: 'en' })).find((f) => f.id === 'innovation-readiness');
// Editions share a title: the card is the one of this edition (its version is on the card).
const cardOf = (page, fw) => page.getByTestId('framework-item').filter({ hasText: fw.title }).filter({ hasText: fw.version }).first();
const peerCount = async (page, id, filter) =>
  (await engine(page, 'compare_assessment', { id, filter: { sector: null, country: null, size: null, tags: [], ...filter } })).benchmark.peers.n;
const peerLine = (n) => `${n} peers match this group.`;

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
  const fw = await readiness(page);
  // One entry (the latest final) per agency with a final assessment of the framework.
  const finals = (await engine(page, 'list_assessments')).filter((a) => a.status === 'final' && a.framework.id === fw.id);
  const agencies = new Set(finals.map((a) => a.agency.id)).size;
  assert.ok(agencies < finals.length, 'some agencies have several finals');
  await cardOf(page, fw).getByRole('button', { name: /^Export a benchmark pack of / }).click();
  const file = `/home/user/Documents/${fw.id}-benchmark-pack.json`;
  await expectText(page.getByTestId('pack-done').locator('span'), `Exported ${agencies} assessments to ${file}`);
  const [call] = await fakeCalls(page, 'export_pack');
  assert.deepEqual(call.args, { framework: fw.id, version: fw.version });
  const files = await page.evaluate(() => window.__mizanFake.files);
  const text = files[file];
  assert.equal(JSON.parse(text).assessments.length, agencies);
  for (const word of ['Ministry', 'Health Services Authority', '(sample)', 'Innovation Readiness 2024', 'note']) {
    assert.equal(text.includes(word), false, `the pack does not contain "${word}"`);
  }

  // Cancelling the save dialog: nothing is said, nothing is written.
  await page.evaluate(() => window.__mizanFake.dialog('save', null));
  await cardOf(page, fw).getByRole('button', { name: /^Export a benchmark pack of / }).click();
  await page.getByTestId('pack-done').waitFor({ state: 'detached' });
  assert.equal(await page.getByTestId('pack-error').count(), 0);
  assertNoProblems(problems);
});

test('a framework with fewer than 3 final assessments cannot be exported: the reason is shown', async () => {
  // The demo data: one final assessment (the Ministry of Health's 2024) of innovation-readiness.
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'demo' }, hash: '#/frameworks' });
  await expectVisible(page.getByTestId('framework-item'));
  const fw = await readiness(page);
  const refusal = await engine(page, 'export_pack', { framework: fw.id, version: fw.version }).then(
    () => assert.fail('the engine exports a pack of one agency'),
    (e) => e,
  );
  assert.match(refusal.message, /^only 1 final assessment of innovation-readiness 1: a benchmark pack needs at least 3/);
  await cardOf(page, fw).getByRole('button', { name: /^Export a benchmark pack of / }).click();
  const box = page.getByTestId('pack-error');
  await expectVisible(box);
  assert.match(await textOf(box), /The benchmark pack could not be exported:/);
  // Told from the catalog by the refusal's key (the CLI prints its English message).
  assert.deepEqual([refusal.key, refusal.args.count, refusal.args.min], ['err-pack-too-few', '1', '3']);
  assert.match(unisolate(await textOf(box)), /Only 1 final assessment uses this framework: a benchmark pack needs at least 3, so that no agency can be identified\./);
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

  // The agencies' peers plus the 4 of the pack; with "same sector" the 3 health ones too.
  const { id } = (await engine(page, 'list_assessments')).find((a) => a.title === 'Ministry of Health — Innovation Readiness 2025');
  const all = await peerCount(page, id, {});
  const health = await peerCount(page, id, { sector: 'health' });
  const pilot = await peerCount(page, id, { tags: ['pilot'] });
  await page.getByRole('link', { name: 'Home' }).click();
  await page.getByRole('button', { name: /^Compare .?Ministry of Health — Innovation Readiness 2025.? with peers$/ }).click();
  await expectText(page.getByTestId('peer-count'), peerLine(all));
  await page.getByRole('checkbox', { name: /Same sector/ }).check();
  await expectText(page.getByTestId('peer-count'), peerLine(health));
  // Pack peers carry no tags: a tag filter leaves them out.
  await page.getByRole('checkbox', { name: /Same sector/ }).uncheck();
  await page.getByTestId('filter-tag').filter({ hasText: 'pilot' }).click();
  await expectText(page.getByTestId('peer-count'), peerLine(pilot));
  // What the engine counted: the pack's peers in the first two groups, not in the third.
  const withoutPack = await openApp(env.browser, env.server, { fake: { seed: 'bench' } });
  const { id: sameDraft } = (await engine(withoutPack.page, 'list_assessments')).find((a) => a.title === 'Ministry of Health — Innovation Readiness 2025');
  assert.deepEqual(
    [all, health, pilot],
    [
      (await peerCount(withoutPack.page, sameDraft, {})) + 4,
      (await peerCount(withoutPack.page, sameDraft, { sector: 'health' })) + 3,
      await peerCount(withoutPack.page, sameDraft, { tags: ['pilot'] }),
    ],
  );
  await withoutPack.context.close();
  assertNoProblems(problems);
});

test('a refused pack shows the file and the JSON path of the problem; nothing is imported', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'bench' }, hash: '#/frameworks' });
  await expectVisible(page.getByTestId('framework-item'));
  const entry = (overall) => ({
    agency: `0b0f5f8e-1d7a-4d59-8f0e-6a3f9a0c1e${overall}0`,
    sector: 'health', country: 'JO', size: 'large', date: '2025-01-01', framework_version: '1.0.0', overall, dimensions: {},
  });
  const pack = {
    format: 'mizan.benchmark-pack',
    format_version: 2,
    id: '0b0f5f8e-1d7a-4d59-8f0e-6a3f9a0c1e22',
    framework: { id: 'innovation-readiness', version: '1.0.0' },
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
  await expectText(box.getByTestId('pack-error-message'), 'This score lies outside 1 to 5.');
  assert.match(unisolate(await textOf(box)), /Nothing was imported/);
  assert.deepEqual((await fakeState(page)).packPeers, []);

  // A pack for a framework version that is not installed names the field too.
  await page.evaluate(
    (text) => window.__mizanFake.dialog('open', { path: '/tmp/old.json', text }),
    JSON.stringify({ ...pack, framework: { id: 'innovation-readiness', version: '2.0.0' } }),
  );
  await page.getByRole('button', { name: 'Import benchmark pack…' }).click();
  await expectText(box.getByTestId('pack-error-path'), 'framework');
  assert.match(unisolate(await textOf(box.getByTestId('pack-error-message'))), /innovation-readiness 2\.0\.0, which is not installed here: install that version first/);

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
