// The report dialog of Results: every choice (format, language, paper, peer group, sections,
// named respondents) reaches the export call and the file the engine writes; the preview is
// the engine's drawing of the first page; the choices are remembered per assessment; the
// peer group's n and the k ≥ 3 rule are shown; a cancel writes nothing, a failure says why.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openApp, expectText, expectVisible, fakeCalls, assertNoProblems, textOf, unisolate, eventually } from './harness.mjs';

const env = setup({ before, after });

async function openDialog(page, { onResults = false } = {}) {
  if (!onResults) {
    await expectVisible(page.getByTestId('assessment-row'));
    await page.getByRole('button', { name: /^Compare .?Ministry of Health — Innovation Readiness 2025.? with peers$/ }).click();
    await page.getByRole('button', { name: 'Back to the results' }).click();
  }
  await page.getByTestId('export-report').click();
  const dialog = page.getByTestId('report-dialog');
  await expectVisible(dialog);
  return dialog;
}

/** The preview has been drawn (by the engine) for the current choices. */
async function previewDrawn(dialog) {
  await expectVisible(dialog.getByTestId('report-preview-image'), { timeout: 30000 });
  await eventually(async () => assert.equal(await dialog.getByTestId('report-preview').getAttribute('aria-busy'), 'false'), { timeout: 30000 });
}

test('the defaults export the PDF in the interface language, and the preview is the first page', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'bench' } });
  const dialog = await openDialog(page);
  await previewDrawn(dialog);
  const img = dialog.getByTestId('report-preview-image');
  assert.equal(await img.getAttribute('width'), '360');
  assert.match(unisolate(await textOf(dialog.getByTestId('report-preview').locator('figcaption'))), /^First page of \d+ \(as PDF\)$/);
  // The executive summary cannot be left out.
  assert.ok(await dialog.getByTestId('report-section-summary').isDisabled());
  await dialog.getByTestId('report-export').click();
  const saved = dialog.getByTestId('report-saved');
  await expectVisible(saved, { timeout: 30000 });
  const [, pages] = unisolate(await textOf(saved)).match(/^Saved the report \((\d+) pages\) to \/home\/user\/Documents\/Ministry of Health\.pdf$/) ?? [];
  assert.ok(Number(pages) > 1, await textOf(saved));
  const pdf = (await page.evaluate(() => window.__mizanFake.files))['/home/user/Documents/Ministry of Health.pdf'];
  assert.match(pdf.head, /^%PDF-/);
  const [call] = await fakeCalls(page, 'export_report');
  assert.equal(call.args.name, 'Ministry of Health');
  assert.deepEqual(call.args.choices, {
    format: 'pdf', lang: 'en', paper: 'a4', digits: 'latin',
    filter: { sector: null, country: null, size: null, tags: [] },
    sections: ['summary', 'dimensions', 'roadmap', 'benchmark', 'methodology'],
    respondents: false,
  });
  // "Show in folder" reveals what was just written (the webview names no path).
  await dialog.getByTestId('report-reveal').click();
  await eventually(async () => assert.equal((await fakeCalls(page, 'show_report_in_folder')).length, 1));
  await dialog.getByTestId('report-close').click();
  await eventually(async () => assert.equal(await page.getByTestId('report-dialog').count(), 0));
  assertNoProblems(problems);
});

