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
  engine,
  indexText,
  assertShowsScore,
  startAssessment,
} from './harness.mjs';

const env = setup({ before, after });

/**
 * The engine's recommendations as the results group them: a group per dimension in the
 * order of its first (most urgent) action, the engine's order kept inside.
 */
function groupByDimension(recs) {
  const groups = [];
  for (const r of recs) {
    const g = groups.find((x) => x.dimension === r.dimension) ?? groups[groups.push({ dimension: r.dimension, items: [] }) - 1];
    g.items.push(r);
  }
  return groups;
}

/** Picks a level (or 'na') with the keyboard and waits until the save indicator says saved. */
async function answer(page, key) {
  await page.keyboard.press(key);
  await expectText(page.getByTestId('save-indicator').getByRole('status'), 'Saved ✓');
}

test('empty state, create, answer by keyboard, results, finalize', async () => {
  const { page, problems } = await openApp(env.browser, env.server);
  const frameworks = await engine(page, 'list_frameworks', { lang: 'en' });
  const fw = await engine(page, 'get_framework', { id: frameworks[0].id, version: frameworks[0].version, lang: 'en' });
  // The questionnaire's order: dimension by dimension, as the framework lists them.
  const order = fw.dimensions.flatMap((d) => d.questions);
  const total = order.length;
  const questionText = (id) => fw.questions.find((x) => x.id === id).text;

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

  // Framework cards show the installed frameworks with their size; the first is chosen.
  const cards = page.getByTestId('framework-card');
  assert.equal(await cards.count(), frameworks.length);
  const first = unisolate(await textOf(cards.first()));
  assert.ok(first.includes(fw.title), first);
  assert.ok(first.includes(`${fw.dimensions.length} dimensions`), first);
  assert.ok(first.includes(`${total} questions`), first);
  assert.equal(await cards.first().locator('input').isChecked(), true);
  // A self-assessment unless the interview mode is chosen.
  assert.equal(await page.locator('input[value="self"]').isChecked(), true);
  assert.equal(await page.locator('input[value="interview"]').isDisabled(), false);

  await page.getByLabel('Agency name').fill('Ministry of Health');
  await page.getByLabel('Sector', { exact: true }).selectOption('health');
  await page.getByLabel('Country').selectOption('TN');
  await page.getByLabel('Size').selectOption('large');
  // The country list names countries (not only codes).
  assert.equal(await page.locator('#new-country option[value="TN"]').textContent(), 'Tunisia');
  const year = new Date().getFullYear();
  await eventually(async () => assert.equal(await page.getByLabel('Title').inputValue(), `Ministry of Health — ${fw.title} ${year}`));
  await page.getByRole('button', { name: 'Create and start' }).click();

  // The questionnaire opens on the first question.
  await expectText(page.getByTestId('question-number'), `Question 1 of ${total}`);
  const [create] = await fakeCalls(page, 'create_assessment');
  assert.deepEqual(create.args.input.agency, {
    name: 'Ministry of Health',
    sector: 'health',
    country: 'TN',
    size: 'large',
    tags: [],
  });
  assert.equal(create.args.input.framework_id, fw.id);
  assert.equal(create.args.input.mode, 'self');

  const pressed = (n) => page.locator(`[data-testid="level-card"][data-level="${n}"]`);
  const na = page.getByTestId('not-applicable');

  // 1…5 choose a level; each answer is stored as it is given.
  await answer(page, '3');
  assert.equal(await pressed(3).getAttribute('aria-pressed'), 'true');
  let saves = await fakeCalls(page, 'save_answer');
  assert.equal(saves.at(-1).args.input.question, order[0]);
  assert.equal(saves.at(-1).args.input.level, 3);

  // J: next. N toggles not applicable, which clears the level; N again, then a level.
  await page.keyboard.press('j');
  await expectText(page.getByTestId('question-number'), `Question 2 of ${total}`);
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
  assert.equal(await currentQuestion(page), order[0]);
  assert.equal(await pressed(3).getAttribute('aria-pressed'), 'true');
  await page.keyboard.press('ArrowRight');
  assert.equal(await currentQuestion(page), order[1]);
  assert.equal(await pressed(2).getAttribute('aria-pressed'), 'true');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await currentQuestion(page), order[0]);

  // Ctrl+Enter: the next unanswered question (skips the answered question 2).
  await page.keyboard.press('Control+Enter');
  assert.equal(await currentQuestion(page), order[2]);

  // Digits typed in a text field are text, not levels; the note is saved after a pause.
  await page.getByTestId('note').click();
  await page.keyboard.type('Budget line 2025 approved');
  assert.equal(await pressed(2).getAttribute('aria-pressed'), 'false');
  await expectText(page.getByTestId('save-indicator').getByRole('status'), 'Saved ✓');
  await eventually(async () => {
    const s = await fakeState(page);
    const a = s.assessments[0].answers.find((x) => x.question === order[2]);
    assert.equal(a?.note, 'Budget line 2025 approved');
    assert.equal(a?.level, null);
  });
  await page.getByRole('heading', { name: questionText(order[2]) }).click();

  // The rest by keyboard: a level (or N) per question, Ctrl+Enter to the next.
  const keys = ['4', '3', 'n', '2', '1', '2', '5'];
  for (let i = 2; i < total; i++) {
    if (i > 2) await page.keyboard.press('Control+Enter');
    await answer(page, keys[(i - 2) % keys.length]);
  }
  assert.equal(await currentQuestion(page), order.at(-1));
  await expectText(page.getByTestId('overall-progress'), `${total} of ${total} answered`);
  await page.keyboard.press('Control+Enter');
  await expectVisible(page.getByText('Every question is answered.'));
  // Dimension progress in the side list.
  const dims = page.getByTestId('dimension-progress');
  assert.deepEqual(
    (await dims.allTextContents()).map(unisolate),
    fw.dimensions.map((d) => `${d.questions.length}/${d.questions.length}`),
  );

  await page.getByRole('button', { name: 'See results' }).first().click();

  // Results: the engine's numbers, as score_assessment gives them.
  const id = (await fakeState(page)).assessments[0].id;
  const scores = await engine(page, 'score_assessment', { id, lang: 'en' });
  await expectText(page.getByTestId('overall-index'), indexText(scores.overall.index));
  // The top bar does not claim the results are Home (issue 16 item 18).
  assert.equal(await page.locator('nav a[aria-current="page"]').count(), 0);
  await expectText(page.getByTestId('overall-stage'), scores.overall.stage_name);
  await expectText(page.getByTestId('completeness'), '100%');
  assert.equal(await page.getByTestId('completeness-warning').count(), 0);
  const bars = (await page.getByTestId('dimension-score').allTextContents()).map((s) => unisolate(s).replace(/\s+/g, ' ').trim());
  assert.equal(bars.length, scores.dimensions.length);
  scores.dimensions.forEach((d, i) => {
    assertShowsScore(bars[i], d.score, d.id);
    // Two decimals, as the PDF and the CLI print them (issue 16 item 5).
    assert.match(bars[i], /^\d\.\d\d /, d.id);
    assert.match(bars[i], new RegExp(` target ${d.target}$`), d.id);
  });
  assert.equal(await page.getByTestId('radar-dot').count(), scores.dimensions.length);
  assert.match((await page.getByTestId('radar-score').getAttribute('d')) ?? '', /Z$/);

  // The recommendations in the engine's priority order, grouped by dimension with the most
  // urgent dimension first, the top ten until "Show all" (issue 16 item 20).
  const recs = page.getByTestId('recommendation');
  assert.ok(scores.recommendations.length > 0, 'the answers leave gaps to the targets');
  const shown = groupByDimension(scores.recommendations.slice(0, 10));
  assert.deepEqual(
    await page.getByTestId('recommendation-group').evaluateAll((els) => els.map((e) => e.dataset.dimension)),
    shown.map((g) => g.dimension),
  );
  assert.deepEqual(
    await recs.evaluateAll((els) => els.map((e) => e.getAttribute('data-question'))),
    shown.flatMap((g) => g.items).map((r) => r.question),
  );
  if (scores.recommendations.length > 10) {
    const all = page.getByTestId('recommendations-all');
    await expectText(all, `Show all ${scores.recommendations.length} actions`);
    await all.click();
    await eventually(async () => assert.equal(await recs.count(), scores.recommendations.length));
    assert.deepEqual(
      await recs.evaluateAll((els) => els.map((e) => e.getAttribute('data-question'))),
      groupByDimension(scores.recommendations).flatMap((g) => g.items).map((r) => r.question),
    );
  } else {
    assert.equal(await page.getByTestId('recommendations-all').count(), 0, 'all actions shown, no "Show all"');
  }
  const top = scores.recommendations[0];
  await expectText(recs.first().getByTestId('recommendation-question'), questionText(top.question));
  await expectText(recs.first().getByTestId('recommendation-text'), top.text);
  assert.match(unisolate(await textOf(recs.first())), new RegExp(`gap of ${top.gap} levels?`));
  // Each says where it stands and where the target is.
  const level = scores.questions.find((q) => q.id === top.question).level;
  const target = scores.dimensions.find((d) => d.id === top.dimension).target;
  await expectText(recs.first().getByTestId('recommendation-levels'), `level ${level} → ${target}`);
  const topDimension = fw.dimensions.find((d) => d.id === top.dimension).title;
  assert.equal(unisolate(await textOf(page.getByTestId('recommendation-group').first().locator('h3'))), topDimension);

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
  await expectText(row.getByTestId('index'), indexText(scores.overall.index));
  await expectText(row.getByTestId('stage'), scores.overall.stage_name);
  await expectText(row.getByTestId('status'), 'Final');
  assertNoProblems(problems);
});

