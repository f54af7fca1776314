// A consultant's interview: respondents added, answers captured for three of them with the
// keyboard alone, a disagreement resolved by a consensus with its rationale, and the results
// and Home following; hostile exchange files are refused with their message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  setup,
  openApp,
  eventually,
  expectText,
  expectVisible,
  assertNoProblems,
  textOf,
  unisolate,
  engine,
  indexText,
  currentQuestion,
} from './harness.mjs';

const env = setup({ before, after });
const here = path.dirname(fileURLToPath(import.meta.url));

const PEOPLE = [
  ['Rana Haddad', 'Secretary General'],
  ['عمر خليل', 'Head of IT'],
  ['Lina Saab', 'Service Desk'],
];

/** The respondent the questionnaire answers for, by the picker. */
const picked = (page) => page.getByTestId('respondent-picker').locator('[aria-checked="true"] bdi');

async function press(page, key) {
  await page.keyboard.press(key);
  await expectText(page.getByTestId('save-indicator').getByRole('status'), 'Saved ✓');
}

/** ] or [ and wait until the picker says who answers now. */
async function switchTo(page, key, name) {
  await page.keyboard.press(key);
  await expectText(picked(page), name);
}

async function createInterview(page) {
  await page.getByRole('button', { name: 'New assessment' }).first().click();
  await page.getByLabel('Agency name').fill('Wadi Water Authority');
  await page.getByLabel('Interviews').check();
  await page.getByRole('button', { name: 'Create and start' }).click();
  const panel = page.getByTestId('respondents-panel');
  await expectVisible(panel);
  assert.match(await textOf(panel), /No respondent yet/);
  for (const [i, [name, role]] of PEOPLE.entries()) {
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Role').fill(role);
    await page.getByLabel('Role').press('Enter');
    await eventually(async () => assert.equal(await page.getByTestId('respondent-row').count(), i + 1));
  }
  // Name and role apart: "Rana Haddad · Secretary General", not "Haddad· Secretary".
  assert.match(await textOf(page.getByTestId('respondent-row').first()), /^Rana Haddad · Secretary General\b/);
  const [a] = await engine(page, 'list_assessments');
  assert.equal(a.mode, 'interview');
  return a;
}

