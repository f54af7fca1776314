// Browsing frameworks, and installing one: a refused file shows each problem with its place.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openApp, expectVisible, fakeCalls, assertNoProblems, eventually, textOf, unisolate, engine, startAssessment } from './harness.mjs';

const env = setup({ before, after });

test('list, detail with levels and collapsible questions', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { hash: '#/frameworks' });
  const frameworks = await engine(page, 'list_frameworks', { lang: 'en' });
  const fw = await engine(page, 'get_framework', { id: frameworks[0].id, version: frameworks[0].version, lang: 'en' });
  const items = page.getByTestId('framework-item');
  await expectVisible(items);
  assert.equal(await items.count(), frameworks.length);
  const first = unisolate(await textOf(items.first()));
  assert.ok(first.includes(fw.title), first);
  assert.match(first, /Built-in/);
  assert.match(first, new RegExp(`${fw.dimensions.length} dimensions\\s*${fw.questions.length} questions\\s*${fw.levels.length} levels`));

  await items.first().getByRole('button', { name: /View details/ }).click();
  await expectVisible(page.getByTestId('framework-title'));
  assert.equal(await textOf(page.getByTestId('framework-title')), fw.title);
  for (const level of fw.levels) {
    await expectVisible(page.getByRole('heading', { name: 'Levels' }).locator('..').getByText(level.name, { exact: true }));
  }
  assert.equal(await page.getByTestId('framework-dimension').count(), fw.dimensions.length);

  // Questions are collapsed; opening one shows its level descriptors and recommendations.
  const shown = fw.questions.find((q) => q.id === fw.dimensions[0].questions[0]);
  const question = page.getByTestId('framework-question').first();
  const descriptor = question.getByText(shown.levels[2], { exact: true });
  assert.equal(await descriptor.isVisible(), false);
  await question.locator('summary').click();
  await expectVisible(descriptor);
  await expectVisible(question.getByText(shown.recommendations[2], { exact: true }));

  await page.getByRole('button', { name: 'Expand all' }).click();
  await eventually(async () =>
    assert.equal(await page.locator('[data-testid="framework-question"][open]').count(), fw.questions.length),
  );
  await page.getByRole('button', { name: 'Back to all frameworks' }).click();
  await expectVisible(page.getByTestId('framework-item'));
  assertNoProblems(problems);
});

test('a refused framework file lists its FILE:LINE:COL problems; a good one is installed', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { hash: '#/frameworks' });
  await expectVisible(page.getByTestId('framework-item'));
  const installed = (await engine(page, 'list_frameworks')).length;
  await page.evaluate(() =>
    window.__mizanFake.fail(
      'install_framework',
      {
        code: 'invalid_framework',
        message:
          '/home/amal/Downloads/digital.toml:12:5: question `data.quality` has 4 level descriptors; the framework has 5 levels: add one\n' +
          '/home/amal/Downloads/digital.toml:31:14: dimension `platforms` is not defined: define it in [[dimensions]]',
      },
      1,
    ),
  );
  await page.getByRole('button', { name: 'Install framework…' }).click();
  const box = page.getByTestId('install-errors');
  await expectVisible(box);
  assert.equal(await box.getAttribute('role'), 'alert');
  assert.match(unisolate(await textOf(box)), /The framework file has 2 problems/);
  const lines = box.getByTestId('install-error');
  assert.equal(await lines.count(), 2);
  assert.equal(await textOf(lines.nth(0).locator('code')), 'digital.toml:12:5');
  assert.equal(await lines.nth(0).locator('code').getAttribute('title'), '/home/amal/Downloads/digital.toml');
  assert.match(await textOf(lines.nth(0)), /question `data.quality` has 4 level descriptors/);
  assert.equal(await textOf(lines.nth(1).locator('code')), 'digital.toml:31:14');
  assert.equal(await page.getByTestId('framework-item').count(), installed);
  const [call] = await fakeCalls(page, 'install_framework');
  assert.deepEqual(call.args, { lang: 'en' });

  // The next try succeeds (the open dialog offers a valid "Custom Framework" file): the
  // engine installs it and the list shows it.
  await page.getByRole('button', { name: 'Install framework…' }).click();
  await expectVisible(page.getByTestId('toast').getByText(/^Installed “\u2068?Custom Framework\u2069?” version \u2068?1\.0\.0\u2069?\.$/));
  await eventually(async () => assert.equal(await page.getByTestId('framework-item').count(), installed + 1));
  assert.ok((await engine(page, 'list_frameworks')).some((f) => f.id === 'custom-framework' && !f.builtin));
  assert.equal(await box.count(), 0);
  const custom = page.getByTestId('framework-item').filter({ hasText: 'Custom Framework' });
  assert.match(await textOf(custom), /Installed/);
  assertNoProblems(problems);
});

test('cancelling the file dialog changes nothing', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { hash: '#/frameworks' });
  await expectVisible(page.getByTestId('framework-item'));
  const installed = (await engine(page, 'list_frameworks')).length;
  // The user closes the file dialog: the shell answers null.
  await page.evaluate(() => window.__mizanFake.dialog('open', null));
  await page.getByRole('button', { name: 'Install framework…' }).click();
  await expectVisible(page.getByRole('button', { name: 'Install framework…' }));
  assert.equal(await page.getByTestId('install-errors').count(), 0);
  assert.equal(await page.getByTestId('toast').count(), 0);
  assert.equal(await page.getByTestId('framework-item').count(), installed);
  assert.equal((await engine(page, 'list_frameworks')).length, installed);
  assertNoProblems(problems);
});

