// Your data: Back up now…, the automatic backups with what each holds, Restore… with a
// confirmation that names the backup's date and contents, undo through the kept copy, and
// the notice when the database was found damaged at start.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openApp, expectText, expectVisible, fakeCalls, fakeState, assertNoProblems, unisolate, textOf, engine, startAssessment } from './harness.mjs';

const env = setup({ before, after });

const rows = (page) => page.getByTestId('assessment-row');
/** The assessments the database shows (a restored backup may hold deleted ones too). */
const live = async (page) => (await fakeState(page)).assessments.filter((a) => !a.deleted);
const day = (iso) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));

test('back up now to a chosen file; a cancel says nothing; a failure says why', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'demo' }, hash: '#/data' });
  await expectVisible(page.getByRole('heading', { name: 'Your data' }));
  await expectText(page.getByTestId('db-path'), '/home/user/.local/share/mizan/mizan.db');
  await expectVisible(page.getByTestId('no-backups'));

  await page.evaluate(() => window.__mizanFake.dialog('save', '/media/usb/agency-backup.db'));
  await page.getByTestId('backup-now').click();
  await expectText(page.getByTestId('toast').locator('.message'), 'Backup saved to /media/usb/agency-backup.db (4 assessments).');
  assert.deepEqual((await page.evaluate(() => window.__mizanFake.backups)).map((b) => b.path), ['/media/usb/agency-backup.db']);

  await page.getByTestId('toast').getByRole('button', { name: 'Dismiss' }).click().catch(() => {});
  await page.evaluate(() => window.__mizanFake.dialog('save', null));
  await page.getByTestId('backup-now').click();
  await expectText(page.getByTestId('backup-now'), 'Back up now…');

  await page.evaluate(() =>
    window.__mizanFake.fail('backup_now', { code: 'disk_full', message: 'database /media/usb/x.db: database or disk is full. The disk is full: free some space, then save again' }, 1),
  );
  await page.getByTestId('backup-now').click();
  await expectVisible(page.getByRole('alert').getByText(/The disk is full: free some space/));
  assert.equal((await fakeCalls(page, 'backup_now')).length, 3);
  assertNoProblems(problems);
});

test('restore an automatic backup: the confirmation names date and contents, and undo brings the data back', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'demo', backups: true } });
  await expectVisible(rows(page).first());
  const before = await rows(page).count();
  assert.equal(before, 4);

  await page.getByRole('link', { name: 'Your data' }).click();
  const table = page.getByTestId('backups');
  await expectVisible(table);
  const lines = await page.getByTestId('backup-row').allTextContents();
  assert.equal(lines.length, 3);
  assert.match(unisolate(lines[0]), /Nov 25, 2026.*Automatic.*4 assessments, 3 agencies/);
  assert.match(unisolate(lines[1]), /Nov 20, 2026.*3 assessments, (2|3) agencies/);
  assert.match(unisolate(lines[2]), /Nov 18, 2026.*Damaged/);
  assert.equal(await page.getByRole('button', { name: /^Restore the backup of .?Nov 18, 2026.?$/ }).isDisabled(), true, 'a damaged backup cannot be chosen');

  // Cancel first: nothing changes.
  await page.getByRole('button', { name: /^Restore the backup of .?Nov 20, 2026.?$/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expectVisible(dialog);
  const body = unisolate(await textOf(dialog));
  const older = (await engine(page, 'list_backups')).find((b) => b.path.endsWith('/mizan-2026-11-20.db'));
  assert.ok(body.includes(`The backup of Nov 20, 2026 holds 3 assessments of ${older.agencies} agencies (last change ${day(older.last_change)}`), body);
  assert.match(body, /Your current data is first kept as a backup, so you can undo this/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  assert.equal((await fakeCalls(page, 'restore_backup')).length, 0);

  // Then restore it.
  await page.getByRole('button', { name: /^Restore the backup of .?Nov 20, 2026.?$/ }).click();
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  await expectVisible(page.getByTestId('toast').getByText(/^Restored .?3.? assessments\. Your previous data is kept in .*before-restore\.db/));
  assert.equal((await live(page)).length, 3);
  // The list now has the copy made before the restore, holding the 4 assessments.
  await expectVisible(page.getByTestId('backup-row').filter({ hasText: 'Before a restore' }));
  const kept = unisolate(await textOf(page.getByTestId('backup-row').filter({ hasText: 'Before a restore' })));
  assert.match(kept, /4 assessments, 3 agencies/);

  await page.getByRole('link', { name: 'Home' }).click();
  await expectVisible(rows(page).first());
  assert.equal(await rows(page).count(), 3);

  // Undo: restore the copy made before the restore.
  await page.getByRole('link', { name: 'Your data' }).click();
  await page.getByTestId('backup-row').filter({ hasText: 'Before a restore' }).getByRole('button').click();
  await page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore', exact: true }).click();
  await expectVisible(page.getByTestId('toast').getByText(/^Restored .?4.? assessments/));
  await page.getByRole('link', { name: 'Home' }).click();
  await expectVisible(rows(page).first());
  assert.equal(await rows(page).count(), 4);
  assertNoProblems(problems);
});

test('restore from a file: a file that is not a backup is refused with its name, and nothing is replaced', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'demo', backups: true }, hash: '#/data' });
  await expectVisible(page.getByTestId('backups'));
  await page.evaluate(() => window.__mizanFake.dialog('open', { path: '/home/user/Documents/minutes.db' }));
  await page.getByTestId('restore-file').click();
  await expectVisible(page.getByRole('alert').getByText(/\/home\/user\/Documents\/minutes\.db\u2069? does not exist \(any more\): choose another backup\./));
  await page.evaluate(() => window.__mizanFake.dialog('open', { path: '/home/user/.local/share/mizan/backups/mizan-2026-11-18.db' }));
  await page.getByTestId('restore-file').click();
  await expectVisible(page.getByRole('alert').getByText(/mizan-2026-11-18\.db\u2069? is not a usable Mizan backup/));
  assert.equal(await page.getByRole('dialog', { name: 'Restore this backup?' }).isVisible(), false);
  // A cancelled open dialog says nothing and asks nothing.
  await page.evaluate(() => window.__mizanFake.dialog('open', null));
  await page.getByTestId('restore-file').click();
  assert.equal(await page.getByRole('dialog', { name: 'Restore this backup?' }).isVisible(), false);
  assert.equal((await fakeCalls(page, 'restore_backup')).length, 0);
  assert.equal((await live(page)).length, 4);
  assertNoProblems(problems);
});

