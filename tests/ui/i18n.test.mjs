// The interface in Arabic, French and English over the real engine (issue 13): the switch
// applies at once and is remembered, Arabic lays out right to left, framework and stage names
// come in the chosen language, errors the UI maps from their code are translated, and bidi
// controls typed into a name cannot reorder the Arabic sentence around it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openApp, expectVisible, engine, textOf, assertNoProblems, wordsInOrder } from './harness.mjs';

const env = setup({ before, after });

const htmlDir = (page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

async function switchTo(page, locale) {
  await Promise.all([page.waitForEvent('load'), page.locator('#ui-language').selectOption(locale)]);
  await page.locator('main#main').waitFor();
}

test('the language switch applies at once, sets lang and dir, and is remembered after a reload', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'demo' } });
  await expectVisible(page.getByTestId('assessment-row').first());
  assert.deepEqual(await htmlDir(page), ['en', 'ltr']);
  await expectVisible(page.getByRole('link', { name: 'Home' }));

  await switchTo(page, 'ar');
  assert.deepEqual(await htmlDir(page), ['ar', 'rtl']);
  await expectVisible(page.getByRole('link', { name: 'الرئيسية' }));
  assert.equal(await page.title(), 'ميزان');
  // Home's stage and framework names come from the engine in Arabic.
  const listed = await engine(page, 'list_assessments', { lang: 'ar' });
  const english = await engine(page, 'list_assessments', { lang: 'en' });
  const staged = listed.find((a) => a.stage_name);
  assert.ok(staged, 'the demo has a scored assessment');
  assert.notEqual(staged.stage_name, english.find((a) => a.id === staged.id).stage_name, 'the engine has an Arabic stage name');
  const row = page.locator(`[data-testid="assessment-row"][data-id="${staged.id}"]`);
  assert.equal((await textOf(row.getByTestId('stage'))).trim(), staged.stage_name);
  assert.match(await textOf(row.locator('.fw')), new RegExp(staged.framework_title));
  // The side of the page things start on is the right one.
  const [brand, help] = await Promise.all([page.locator('.brand').boundingBox(), page.locator('.help').boundingBox()]);
  assert.ok(brand.x > help.x, 'the app name is on the right, the tools on the left');

  await page.reload();
  await page.locator('main#main').waitFor();
  assert.deepEqual(await htmlDir(page), ['ar', 'rtl'], 'the choice outlives a reload');
  await expectVisible(page.getByRole('link', { name: 'الرئيسية' }));

  await switchTo(page, 'fr');
  assert.deepEqual(await htmlDir(page), ['fr', 'ltr']);
  await expectVisible(page.getByRole('link', { name: 'Accueil' }));
  assertNoProblems(problems);
});

test('the questionnaire and results show the framework in Arabic', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'demo' }, locale: 'ar' });
  await expectVisible(page.getByTestId('assessment-row').first());
  assert.deepEqual(await htmlDir(page), ['ar', 'rtl'], 'an Arabic browser opens the app in Arabic');
  const [first] = await engine(page, 'list_assessments', { lang: 'ar' });
  const detail = await engine(page, 'get_assessment', { id: first.id, lang: 'ar' });
  const fw = await engine(page, 'get_framework', { id: detail.summary.framework.id, version: detail.summary.framework.version, lang: 'ar' });
  await page.goto(`${env.server.url}#/assessments/${first.id}`);
  await expectVisible(page.getByTestId('question'));
  const question = await textOf(page.getByTestId('question-text'));
  assert.ok(fw.questions.some((q) => question.includes(q.text.trim().slice(0, 20))), `the question is the Arabic one: ${question}`);
  assert.match(question, /[\u0600-\u06FF]/);
  await page.goto(`${env.server.url}#/assessments/${first.id}/results`);
  await expectVisible(page.getByTestId('overall-index'));
  // (visible: the radar's tooltip holds a title cut short there too)
  for (const d of fw.dimensions.slice(0, 3)) await expectVisible(page.getByText(d.title, { exact: true }).filter({ visible: true }).first());
  assertNoProblems(problems);
});

test('errors the UI maps from their code are shown in Arabic', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'demo' }, locale: 'ar' });
  await expectVisible(page.getByTestId('assessment-row').first());
  await page.getByRole('button', { name: /^تعديل ملف تعريف .?Ministry of Health/ }).click();
  const dialog = page.getByTestId('profile-dialog');
  await expectVisible(dialog);
  await dialog.locator('#profile-name').fill('   ');
  await dialog.getByRole('button', { name: 'حفظ ملف التعريف' }).click();
  await expectVisible(dialog.getByText('أدخل اسم الجهة.'));
  // Same name and country as another agency: the engine says `conflict`, the UI says it in Arabic.
  await dialog.locator('#profile-name').fill('Municipality of Amman');
  await dialog.locator('#profile-country').selectOption('JO');
  await dialog.getByRole('button', { name: 'حفظ ملف التعريف' }).click();
  const error = dialog.getByTestId('profile-error');
  await expectVisible(error);
  assert.match(await textOf(error), /توجد جهة أخرى بالاسم نفسه في البلد نفسه/);
  assertNoProblems(problems);
});

