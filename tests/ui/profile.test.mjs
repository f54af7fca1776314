// The agency profile: edited from Home, Results and Compare; a clash with another agency's
// name and country is refused and said plainly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openApp, expectText, expectVisible, fakeCalls, fakeState, assertNoProblems, eventually, textOf, unisolate, engine } from './harness.mjs';

const env = setup({ before, after });

const dialogOf = (page) => page.getByRole('dialog', { name: 'Agency profile' });
const health = (page) => page.getByTestId('agency-group').filter({ hasText: 'Ministry of Health' });

/** The demo seed on Home, with the Ministry of Health's profile dialog opened from its group. */
async function openHealthProfile() {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'demo' } });
  await expectVisible(page.getByTestId('assessment-row'));
  await page.getByRole('button', { name: /^Edit the profile of .?Ministry of Health/ }).click();
  const dialog = dialogOf(page);
  await expectVisible(dialog);
  return { page, problems, dialog };
}

test('profile round trip from Home: sector, size, tags as chips', async () => {
  const { page, problems, dialog } = await openHealthProfile();
  // Filled from the stored profile; the name field has the focus.
  assert.equal(await dialog.getByLabel('Agency name').inputValue(), 'Ministry of Health');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'profile-name');
  assert.equal(await dialog.getByLabel('Sector').inputValue(), 'health');
  assert.equal(await dialog.getByLabel('Country').inputValue(), 'TN');
  assert.equal(await dialog.getByLabel('Size').inputValue(), 'large');
  assert.deepEqual(await dialog.getByTestId('tag-chip').locator('bdi').allTextContents(), ['e-services', 'pilot']);

  await dialog.getByLabel('Size').selectOption('medium');
  // Tags: Enter adds one, a comma too; a duplicate is ignored; a chip's × removes it.
  const tags = dialog.getByLabel('Tags', { exact: true });
  await tags.fill('digital-id');
  await tags.press('Enter');
  await tags.fill('Pilot');
  await tags.press('Enter');
  await tags.pressSequentially('health data,');
  await dialog.getByRole('button', { name: /Remove the tag .?e-services/ }).click();
  assert.deepEqual(await dialog.getByTestId('tag-chip').locator('bdi').allTextContents(), ['pilot', 'digital-id', 'health data']);
  // Backspace in the empty field takes the last chip back.
  await tags.press('Backspace');
  assert.deepEqual(await dialog.getByTestId('tag-chip').locator('bdi').allTextContents(), ['pilot', 'digital-id']);

  await dialog.getByRole('button', { name: 'Save profile' }).click();
  await dialog.waitFor({ state: 'detached' });
  await expectVisible(page.getByTestId('toast').getByText(/The profile of .?Ministry of Health.? was saved\./));
  const [call] = await fakeCalls(page, 'update_agency');
  const state = await fakeState(page);
  const agencyId = state.assessments.find((a) => a.agency.name === 'Ministry of Health').agency.id;
  assert.deepEqual(call.args, {
    id: agencyId,
    profile: { name: 'Ministry of Health', sector: 'health', country: 'TN', size: 'medium', tags: ['pilot', 'digital-id'] },
  });
  // Home shows the stored profile (tags sorted by the store), for every assessment of the agency.
  const meta = health(page).getByTestId('agency-meta');
  await eventually(async () => assert.match(unisolate(await textOf(meta)), /Health · Tunisia · Medium \(100 to 1,000 staff\)\s*digital-id\s*pilot/));
  assert.ok(state.assessments.filter((a) => a.agency.id === agencyId).every((a) => a.agency.size === 'medium'));
  await page.reload();
  await eventually(async () => assert.match(unisolate(await textOf(health(page).getByTestId('agency-meta'))), /Medium/));
  assertNoProblems(problems);
});

