// The compare view: the agency against its peer group, the filter, the k ≥ 3 rule, the trend.
//
// The 'bench' seed is the demo agencies plus the twelve sample agencies of load_sample_data.
// The Ministry of Health (health, TN, large; tags e-services, pilot) has a final assessment
// from 2024 and a draft from 2025; its draft scores 2.625 overall (index 40.6).
// All peers (no filter): the latest finals of the 12 sample agencies, overall scores
//   1.875 1.958 2.042 2.25 2.625 2.667 2.75 2.792 3.0 3.083 3.458 3.875
// so, by linear interpolation between closest ranks, q1 = x2 + 0.75·(x3 − x2) = 2.198,
// median = (x5 + x6) / 2 = 2.708, q3 = x8 + 0.25·(x9 − x8) = 3.021; rank = 1 + 7 higher = 8;
// percentile = 100 · (4 lower + ½ · 1 equal) / 12 = 37.5.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openApp, expectText, expectVisible, fakeCalls, assertNoProblems, eventually, textOf, unisolate } from './harness.mjs';

const env = setup({ before, after });

const ALL = { sector: null, country: null, size: null, tags: [] };

/** Opens the compare view of the Ministry of Health's 2025 draft from its Home row. */
async function openCompare(page) {
  await expectVisible(page.getByTestId('assessment-row'));
  await page.getByRole('button', { name: /^Compare .?Ministry of Health — Innovation Readiness 2025.? with peers$/ }).click();
  await expectVisible(page.getByTestId('stats-table'));
}

/** The cells of one row of the statistics table, by column. */
async function statsRow(page, dimension) {
  const row = page.locator(`[data-testid="stats-row"][data-dimension="${dimension}"]`);
  const cells = await row.locator('td').evaluateAll((tds) => tds.map((td) => [td.dataset.col, td.textContent.trim()]));
  return Object.fromEntries(cells.map(([k, v]) => [k, v.replace(/[\u2068\u2069]/g, '')]));
}

const peerCount = (page) => page.getByTestId('peer-count');

test('the agency against all its peers: n, statistics, radar, strip', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'bench' } });
  await openCompare(page);
  await expectText(peerCount(page), '12 peers match this group.');
  const [first] = await fakeCalls(page, 'compare_assessment');
  assert.deepEqual(first.args.filter, ALL, 'starts with every peer: the toggles are off');

  assert.deepEqual(await statsRow(page, 'overall'), {
    value: '2.63',
    n: '12',
    min: '1.88',
    q1: '2.20',
    median: '2.71',
    q3: '3.02',
    max: '3.88',
    rank: '8 of 13',
    percentile: '37.5',
  });
  // Integrated services: the draft's 3.5 is beaten by one peer (4.0).
  assert.deepEqual(await statsRow(page, 'services'), {
    value: '3.50',
    n: '12',
    min: '1.33',
    q1: '2.50',
    median: '3.00',
    q3: '3.08',
    max: '4.00',
    rank: '2 of 13',
    percentile: '91.7',
  });
  await expectText(page.getByTestId('overall-rank'), '8 of 13');
  await expectText(page.getByTestId('overall-percentile'), '37.5');
  await expectText(page.getByTestId('own-index'), '40.6');
  // The peers' median as an index: (2.708 − 1) / 4 · 100 = 42.7.
  await expectText(page.getByTestId('peer-median-index'), '42.7');

  // Radar: the interquartile band is a ring (outer q3 polygon, inner q1 polygon), with the
  // median line and the agency's own closed shape.
  const band = await page.getByTestId('radar-band').getAttribute('d');
  assert.match(band, /^M[\d. L]+ Z M[\d. L]+ Z$/);
  assert.match(await page.getByTestId('radar-median').getAttribute('d'), /Z$/);
  assert.match(await page.getByTestId('radar-own').getAttribute('d'), /Z$/);

  // Strip: one dot per peer, the agency marked, the quartile box.
  assert.equal(await page.getByTestId('peer-dot').count(), 12);
  assert.match(unisolate(await textOf(page.getByTestId('strip-own'))), /This agency 40\.6/);
  await expectVisible(page.getByTestId('strip-box'));
  const values = await page.getByTestId('peer-dot').evaluateAll((ds) => ds.map((d) => Number(d.dataset.value)));
  assert.deepEqual(values.map((v) => v.toFixed(1)), ['21.9', '24.0', '26.0', '31.3', '40.6', '41.7', '43.8', '44.8', '50.0', '52.1', '61.5', '71.9']);

  // The method is stated.
  const how = page.getByTestId('how-computed');
  await how.locator('summary').click();
  const text = await textOf(how);
  assert.match(text, /linear interpolation between closest ranks/);
  assert.match(text, /QUARTILE\.INC/);
  assert.match(text, /Rank = 1 \+ the number of peers with a strictly higher score/);
  assertNoProblems(problems);
});

