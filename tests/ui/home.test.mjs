// The home list: grouping by agency, search, delete with undo, re-assess.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  setup,
  openApp,
  expectText,
  expectVisible,
  fakeCalls,
  fakeState,
  assertNoProblems,
  eventually,
  textOf,
  unisolate,
  engine,
  assessmentTitled,
  indexText,
  currentQuestion,
} from './harness.mjs';

const env = setup({ before, after });

const groupNames = (page) => page.getByTestId('agency-name').allTextContents();

/** The framework of the demo assessments, as the engine has it. */
async function demoFramework(page) {
  const { framework } = await assessmentTitled(page, 'Ministry of Health — Innovation Readiness 2024');
  return engine(page, 'get_framework', { ...framework, lang: 'en' });
}

test('assessments are grouped by agency, newest first, and searchable', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'demo' } });
  await expectVisible(page.getByTestId('assessment-row'));
  assert.deepEqual(await groupNames(page), ['Ministry of Health', 'وزارة التنمية الرقمية', 'Municipality of Amman']);
  const health = page.getByTestId('agency-group').first();
  assert.deepEqual(await health.getByTestId('open').allTextContents(), [
    'Ministry of Health — Innovation Readiness 2025',
    'Ministry of Health — Innovation Readiness 2024',
  ]);
  assert.match(unisolate(await textOf(health)), /Health · Tunisia · Large/);
  // Index with one decimal, stage, completeness, status of each assessment: the engine's.
  const row = health.getByTestId('assessment-row').first();
  const draft = await assessmentTitled(page, 'Ministry of Health — Innovation Readiness 2025');
  await expectText(row.getByTestId('index'), indexText(draft.index));
  await expectText(row.getByTestId('stage'), draft.stage_name);
  await expectText(row.getByTestId('completeness'), `${Math.floor(draft.completeness * 100)}%`);
  await expectText(row.getByTestId('status'), 'Draft');
  // A draft with two answers: its completeness, rounded down.
  const arabic = page.getByTestId('agency-group').nth(1).getByTestId('assessment-row');
  const few = await assessmentTitled(page, 'وزارة التنمية الرقمية — جاهزية الابتكار 2025');
  assert.ok(few.completeness > 0 && few.completeness < 0.1, 'two answers of many');
  await expectText(arabic.getByTestId('completeness'), `${Math.floor(few.completeness * 100)}%`);
  await expectText(health.getByTestId('assessment-row').nth(1).getByTestId('status'), 'Final');

  const search = page.getByRole('searchbox', { name: 'Search assessments' });
  await search.fill('amman');
  await eventually(async () => assert.deepEqual(await groupNames(page), ['Municipality of Amman']));
  await search.fill('2024');
  await eventually(async () => assert.equal(await page.getByTestId('assessment-row').count(), 1));
  // Arabic spelling variants match (ة / ه).
  await search.fill('وزاره');
  await eventually(async () => assert.deepEqual(await groupNames(page), ['وزارة التنمية الرقمية']));
  await search.fill('police');
  await expectVisible(page.getByText('No assessment matches'));
  await search.fill('');
  await eventually(async () => assert.equal((await groupNames(page)).length, 3));
  assertNoProblems(problems);
});

test('delete asks first, then offers Undo', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'demo' } });
  await expectVisible(page.getByTestId('assessment-row'));
  const deleteAmman = page.getByRole('button', { name: /^Delete .?Amman municipal services review/ });

  // Cancel keeps it.
  await deleteAmman.click();
  const dialog = page.getByRole('dialog', { name: 'Delete this assessment?' });
  await expectVisible(dialog);
  assert.match(unisolate(await textOf(dialog)), /“Amman municipal services review” and its answers will be removed/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'hidden' });
  assert.equal((await fakeState(page)).assessments.filter((a) => a.deleted).length, 0);

  // Confirm deletes and offers Undo.
  await deleteAmman.click();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await eventually(async () => assert.deepEqual(await groupNames(page), ['Ministry of Health', 'وزارة التنمية الرقمية']));
  const toast = page.getByTestId('toast');
  await expectText(toast.locator('.message'), '“Amman municipal services review” was deleted.');
  assert.equal((await fakeState(page)).assessments.find((a) => a.title.startsWith('Amman')).deleted, true);

  await toast.getByRole('button', { name: 'Undo' }).click();
  await eventually(async () => assert.equal((await groupNames(page)).length, 3));
  assert.equal((await fakeState(page)).assessments.find((a) => a.title.startsWith('Amman')).deleted, false);
  // Restored means really restored: still there after a reload.
  await page.reload();
  await expectVisible(page.getByRole('button', { name: 'Amman municipal services review', exact: true }));
  assertNoProblems(problems);
});