test('each choice reaches the export, the preview follows them, and they are remembered for this assessment', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'bench' } });
  let dialog = await openDialog(page);
  await previewDrawn(dialog);
  await dialog.getByTestId('report-format-docx').check();
  await dialog.getByTestId('report-lang').selectOption('fr');
  await dialog.getByTestId('report-paper').selectOption('letter');
  await dialog.getByTestId('filter-sector').check();
  await dialog.getByTestId('report-section-benchmark').uncheck();
  // The respondents' list is part of the methodology: without it, it cannot be chosen.
  await dialog.getByTestId('report-section-methodology').uncheck();
  assert.ok(await dialog.getByTestId('report-section-respondents').isDisabled().catch(() => true));
  // The preview is asked again with the new choices (always as PDF).
  await eventually(async () => {
    const last = (await fakeCalls(page, 'preview_report')).at(-1);
    assert.deepEqual(last.args.choices, {
      format: 'pdf', lang: 'fr', paper: 'letter', digits: 'latin',
      filter: { sector: 'health', country: null, size: null, tags: [] },
      sections: ['summary', 'dimensions', 'roadmap'],
      respondents: false,
    });
  }, { timeout: 10000 });
  await previewDrawn(dialog);
  // The n of the group chosen, and the k ≥ 3 rule said in words.
  const count = unisolate(await textOf(dialog.getByTestId('peer-count')));
  const n = Number(count.match(/\d+/)?.[0]);
  assert.ok(Number.isInteger(n), count);
  const rule = unisolate(await textOf(dialog.getByTestId('report-k-rule')));
  if (n < 3) assert.match(rule, /leave out the peers' statistics/);
  else assert.match(rule, /at least 3 peer assessments/);

  await dialog.getByTestId('report-export').click();
  await expectVisible(dialog.getByTestId('report-saved'), { timeout: 30000 });
  assert.equal(unisolate(await textOf(dialog.getByTestId('report-saved'))), 'Saved the report to /home/user/Documents/Ministry of Health.docx');
  const [call] = await fakeCalls(page, 'export_report');
  assert.deepEqual(call.args.choices, {
    format: 'docx', lang: 'fr', paper: 'letter', digits: 'latin',
    filter: { sector: 'health', country: null, size: null, tags: [] },
    sections: ['summary', 'dimensions', 'roadmap'],
    respondents: false,
  });
  const docx = (await page.evaluate(() => window.__mizanFake.files))['/home/user/Documents/Ministry of Health.docx'];
  assert.equal(docx.head.slice(0, 2), 'PK', 'a Word package is a zip');
  await dialog.getByTestId('report-close').click();

  // Opened again: the same choices.
  dialog = await openDialog(page, { onResults: true });
  assert.ok(await dialog.getByTestId('report-format-docx').isChecked());
  assert.equal(await dialog.getByTestId('report-lang').inputValue(), 'fr');
  assert.equal(await dialog.getByTestId('report-paper').inputValue(), 'letter');
  assert.ok(await dialog.getByTestId('filter-sector').isChecked());
  assert.ok(!(await dialog.getByTestId('report-section-benchmark').isChecked()));
  assert.ok(await dialog.getByTestId('report-section-roadmap').isChecked());
  // Escape closes the dialog.
  await page.keyboard.press('Escape');
  await eventually(async () => assert.equal(await page.getByTestId('report-dialog').count(), 0));
  assertNoProblems(problems);
});

test('a cancelled save dialog writes nothing and keeps the dialog; a failure says why', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'bench' } });
  const dialog = await openDialog(page);
  await page.evaluate(() => window.__mizanFake.dialog('save', null));
  await dialog.getByTestId('report-export').click();
  await eventually(async () => assert.equal((await fakeCalls(page, 'export_report')).length, 1));
  await expectVisible(dialog.getByTestId('report-export'));
  assert.equal(await dialog.getByTestId('report-saved').count(), 0);
  assert.deepEqual(Object.keys(await page.evaluate(() => window.__mizanFake.files)), []);
  await page.evaluate(() => window.__mizanFake.fail('export_report', { code: 'io', message: 'disk full' }));
  await dialog.getByTestId('report-export').click();
  await expectText(dialog.getByTestId('report-status'), 'The report was not saved: disk full');
  assertNoProblems(problems);
});

test('in Arabic the dialog is right-to-left and the report language follows the interface', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'bench' } });
  await expectVisible(page.getByTestId('assessment-row'));
  const id = await page.getByTestId('assessment-row').filter({ hasText: 'Innovation Readiness 2025' }).filter({ hasText: 'Ministry of Health' }).first().getAttribute('data-id');
  await Promise.all([page.waitForEvent('load'), page.locator('#ui-language').selectOption('ar')]);
  await page.locator('main#main').waitFor();
  await page.evaluate((id) => (location.hash = `#/assessments/${id}/results`), id);
  await page.getByTestId('export-report').click();
  const dialog = page.getByTestId('report-dialog');
  await expectVisible(dialog);
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  assert.equal(await dialog.getByTestId('report-lang').inputValue(), 'ar');
  await expectText(dialog.locator('#report-dialog-title'), 'تصدير التقرير');
  await previewDrawn(dialog);
  await dialog.getByTestId('report-export').click();
  await expectVisible(dialog.getByTestId('report-saved'), { timeout: 30000 });
  const [call] = await fakeCalls(page, 'export_report');
  assert.equal(call.args.choices.lang, 'ar');
  assertNoProblems(problems);
});