test('switching the filter updates the numbers at once', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'bench' } });
  await openCompare(page);
  await expectText(peerCount(page), '12 peers match this group.');

  // Same sector (health): four sample health authorities. Their scores 1.958 2.042 3.0 3.083:
  // median (2.042 + 3.0) / 2 = 2.52; two are higher, so rank 3 of 5, percentile 50.
  const sector = page.getByRole('checkbox', { name: /Same sector:\s*Health/ });
  await sector.check();
  await expectText(peerCount(page), '4 peers match this group.');
  await eventually(async () =>
    assert.deepEqual(await statsRow(page, 'overall'), {
      value: '2.63', n: '4', min: '1.96', q1: '2.02', median: '2.52', q3: '3.02', max: '3.08', rank: '3 of 5', percentile: '50.0',
    }),
  );
  assert.deepEqual((await fakeCalls(page, 'compare_assessment')).at(-1).args.filter, { ...ALL, sector: 'health' });
  assert.equal(await page.getByTestId('peer-dot').count(), 4);

  // A tag of the agency instead: the four sample agencies tagged "pilot".
  await sector.uncheck();
  await expectText(peerCount(page), '12 peers match this group.');
  const pilot = page.getByTestId('filter-tag').filter({ hasText: 'pilot' });
  await pilot.click();
  assert.equal(await pilot.getAttribute('aria-pressed'), 'true');
  await expectText(peerCount(page), '4 peers match this group.');
  await eventually(async () => assert.equal((await statsRow(page, 'overall')).rank, '5 of 5'));
  assert.deepEqual((await fakeCalls(page, 'compare_assessment')).at(-1).args.filter, { ...ALL, tags: ['pilot'] });

  // Same country (TN): exactly three peers, the smallest group that is shown.
  await pilot.click();
  await page.getByRole('checkbox', { name: /Same country:\s*Tunisia/ }).check();
  await expectText(peerCount(page), '3 peers match this group.');
  await eventually(async () => assert.equal((await statsRow(page, 'overall')).n, '3'));
  assertNoProblems(problems);
});

test('an answer that arrives late for an older filter is ignored', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'bench' } });
  await openCompare(page);
  // The health-only group answers slowly; the group switched to right after answers at once.
  await page.evaluate(() => {
    const inner = window.__TAURI_INTERNALS__.invoke;
    window.__TAURI_INTERNALS__.invoke = (cmd, args) => {
      const slow = cmd === 'compare_assessment' && args.filter.sector === 'health' && !args.filter.country;
      return slow ? new Promise((r) => setTimeout(r, 700)).then(() => inner(cmd, args)) : inner(cmd, args);
    };
  });
  await page.getByRole('checkbox', { name: /Same sector/ }).check();
  await page.getByRole('checkbox', { name: /Same country/ }).check();
  await expectText(peerCount(page), '1 peer matches this group.');
  await page.waitForTimeout(1000);
  // Still the newest group's answer, not the late one (4 peers).
  await expectText(peerCount(page), '1 peer matches this group.');
  await expectVisible(page.getByTestId('no-benchmark'));
  assert.equal(await page.getByTestId('stats-table').count(), 0);
  assertNoProblems(problems);
});

test('fewer than 3 peers: the reason in plain words and no statistics at all', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'bench' } });
  await openCompare(page);
  await page.getByRole('checkbox', { name: /Same sector/ }).check();
  await expectText(peerCount(page), '4 peers match this group.');
  await page.getByRole('checkbox', { name: /Same country/ }).check();

  const none = page.getByTestId('no-benchmark');
  await expectVisible(none);
  assert.match(
    unisolate(await textOf(none)),
    /Only 1 peer assessment matches: a benchmark needs at least 3, so that no agency can be identified\./,
  );
  await expectText(peerCount(page), '1 peer matches this group.');
  // Nothing of the peers is shown: no table, radar, strip, rank or percentile.
  for (const id of ['stats-table', 'compare-radar', 'peer-strip', 'peer-dot', 'compare-summary', 'overall-rank']) {
    assert.equal(await page.getByTestId(id).count(), 0, `${id} is hidden`);
  }
  // The agency's own trend is not about peers and stays.
  await expectVisible(page.getByTestId('trend-chart'));

  // Widening the group brings the benchmark back.
  await page.getByRole('checkbox', { name: /Same country/ }).uncheck();
  await expectVisible(page.getByTestId('stats-table'));
  await expectText(peerCount(page), '4 peers match this group.');
  assertNoProblems(problems);
});

