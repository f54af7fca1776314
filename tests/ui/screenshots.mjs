// Takes screenshots of every screen of the built UI, over the real engine (mizan-ui-server), into
// docs/screenshots/ui-*.png at 1366×768, and the main screens again at the smallest supported
// window, 1024×700, as ui-*-1024.png. Run with `npm run screenshots:ui` (builds first).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launchBrowser, openApp, expectVisible, expectText, reportDialogShot } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(here, '../../docs/screenshots');
fs.mkdirSync(OUT, { recursive: true });

const server = await startServer();
const browser = await launchBrowser();
const LARGE = { width: 1366, height: 768 };
const SMALL = { width: 1024, height: 700 };
let small = false;
const shot = async (page, name, opts = {}) => {
  const file = path.join(OUT, `ui-${name}${small ? '-1024' : ''}.png`);
  await page.screenshot({ path: file, ...opts });
  console.log(path.relative(process.cwd(), file));
};

/** The main screens (Home, questionnaire, results, compare) at one size; `all`: every screen. */

async function screens(viewport, all) {
  if (all) {
    const { page, context } = await openApp(browser, server, { viewport });
    await expectVisible(page.getByTestId('empty-state'));
    await shot(page, 'home-empty');
    await context.close();
  }
  {
    const { page, context } = await openApp(browser, server, { viewport, fake: { seed: 'demo' } });
    await expectVisible(page.getByTestId('assessment-row'));
    await shot(page, 'home');

    if (all) {
      await page.getByRole('button', { name: 'New assessment' }).first().click();
      await page.getByLabel('Agency name').fill('Ministry of Justice');
      await page.getByLabel('Sector', { exact: true }).selectOption('justice');
      await page.getByLabel('Country').selectOption('JO');
      await page.getByLabel('Size').selectOption('large');
      await shot(page, 'new-assessment');
      await page.getByRole('link', { name: 'Home' }).click();
    }
    await page.getByRole('button', { name: 'Ministry of Health — Innovation Readiness 2025', exact: true }).click();
    await expectVisible(page.getByTestId('question'));
    await page.getByTestId('note').fill('Open data portal launched in 2024 with 40 data sets.');
    await page.getByTestId('note').blur();
    await expectText(page.getByTestId('save-indicator').getByRole('status'), 'Saved ✓');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'questionnaire');

    await page.getByRole('button', { name: 'See results' }).first().click();
    await expectVisible(page.getByTestId('overall-index'));
    await shot(page, 'results');
    await shot(page, 'results-full', { fullPage: true });

    // A draft with two answers: the unanswered dimensions are missing, never at the centre.
    await page.getByRole('link', { name: 'Home' }).click();
    await page.getByRole('button', { name: /^Results of .?وزارة التنمية الرقمية/ }).click();
    await expectVisible(page.getByTestId('overall-index'));
    await shot(page, 'results-partial');
    if (all) {
      await page.getByRole('link', { name: 'Frameworks' }).click();
      await expectVisible(page.getByTestId('framework-item'));
      await page.evaluate(() =>
        window.__mizanFake.fail('install_framework', {
          code: 'invalid_framework',
          message:
            '/home/user/Downloads/digital-maturity.toml:12:5: question `data.quality` has 4 level descriptors, the framework has 5 levels: add one\n' +
            '/home/user/Downloads/digital-maturity.toml:31:14: dimension `platforms` is not defined: define it in [[dimensions]] or fix the id',
        }),
      );
      await page.getByRole('button', { name: 'Install framework…' }).click();
      await expectVisible(page.getByTestId('install-errors'));
      await shot(page, 'frameworks');

      await page.getByRole('button', { name: /View details of \u2068?Public-Sector Innovation Readiness/ }).first().click();
      await expectVisible(page.getByTestId('framework-dimension'));
      await page.getByTestId('framework-question').first().locator('summary').click();
      await shot(page, 'framework-detail');
      // The methodology note, then the sources (issue 14), each from the top of the window.
      for (const part of ['methodology', 'sources']) {
        await page.getByTestId(part).evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await shot(page, `framework-${part}`);
      }
    }
    await context.close();
  }
  {
    // The compare view: the demo agencies among the sample agencies (the 'bench' seed).
    const { page, context } = await openApp(browser, server, { viewport, fake: { seed: 'bench' } });
    await expectVisible(page.getByTestId('assessment-row'));
    await page.getByRole('button', { name: /^Compare .?Ministry of Health — Innovation Readiness 2025/ }).click();
    await expectVisible(page.getByTestId('stats-table'));
    await shot(page, 'compare');
    await page.getByTestId('how-computed').locator('summary').click();
    await shot(page, 'compare-full', { fullPage: true });

    if (all) {
      await page.getByRole('button', { name: 'Edit agency profile' }).click();
      await expectVisible(page.getByRole('dialog', { name: 'Agency profile' }));
      await shot(page, 'agency-profile');
      await page.keyboard.press('Escape');
    }

    // A draft is not ranked: the peers' statistics, and why there is no rank yet.
    await page.getByRole('link', { name: 'Home' }).click();
    await page.getByRole('button', { name: /^Compare .?وزارة التنمية الرقمية/ }).click();
    await expectVisible(page.getByTestId('stats-table'));
    await shot(page, 'compare-draft', { fullPage: true });
    await context.close();
  }
  if (all) {
    // Interviews: the consolidation of core's interview sample (four officials, a few
    // disagreements, two settled by a consensus), and its questionnaire.
    const { page, context } = await openApp(browser, server, { viewport, fake: { seed: 'interview' } });
    await page.getByRole('button', { name: /^Results of .?Nakhla Civil Registry/ }).click();
    await page.getByTestId('open-consolidation').click();
    await expectVisible(page.getByTestId('consolidation'));
    // The disagreements only: the open ones first, then those settled by a consensus.
    await page.getByLabel('Only disagreements').check();
    await shot(page, 'consolidation', { fullPage: true });
    await page.getByRole('button', { name: 'Back to the questionnaire' }).click();
    await expectVisible(page.getByTestId('compact-dimension'));
    await shot(page, 'interview-questionnaire');
    await context.close();
  }
}

try {
  await screens(LARGE, true);
  await reportDialogShot(browser, server, { viewport: LARGE, locale: 'en-US' }, (page) => shot(page, 'report-dialog'));
  small = true;
  await screens(SMALL, false);
} finally {
  await browser.close();
  await server.close();
}
