// Exchange files brought in from anywhere in the app: dropped on the window (the shell
// imports them and tells the page; the overlay shows while dragging), picked several at
// once with Import… on Home, and a file that would change a final assessment, which asks
// first and then reopens and imports in one step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup, openApp, eventually, expectVisible, assertNoProblems, textOf, unisolate, engine, shellFake } from './harness.mjs';

const env = setup({ before, after });
const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURE = fs.readFileSync(path.join(here, '../fixtures/interview-wadi-health.mizan.json'), 'utf8');
const NEW_PERSON = { id: '00000000-0000-4000-8000-0000000000b1', name: 'نادية صالح', role: 'Head of Procurement', unit: 'Finance' };

/** The fixture as a second laptop made it: one more respondent, who answered the first question. */
function secondLaptop() {
  const doc = JSON.parse(FIXTURE);
  doc.respondents.push(NEW_PERSON);
  doc.answers.push({ ...doc.answers[0], respondent: NEW_PERSON.id, level: 1, note: '', evidence: '', updated_at: '2026-11-30T09:00:00.000Z' });
  doc.assessment.updated_at = '2026-11-30T09:00:00.000Z';
  return JSON.stringify(doc);
}

const outcomes = (page) => page.getByTestId('import-results').getByTestId('import-outcome');

test('files dragged over the window show where to drop them; dropped, they import and the results say how each went', async () => {
  const { page, problems } = await openApp(env.browser, env.server);
  await expectVisible(page.getByTestId('empty-state'));
  const fake = (fn, ...args) => shellFake(page, fn, ...args);

  await fake('drag', 'enter', 2);
  const overlay = page.getByTestId('drop-overlay');
  await expectVisible(overlay);
  assert.match(unisolate(await textOf(overlay)), /Drop the 2 files to import them/);
  await fake('drag', 'over');
  await expectVisible(overlay);
  await fake('drag', 'leave');
  await overlay.waitFor({ state: 'hidden' });

  await fake('drag', 'enter', 2);
  await fake('drop', [
    { path: '/home/user/Downloads/wadi.mizan.json', text: FIXTURE },
    { path: '/home/user/Downloads/minutes.txt', text: 'interview minutes' },
  ]);
  await overlay.waitFor({ state: 'hidden' });
  await expectVisible(page.getByTestId('import-results'));
  await eventually(async () => assert.equal(await outcomes(page).count(), 2));
  assert.match(unisolate(await textOf(outcomes(page).nth(0))), /wadi\.mizan\.json.*Wadi Health Services Authority.*new assessment/s);
  assert.match(unisolate(await textOf(outcomes(page).nth(1))), /minutes\.txt.*Refused, nothing changed.*minutes\.txt is not an exchange file/s);

  // Home, behind the dialog, already lists what came in.
  await page.getByTestId('import-results').getByRole('button', { name: 'Close' }).click();
  await page.getByTestId('import-results').waitFor({ state: 'hidden' });
  await expectVisible(page.getByTestId('assessment-row'));
  assert.equal((await engine(page, 'list_assessments')).length, 1);
  assertNoProblems(problems);
});

test('Import… on Home takes two files at once: the second laptop’s respondent joins the assessment', async () => {
  const { page, problems } = await openApp(env.browser, env.server);
  await page.evaluate(
    (files) => window.__mizanFake.dialog('open', files),
    [
      { path: '/media/usb/laptop-1.mizan.json', text: FIXTURE },
      { path: '/media/usb/laptop-2.mizan.json', text: secondLaptop() },
    ],
  );
  await page.getByTestId('empty-import').click();
  await eventually(async () => assert.equal(await outcomes(page).count(), 2));
  assert.match(unisolate(await textOf(outcomes(page).nth(0))), /laptop-1\.mizan\.json.*new assessment/s);
  const second = unisolate(await textOf(outcomes(page).nth(1)));
  assert.match(second, /laptop-2\.mizan\.json.*merged.*New respondents: 1 · Answers added: 1/s);
  assert.match(second, /نادية صالح/);
  const [a] = await engine(page, 'list_assessments');
  const detail = await engine(page, 'get_assessment', { id: a.id });
  assert.equal(detail.respondents.length, JSON.parse(FIXTURE).respondents.length + 1);
  assert.deepEqual((await page.evaluate(() => window.__mizanFake.calls)).filter((c) => c.cmd === 'import_exchange').map((c) => c.args), [{}], 'the page names no path');
  assertNoProblems(problems);
});

test('a file that would change a final assessment asks first; Reopen and import does both, and the change log says so', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'fixtures' } });
  const id = JSON.parse(FIXTURE).assessment.id;
  await engine(page, 'finalize_assessment', { id, lang: 'en' });
  await page.reload();
  await expectVisible(page.getByTestId('assessment-row'));
  await page.evaluate((t) => window.__mizanFake.dialog('open', { path: '/media/usb/laptop-2.mizan.json', text: t }), secondLaptop());
  await page.getByTestId('home-import').click();
  const asking = outcomes(page).first();
  await expectVisible(asking.getByTestId('import-final'));
  assert.match(unisolate(await textOf(asking.getByTestId('import-final'))), /“Wadi Health Services Authority — innovation readiness 2026” is final in this copy, and this file would change it/);
  const summary = async () => (await engine(page, 'get_assessment', { id })).summary;
  assert.equal((await summary()).status, 'final', 'nothing changes before the user agrees');

  await asking.getByTestId('reopen-import').click();
  await eventually(async () => assert.match(unisolate(await textOf(outcomes(page).first())), /merged.*New respondents: 1/s));
  assert.equal((await summary()).status, 'draft');
  assert.equal((await engine(page, 'get_assessment', { id })).respondents.length, JSON.parse(FIXTURE).respondents.length + 1);

  // The change log names both steps in words.
  await page.getByTestId('import-results').getByRole('button', { name: 'Close' }).click();
  await page.goto(page.url().replace(/#.*$/, '') + `#/assessments/${id}/changes`);
  const log = page.getByTestId('change-log');
  await expectVisible(log);
  const text = unisolate(await textOf(log));
  assert.match(text, /Assessment: reopened/);
  assert.match(text, /Assessment: finalized/);
  assert.match(text, /Assessment: merged from a file/);
  assert.match(text, /Import of laptop-2\.mizan\.json/);
  assert.doesNotMatch(text, /\b(reopen|finalize|import of)\b/, 'no raw change-log words');
  assertNoProblems(problems);
});