test('the Undo offer lasts about 8 seconds, then the delete stays', async () => {
  const { page, problems } = await openApp(env.browser, env.server, {
    fake: { seed: 'demo' },
    beforeGoto: (p) => p.clock.install(),
  });
  await expectVisible(page.getByTestId('assessment-row'));
  await page.getByRole('button', { name: /^Delete .?Amman municipal services review/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  const undo = page.getByTestId('toast').getByRole('button', { name: 'Undo' });
  await expectVisible(undo);
  await page.mouse.move(0, 0); // the pointer on the toast would pause its timer
  await page.clock.runFor(7000);
  assert.equal(await undo.isVisible(), true, 'still offered after 7 s');
  await page.clock.runFor(1500);
  await undo.waitFor({ state: 'detached' });
  assert.equal((await fakeState(page)).assessments.find((a) => a.title.startsWith('Amman')).deleted, true);
  assertNoProblems(problems);
});

test('re-assess says what it does, then starts a new draft with the profile, not the answers', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'demo' } });
  await expectVisible(page.getByTestId('assessment-row'));
  const reassess = page.getByRole('button', { name: /^Re-assess: start a new draft of .?Ministry of Health — Innovation Readiness 2024/ });
  assert.match(await reassess.getAttribute('title'), /same agency profile and framework; the answers are not copied/);

  // Asked first; Cancel creates nothing.
  await reassess.click();
  const dialog = page.getByRole('dialog', { name: 'Start a new assessment of this agency?' });
  await expectVisible(dialog);
  const fw = await demoFramework(page);
  assert.ok(
    unisolate(await textOf(dialog)).includes(
      `A new draft of “${fw.title}” is created for Ministry of Health, with the same agency profile. The answers are not copied`,
    ),
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'hidden' });
  assert.equal((await fakeState(page)).assessments.length, 4);

  await reassess.click();
  await dialog.getByRole('button', { name: 'Start new draft' }).click();
  await expectText(page.getByTestId('question-number'), `Question 1 of ${fw.questions.length}`);
  await expectText(page.getByTestId('overall-progress'), `0 of ${fw.questions.length} answered`);
  await expectText(page.getByTestId('status'), 'Draft');
  await expectVisible(page.getByTestId('toast').getByText(/New draft started for .?Ministry of Health.?: same profile, no answers yet\./));
  const state = await fakeState(page);
  const copy = state.assessments.at(-1);
  const source = state.assessments.find((a) => a.title.endsWith('2024'));
  assert.deepEqual(copy.agency, source.agency, 'the agency profile comes along');
  assert.deepEqual(copy.answers, [], 'the answers do not');
  await page.getByRole('link', { name: 'Home' }).click();
  await expectVisible(page.getByTestId('assessment-row'));
  assert.equal(await page.getByTestId('agency-group').first().getByTestId('assessment-row').count(), 3);
  assertNoProblems(problems);
});

test('re-assess from the results of a final assessment', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'demo' } });
  await page.getByRole('button', { name: 'Ministry of Health — Innovation Readiness 2024', exact: true }).click();
  await expectText(page.getByTestId('status'), 'Final');
  const fw = await demoFramework(page);
  await page.getByRole('button', { name: 'Re-assess', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Start new draft' }).click();
  await expectText(page.getByTestId('question-number'), `Question 1 of ${fw.questions.length}`);
  assert.equal((await fakeCalls(page, 'duplicate_assessment')).length, 1);
  assertNoProblems(problems);
});

