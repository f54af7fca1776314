// The first-run path of a decision maker: empty home → new assessment → answering with the
// keyboard → results → finalize.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  setup,
  openApp,
  eventually,
  expectText,
  expectVisible,
  fakeCalls,
  fakeState,
  currentQuestion,
  assertNoProblems,
  textOf,
  unisolate,
} from './harness.mjs';

const env = setup({ before, after });

/** Picks a level (or 'na') with the keyboard and waits until the save indicator says saved. */
async function answer(page, key) {
  await page.keyboard.press(key);
  await expectText(page.getByTestId('save-indicator').getByRole('status'), 'Saved ✓');
}

test('empty state, create, answer by keyboard, results, finalize', async () => {
  const { page, problems } = await openApp(env.browser, env.server);

  // Empty state explains how to start.
  const empty = page.getByTestId('empty-state');
  await expectVisible(empty);
  assert.match(await textOf(empty), /No assessments yet/);
  await empty.getByRole('button', { name: 'New assessment' }).click();

  // Validation: nothing is created without an agency name.
  await expectVisible(page.getByRole('heading', { name: 'New assessment' }));
  await page.getByRole('button', { name: 'Create and start' }).click();
  await expectVisible(page.getByText('Enter the name of the agency.'));
  assert.equal(await page.getByLabel('Agency name').getAttribute('aria-invalid'), 'true');
  assert.equal((await fakeCalls(page, 'create_assessment')).length, 0);

  // Framework cards show their size; the first is chosen by default.
  const cards = page.getByTestId('framework-card');
  assert.equal(await cards.count(), 2);
  const first = unisolate(await textOf(cards.first()));
  assert.match(first, /Innovation Readiness \(test fixture\)/);
  assert.match(first, /3 dimensions/);
  assert.match(first, /9 questions/);
  assert.equal(await cards.first().locator('input').isChecked(), true);
  // Interviews are shown but not available yet.
  assert.equal(await page.locator('input[value="interview"]').isDisabled(), true);

  await page.getByLabel('Agency name').fill('Ministry of Health');
  await page.getByLabel('Sector').selectOption('health');
  await page.getByLabel('Country').selectOption('TN');
  await page.getByLabel('Size').selectOption('large');
  // The country list names countries (not only codes).
  assert.equal(await page.locator('#new-country option[value="TN"]').textContent(), 'Tunisia');
  const year = new Date().getFullYear();
  await eventually(async () =>
    assert.equal(
      await page.getByLabel('Title').inputValue(),
      `Ministry of Health — Innovation Readiness (test fixture) ${year}`,
    ),
  );
  await page.getByRole('button', { name: 'Create and start' }).click();

  // The questionnaire opens on the first question.
  await expectText(page.getByTestId('question-number'), 'Question 1 of 9');
  const [create] = await fakeCalls(page, 'create_assessment');
  assert.deepEqual(create.args.input.agency, {
    name: 'Ministry of Health',
    sector: 'health',
    country: 'TN',
    size: 'large',
    tags: [],
  });
  assert.equal(create.args.input.framework_id, 'fixture-readiness');
  assert.equal(create.args.input.mode, 'self');

  const pressed = (n) => page.locator(`[data-testid="level-card"][data-level="${n}"]`);
  const na = page.getByTestId('not-applicable');

  // 1…5 choose a level; each answer is stored as it is given.
  await answer(page, '3');
  assert.equal(await pressed(3).getAttribute('aria-pressed'), 'true');
  let saves = await fakeCalls(page, 'save_answer');
  assert.equal(saves.at(-1).args.input.question, 'leadership.mandate');
  assert.equal(saves.at(-1).args.input.level, 3);

  // J: next. N toggles not applicable, which clears the level; N again, then a level.
  await page.keyboard.press('j');
  await expectText(page.getByTestId('question-number'), 'Question 2 of 9');
  await answer(page, '4');
  await answer(page, 'n');
  assert.equal(await na.isChecked(), true);
  assert.equal(await pressed(4).getAttribute('aria-pressed'), 'false');
  saves = await fakeCalls(page, 'save_answer');
  assert.deepEqual(
    { level: saves.at(-1).args.input.level, na: saves.at(-1).args.input.not_applicable },
    { level: null, na: true },
  );
  await answer(page, 'n');
  assert.equal(await na.isChecked(), false);
  await answer(page, '2');

  // K: previous, and the earlier answer is still there. ArrowRight: next in LTR.
  await page.keyboard.press('k');
  assert.equal(await currentQuestion(page), 'leadership.mandate');
  assert.equal(await pressed(3).getAttribute('aria-pressed'), 'true');
  await page.keyboard.press('ArrowRight');
  assert.equal(await currentQuestion(page), 'leadership.strategy');
  assert.equal(await pressed(2).getAttribute('aria-pressed'), 'true');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await currentQuestion(page), 'leadership.mandate');

  // Ctrl+Enter: the next unanswered question (skips the answered question 2).
  await page.keyboard.press('Control+Enter');
  assert.equal(await currentQuestion(page), 'leadership.budget');

  // Digits typed in a text field are text, not levels; the note is saved after a pause.
  await page.getByTestId('note').click();
  await page.keyboard.type('Budget line 2025 approved');
  assert.equal(await pressed(2).getAttribute('aria-pressed'), 'false');
  await expectText(page.getByTestId('save-indicator').getByRole('status'), 'Saved ✓');
  await eventually(async () => {
    const s = await fakeState(page);
    const a = s.assessments[0].answers.find((x) => x.question === 'leadership.budget');
    assert.equal(a?.note, 'Budget line 2025 approved');
    assert.equal(a?.level, null);
  });
  await page.getByRole('heading', { name: 'Is there a budget line for experiments?' }).click();

  for (const key of ['4', 'Control+Enter', '3', 'Control+Enter', 'n', 'Control+Enter', '2', 'Control+Enter', '1', 'Control+Enter', '2', 'Control+Enter', '5']) {
    if (key === 'Control+Enter') await page.keyboard.press(key);
    else await answer(page, key);
  }
  assert.equal(await currentQuestion(page), 'open.standards');
  await expectText(page.getByTestId('overall-progress'), '9 of 9 answered');
  await page.keyboard.press('Control+Enter');
  await expectVisible(page.getByText('Every question is answered.'));
  // Dimension progress in the side list.
  const dims = page.getByTestId('dimension-progress');
  assert.deepEqual((await dims.allTextContents()).map(unisolate), ['3/3', '3/3', '3/3']);

  await page.getByRole('button', { name: 'See results' }).first().click();

  // Results, from the backend's numbers (worked by hand from the scoring contract):
  // leadership (weight 2) = (3 + 2 + 2·4) / 4 = 3.25, services = (3 + 2) / 2 = 2.5,
  // open = (1 + 2 + 5) / 3 = 2.667; overall = (2·3.25 + 2.5 + 2.667) / 4 = 2.917;
  // index = (2.917 − 1) / 4 · 100 = 47.9; stage ⌊2.917 + ½⌋ = 3, "Essential".
  await expectText(page.getByTestId('overall-index'), '47.9');
  await expectText(page.getByTestId('overall-stage'), 'Essential');
  await expectText(page.getByTestId('completeness'), '100%');
  assert.equal(await page.getByTestId('completeness-warning').count(), 0);
  const bars = page.getByTestId('dimension-score');
  assert.deepEqual(
    (await bars.allTextContents()).map((s) => unisolate(s).replace(/\s+/g, ' ').trim()),
    ['3.3 target 4', '2.5 target 4', '2.7 target 4'],
  );
  assert.equal(await page.getByTestId('radar-dot').count(), 3);
  assert.match((await page.getByTestId('radar-score').getAttribute('d')) ?? '', /Z$/);

  // Targets default to stage + 1 = 4 everywhere; priority = gap × question weight × dimension
  // weight, ties broken by the lower dimension score.
  const recs = page.getByTestId('recommendation');
  assert.deepEqual(
    await recs.evaluateAll((els) => els.map((e) => e.getAttribute('data-question'))),
    ['leadership.strategy', 'open.data', 'services.channels', 'open.participation', 'leadership.mandate', 'services.design'],
  );
  await expectText(recs.first().getByTestId('recommendation-question'), 'Is there a written innovation strategy with goals?');
  await expectText(
    recs.first().getByTestId('recommendation-text'),
    'Turn the informal innovation strategy into an agreed, written practice.',
  );
  assert.match(unisolate(await textOf(recs.first())), /gap of 2 levels/);
  assert.match(unisolate(await textOf(recs.first())), /LEADERSHIP AND STRATEGY|Leadership and strategy/i);

  // Finalize, with a confirmation; the status then reads Final.
  await expectText(page.getByTestId('status'), 'Draft');
  await page.getByRole('button', { name: 'Finalize' }).click();
  const dialog = page.getByRole('dialog', { name: 'Finalize this assessment?' });
  await expectVisible(dialog);
  await dialog.getByRole('button', { name: 'Finalize' }).click();
  await expectText(page.getByTestId('status'), 'Final');
  assert.equal((await fakeState(page)).assessments[0].status, 'final');
  assert.equal(await page.getByRole('button', { name: 'Finalize' }).count(), 0);

  // Home now lists it with its index, stage and status.
  await page.getByRole('link', { name: 'Home' }).click();
  const row = page.getByTestId('assessment-row');
  await expectVisible(row);
  await expectText(row.getByTestId('index'), '47.9');
  await expectText(row.getByTestId('stage'), 'Essential');
  await expectText(row.getByTestId('status'), 'Final');
  assertNoProblems(problems);
});