test('results of a partly answered assessment: not scored, never 0, and a way back', async () => {
  const { page, problems } = await openApp(env.browser, env.server);
  await startAssessment(page, 'Tax Authority');
  const first = await currentQuestion(page);
  await answer(page, '2');
  await page.getByRole('button', { name: 'See results' }).first().click();

  // Only the first dimension has an answer: the others say "not scored".
  const id = (await fakeState(page)).assessments[0].id;
  const scores = await engine(page, 'score_assessment', { id, lang: 'en' });
  await expectText(page.getByTestId('overall-index'), indexText(scores.overall.index));
  const shown = (await page.getByTestId('dimension-score').allTextContents()).map((s) => unisolate(s).replace(/\s+/g, ' ').trim());
  const [own, ...rest] = scores.dimensions;
  assert.ok(own.score !== null && rest.every((d) => d.score === null), 'one dimension scored');
  assertShowsScore(shown[0], own.score);
  assert.match(shown[0], new RegExp(` target ${own.target}$`));
  assert.deepEqual(shown.slice(1), rest.map(() => 'not scored'));
  assert.equal(await page.getByTestId('radar-dot').count(), 1);
  assert.equal(await page.getByTestId('target-marker').count(), 1);
  // On the radar the unanswered dimensions are missing, not points at the centre: their
  // axes are marked and labelled "not answered" (issue 16 item 2).
  assert.deepEqual(
    await page.locator('[data-testid="radar-axis"][data-missing="true"]').evaluateAll((ls) => ls.map((l) => l.dataset.dimension)),
    rest.map((d) => d.id),
  );
  for (const d of rest) {
    assert.match(await textOf(page.locator(`[data-testid="radar-label"][data-dimension="${d.id}"]`)), /not answered$/, d.id);
  }
  assert.doesNotMatch(await textOf(page.locator(`[data-testid="radar-label"][data-dimension="${own.id}"]`)), /not answered/);
  // A dimension's title cut short on the radar ("Integrated, citizen-centred…") is whole in
  // the label's tooltip.
  const cut = await page.getByTestId('radar-label').evaluateAll((ls) =>
    ls.filter((l) => [...l.querySelectorAll('tspan')].some((t) => t.textContent.endsWith('…'))).map((l) => [l.dataset.dimension, l.querySelector('title')?.textContent]),
  );
  assert.ok(cut.length > 0, 'some title is cut short on the radar');
  const { dimensions } = await engine(page, 'get_framework', { id: scores.framework.id, version: scores.framework.version, lang: 'en' });
  for (const [id, title] of cut) assert.equal(title, dimensions.find((d) => d.id === id).title, id);
  // One point has no line at all, so none to the centre.
  assert.equal(await page.getByTestId('radar-score').getAttribute('d'), '');
  // The axes start at ring 1: the dashed ones meeting at the centre read as a point there.
  const atHub = await page.getByTestId('radar-axis').evaluateAll((ls) => {
    const box = ls[0].ownerSVGElement.viewBox.baseVal;
    return ls.filter((l) => Number(l.getAttribute('x1')) === box.width / 2 && Number(l.getAttribute('y1')) === box.height / 2).length;
  });
  assert.equal(atHub, 0, 'no axis is drawn from the centre');

  const warning = page.getByTestId('completeness-warning');
  await expectVisible(warning);
  assert.match(unisolate(await textOf(warning)), new RegExp(`${Math.floor(scores.completeness * 100)}% complete`));
  await warning.getByRole('button', { name: 'Continue the questionnaire' }).click();
  // Back in the questionnaire, at the first unanswered question.
  const fw = await engine(page, 'get_framework', { id: scores.framework.id, version: scores.framework.version, lang: 'en' });
  const order = fw.dimensions.flatMap((d) => d.questions);
  assert.equal(order[0], first);
  await eventually(async () => assert.equal(await currentQuestion(page), order[1]));
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