test('sample agencies from the empty state: fictional, then listed', async () => {
  const { page, problems } = await openApp(env.browser, env.server);
  const empty = page.getByTestId('empty-state');
  await expectVisible(empty);
  assert.match(await textOf(empty), /fictional agencies, marked “\(sample\)”/);
  const load = empty.getByRole('button', { name: 'Load sample agencies' });
  assert.match(await load.getAttribute('aria-describedby'), /sample-hint/);
  await load.click();
  await expectVisible(page.getByTestId('assessment-row'));
  const loaded = await engine(page, 'list_assessments');
  assert.ok(loaded.length > 0 && loaded.every((a) => a.status === 'final'), 'final assessments');
  await expectVisible(page.getByTestId('toast').getByText(new RegExp(`Loaded .?${loaded.length}.? sample assessments of fictional agencies\\.`)));
  const names = await page.getByTestId('agency-name').allTextContents();
  assert.equal(names.length, new Set(loaded.map((a) => a.agency.id)).size);
  assert.ok(names.every((n) => n.endsWith('(sample)')), names.join(', '));
  assert.equal((await fakeCalls(page, 'load_sample_data')).length, 1);
  // They are final assessments with peers: the compare view has a benchmark at once.
  await page.getByRole('button', { name: /^Compare .?Nakhla Health Services Authority/ }).first().click();
  await expectVisible(page.getByTestId('stats-table'));
  const id = page.url().match(/#\/assessments\/([^/]+)\/compare$/)[1];
  const { benchmark } = await engine(page, 'compare_assessment', { id, filter: null });
  assert.ok(benchmark.peers.n >= 3);
  await expectText(page.getByTestId('peer-count'), `${benchmark.peers.n} peers match this group.`);
  assertNoProblems(problems);
});

test('sample agencies loaded in Arabic are named in Arabic', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { locale: 'ar' });
  await expectVisible(page.getByTestId('empty-state'));
  await page.getByTestId('empty-state').getByRole('button', { name: 'تحميل جهات تجريبية' }).click();
  await expectVisible(page.getByTestId('assessment-row'));
  const names = await page.getByTestId('agency-name').allTextContents();
  assert.ok(names.length > 10, names.join(', '));
  assert.ok(names.every((n) => n.endsWith('(نموذج)') && !/[A-Za-z]/.test(n)), names.join(', '));
  assert.ok(names.includes('بلدية نخلة (نموذج)'), names.join(', '));
  assertNoProblems(problems);
});

test('sample agencies refused by the store: the message is shown', async () => {
  const { page, problems } = await openApp(env.browser, env.server);
  await expectVisible(page.getByTestId('empty-state'));
  await page.evaluate(() =>
    window.__mizanFake.fail('load_sample_data', {
      code: 'conflict',
      message: 'sample agencies can only be loaded into an empty database: this one already holds assessments',
    }),
  );
  await page.getByRole('button', { name: 'Load sample agencies' }).click();
  const alert = page.getByTestId('empty-state').getByRole('alert');
  await expectVisible(alert);
  assert.match(await textOf(alert), /The sample agencies could not be loaded\.\s*sample agencies can only be loaded into an empty database/);
  assert.equal(await page.getByRole('button', { name: 'Load sample agencies' }).isEnabled(), true);
  assertNoProblems(problems);
});

test('each agency header offers its profile; each row offers compare', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'demo' } });
  await expectVisible(page.getByTestId('assessment-row'));
  assert.equal(await page.getByRole('button', { name: /^Edit the profile of / }).count(), 3);
  assert.equal(await page.getByRole('button', { name: /^Compare .* with peers$/ }).count(), 4);
  // Tags show in the agency header.
  assert.match(unisolate(await textOf(page.getByTestId('agency-group').first().getByTestId('agency-meta'))), /e-services\s*pilot/);
  assertNoProblems(problems);
});

