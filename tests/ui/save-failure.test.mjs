// A failed save never loses what the user gave: the value stays on screen with the error,
// and a retry stores it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openApp, expectText, expectVisible, fakeState, assertNoProblems, eventually, currentQuestion, engine } from './harness.mjs';

const env = setup({ before, after });

test('a failed save keeps the typed value and says why', async () => {
  const { page, problems } = await openApp(env.browser, env.server);
  await page.getByRole('button', { name: 'New assessment' }).first().click();
  await page.getByLabel('Agency name').fill('Ministry of Finance');
  await page.getByRole('button', { name: 'Create and start' }).click();
  await expectVisible(page.getByTestId('question'));

  await page.evaluate(() =>
    window.__mizanFake.fail('save_answer', { code: 'storage', message: 'database is locked' }),
  );
  const status = page.getByTestId('save-indicator').getByRole('status');

  await page.keyboard.press('2');
  await expectText(status, 'Not saved: database is locked');
  const two = page.locator('[data-testid="level-card"][data-level="2"]');
  assert.equal(await two.getAttribute('aria-pressed'), 'true');

  const note = page.getByTestId('note');
  await note.fill('Approved by the minister in March');
  await note.blur();
  await expectText(status, 'Not saved: database is locked');
  assert.equal(await note.inputValue(), 'Approved by the minister in March');
  // The side list marks the question as not saved.
  await expectVisible(page.getByRole('button', { name: /^Question \u2068?1\u2069?: \u2068?not saved\u2069?$/ }));

  // Moving away and back keeps the unsaved value on screen.
  const [{ framework }] = await engine(page, 'list_assessments');
  const fw = await engine(page, 'get_framework', { ...framework, lang: 'en' });
  const [first, second] = fw.dimensions[0].questions;
  await page.getByRole('heading', { name: fw.questions.find((q) => q.id === first).text }).click();
  await page.keyboard.press('j');
  assert.equal(await currentQuestion(page), second);
  await page.keyboard.press('k');
  assert.equal(await two.getAttribute('aria-pressed'), 'true');
  assert.equal(await note.inputValue(), 'Approved by the minister in March');
  assert.equal((await fakeState(page)).assessments[0].answers.length, 0);

  // Once the backend works again, Retry stores the whole answer.
  await page.evaluate(() => window.__mizanFake.heal());
  await page.getByTestId('save-indicator').getByRole('button', { name: 'Retry' }).click();
  await expectText(status, 'Saved ✓');
  await eventually(async () => {
    const [a] = (await fakeState(page)).assessments[0].answers;
    assert.equal(a?.level, 2);
    assert.equal(a?.note, 'Approved by the minister in March');
  });
  assertNoProblems(problems);
});

test('a save failing after the user left the questionnaire is reported', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'demo' } });
  await page.getByRole('button', { name: 'Amman municipal services review', exact: true }).click();
  await expectVisible(page.getByTestId('question'));
  await page.evaluate(() => window.__mizanFake.fail('save_answer', { code: 'io', message: 'disk is full' }));
  // Typing, then leaving at once: the pending note is saved on the way out, and fails.
  await page.getByTestId('note').fill('Typed just before leaving');
  await page.getByRole('link', { name: 'Home' }).click();
  await expectVisible(page.getByTestId('toast').getByText(/An answer could not be saved: .?disk is full/));
  // Coming back shows the unsaved text again, with its error.
  await page.getByRole('button', { name: 'Amman municipal services review', exact: true }).click();
  await expectVisible(page.getByTestId('question'));
  assert.equal(await page.getByTestId('note').inputValue(), 'Typed just before leaving');
  await expectText(page.getByTestId('save-indicator').getByRole('status'), 'Not saved: disk is full');
  assertNoProblems(problems);
});

test('a save refused by a full disk is stored by itself once there is room again', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'demo' } });
  await page.getByRole('button', { name: 'Amman municipal services review', exact: true }).click();
  await expectVisible(page.getByTestId('question'));
  const q = await currentQuestion(page);
  // The disk is full for the first attempt only: "space is back" before the automatic retry.
  await page.evaluate(() =>
    window.__mizanFake.fail('save_answer', { code: 'disk_full', message: 'The disk is full: free some space, then save again' }, 1),
  );
  await page.keyboard.press('4');
  const status = page.getByTestId('save-indicator').getByRole('status');
  await expectText(status, 'Not saved: The disk is full: free some space, then save again');
  // No click on Retry: the store tries again by itself (after 5 s).
  await expectText(status, 'Saved ✓', { timeout: 9000 });
  const a = (await fakeState(page)).assessments;
  const saved = a.flatMap((x) => x.answers).find((x) => x.question === q && x.level === 4);
  assert.ok(saved, 'the answer was stored');
  assertNoProblems(problems);
});