test('three respondents captured with the keyboard; a consensus resolves the disagreement; results and Home follow', async () => {
  const { page, problems } = await openApp(env.browser, env.server);
  const a = await createInterview(page);
  await expectVisible(page.getByTestId('respondent-picker'));
  await expectText(picked(page), PEOPLE[0][0]);
  await expectVisible(page.getByTestId('sitting-timer'));

  // From here on, the keyboard alone (the focus leaves the respondent form first).
  await page.evaluate(() => document.activeElement?.blur());
  const q1 = await currentQuestion(page);
  await press(page, '1');
  await switchTo(page, ']', PEOPLE[1][0]);
  await press(page, '3');
  await switchTo(page, ']', PEOPLE[2][0]);
  await press(page, '4');
  await page.keyboard.press('j');
  const q2 = await eventually(async () => {
    const q = await currentQuestion(page);
    assert.notEqual(q, q1);
    return q;
  });
  await press(page, '2');
  await switchTo(page, '[', PEOPLE[1][0]);
  await press(page, '2');
  await switchTo(page, '[', PEOPLE[0][0]);
  await press(page, '3');
  // [ before the first comes round to the last, ] after the last to the first.
  await switchTo(page, '[', PEOPLE[2][0]);
  await switchTo(page, ']', PEOPLE[0][0]);

  // Each answer went to its respondent.
  const detail = await engine(page, 'get_assessment', { id: a.id });
  const byName = new Map(detail.respondents.map((r) => [r.name, r.id]));
  const level = (name, q) => detail.answers.find((x) => x.respondent === byName.get(name) && x.question === q)?.level;
  assert.deepEqual(PEOPLE.map(([n]) => level(n, q1)), [1, 3, 4]);
  assert.deepEqual(PEOPLE.map(([n]) => level(n, q2)), [3, 2, 2]);

  // Per-respondent progress, and the compact view of the dimension with every level.
  const progress = await page.getByTestId('respondent-progress').allTextContents();
  assert.deepEqual(progress.map((p) => unisolate(p).replace(/ of \d+/, '')), ['2 answered', '2 answered', '2 answered']);
  const compact = page.getByTestId('compact-dimension');
  const row1 = compact.locator('tbody tr').first();
  assert.deepEqual(await row1.getByTestId('compact-cell').allTextContents(), ['1', '3', '4']);

  // Finalizing says what a disagreement left without a consensus becomes.
  await page.getByRole('button', { name: 'See results' }).first().click();
  await page.getByRole('button', { name: 'Finalize', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Finalize this assessment?' });
  await expectVisible(confirm);
  assert.match(unisolate(await textOf(confirm)), /One disagreement has no consensus: its question scores at the median of the answers\./);
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Back to the questionnaire' }).click();

  // The consolidation lists the disagreement first, highlighted.
  await page.getByRole('button', { name: 'Consolidation' }).click();
  const first = page.getByTestId('cons-row').first();
  await expectVisible(first);
  assert.equal(await first.getAttribute('data-question'), q1);
  await expectVisible(first.getByTestId('disagreement'));
  assert.equal(unisolate(await textOf(first.getByTestId('spread'))), '3');
  assert.equal(unisolate(await textOf(first.getByTestId('consolidated'))), '3');
  assert.match(unisolate(await textOf(page.getByTestId('cons-counts'))), /Disagreements: 1 · Without consensus: 1/);
  const before = (await engine(page, 'list_assessments'))[0];

  // A consensus needs its rationale.
  await first.getByRole('button', { name: 'Set consensus' }).click();
  await page.getByTestId('consensus-level').selectOption('2');
  await page.getByRole('button', { name: 'Save consensus' }).click();
  await expectText(page.getByRole('alert'), 'Write why this level was agreed.');
  assert.deepEqual((await engine(page, 'get_consolidation', { id: a.id, lang: 'en' })).questions[0].consensus, null);
  await page.getByTestId('consensus-rationale').fill('Agreed in the closing meeting: pilots exist, no budget line.');
  await page.getByRole('button', { name: 'Save consensus' }).click();
  await eventually(async () => assert.match(unisolate(await textOf(page.getByTestId('cons-counts'))), /Without consensus: 0/));
  const resolved = page.locator(`[data-testid="cons-row"][data-question="${q1}"]`);
  await expectVisible(resolved.getByTestId('consensus-mark'));
  assert.equal(unisolate(await textOf(resolved.getByTestId('consolidated'))), '2');
  assert.match(unisolate(await textOf(resolved)), /pilots exist, no budget line/);
  // Clearing it can be undone from the toast, rationale and all.
  await resolved.getByRole('button', { name: 'Clear', exact: true }).click();
  await eventually(async () => assert.match(unisolate(await textOf(page.getByTestId('cons-counts'))), /Without consensus: 1/));
  await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
  await eventually(async () => assert.match(unisolate(await textOf(page.getByTestId('cons-counts'))), /Without consensus: 0/));
  const back = (await engine(page, 'get_consolidation', { id: a.id, lang: 'en' })).questions.find((x) => x.id === q1).consensus;
  assert.deepEqual([back.level, back.rationale], [2, 'Agreed in the closing meeting: pilots exist, no budget line.']);

  // The results mark the consensus; the engine scores with it.
  await page.getByRole('button', { name: 'See results' }).click();
  const card = page.getByTestId('interview-card');
  await expectVisible(card);
  assert.match(unisolate(await textOf(card.getByTestId('unresolved'))), /^No disagreement is waiting for a consensus/);
  const scores = await engine(page, 'score_assessment', { id: a.id, lang: 'en' });
  const scored = scores.questions.find((q) => q.id === q1);
  assert.equal(scored.level, 2);
  assert.equal(scored.consensus, true);
  assert.match(unisolate(await textOf(card.getByTestId('results-consensus'))), /Consensus.*2$/s);

  // Home: the row's respondents with their progress, and its index after the consensus.
  const after = (await engine(page, 'list_assessments'))[0];
  assert.notEqual(after.score, before.score, 'the consensus changes the score');
  await page.getByRole('link', { name: 'Home' }).click();
  const row = page.locator(`[data-testid="assessment-row"][data-id="${a.id}"]`);
  await expectVisible(row.getByTestId('respondent-count'));
  assert.match(unisolate(await textOf(row.getByTestId('respondent-count'))), /^3 respondents/);
  assert.equal(await row.getByTestId('home-respondent').count(), 3);
  const indexCell = unisolate(await textOf(row.getByTestId('index')));
  assert.equal(indexCell, after.index === null ? 'not scored' : indexText(after.index));
  assertNoProblems(problems);
});

test('removing a respondent says how many answers go, and Undo brings them back', async () => {
  const { page, problems } = await openApp(env.browser, env.server);
  const a = await createInterview(page);
  await page.evaluate(() => document.activeElement?.blur());
  await press(page, '2');
  await page.getByRole('button', { name: 'Remove' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Remove this respondent?' });
  await expectVisible(dialog);
  assert.match(unisolate(await textOf(dialog)), /Rana Haddad and their 1 answer will be removed/);
  await dialog.getByRole('button', { name: 'Remove' }).click();
  await eventually(async () => assert.equal(await page.getByTestId('respondent-row').count(), 2));
  assert.equal((await engine(page, 'get_assessment', { id: a.id })).answers.length, 0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await eventually(async () => assert.equal(await page.getByTestId('respondent-row').count(), 3));
  assert.equal((await engine(page, 'get_assessment', { id: a.id })).answers.length, 1);
  assertNoProblems(problems);
});

// The interview date is typed as day, month and year, whatever the system's date format: the
// browser's date field showed mm/dd/yyyy under a French or Arabic interface.
test('the interview date: day, month and year boxes; a date that does not exist is refused, nothing written', async () => {
  const { page, problems } = await openApp(env.browser, env.server);
  const a = await createInterview(page);
  const row = page.getByTestId('respondent-row').first();
  const boxes = page.getByTestId('date-input');
  const interviewedOn = async () => (await engine(page, 'list_respondents', { id: a.id }))[0].interviewed_on ?? null;

  await row.getByRole('button', { name: 'Edit' }).click();
  // Typed digits go into the box, not to the questionnaire's level keys.
  await boxes.getByLabel('Day').pressSequentially('31');
  assert.equal(await boxes.getByLabel('Day').inputValue(), '31');
  assert.equal((await engine(page, 'get_assessment', { id: a.id })).answers.length, 0, 'no level was chosen');
  await boxes.getByLabel('Month').fill('4');
  await boxes.getByLabel('Year').fill('2026');
  await page.getByRole('button', { name: 'Save respondent' }).click();
  assert.equal(unisolate(await textOf(page.getByRole('alert'))), 'Enter the date of the interview as day, month and year (for example 16, 3, 2026), or leave all three boxes empty.');
  assert.equal(await boxes.getByLabel('Day').evaluate((e) => e === document.activeElement), true, 'the day box has focus');
  assert.equal(await interviewedOn(), null, 'nothing was written');

  // Arabic-Indic digits, as an Arabic keyboard types them.
  await boxes.getByLabel('Day').fill('١٦');
  await boxes.getByLabel('Month').fill('٣');
  await boxes.getByLabel('Year').fill('٢٠٢٦');
  await page.getByRole('button', { name: 'Save respondent' }).click();
  await eventually(async () => assert.equal(await interviewedOn(), '2026-03-16'));
  assert.equal(await page.getByRole('alert').count(), 0);
  await expectText(row.getByTestId('respondent-date'), '· interviewed Mar 16, 2026');

  // Editing again shows the date in its boxes; emptying all three clears it.
  await row.getByRole('button', { name: 'Edit' }).click();
  assert.deepEqual(await boxes.locator('input').evaluateAll((els) => els.map((e) => e.value)), ['16', '3', '2026']);
  for (const box of await boxes.locator('input').all()) await box.fill('');
  await page.getByRole('button', { name: 'Save respondent' }).click();
  await eventually(async () => assert.equal(await interviewedOn(), null));
  assertNoProblems(problems);
});

test('hostile exchange files are refused with their message and nothing changes', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'fixtures' }, hash: '#/data' });
  const before = await engine(page, 'list_assessments');
  const details = await Promise.all(before.map((a) => engine(page, 'get_assessment', { id: a.id })));

  const good = JSON.parse(fs.readFileSync(path.join(here, '../fixtures/interview-wadi-health.mizan.json'), 'utf8'));
  const evil = structuredClone(good);
  evil.answers[0].level = 42;
  evil.answers[1].note = '<img src=x onerror=window.__pwned=1>';
  evil.respondents.push({ id: '00000000-0000-4000-8000-000000000001', name: '<script>window.__pwned=2</script>', role: '', unit: '' });
  const files = [
    ['/home/user/Downloads/evil.mizan.json', JSON.stringify(evil), /evil\.mizan\.json was refused at answers\[0\]\.level: Level 42 does not exist: this framework has levels 1 to 5/],
    ['/home/user/Downloads/garbage.mizan.json', '<script>window.__pwned=3</script>{', /garbage\.mizan\.json/],
  ];
  for (const [file, text, message] of files) {
    await page.evaluate(([p, t]) => window.__mizanFake.dialog('open', { path: p, text: t }), [file, text]);
    await page.getByTestId('import-exchange').click();
    const outcome = page.getByTestId('import-outcome').first();
    await eventually(async () => assert.match(unisolate(await textOf(outcome)), new RegExp(path.basename(file).replace('.', '\\.'))));
    assert.match(unisolate(await textOf(outcome)), /Refused, nothing changed/);
    assert.match(unisolate(await textOf(outcome.getByTestId('import-error'))), message);
  }
  assert.deepEqual(await engine(page, 'list_assessments'), before);
  assert.deepEqual(await Promise.all(before.map((a) => engine(page, 'get_assessment', { id: a.id }))), details);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);

  // The same assessment's good file, already in this database: imported, nothing new.
  await page.evaluate((t) => window.__mizanFake.dialog('open', { path: '/home/user/Downloads/again.mizan.json', text: t }), JSON.stringify(good));
  await page.getByTestId('import-exchange').click();
  await eventually(async () => assert.match(unisolate(await textOf(page.getByTestId('import-outcome').first())), /again\.mizan\.json.*Nothing new/s));
  assert.deepEqual(await engine(page, 'list_assessments'), before);
  assertNoProblems(problems);
});