test('another agency\'s name and country is refused with a clear message; nothing changes', async () => {
  const { page, problems, dialog } = await openHealthProfile();

  // An empty name is caught before asking the store.
  await dialog.getByLabel('Agency name').fill('   ');
  await dialog.getByRole('button', { name: 'Save profile' }).click();
  await expectVisible(dialog.getByText('Enter the name of the agency.'));
  assert.equal((await fakeCalls(page, 'update_agency')).length, 0);

  // The Municipality of Amman is in Jordan: same name and country → conflict.
  await dialog.getByLabel('Agency name').fill('municipality of  AMMAN');
  await dialog.getByLabel('Country').selectOption('JO');
  await dialog.getByRole('button', { name: 'Save profile' }).click();
  const error = dialog.getByTestId('profile-error');
  await expectVisible(error);
  assert.equal(await error.getAttribute('role'), 'alert');
  assert.match(await textOf(error), /Another agency already has this name and country\./);
  assert.match(unisolate(await textOf(error)), /Another agency, “Municipality of Amman”, already has this name and country: choose another name\./);
  assert.equal(await dialog.getByLabel('Agency name').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'profile-name');
  const state = await fakeState(page);
  assert.ok(state.assessments.some((a) => a.agency.name === 'Ministry of Health' && a.agency.country === 'TN'));

  // Escape closes without saving.
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.deepEqual(
    (await page.getByTestId('agency-name').allTextContents()).sort(),
    ['Ministry of Health', 'Municipality of Amman', 'وزارة التنمية الرقمية'].sort(),
  );
  assertNoProblems(problems);
});

test('profile edited from Results and from Compare; the peer group follows it', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'bench' } });
  await expectVisible(page.getByTestId('assessment-row'));
  // The peer groups as the engine counts them (the agency's own profile is not a peer).
  const { id } = (await engine(page, 'list_assessments')).find((a) => a.title === 'Ministry of Health — Innovation Readiness 2025');
  const count = async (filter) =>
    (await engine(page, 'compare_assessment', { id, filter: { sector: null, country: null, size: null, tags: [], ...filter } })).benchmark.peers.n;
  const [all, health, other, pilot] = [await count({}), await count({ sector: 'health' }), await count({ sector: 'other' }), await count({ tags: ['pilot'] })];
  assert.ok(other < 3 && health >= 3, 'a sector with too few peers, one with enough');
  const line = (n) => (n === 1 ? '1 peer matches this group.' : n === 0 ? 'No peer matches this group.' : `${n} peers match this group.`);
  await page.getByRole('button', { name: /^Results of .?Ministry of Health — Innovation Readiness 2025/ }).click();
  await expectVisible(page.getByTestId('overall-index'));
  await page.getByRole('button', { name: 'Edit agency profile' }).click();
  await dialogOf(page).getByLabel('Agency name').fill('Ministry of Public Health');
  await dialogOf(page).getByRole('button', { name: 'Save profile' }).click();
  await expectText(page.getByTestId('agency'), 'Ministry of Public Health');

  await page.getByTestId('open-compare').click();
  await expectVisible(page.getByTestId('stats-table'));
  await page.getByRole('checkbox', { name: /Same sector:\s*Health/ }).check();
  await expectText(page.getByTestId('peer-count'), line(health));
  // Moving the agency to "other": the same toggle now means that sector (too few peers).
  await page.getByRole('button', { name: 'Edit agency profile' }).click();
  await dialogOf(page).getByLabel('Sector', { exact: true }).selectOption('other');
  await dialogOf(page).getByRole('button', { name: 'Save profile' }).click();
  await expectVisible(page.getByRole('checkbox', { name: /Same sector:\s*Other/ }));
  await expectText(page.getByTestId('peer-count'), line(other));
  await expectVisible(page.getByTestId('no-benchmark'));
  assert.deepEqual((await fakeCalls(page, 'compare_assessment')).at(-1).args.filter, {
    sector: 'other',
    country: null,
    size: null,
    tags: [],
  });
  // A tag removed from the profile stops filtering.
  await page.getByRole('checkbox', { name: /Same sector/ }).uncheck();
  await page.getByTestId('filter-tag').filter({ hasText: 'pilot' }).click();
  await expectText(page.getByTestId('peer-count'), line(pilot));
  await page.getByRole('button', { name: 'Edit agency profile' }).click();
  await dialogOf(page).getByRole('button', { name: /Remove the tag .?pilot/ }).click();
  await dialogOf(page).getByRole('button', { name: 'Save profile' }).click();
  await expectText(page.getByTestId('peer-count'), line(all));
  assert.equal(await page.getByTestId('filter-tag').count(), 1);
  assertNoProblems(problems);
});
