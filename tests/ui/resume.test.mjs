// Work is resumed exactly where the user left it, after a reload or from the home list.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openApp, expectVisible, fakeCalls, fakeState, currentQuestion, assertNoProblems, eventually, engine, startAssessment } from './harness.mjs';

const env = setup({ before, after });

test('resume at the last question shown, after a reload and from home', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'demo' } });
  await page.getByRole('button', { name: 'Amman municipal services review', exact: true }).click();
  await expectVisible(page.getByTestId('question'));

  // Move with the side list, the keyboard and the buttons; each move stores the position.
  await page.getByTestId('dimension-item').first().click();
  assert.equal(await currentQuestion(page), 'leadership.mandate');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  const here = await currentQuestion(page);
  await eventually(async () => {
    const calls = await fakeCalls(page, 'set_position');
    assert.equal(calls.at(-1)?.args.question, here);
  });

  // A reload (the webview restarting) comes back to the same question…
  await page.reload();
  await expectVisible(page.getByTestId('question'));
  assert.equal(await currentQuestion(page), here);

  // …and so does opening the assessment again from the home list.
  await page.getByRole('link', { name: 'Home' }).click();
  await page.getByRole('button', { name: 'Amman municipal services review', exact: true }).click();
  await expectVisible(page.getByTestId('question'));
  assert.equal(await currentQuestion(page), here);
  const state = await fakeState(page);
  assert.equal(state.assessments.find((a) => a.title.startsWith('Amman')).position, here);

  // The stored answer is shown on return.
  const amman = state.assessments.find((a) => a.title.startsWith('Amman'));
  const stored = amman.answers.find((a) => a.question === here);
  await expectVisible(page.locator(`[data-testid="level-card"][data-level="${stored.level}"][aria-pressed="true"]`));
  assertNoProblems(problems);
});

test('a new assessment opens at its first question; the side list jumps to a dimension', async () => {
  const { page, problems } = await openApp(env.browser, env.server);
  await startAssessment(page, 'Ministry of Education');
  const [{ framework }] = await engine(page, 'list_assessments');
  const fw = await engine(page, 'get_framework', { ...framework, lang: 'en' });
  assert.equal(await currentQuestion(page), fw.dimensions[0].questions[0]);
  const third = fw.dimensions[2].questions[0];
  await page.getByTestId('dimension-item').nth(2).click();
  assert.equal(await currentQuestion(page), third);
  await page.reload();
  await expectVisible(page.getByTestId('question'));
  assert.equal(await currentQuestion(page), third);
  assertNoProblems(problems);
});
