// A framework text with no translation into the interface's language shows in English, and
// says so (issue 13 item 4): an "EN" mark whose tooltip is in the interface's language, the
// text tagged lang="en"; a translated text carries no mark. Over the real engine: the list
// of texts that fall back is the engine's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setup, openApp, expectVisible, engine, eventually, textOf, assertNoProblems } from './harness.mjs';

const env = setup({ before, after });

// English only but for one level's description and the question's guidance, in French.
const PARTLY_FRENCH = readFileSync(new URL('../fixtures/mini-partly-french.toml', import.meta.url), 'utf8');

async function assessmentOnMini(page) {
  await page.evaluate((text) => window.__mizanFake.dialog('open', { path: '/home/user/Downloads/mini.toml', text }), PARTLY_FRENCH);
  const installed = await engine(page, 'install_framework', { lang: 'fr' });
  assert.equal(installed.id, 'mini');
  const fw = await engine(page, 'get_framework', { id: 'mini', version: null, lang: 'fr' });
  assert.ok(fw.english.includes('question/d1.q1/text') && !fw.english.includes('question/d1.q1/guidance'), fw.english.join(', '));
  const agency = { name: 'Agence des données', sector: '', country: 'TN', size: '', tags: [] };
  const input = { title: 'Essai', agency, framework_id: 'mini', framework_version: null, mode: 'self' };
  return engine(page, 'create_assessment', { input, lang: 'fr' });
}

test('in French, the English texts of a partly translated framework carry the EN mark, translated ones none', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { locale: 'fr-FR' });
  await page.locator('main#main').waitFor();
  const detail = await assessmentOnMini(page);
  const id = detail.summary.id;
  await page.goto(`${env.server.url}#/assessments/${id}`);

  const question = page.getByTestId('question-text');
  await expectVisible(question);
  assert.equal(await question.getAttribute('lang'), 'en');
  const mark = question.getByTestId('english-mark');
  assert.equal(await textOf(mark), 'EN');
  assert.equal(await mark.getAttribute('title'), 'Pas encore traduit\u00a0: affiché en anglais');
  assert.equal(await mark.getAttribute('dir'), 'ltr');
  // The French guidance is French, unmarked; the English level descriptors are marked.
  const guidance = page.locator('.guidance');
  assert.equal(await textOf(guidance), 'Consultez le portail.');
  assert.equal(await guidance.getByTestId('english-mark').count(), 0);
  // Level 1's name and descriptor are English; level 2's name is, its description is not shown.
  assert.equal(await page.getByTestId('level-card').nth(0).getByTestId('english-mark').count(), 2);
  assert.equal(await page.getByTestId('question-dimension').getAttribute('lang'), 'en');

  // Level 1 of 2: below its target, so the results recommend the English text, marked.
  await page.getByTestId('level-card').nth(0).click();
  await eventually(async () => assert.equal((await engine(page, 'get_assessment', { id })).answers[0]?.level, 1));
  await page.goto(`${env.server.url}#/assessments/${id}/results`);
  const rec = page.getByTestId('recommendation-text');
  await expectVisible(rec);
  assert.match(await textOf(rec), /^Publish the registers\s*EN$/);
  assert.equal(await rec.getAttribute('lang'), 'en');
  assert.equal(await page.getByTestId('dimension-bar').getByTestId('english-mark').count(), 1);
  assertNoProblems(problems);
});

test('a built-in framework is translated: no EN mark anywhere in its Arabic questionnaire', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { locale: 'ar' });
  await page.locator('main#main').waitFor();
  const agency = { name: 'وزارة الاختبار', sector: '', country: 'JO', size: '', tags: [] };
  const input = { title: 'تجربة', agency, framework_id: 'innovation-readiness', framework_version: null, mode: 'self' };
  const detail = await engine(page, 'create_assessment', { input, lang: 'ar' });
  await page.goto(`${env.server.url}#/assessments/${detail.summary.id}`);
  await expectVisible(page.getByTestId('question-text'));
  assert.equal(await page.getByTestId('english-mark').count(), 0);
  assert.equal(await page.getByTestId('question-text').getAttribute('lang'), null);
  assertNoProblems(problems);
});
