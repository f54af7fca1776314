// Export PDF from Results: the save dialog is opened by the backend, the button says it is
// working, and the toast says where the report went; a cancel says nothing, an error says why.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openApp, expectText, expectVisible, fakeCalls, assertNoProblems, textOf, unisolate } from './harness.mjs';

const env = setup({ before, after });

async function openResults(page) {
  await expectVisible(page.getByTestId('assessment-row'));
  await page.getByRole('button', { name: /^Compare .?Ministry of Health — Innovation Readiness 2025.? with peers$/ }).click();
  await page.getByRole('button', { name: 'Back to the results' }).click();
  await expectVisible(page.getByTestId('export-pdf'));
}

test('export the PDF report: where it went, in the interface language', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'bench' } });
  await openResults(page);
  await page.getByTestId('export-pdf').click();
  // The engine rendered the report where the save dialog pointed (its suggested name).
  const toast = page.getByTestId('toast').locator('.message');
  await expectVisible(toast, { timeout: 30000 });
  const [, pages] = unisolate(await textOf(toast)).match(/^Saved the report \((\d+) pages\) to \/home\/user\/Documents\/Ministry of Health\.pdf$/) ?? [];
  assert.ok(Number(pages) > 1, await textOf(toast));
  const pdf = (await page.evaluate(() => window.__mizanFake.files))['/home/user/Documents/Ministry of Health.pdf'];
  assert.match(pdf.head, /^%PDF-/);
  assert.ok(pdf.bytes > 10000, `${pdf.bytes} bytes`);
  const [call] = await fakeCalls(page, 'export_report');
  assert.equal(call.args.lang, 'en');
  assert.equal(call.args.filter, null);
  assert.equal(call.args.name, 'Ministry of Health');
  assertNoProblems(problems);
});

test('a cancelled save dialog says nothing; a failure says why', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'bench' } });
  await openResults(page);
  await page.evaluate(() => window.__mizanFake.dialog('save', null));
  await page.getByTestId('export-pdf').click();
  await expectText(page.getByTestId('export-pdf'), 'Export PDF report…');
  assert.equal(await page.getByTestId('toast').count(), 0);
  await page.evaluate(() => window.__mizanFake.fail('export_report', { code: 'io', message: 'disk full' }));
  await page.getByTestId('export-pdf').click();
  await expectText(page.getByTestId('toast').locator('.message'), 'The report was not saved: disk full');
  assertNoProblems(problems);
});