test('an import that overwrites an answer says so, and the change log restores the value', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'fixtures' }, hash: '#/data' });
  const good = JSON.parse(fs.readFileSync(path.join(here, '../fixtures/interview-wadi-health.mizan.json'), 'utf8'));
  const id = good.assessment.id;
  const newer = structuredClone(good);
  const a0 = newer.answers[0];
  const old = a0.level;
  a0.level = old === 1 ? 2 : 1;
  a0.updated_at = '2026-11-30T09:00:00.000Z';
  newer.respondents.push({ id: '00000000-0000-4000-8000-0000000000aa', name: 'سارة الحسيني', role: 'Legal Counsel', unit: 'Legal' });
  await page.evaluate((t) => window.__mizanFake.dialog('open', { path: '/media/usb/laptop-2.mizan.json', text: t }), JSON.stringify(newer));
  await page.getByTestId('import-exchange').click();
  const outcome = page.getByTestId('import-outcome').first();
  await expectVisible(outcome.getByTestId('import-conflicts'));
  const text = unisolate(await textOf(outcome));
  assert.match(text, /laptop-2\.mizan\.json/);
  assert.match(text, /New respondents: 1 · Answers added: 0 · Answers updated: 1/);
  assert.match(text, /سارة الحسيني/);
  assert.match(text, /Values replaced because the file's copy was newer: 1/);
  const level = async () =>
    (await engine(page, 'get_assessment', { id })).answers.find((x) => x.respondent === a0.respondent && x.question === a0.question).level;
  assert.equal(await level(), a0.level);

  // The change log holds the value the file replaced; Restore brings it back.
  await outcome.getByRole('button', { name: 'Change log' }).click();
  await expectVisible(page.getByTestId('change-log'));
  await page.getByTestId('restore-change').first().click();
  await eventually(async () => assert.equal(await level(), old));
  assertNoProblems(problems);
});

test('Alt+1…9 picks the respondent by number; the shortcuts help lists it', async () => {
  const { page, problems } = await openApp(env.browser, env.server);
  const a = await createInterview(page);
  await page.evaluate(() => document.activeElement?.blur());
  await switchTo(page, 'Alt+3', PEOPLE[2][0]);
  await press(page, '4');
  await switchTo(page, 'Alt+1', PEOPLE[0][0]);
  // No ninth respondent: nothing changes.
  await page.keyboard.press('Alt+9');
  await expectText(picked(page), PEOPLE[0][0]);
  await press(page, '2');
  const detail = await engine(page, 'get_assessment', { id: a.id });
  const levels = Object.fromEntries(detail.answers.map((x) => [detail.respondents.find((r) => r.id === x.respondent).name, x.level]));
  assert.deepEqual(levels, { [PEOPLE[2][0]]: 4, [PEOPLE[0][0]]: 2 });

  await page.keyboard.press('?');
  const help = page.getByTestId('shortcuts');
  await expectVisible(help);
  assert.match(unisolate(await textOf(help)), /Alt1…9\s*Respondent 1 to 9 \(interviews\)/);
  assertNoProblems(problems);
});
