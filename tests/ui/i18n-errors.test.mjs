// Errors as data (issue 13): the engine refuses a form by key and arguments, and the UI says
// it in the interface's language, with the user's text isolated inside the sentence.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openApp, expectVisible, textOf, unisolate, assertNoProblems } from './harness.mjs';

const env = setup({ before, after });

async function switchTo(page, locale) {
  await Promise.all([page.waitForEvent('load'), page.locator('#ui-language').selectOption(locale)]);
  await page.locator('main#main').waitFor();
}

/** Renames the Ministry of Health to the Municipality of Amman in Jordan: another agency's. */
async function clash(page) {
  await page.locator('[data-testid="agency-group"]', { hasText: 'Ministry of Health' }).locator('header button').click();
  const dialog = page.getByRole('dialog');
  await expectVisible(dialog);
  await dialog.locator('#profile-name').fill('municipality of  AMMAN');
  await dialog.locator('#profile-country').selectOption('JO');
  await dialog.locator('button[type="submit"]').click();
  const error = dialog.getByTestId('profile-error');
  await expectVisible(error);
  return error;
}

for (const [locale, sentence] of [
  ['fr', /Un autre organisme, «\u00a0Municipality of Amman\u00a0», porte déjà ce nom dans ce pays\u00a0: choisissez un autre nom\./],
  ['ar', /توجد جهة أخرى، «Municipality of Amman»، تحمل الاسم نفسه في البلد نفسه: يرجى اختيار اسم آخر\./],
]) {
  test(`a refusal of the engine is shown in ${locale}, the agency's name isolated`, async () => {
    const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'demo' } });
    await expectVisible(page.getByTestId('assessment-row').first());
    await switchTo(page, locale);
    const error = await clash(page);
    const text = await textOf(error);
    assert.match(unisolate(text), sentence);
    assert.ok(text.includes('\u2068Municipality of Amman\u2069'), 'the name is in bidi isolation marks');
    assert.doesNotMatch(text, /already has this name/, 'no English');
    assertNoProblems(problems);
  });
}