test('results of a partly answered assessment: not scored, never 0, and a way back', async () => {
  const { page, problems } = await openApp(env.browser, env.server);
  await page.getByRole('button', { name: 'New assessment' }).first().click();
  await page.getByLabel('Agency name').fill('Tax Authority');
  await page.getByRole('button', { name: 'Create and start' }).click();
  await expectText(page.getByTestId('question-number'), 'Question 1 of 9');
  await answer(page, '2');
  await page.getByRole('button', { name: 'See results' }).first().click();

  // Only leadership has an answer: the other dimensions say "not scored".
  await expectText(page.getByTestId('overall-index'), '25.0');
  const scores = (await page.getByTestId('dimension-score').allTextContents()).map((s) => unisolate(s).replace(/\s+/g, ' ').trim());
  assert.deepEqual(scores, ['2.0 target 3', 'not scored', 'not scored']);
  assert.equal(await page.getByTestId('radar-dot').count(), 1);
  assert.equal(await page.getByTestId('target-marker').count(), 1);

  const warning = page.getByTestId('completeness-warning');
  await expectVisible(warning);
  assert.match(unisolate(await textOf(warning)), /11% complete/);
  await warning.getByRole('button', { name: 'Continue the questionnaire' }).click();
  // Back in the questionnaire, at the first unanswered question.
  await eventually(async () => assert.equal(await currentQuestion(page), 'leadership.strategy'));
  assertNoProblems(problems);
});

test('app chrome: Ctrl+N starts an assessment, ? shows the shortcuts', async () => {
  const { page, problems } = await openApp(env.browser, env.server);
  await expectVisible(page.getByTestId('empty-state'));
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.locator('html').getAttribute('dir'), 'ltr');
  assert.equal(await page.title(), 'Mizan');

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expectVisible(help);
  assert.match(await textOf(help), /Jump to the next unanswered question/);
  await page.keyboard.press('Escape');
  await help.waitFor({ state: 'hidden' });

  await page.keyboard.press('Control+n');
  await expectVisible(page.getByRole('heading', { name: 'New assessment' }));
  // "?" typed in a text field is text.
  await page.getByLabel('Agency name').fill('');
  await page.getByLabel('Agency name').press('?');
  assert.equal(await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).count(), 0);
  assert.equal(await page.getByLabel('Agency name').inputValue(), '?');

  await page.getByRole('link', { name: 'Frameworks' }).click();
  await expectVisible(page.getByRole('heading', { name: 'Frameworks', level: 1 }));
  assert.equal(await page.getByRole('link', { name: 'Frameworks' }).getAttribute('aria-current'), 'page');
  assertNoProblems(problems);
});
