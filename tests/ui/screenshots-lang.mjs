// The UI in Arabic (right to left) or French, over the real engine: every main screen at
// 1366×768 (the consultant's interview screens too) and the questionnaire and results at
// 1024×700, into docs/screenshots/ui-ar-*.png or ui-fr-*.png. Run with `npm run screenshots:ui:ar` or
// `screenshots:ui:fr` (they build first). Screens are reached by their routes, not by
// English labels.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launchBrowser, openApp, expectVisible, engine, reportDialogShot } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(here, '../../docs/screenshots');
fs.mkdirSync(OUT, { recursive: true });

const LOCALE = process.argv[2];
if (!['ar', 'fr'].includes(LOCALE)) {
  console.error('usage: node tests/ui/screenshots-lang.mjs ar|fr');
  process.exit(2);
}

const server = await startServer();
const browser = await launchBrowser();
const shot = async (page, name, opts = {}) => {
  const file = path.join(OUT, `ui-${LOCALE}-${name}.png`);
  await page.screenshot({ path: file, ...opts });
  console.log(path.relative(process.cwd(), file));
};


async function screens(viewport, suffix, all) {
  const { page, context } = await openApp(browser, server, { viewport, fake: { seed: `bench-${LOCALE}` }, locale: LOCALE });
  await expectVisible(page.getByTestId('assessment-row').first());
  if (all) await shot(page, `home${suffix}`);
  const list = await engine(page, 'list_assessments', { lang: LOCALE });
  const done = list.find((a) => a.title === 'Ministry of Health — Innovation Readiness 2025') ?? list[0];
  const draft = list.find((a) => a.answered > 0 && a.answered < a.questions) ?? list[0];

  await page.goto(`${server.url}#/assessments/${done.id}`);
  await expectVisible(page.getByTestId('question'));
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, `questionnaire${suffix}`);

  await page.goto(`${server.url}#/assessments/${done.id}/results`);
  await expectVisible(page.getByTestId('overall-index'));
  await shot(page, `results${suffix}`);
  if (all) {
    await shot(page, 'results-full', { fullPage: true });
    await page.goto(`${server.url}#/assessments/${draft.id}/results`);
    await expectVisible(page.getByTestId('overall-index'));
    await shot(page, 'results-partial', { fullPage: true });
    await page.goto(`${server.url}#/assessments/${done.id}/compare`);
    await expectVisible(page.getByTestId('stats-table'));
    await shot(page, 'compare-full', { fullPage: true });
    await page.goto(`${server.url}#/new`);
    await page.locator('main h1').first().waitFor();
    await shot(page, 'new-assessment');
    await page.goto(`${server.url}#/frameworks`);
    await expectVisible(page.getByTestId('framework-item').first());
    await shot(page, 'frameworks');
    await page.goto(`${server.url}#/frameworks/innovation-readiness/1.0.0`);
    await expectVisible(page.getByTestId('framework-dimension').first());
    await shot(page, 'framework-detail');
    // Edition 1.1.0 is translated: its methodology note in the language.
    await page.goto(`${server.url}#/frameworks/innovation-readiness/1.1.0`);
    await expectVisible(page.getByTestId('methodology'));
    await shot(page, 'framework-methodology');
    await page.goto(`${server.url}#/data`);
    await page.locator('main h1').first().waitFor();
    await shot(page, 'data');
  }
  await context.close();
}

// The consultant's screens over core's interview sample, its people and remarks in the
// language: the consolidation (disagreements only), the interview questionnaire with its
// respondents, and the interview's results.
async function interviewScreens(viewport) {
  const { page, context } = await openApp(browser, server, { viewport, fake: { seed: `interview-${LOCALE}` }, locale: LOCALE });
  await expectVisible(page.getByTestId('assessment-row').first());
  const list = await engine(page, 'list_assessments', { lang: LOCALE });
  const interview = list.find((a) => a.mode === 'interview');
  await page.goto(`${server.url}#/assessments/${interview.id}/consolidation`);
  await expectVisible(page.getByTestId('consolidation'));
  await page.locator('.filter input[type="checkbox"]').check();
  await shot(page, 'consolidation', { fullPage: true });
  await page.goto(`${server.url}#/assessments/${interview.id}`);
  await expectVisible(page.getByTestId('compact-dimension'));
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'interview-questionnaire');
  await page.getByTestId('toggle-respondents').click();
  await expectVisible(page.getByTestId('respondents-panel'));
  await shot(page, 'interview-respondents');
  await page.goto(`${server.url}#/assessments/${interview.id}/results`);
  await expectVisible(page.getByTestId('interview-card'));
  await shot(page, 'interview-results', { fullPage: true });
  await context.close();
}

try {
  await screens({ width: 1366, height: 768 }, '', true);
  await interviewScreens({ width: 1366, height: 768 });
  await reportDialogShot(browser, server, { viewport: { width: 1366, height: 768 }, locale: LOCALE }, (page) => shot(page, 'report-dialog'));
  await screens({ width: 1024, height: 700 }, '-1024', false);
} finally {
  await browser.close();
  await server.close();
}
