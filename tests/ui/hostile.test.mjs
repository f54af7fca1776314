// Whatever users type is shown as text: markup does not run, bidi controls do not escape
// their field, long text is kept whole.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openApp, expectText, expectVisible, fakeState, assertNoProblems, eventually, textOf, engine, shellFake, wordsInOrder } from './harness.mjs';

const env = setup({ before, after });

const NAME = '<img src=x onerror=window.__pwned=1>\u202Eevil\u202C Agency';
const NOTE =
  '<script>window.__pwned=2</script><img src=x onerror=window.__pwned=3>\u202E' +
  'x'.repeat(4000) +
  ' {{7*7}} ${1+1} '.repeat(20) +
  'é'.repeat(5000);
const NOTE_5000 = NOTE.slice(0, 5000);
// The engine stores text without bidi overrides and isolates (the report drops them too):
// U+202E made "ecnaniF" read "Finance" on screen.
const stored = (s) => s.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
const NAME_STORED = stored(NAME);

test('hostile agency names and notes are shown as plain text', async () => {
  assert.equal([...NOTE_5000].length, 5000);
  const { page, problems } = await openApp(env.browser, env.server);
  await page.getByRole('button', { name: 'New assessment' }).first().click();
  await page.getByLabel('Agency name').fill(NAME);
  await page.getByRole('button', { name: 'Create and start' }).click();
  await expectVisible(page.getByTestId('question'));

  // The name is text in the questionnaire header, and the default title holds it verbatim
  // but for the override (no isolation marks leaked into stored data).
  assert.equal(await page.getByTestId('agency').textContent(), NAME_STORED);
  const year = new Date().getFullYear();
  const [{ framework_title: framework }] = await engine(page, 'list_assessments');
  const title = `${NAME_STORED} — ${framework} ${year}`;
  assert.equal(await page.getByTestId('assessment-title').textContent(), title);
  assert.equal((await fakeState(page)).assessments[0].title, title);

  // A 5,000-character note with markup and an RTL override.
  await page.keyboard.press('3');
  const note = page.getByTestId('note');
  await note.fill(NOTE_5000);
  await note.blur();
  await expectText(page.getByTestId('save-indicator').getByRole('status'), 'Saved ✓');
  await eventually(async () => assert.equal((await fakeState(page)).assessments[0].answers[0].note, stored(NOTE_5000)));

  // After a reload the note comes back whole from the backend.
  await page.reload();
  await expectVisible(page.getByTestId('question'));
  assert.equal(await page.getByTestId('note').inputValue(), stored(NOTE_5000));

  // Results and home show the name as text as well.
  await page.getByRole('button', { name: 'See results' }).first().click();
  await expectVisible(page.getByTestId('overall-index'));
  assert.equal(await page.getByTestId('agency').textContent(), NAME_STORED);
  await page.getByRole('link', { name: 'Home' }).click();
  await expectVisible(page.getByTestId('agency-name'));
  assert.equal(await page.getByTestId('agency-name').textContent(), NAME_STORED);
  assert.equal(await page.getByTestId('open').textContent(), title);

  // The right-to-left override stays inside the name: the columns after it are unaffected.
  assert.equal(await textOf(page.getByTestId('stage')), 'Essential');

  // Nothing ran and no element was created from the text.
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('img[src="x"]').count(), 0);
  assert.equal(await page.locator('main script').count(), 0);
  assertNoProblems(problems);
});

test('mixed Arabic and Latin text and a U+202E in a name leave the interface around them as it was (issue 16 item 21)', async () => {
  const { page, problems } = await openApp(env.browser, env.server);
  const name = 'Agency \u202Eof Interior';
  const title = 'Ministry of Interior, Tunisia — وزارة الداخلية، تونس / Public Sector Innovation Readiness 2026';
  await page.getByRole('button', { name: 'New assessment' }).first().click();
  await page.getByLabel('Agency name').fill(name);
  await page.getByLabel('Title').fill(title);
  // Arabic typed into a field runs right to left there.
  await page.getByLabel('Agency name').fill('وزارة الداخلية');
  assert.equal(await page.getByLabel('Agency name').evaluate((el) => getComputedStyle(el).direction), 'rtl');
  await page.getByLabel('Agency name').fill(name);
  assert.equal(await page.getByLabel('Title').evaluate((el) => getComputedStyle(el).direction), 'ltr', 'a title starting in Latin runs left to right');
  await page.getByRole('button', { name: 'Create and start' }).click();
  await expectVisible(page.getByTestId('question'));
  await page.getByRole('link', { name: 'Home' }).click();
  await expectVisible(page.getByTestId('assessment-row'));

  // The override is not stored: the name reads as typed, on screen as in the report.
  assert.equal(await page.getByTestId('agency-name').textContent(), 'Agency of Interior');
  // Home: the line under the title reads in order.
  const row = page.getByTestId('assessment-row');
  assert.ok((await wordsInOrder(row.locator('.fw'), ['Draft', 'Innovation', 'Readiness'])).ok, 'the framework line reads left to right');

  // The Delete dialog: the sentence around the title reads in order.
  await row.getByRole('button', { name: /^Delete/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this assessment?' });
  await expectVisible(dialog);
  const body = dialog.locator('p').first();
  const order = await wordsInOrder(body, ['and its', 'answers', 'will be', 'removed']);
  assert.ok(order.ok, `the sentence after the title is unscrambled: ${order.xs}`);
  await dialog.getByRole('button', { name: 'Delete' }).click();
  const toast = page.getByTestId('toast').locator('.message');
  await expectVisible(toast);
  assert.ok((await wordsInOrder(toast, ['was', 'deleted'])).ok, 'the toast after the title reads in order');
  assertNoProblems(problems);
});

test('a file name holding a right-to-left override cannot reorder the import results around it', async () => {
  // File names come from the file system as they are: the one text the engine does not clean.
  const { page, problems } = await openApp(env.browser, env.server);
  await expectVisible(page.getByTestId('empty-state'));
  const fake = (fn, ...args) => shellFake(page, fn, ...args);
  await fake('drag', 'enter', 1);
  await fake('drop', [{ path: '/home/user/Downloads/minutes\u202Etxt.json', text: '{ "not": "an exchange file" ' }]);
  const outcome = page.getByTestId('import-results').getByTestId('import-outcome');
  await expectVisible(outcome);
  assert.ok((await textOf(outcome)).includes('minutes\u202Etxt.json'), 'the name is shown as the file system gives it');
  // The refusal names the path inside its sentence: the words after it still read in order.
  const order = await wordsInOrder(outcome.locator('p').first(), ['was refused', 'The field', 'is not expected', 'newer version']);
  assert.ok(order.ok, `the sentence after the path is unscrambled: ${order.xs}`);
  assertNoProblems(problems);
});