test('a database found damaged at start: the user is told where it went and offered the newest good backup', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'demo', backups: true, recovery: true } });
  const notice = page.getByTestId('recovery');
  await expectVisible(notice);
  const text = unisolate(await textOf(notice));
  assert.match(text, /Mizan's database was damaged and could not be used\./);
  const { recovery } = await engine(page, 'app_info');
  assert.match(recovery.moved_aside, /^\/home\/user\/\.local\/share\/mizan\/mizan\.db\.damaged/);
  assert.ok(text.includes(`moved aside to ${recovery.moved_aside} (kept, not deleted)`), text);
  await expectVisible(page.getByTestId('empty-state'));

  await notice.getByRole('button', { name: /^Restore the backup of .?Nov 25, 2026.? \(.?4.? assessments\)…$/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expectVisible(dialog);
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  await expectVisible(rows(page).first());
  assert.equal(await rows(page).count(), 4, 'the screen shows the restored data at once');
  assert.equal(await notice.count(), 0, 'the notice goes once acted on');
  const [choice] = await fakeCalls(page, 'choose_backup');
  assert.equal(choice.args.name, 'mizan-2026-11-25.db', 'the webview names a backup of the folder, never a path');
  assertNoProblems(problems);
});

test('a restore made from Your data also answers the damaged-database notice', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'demo', backups: true, recovery: true } });
  const notice = page.getByTestId('recovery');
  await expectVisible(notice);
  await notice.getByRole('button', { name: 'Your data' }).click();
  await page.getByRole('button', { name: /^Restore the backup of .?Nov 25, 2026.?/ }).first().click();
  await page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore', exact: true }).click();
  await expectVisible(page.getByTestId('toast').filter({ hasText: /Restored/ }));
  assert.equal(await notice.count(), 0, 'the notice goes: its damage is answered');
  assertNoProblems(problems);
});

test('Ctrl+Shift+B backs up from any screen, through the save dialog', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'demo' } });
  await expectVisible(rows(page).first());
  await page.evaluate(() => window.__mizanFake.dialog('save', '/media/usb/by-shortcut.db'));
  await page.keyboard.press('Control+Shift+B');
  await expectVisible(page.getByRole('heading', { name: 'Your data' }));
  await expectText(page.getByTestId('toast').locator('.message'), 'Backup saved to /media/usb/by-shortcut.db (4 assessments).');
  // Pressed again on Your data itself: one more backup, one more dialog.
  await page.evaluate(() => window.__mizanFake.dialog('save', null));
  await page.keyboard.press('Control+Shift+B');
  await page.waitForFunction(() => window.__mizanFake.calls.filter((c) => c.cmd === 'backup_now').length === 2);
  assertNoProblems(problems);
});

test('one assessment of one agency reads in the singular (issue 16 item 19)', async () => {
  const { page, problems } = await openApp(env.browser, env.server);
  await startAssessment(page, 'Tax Authority');
  await page.getByRole('link', { name: 'Your data' }).click();
  // Saved into the backups folder under a backup's name, so that the list shows it too.
  const path = '/home/user/.local/share/mizan/backups/mizan-2026-12-01.db';
  await page.evaluate((p) => window.__mizanFake.dialog('save', p), path);
  await page.getByTestId('backup-now').click();
  await expectText(page.getByTestId('toast').locator('.message'), `Backup saved to ${path} (1 assessment).`);
  await page.reload();
  await expectVisible(page.getByTestId('backup-row'));
  assert.match(unisolate(await textOf(page.getByTestId('backup-row').first())), /1 assessment, 1 agency(?!\w)/);
  assertNoProblems(problems);
});
