// The home list: grouping by agency, search, delete with undo, re-assess.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openApp, expectText, expectVisible, fakeState, assertNoProblems, eventually, textOf, unisolate } from './harness.mjs';

const env = setup({ before, after });

const groupNames = (page) => page.getByTestId('agency-name').allTextContents();

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
  // Index with one decimal, stage, completeness, status of each assessment.
  const row = health.getByTestId('assessment-row').first();
  await expectText(row.getByTestId('index'), '40.6');
  await expectText(row.getByTestId('stage'), 'Essential');
  await expectText(row.getByTestId('completeness'), '77%');
  await expectText(row.getByTestId('status'), 'Draft');
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

test('re-assess starts a new draft for the same agency and framework', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'demo' } });
  await expectVisible(page.getByTestId('assessment-row'));
  await page.getByRole('button', { name: /^Re-assess: start a new draft of .?Ministry of Health — Innovation Readiness 2024/ }).click();
  await expectText(page.getByTestId('question-number'), 'Question 1 of 9');
  await expectText(page.getByTestId('overall-progress'), '0 of 9 answered');
  await expectText(page.getByTestId('status'), 'Draft');
  await page.getByRole('link', { name: 'Home' }).click();
  await expectVisible(page.getByTestId('assessment-row'));
  assert.equal(await page.getByTestId('agency-group').first().getByTestId('assessment-row').count(), 3);
  assertNoProblems(problems);
});

test('a final assessment opens on its results and cannot be changed', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'demo' } });
  await page.getByRole('button', { name: 'Ministry of Health — Innovation Readiness 2024', exact: true }).click();
  await expectText(page.getByTestId('overall-index'), '18.8');
  await expectText(page.getByTestId('status'), 'Final');
  assert.equal(await page.getByRole('button', { name: 'Finalize' }).count(), 0);
  // Its questionnaire is read-only.
  await page.goto(page.url().replace('/results', ''));
  await expectVisible(page.getByText('This assessment is final'));
  assert.equal(await page.getByTestId('level-card').first().isDisabled(), true);
  await page.keyboard.press('4');
  assert.equal(await page.locator('[data-testid="level-card"][aria-pressed="true"]').getAttribute('data-level'), '2');
  assertNoProblems(problems);
});