test('bidi controls in an agency name and a title cannot reorder the Arabic interface around them', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { locale: 'ar' });
  // An override left open, a right-to-left override, an isolate never closed, a mark.
  const name = 'Agency \u202Dof\u202E Interior \u2066open';
  const title = '\u202Eوزارة\u202C Review \u2067of\u200F 2026 \u202A';
  await page.goto(`${env.server.url}#/new`);
  await page.locator('#new-name').fill(name);
  await page.locator('#new-title').fill(title);
  await page.getByRole('button', { name: 'إنشاء وبدء' }).click();
  await expectVisible(page.getByTestId('question'));
  await page.getByRole('link', { name: 'الرئيسية' }).click();
  const row = page.getByTestId('assessment-row');
  await expectVisible(row);
  // The title is isolated where it is shown: a <bdi>, so nothing it holds leaks out.
  assert.equal(await row.getByTestId('open').locator('bdi').count(), 1);
  assert.equal(await row.getByTestId('open').locator('bdi').evaluate((e) => getComputedStyle(e).unicodeBidi), 'isolate');

  await row.getByRole('button', { name: /^حذف/ }).click();
  const dialog = page.getByRole('dialog', { name: 'هل تريد حذف هذا التقييم؟' });
  await expectVisible(dialog);
  if (process.env.MIZAN_SHOTS) await page.screenshot({ path: process.env.MIZAN_SHOTS + '/hostile-ar.png' });
  const body = dialog.locator('p').first();
  const order = await wordsInOrder(body, ['سيتم', 'حذف', 'وإجاباته', 'ويمكنك', 'التراجع', 'قليلة'], 'rtl');
  assert.ok(order.ok, `the Arabic sentence around the title reads right to left in order: ${order.xs}`);
  await dialog.getByRole('button', { name: 'حذف', exact: true }).click();
  const toast = page.getByTestId('toast').locator('.message');
  await expectVisible(toast);
  const words = await wordsInOrder(toast, ['حذف', '«'], 'rtl');
  assert.ok(words.ok, `the toast reads right to left: ${words.xs}`);
  assertNoProblems(problems);
});

test('1024×700 in Arabic: no screen scrolls sideways and nothing spills out of its box', async () => {
  const viewport = { width: 1024, height: 700 };
  const { page, problems } = await openApp(env.browser, env.server, { viewport, fake: { seed: 'bench' }, locale: 'ar' });
  await expectVisible(page.getByTestId('assessment-row').first());
  const list = await engine(page, 'list_assessments', { lang: 'ar' });
  const done = list.find((a) => a.title === 'Ministry of Health — Innovation Readiness 2025');
  const clipped = () =>
    page.evaluate(() => {
      const out = [];
      if (document.documentElement.scrollWidth > document.documentElement.clientWidth) out.push('the page scrolls sideways');
      for (const el of document.querySelectorAll('main *')) {
        const s = getComputedStyle(el);
        if (s.display === 'none' || el.closest('svg') || el.closest('.visually-hidden')) continue;
        const hides = ['hidden', 'clip'].includes(s.overflowX) && ['th', 'td', 'button', 'a', 'label', 'p', 'h1', 'h2', 'h3', 'span', 'li'].includes(el.tagName.toLowerCase());
        if (hides && el.scrollWidth > el.clientWidth + 1) out.push(`${el.tagName} "${el.textContent.trim().slice(0, 40)}" is cut`);
        if (['TH', 'TD'].includes(el.tagName) && el.scrollWidth > el.clientWidth + 1) out.push(`${el.tagName} "${el.textContent.trim().slice(0, 40)}" spills over`);
      }
      return out;
    });
  const screens = [
    ['#/', 'assessment-row'],
    [`#/assessments/${done.id}`, 'question'],
    [`#/assessments/${done.id}/results`, 'overall-index'],
    [`#/assessments/${done.id}/compare`, 'stats-table'],
    ['#/frameworks', 'framework-item'],
  ];
  for (const [hash, testid] of screens) {
    await page.goto(env.server.url + hash);
    await expectVisible(page.getByTestId(testid).first());
    assert.deepEqual(await clipped(), [], `${hash} in Arabic at 1024×700`);
  }
  // The questionnaire's five levels fit the window, as in English.
  await page.goto(`${env.server.url}#/assessments/${done.id}`);
  await expectVisible(page.getByTestId('question'));
  const bottoms = await page.getByTestId('level-card').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().bottom));
  assert.ok(bottoms.every((b) => b <= viewport.height), `level cards end at ${bottoms.map(Math.round)}`);
  assertNoProblems(problems);
});