test('a dimension with fewer than 3 peer scores shows only its n', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'bench' } });
  await expectVisible(page.getByTestId('assessment-row'));
  // The engine withholds a dimension's statistics when fewer than 3 peers have a score for it.
  await page.evaluate(() => {
    const inner = window.__TAURI_INTERNALS__.invoke;
    window.__TAURI_INTERNALS__.invoke = async (cmd, args) => {
      const out = await inner(cmd, args);
      if (cmd === 'compare_assessment' && out.benchmark.dimensions) {
        const open = out.benchmark.dimensions.find((d) => d.id === 'open');
        Object.assign(open, { n: 2, min: null, q1: null, median: null, q3: null, max: null, rank: null, percentile: null });
      }
      return out;
    };
  });
  await openCompare(page);
  const open = await statsRow(page, 'open');
  assert.equal(open.n, '2');
  assert.equal(open.median, undefined);
  assert.match(open['too-few'], /Fewer than 3 peers have a score here/);
  // The band and the median leave a gap on that axis: one ring segment, an open line.
  assert.match(await page.getByTestId('radar-band').getAttribute('d'), /^M[\d. L]+ Z$/);
  assert.doesNotMatch(await page.getByTestId('radar-median').getAttribute('d'), /Z/);
  assertNoProblems(problems);
});

test('trend: the index over the agency\'s final assessments and the change per dimension', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'bench' } });
  await openCompare(page);
  // 2024 final: leadership (2 + 2 + 2·1) / 4 = 1.5, services 7/3, open 5/3, overall 1.75 → 18.8.
  // 2025 draft: leadership (3 + 3 + 2·2) / 4 = 2.5, services 3.5, open 2.0, overall 2.625 → 40.6.
  assert.equal(await page.getByTestId('trend-point').count(), 2);
  assert.equal(await page.locator('[data-testid="trend-point"][data-current="true"]').count(), 1);
  assert.match(await page.getByTestId('trend-line').getAttribute('d'), /^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/);
  const rows = await page.getByTestId('trend-change').evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent.replace(/\s+/g, ' ').trim())),
  );
  assert.deepEqual(rows, [
    ['Readiness index', '18.8', '40.6', '▲up by 21.9'],
    ['Leadership and strategy', '1.50', '2.50', '▲up by 1.00'],
    ['Integrated services', '2.33', '3.50', '▲up by 1.17'],
    ['Open government', '1.67', '2.00', '▲up by 0.33'],
  ]);
  assert.match(unisolate(await textOf(page.getByTestId('trend'))), /Since “Ministry of Health — Innovation Readiness 2024” \(Nov 4, 2024\)/);

  // An agency without a final assessment yet: a sentence instead of a chart.
  await page.getByRole('link', { name: 'Home' }).click();
  await page.getByRole('button', { name: /^Compare .?Amman municipal services review.? with peers$/ }).click();
  await expectVisible(page.getByTestId('trend-empty'));
  assert.equal(
    await textOf(page.getByTestId('trend-empty')),
    "The trend appears after this agency's next final assessment with this framework.",
  );
  assert.equal(await page.getByTestId('trend-chart').count(), 0);
  assertNoProblems(problems);
});

test('results show a short peer summary and trend, and lead to the compare view', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'bench' } });
  await expectVisible(page.getByTestId('assessment-row'));
  await page.getByRole('button', { name: /^Results of .?Ministry of Health — Innovation Readiness 2025/ }).click();
  const card = page.getByTestId('peers-card');
  await expectVisible(card);
  await expectText(
    card.getByTestId('peers-line'),
    "Against all 12 peers with this framework: peers' median index 42.7, this assessment ranks 8 of 13.",
  );
  assert.equal(await card.getByTestId('trend-chart-small').locator('[data-testid="trend-point"]').count(), 2);

  await page.getByTestId('open-compare').click();
  await expectVisible(page.getByTestId('stats-table'));
  assert.match(page.url(), /#\/assessments\/[^/]+\/compare$/);
  // Back to the results, then the browser's back button returns to the comparison.
  await page.getByRole('button', { name: 'Back to the results' }).click();
  await expectVisible(page.getByTestId('peers-card'));
  await page.goBack();
  await expectVisible(page.getByTestId('stats-table'));
  assertNoProblems(problems);
});

test('a failing comparison is said, with a way to retry', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'bench' } });
  await expectVisible(page.getByTestId('assessment-row'));
  await page.evaluate(() => window.__mizanFake.fail('compare_assessment', { code: 'storage', message: 'database is locked' }, 1));
  await page.getByRole('button', { name: /^Compare .?Ministry of Health — Innovation Readiness 2025.? with peers$/ }).click();
  const alert = page.getByRole('alert');
  await expectVisible(alert);
  assert.match(await textOf(alert), /The peer group could not be computed\.\s*database is locked/);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expectVisible(page.getByTestId('stats-table'));
  assertNoProblems(problems);
});

test('compare works at 1024×640 without horizontal scrolling', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'bench' }, viewport: { width: 1024, height: 640 } });
  await openCompare(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0);
  // Every column of the table is inside the card.
  const table = await page.getByTestId('stats-table').boundingBox();
  assert.ok(table.x + table.width <= 1024, 'the table fits');
  assertNoProblems(problems);
});