test('the framework screen shows the methodology note and, per question, owner and expected evidence', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { hash: '#/frameworks' });
  const [first] = await engine(page, 'list_frameworks');
  const fw = await engine(page, 'get_framework', { id: first.id, version: first.version, lang: 'en' });
  assert.ok(fw.methodology, `${fw.id} ${fw.version} carries a methodology note`);
  await page.getByTestId('framework-item').first().getByRole('button', { name: /View details/ }).click();
  const note = page.getByTestId('methodology');
  await expectVisible(note);
  assert.equal(unisolate(await textOf(page.getByTestId('framework-changes'))), fw.changes);
  assert.equal(unisolate(await textOf(page.getByTestId('best-fit'))), fw.methodology.best_fit);
  for (const heading of ['What it measures', 'How to read the levels', 'What it does not cover', 'Weights other than 1']) {
    await expectVisible(note.getByRole('heading', { name: heading }));
  }
  // Every weight other than 1 is listed, with its reason.
  const weighted = [...fw.dimensions, ...fw.questions].filter((x) => x.weight !== 1);
  const rows = page.getByTestId('weight-notes').locator('tbody tr');
  assert.equal(await rows.count(), weighted.length);
  assert.ok(unisolate(await textOf(rows.nth(0))).includes(weighted[0].weight_rationale));

  const q = fw.questions[0];
  const question = page.getByTestId('framework-question').first();
  await question.locator('summary').click();
  const expected = question.getByTestId('evidence-expected');
  await expectVisible(expected);
  const shown = unisolate(await textOf(expected));
  for (const e of q.evidence_expected) assert.ok(shown.includes(e.text), `level ${e.level}: ${e.text}`);
  assert.ok(unisolate(await textOf(question.getByTestId('question-notes'))).includes(q.owner));
  assertNoProblems(problems);
});

test('the framework screen lists the sources exactly and names each counterpart question, in the language chosen', async () => {
  for (const [locale, lang] of [['en-US', 'en'], ['fr-FR', 'fr']]) {
    const { page, problems } = await openApp(env.browser, env.server, { hash: '#/frameworks/innovation-readiness/1.1.0', locale });
    const fw = await engine(page, 'get_framework', { id: 'innovation-readiness', version: '1.1.0', lang });
    const other = await engine(page, 'get_framework', { id: 'service-integration', version: null, lang });
    await expectVisible(page.getByTestId('framework-title'));
    const items = page.getByTestId('sources').getByTestId('source');
    assert.equal(await items.count(), fw.sources.length);
    const shown = [];
    for (let i = 0; i < fw.sources.length; i++) shown.push(unisolate(await textOf(items.nth(i))));
    // The level names' source, and the ESCWA study by its published title, year and page.
    const imaps = fw.sources.findIndex((s) => s.title.includes('(IMAPS)'));
    const escwa = fw.sources.findIndex((s) => s.year === 2017 && s.publisher?.includes('ESCWA'));
    assert.ok(imaps >= 0 && escwa >= 0, lang);
    for (const i of [imaps, escwa]) {
      const s = fw.sources[i];
      for (const part of [s.title, s.publisher, s.url, s.note]) assert.ok(shown[i].includes(part), `${lang}: ${part} in ${shown[i]}`);
    }
    assert.match(shown[escwa], /\(2017\)/);
    if (lang === 'fr') assert.match(shown[escwa], /L'intégration de la prestation de services dans la région arabe/);
    assert.equal(unisolate(await textOf(page.getByTestId('best-fit'))), fw.methodology.best_fit);

    // A question's counterpart in the other framework, by that framework's title and question text.
    const q = fw.questions.find((x) => x.see_also.length);
    const ref = q.see_also[0];
    const counterpart = other.questions.find((x) => x.id === ref.question);
    const question = page.getByTestId('framework-question').filter({ hasText: q.text });
    await question.locator('summary').click();
    const notes = question.getByTestId('question-notes');
    await expectVisible(notes);
    await eventually(async () => {
      const text = unisolate(await textOf(notes));
      assert.ok(text.includes(`${other.title}: ${counterpart.text}`) && text.includes(`${ref.framework}:${ref.question}`), text);
    });
    assertNoProblems(problems);
  }
});

test('going from one edition to another shows the other one', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { hash: '#/frameworks/innovation-readiness/1.0.0' });
  await expectVisible(page.getByTestId('framework-title'));
  assert.match(await textOf(page.locator('.version')), /1\.0\.0/);
  assert.equal(await page.getByTestId('best-fit').count(), 0, '1.0.0 has no best-fit rule');
  await page.evaluate(() => (location.hash = '#/frameworks/innovation-readiness/1.1.0'));
  await expectVisible(page.getByTestId('best-fit'));
  assert.match(await textOf(page.locator('.version')), /1\.1\.0/);
  assertNoProblems(problems);
});

test('the questionnaire shows the evidence expected for levels 3 to 5', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'empty' } });
  await startAssessment(page, 'Ministry of Evidence');
  const [a] = await engine(page, 'list_assessments');
  const fw = await engine(page, 'get_framework', { id: a.framework.id, version: a.framework.version, lang: 'en' });
  const expected = page.getByTestId('question').getByTestId('evidence-expected');
  await expectVisible(expected);
  const shown = unisolate(await textOf(expected));
  assert.match(shown, /^Evidence expected for each level:/);
  assert.ok(shown.includes(fw.questions[0].evidence_expected[0].text), shown);
  assertNoProblems(problems);
});
