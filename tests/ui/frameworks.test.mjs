// Browsing frameworks, and installing one: a refused file shows each problem with its place.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openApp, expectVisible, fakeCalls, assertNoProblems, eventually, textOf, unisolate } from './harness.mjs';

const env = setup({ before, after });

test('list, detail with levels and collapsible questions', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { hash: '#/frameworks' });
  const items = page.getByTestId('framework-item');
  await expectVisible(items);
  assert.equal(await items.count(), 2);
  const first = unisolate(await textOf(items.first()));
  assert.match(first, /Innovation Readiness \(test fixture\)/);
  assert.match(first, /Built-in/);
  assert.match(first, /3 dimensions\s*9 questions\s*5 levels/);

  await items.first().getByRole('button', { name: /View details/ }).click();
  await expectVisible(page.getByTestId('framework-title'));
  assert.equal(await textOf(page.getByTestId('framework-title')), 'Innovation Readiness (test fixture)');
  for (const level of ['Ad hoc', 'Opportunistic', 'Essential', 'Sustainable', 'Seamless']) {
    await expectVisible(page.getByRole('heading', { name: 'Levels' }).locator('..').getByText(level, { exact: true }));
  }
  assert.equal(await page.getByTestId('framework-dimension').count(), 3);

  // Questions are collapsed; opening one shows its level descriptors and recommendations.
  const question = page.getByTestId('framework-question').first();
  const descriptor = question.getByText('A defined innovation mandate, used by most units.');
  assert.equal(await descriptor.isVisible(), false);
  await question.locator('summary').click();
  await expectVisible(descriptor);
  await expectVisible(question.getByText('Fund the innovation mandate and measure its results.'));

  await page.getByRole('button', { name: 'Expand all' }).click();
  await eventually(async () =>
    assert.equal(await page.locator('[data-testid="framework-question"][open]').count(), 9),
  );
  await page.getByRole('button', { name: 'Back to all frameworks' }).click();
  await expectVisible(page.getByTestId('framework-item'));
  assertNoProblems(problems);
});

test('a refused framework file lists its FILE:LINE:COL problems; a good one is installed', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { hash: '#/frameworks' });
  await expectVisible(page.getByTestId('framework-item'));
  await page.evaluate(() =>
    window.__mizanFake.fail(
      'install_framework',
      {
        code: 'invalid_framework',
        message:
          '/home/amal/Downloads/digital.toml:12:5: question `data.quality` has 4 level descriptors; the framework has 5 levels: add one\n' +
          '/home/amal/Downloads/digital.toml:31:14: dimension `platforms` is not defined: define it in [[dimensions]]',
      },
      1,
    ),
  );
  await page.getByRole('button', { name: 'Install framework…' }).click();
  const box = page.getByTestId('install-errors');
  await expectVisible(box);
  assert.equal(await box.getAttribute('role'), 'alert');
  assert.match(unisolate(await textOf(box)), /The framework file has 2 problems/);
  const lines = box.getByTestId('install-error');
  assert.equal(await lines.count(), 2);
  assert.equal(await textOf(lines.nth(0).locator('code')), 'digital.toml:12:5');
  assert.equal(await lines.nth(0).locator('code').getAttribute('title'), '/home/amal/Downloads/digital.toml');
  assert.match(await textOf(lines.nth(0)), /question `data.quality` has 4 level descriptors/);
  assert.equal(await textOf(lines.nth(1).locator('code')), 'digital.toml:31:14');
  assert.equal(await page.getByTestId('framework-item').count(), 2);
  const [call] = await fakeCalls(page, 'install_framework');
  assert.deepEqual(call.args, { lang: 'en' });

  // The next try succeeds (the fake installs "Custom Framework"): the list shows it.
  await page.getByRole('button', { name: 'Install framework…' }).click();
  await expectVisible(page.getByTestId('toast').getByText(/^Installed “\u2068?Custom Framework\u2069?” version \u2068?1\.0\.0\u2069?\.$/));
  await eventually(async () => assert.equal(await page.getByTestId('framework-item').count(), 3));
  assert.equal(await box.count(), 0);
  const custom = page.getByTestId('framework-item').filter({ hasText: 'Custom Framework' });
  assert.match(await textOf(custom), /Installed/);
  assertNoProblems(problems);
});

test('cancelling the file dialog changes nothing', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { hash: '#/frameworks' });
  await expectVisible(page.getByTestId('framework-item'));
  // The shell answers null when the user closes its file dialog.
  await page.evaluate(() => {
    const inner = window.__TAURI_INTERNALS__.invoke;
    window.__TAURI_INTERNALS__.invoke = (cmd, args) => (cmd === 'install_framework' ? Promise.resolve(null) : inner(cmd, args));
  });
  await page.getByRole('button', { name: 'Install framework…' }).click();
  await expectVisible(page.getByRole('button', { name: 'Install framework…' }));
  assert.equal(await page.getByTestId('install-errors').count(), 0);
  assert.equal(await page.getByTestId('toast').count(), 0);
  assert.equal(await page.getByTestId('framework-item').count(), 2);
  assertNoProblems(problems);
});