test('a final assessment opens on its results and cannot be changed', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'demo' } });
  const final = await assessmentTitled(page, 'Ministry of Health — Innovation Readiness 2024');
  await page.getByRole('button', { name: 'Ministry of Health — Innovation Readiness 2024', exact: true }).click();
  await expectText(page.getByTestId('overall-index'), indexText(final.index));
  await expectText(page.getByTestId('status'), 'Final');
  assert.equal(await page.getByRole('button', { name: 'Finalize' }).count(), 0);
  // Its questionnaire is read-only: a key does not change the stored level.
  await page.goto(page.url().replace('/results', ''));
  await expectVisible(page.getByText('This assessment is final'));
  assert.equal(await page.getByTestId('level-card').first().isDisabled(), true);
  const shown = await currentQuestion(page);
  const stored = (await fakeState(page)).assessments.find((a) => a.id === final.id).answers.find((a) => a.question === shown);
  assert.notEqual(stored.level, 4, 'a key that would change the answer');
  await page.keyboard.press('4');
  assert.equal(await page.locator('[data-testid="level-card"][aria-pressed="true"]').getAttribute('data-level'), String(stored.level));
  assertNoProblems(problems);
});

test('a long list: filter by status, mode and framework, sort it; drafts offer Continue, not Re-assess', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'bench' } });
  const rows = page.getByTestId('assessment-row');
  await expectVisible(rows);
  const list = await engine(page, 'list_assessments');
  const drafts = list.filter((a) => a.status === 'draft').length;
  const all = list.length;
  assert.ok(drafts > 1 && all - drafts > 1, 'drafts and finals to tell apart');
  await eventually(async () => assert.equal(await rows.count(), all));

  await page.getByTestId('filter-status').selectOption('draft');
  await eventually(async () => assert.equal(await rows.count(), drafts));
  assert.deepEqual((await page.getByTestId('status').allTextContents()).map((s) => s.trim()), Array(drafts).fill('Draft'));
  // Every draft can be continued; none offers Re-assess (an empty second draft).
  assert.equal(await rows.getByTestId('continue').count(), drafts);
  assert.equal(await rows.getByRole('button', { name: /^Re-assess/ }).count(), 0);

  await page.getByTestId('filter-status').selectOption('final');
  await eventually(async () => assert.equal(await rows.count(), all - drafts));
  assert.equal(await rows.getByTestId('continue').count(), 0);
  assert.equal(await rows.getByRole('button', { name: /^Re-assess/ }).count(), all - drafts);

  // No final interview in the data: the filters say so and offer the way back.
  assert.equal(list.filter((a) => a.status === 'final' && a.mode === 'interview').length, 0);
  await page.getByTestId('filter-mode').selectOption('interview');
  await expectText(page.getByRole('status').filter({ hasText: 'No assessment matches these filters.' }), 'No assessment matches these filters. Show all');
  await page.getByRole('button', { name: 'Show all' }).click();
  await eventually(async () => assert.equal(await rows.count(), all));
  assert.equal(await page.getByTestId('filter-status').inputValue(), '');

  // Oldest first, and an agency's rows stay together.
  await page.getByTestId('sort').selectOption('updated-asc');
  await eventually(async () => {
    const dates = await rows.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
    const inFirst = await page.getByTestId('agency-group').first().locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
    assert.deepEqual(inFirst, [...inFirst].sort(), 'oldest first inside a group');
    assert.equal(dates[0], [...dates].sort()[0], 'the oldest assessment comes first');
  });

  // Continue resumes the draft's questionnaire.
  await page.getByTestId('filter-status').selectOption('draft');
  await page.getByRole('button', { name: /^Continue the questionnaire of .?Amman municipal services review/ }).click();
  await expectVisible(page.getByTestId('question'));
  await expectText(page.getByTestId('assessment-title'), 'Amman municipal services review');
  // Back on Home the list is as it was left: drafts only.
  await page.getByRole('link', { name: 'Home' }).click();
  await expectVisible(rows);
  assert.equal(await page.getByTestId('filter-status').inputValue(), 'draft');
  await eventually(async () => assert.equal(await rows.count(), drafts));
  assertNoProblems(problems);
});
