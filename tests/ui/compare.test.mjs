// The compare view: the agency against its peer group, the filter, the k ≥ 3 rule, the trend.
//
// The 'bench' seed is what load_sample_data writes plus the demo agencies. The Ministry of
// Health (health, TN, large; tags e-services, pilot) has a final assessment from 2024 and a
// fully answered draft from 2025. Every number expected here is the engine's: the test asks
// compare_assessment for the same peer group and checks that the screen shows it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  setup,
  openApp,
  expectText,
  expectVisible,
  fakeCalls,
  assertNoProblems,
  eventually,
  textOf,
  unisolate,
  engine,
  assessmentTitled,
  indexText,
  assertShowsScore,
  startAssessment,
} from './harness.mjs';

const env = setup({ before, after });

const ALL = { sector: null, country: null, size: null, tags: [] };
const DRAFT = 'Ministry of Health — Innovation Readiness 2025';

/** Opens the compare view of the Ministry of Health's 2025 draft from its Home row. */
async function openCompare(page) {
  await expectVisible(page.getByTestId('assessment-row'));
  await page.getByRole('button', { name: /^Compare .?Ministry of Health — Innovation Readiness 2025.? with peers$/ }).click();
  await expectVisible(page.getByTestId('stats-table'));
}

/** What the engine answers for the draft and `filter`. */
async function comparison(page, filter = {}) {
  const { id } = await assessmentTitled(page, DRAFT);
  return engine(page, 'compare_assessment', { id, filter: { ...ALL, ...filter } });
}

/** The 'bench' seed, on the compare screen of the Ministry of Health's draft. */
async function openBenchCompare() {
  const opened = await openApp(env.browser, env.server, { fake: { seed: 'bench' } });
  await openCompare(opened.page);
  return opened;
}

/** The engine's benchmarks of the health sector, and of health in Tunisia (too few peers). */
async function healthGroups(page) {
  const health = (await comparison(page, { sector: 'health' })).benchmark;
  const healthTN = (await comparison(page, { sector: 'health', country: 'TN' })).benchmark;
  return { health, healthTN };
}

/** The cells of one row of the statistics table, by column. */
async function statsRow(page, dimension) {
  const row = page.locator(`[data-testid="stats-row"][data-dimension="${dimension}"]`);
  const cells = await row.locator('td').evaluateAll((tds) => tds.map((td) => [td.dataset.col, td.textContent.trim()]));
  return Object.fromEntries(cells.map(([k, v]) => [k, v.replace(/[\u2068\u2069]/g, '')]));
}

const one = (v) => (v === null ? '–' : new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v));
const pending = (left) => `Rank shown once the assessment is complete (${left} question${left === 1 ? '' : 's'} left).`;

/**
 * The row the table must show for the engine's statistics `s`: every number on the 0–100
 * index scale (`s.index`), n only when it differs between rows, a rank only where the
 * engine gives one, and why not where it withholds it.
 */
function expectedRow(s, { varies = false, overall = false, left = 0 } = {}) {
  const row = { value: s.index.value === null ? 'not scored' : one(s.index.value) };
  if (varies) row.n = String(s.n);
  if (s.median === null) return { ...row, 'too-few': 'Fewer than 3 peers have a score here: not shown.' };
  Object.assign(row, { min: one(s.index.min), q1: one(s.index.q1), median: one(s.index.median), q3: one(s.index.q3), max: one(s.index.max) });
  if (s.rank !== null) return { ...row, rank: `${s.rank} of ${s.n + 1}`, percentile: one(s.percentile) };
  if (s.unranked === 'incomplete') return { ...row, unranked: overall ? pending(left) : 'not ranked: dimension not fully answered' };
  return { ...row, rank: '–', percentile: '–' };
}

/** Every row of the table (overall, then each dimension) against the engine's. */
async function assertTable(page, benchmark) {
  const varies = new Set([benchmark.overall, ...benchmark.dimensions].map((d) => d.n)).size > 1;
  const left = benchmark.questions_left;
  assert.deepEqual(await statsRow(page, 'overall'), expectedRow(benchmark.overall, { varies, overall: true, left }));
  for (const d of benchmark.dimensions) assert.deepEqual(await statsRow(page, d.id), expectedRow(d, { varies }), d.id);
}

const peerLine = (n) => (n === 0 ? 'No peer matches this group.' : n === 1 ? '1 peer matches this group.' : `${n} peers match this group.`);
const peerCount = (page) => page.getByTestId('peer-count');

test('the agency against all its peers: n, statistics, radar, strip', async () => {
  const { page, problems } = await openBenchCompare();
  const cmp = await comparison(page);
  const { benchmark } = cmp;
  assert.ok(benchmark.peers.n >= 3 && benchmark.overall.rank !== null, 'the draft is ranked among enough peers');
  await expectText(peerCount(page), peerLine(benchmark.peers.n));
  const [first] = await fakeCalls(page, 'compare_assessment');
  assert.deepEqual(first.args.filter, ALL, 'starts with every peer: the toggles are off');

  await assertTable(page, benchmark);
  await expectText(page.getByTestId('overall-rank'), `${benchmark.overall.rank} of ${benchmark.overall.n + 1}`);
  await expectText(page.getByTestId('overall-percentile'), one(benchmark.overall.percentile));
  const higher = benchmark.overall.rank - 1;
  await expectText(
    page.getByTestId('overall-higher'),
    higher === 0 ? 'No peer scored higher.' : `${higher} of the ${benchmark.overall.n} peers scored higher.`,
  );
  // One scale for the cards and the table: the 0–100 index, as the engine gives it.
  assert.equal(benchmark.dimensions.every((d) => d.n === benchmark.overall.n), true, 'every peer has every dimension');
  await expectText(
    page.getByTestId('stats-scale'),
    `On the readiness index from 0 to 100, as the cards above, from the same ${benchmark.overall.n} peers on every row.`,
  );
  assert.equal(await page.getByTestId('col-n').count(), 0, 'n is the same on every row: no "Peers (n)" column');
  await expectText(page.getByTestId('peer-group-name'), 'The peer group: all agencies, all sectors and countries.');
  const { id } = await assessmentTitled(page, DRAFT);
  const scores = await engine(page, 'score_assessment', { id, lang: 'en' });
  await expectText(page.getByTestId('own-index'), indexText(scores.overall.index));
  await expectText(page.getByTestId('peer-median-index'), indexText(benchmark.overall.index.median));

  // Radar: the interquartile band is a ring (outer q3 polygon, inner q1 polygon), with the
  // median line and the agency's own closed shape.
  const band = await page.getByTestId('radar-band').getAttribute('d');
  assert.match(band, /^M[\d. L]+ Z M[\d. L]+ Z$/);
  assert.match(await page.getByTestId('radar-median').getAttribute('d'), /Z$/);
  assert.match(await page.getByTestId('radar-own').getAttribute('d'), /Z$/);

  // Strip: one dot per peer at the engine's index, the agency marked, the quartile box.
  assert.equal(await page.getByTestId('peer-dot').count(), cmp.peer_index.length);
  assert.match(unisolate(await textOf(page.getByTestId('strip-own'))), new RegExp(`This agency ${indexText(scores.overall.index).replace('.', '\\.')}`));
  await expectVisible(page.getByTestId('strip-box'));
  const values = await page.getByTestId('peer-dot').evaluateAll((ds) => ds.map((d) => Number(d.dataset.value)));
  assert.deepEqual(values, cmp.peer_index);

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
  const { page, problems } = await openBenchCompare();
  const all = (await comparison(page)).benchmark;
  await expectText(peerCount(page), peerLine(all.peers.n));

  // Same sector (health): the sample health authorities.
  const health = (await comparison(page, { sector: 'health' })).benchmark;
  assert.ok(health.peers.n >= 3 && health.peers.n < all.peers.n, 'a smaller group that is still shown');
  const sector = page.getByRole('checkbox', { name: /Same sector:\s*Health/ });
  await sector.check();
  await expectText(peerCount(page), peerLine(health.peers.n));
  await eventually(async () => assert.deepEqual(await statsRow(page, 'overall'), expectedRow(health.overall, { overall: true })));
  await assertTable(page, health);
  assert.equal(await page.getByTestId('peer-group-name').count(), 0, 'a filtered group is named by its switches');
  assert.deepEqual((await fakeCalls(page, 'compare_assessment')).at(-1).args.filter, { ...ALL, sector: 'health' });
  assert.equal(await page.getByTestId('peer-dot').count(), health.peers.n);

  // A tag of the agency instead: the sample agencies tagged "pilot".
  const pilotGroup = (await comparison(page, { tags: ['pilot'] })).benchmark;
  await sector.uncheck();
  await expectText(peerCount(page), peerLine(all.peers.n));
  const pilot = page.getByTestId('filter-tag').filter({ hasText: 'pilot' });
  await pilot.click();
  assert.equal(await pilot.getAttribute('aria-pressed'), 'true');
  await expectText(peerCount(page), peerLine(pilotGroup.peers.n));
  if (pilotGroup.overall) await eventually(async () => assert.deepEqual(await statsRow(page, 'overall'), expectedRow(pilotGroup.overall, { overall: true })));
  await eventually(async () => assert.equal(await page.getByTestId('peer-dot').count(), pilotGroup.peers.n));
  assert.deepEqual((await fakeCalls(page, 'compare_assessment')).at(-1).args.filter, { ...ALL, tags: ['pilot'] });

  // Same country (TN) instead.
  const tunisia = (await comparison(page, { country: 'TN' })).benchmark;
  await pilot.click();
  await page.getByRole('checkbox', { name: /Same country:\s*Tunisia/ }).check();
  await expectText(peerCount(page), peerLine(tunisia.peers.n));
  await eventually(async () => assert.equal(await page.getByTestId('peer-dot').count(), tunisia.peers.n));
  assertNoProblems(problems);
});

test('an answer that arrives late for an older filter is ignored', async () => {
  const { page, problems } = await openBenchCompare();
  const { health, healthTN } = await healthGroups(page);
  assert.ok(healthTN.peers.n < 3 && healthTN.peers.n !== health.peers.n, 'the two groups differ and the second is too small');
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
  await expectText(peerCount(page), peerLine(healthTN.peers.n));
  await page.waitForTimeout(1000);
  // Still the newest group's answer, not the late one.
  await expectText(peerCount(page), peerLine(healthTN.peers.n));
  await expectVisible(page.getByTestId('no-benchmark'));
  assert.equal(await page.getByTestId('stats-table').count(), 0);
  assertNoProblems(problems);
});

test('fewer than 3 peers: the reason in plain words and no statistics at all', async () => {
  const { page, problems } = await openBenchCompare();
  const { health, healthTN: small } = await healthGroups(page);
  assert.equal(small.overall, null, 'the engine withholds the benchmark of this group');
  await page.getByRole('checkbox', { name: /Same sector/ }).check();
  await expectText(peerCount(page), peerLine(health.peers.n));
  await page.getByRole('checkbox', { name: /Same country/ }).check();

  // The engine's reason, as the screen words it: how many match, and the engine's minimum.
  const none = page.getByTestId('no-benchmark');
  await expectVisible(none);
  const said = unisolate(await textOf(none));
  const count = small.peers.n === 0 ? 'No peer assessment matches' : small.peers.n === 1 ? 'Only 1 peer assessment matches' : `Only ${small.peers.n} peer assessments match`;
  // The engine gives the reason as a code and its minimum; the screen words them.
  assert.equal(small.reason, 'too_few_peers');
  const rule = `: a benchmark needs at least ${small.peers.min}, so that no agency can be identified`;
  assert.ok(said.includes(count + rule + '.'), `${said} does not say: ${count}${rule}.`);
  await expectText(peerCount(page), peerLine(small.peers.n));
  // Nothing of the peers is shown: no table, radar, strip, rank or percentile.
  for (const id of ['stats-table', 'compare-radar', 'peer-strip', 'peer-dot', 'compare-summary', 'overall-rank']) {
    assert.equal(await page.getByTestId(id).count(), 0, `${id} is hidden`);
  }
  // The agency's own trend is not about peers and stays.
  await expectVisible(page.getByTestId('trend-chart'));

  // Widening the group brings the benchmark back.
  await page.getByRole('checkbox', { name: /Same country/ }).uncheck();
  await expectVisible(page.getByTestId('stats-table'));
  await expectText(peerCount(page), peerLine(health.peers.n));
  assertNoProblems(problems);
});

test('a dimension with fewer than 3 peer scores shows only its n', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'bench' } });
  await expectVisible(page.getByTestId('assessment-row'));
  const withheld = (await comparison(page)).benchmark.dimensions.at(-1).id;
  // The engine withholds a dimension's statistics when fewer than 3 peers have a score for
  // it; the sample data has no such dimension, so the answer is edited on its way.
  await page.evaluate((dim) => {
    const inner = window.__TAURI_INTERNALS__.invoke;
    window.__TAURI_INTERNALS__.invoke = async (cmd, args) => {
      const out = await inner(cmd, args);
      if (cmd === 'compare_assessment' && out.benchmark.dimensions) {
        const d = out.benchmark.dimensions.find((x) => x.id === dim);
        const none = { min: null, q1: null, median: null, q3: null, max: null };
        Object.assign(d, { n: 2, ...none, rank: null, percentile: null });
        if (d.index) d.index = { ...d.index, ...none };
      }
      return out;
    };
  }, withheld);
  await openCompare(page);
  const row = await statsRow(page, withheld);
  assert.equal(row.n, '2');
  assert.equal(row.median, undefined);
  assert.match(row['too-few'], /Fewer than 3 peers have a score here/);
  // The band and the median leave a gap on that axis: one ring segment, an open line.
  assert.match(await page.getByTestId('radar-band').getAttribute('d'), /^M[\d. L]+ Z$/);
  assert.doesNotMatch(await page.getByTestId('radar-median').getAttribute('d'), /Z/);
  assertNoProblems(problems);
});

test("trend: the index over the agency's final assessments and the change per dimension", async () => {
  const { page, problems } = await openBenchCompare();
  const cmp = await comparison(page);
  const { id } = await assessmentTitled(page, DRAFT);
  const now = await engine(page, 'score_assessment', { id, lang: 'en' });
  const fw = await engine(page, 'get_framework', { id: now.framework.id, version: now.framework.version, lang: 'en' });
  assert.equal(cmp.trend.length, 1, "the agency's 2024 final");
  const [before] = cmp.trend;
  assert.equal(await page.getByTestId('trend-point').count(), 2);
  assert.equal(await page.locator('[data-testid="trend-point"][data-current="true"]').count(), 1);
  assert.match(await page.getByTestId('trend-line').getAttribute('d'), /^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/);
  const rows = await page.getByTestId('trend-change').evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent.replace(/\s+/g, ' ').trim())),
  );
  const direction = (from, to) => (to > from ? /^▲up by / : to < from ? /^▼down by / : /same|no change/i);
  assert.deepEqual(rows[0].slice(0, 3), ['Readiness index', indexText(before.index), indexText(now.overall.index)]);
  assert.match(rows[0][3], direction(before.index, now.overall.index));
  assert.equal(rows.length, 1 + now.dimensions.length);
  now.dimensions.forEach((d, i) => {
    const [title, was, is, change] = rows[i + 1];
    assert.equal(title, fw.dimensions.find((x) => x.id === d.id).title);
    assertShowsScore(was, before.dimensions[d.id], `${d.id} before`);
    assertShowsScore(is, d.score, `${d.id} now`);
    assert.match(change, direction(before.dimensions[d.id], d.score), d.id);
  });
  assert.match(unisolate(await textOf(page.getByTestId('trend'))), /Since “Ministry of Health — Innovation Readiness 2024” \(Nov 4, 2024\)/);
  // Two scales in one table, so each is named.
  await expectText(page.getByTestId('trend-scales'), 'The readiness index runs from 0 to 100; dimensions are on the level scale from 1 to 5.');

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
  const { overall, peers } = (await comparison(page)).benchmark;
  await page.getByRole('button', { name: /^Results of .?Ministry of Health — Innovation Readiness 2025/ }).click();
  const card = page.getByTestId('peers-card');
  await expectVisible(card);
  const line = unisolate(await textOf(card.getByTestId('peers-line')));
  const [head, tail] = [
    `Against ${peers.n} peers with this framework, from all agencies, all sectors and countries: peers' median index `,
    `, this assessment ranks ${overall.rank} of ${peers.n + 1}.`,
  ];
  assert.equal(line, head + indexText(overall.index.median) + tail);
  assert.equal(await card.getByTestId('rank-pending').count(), 0, 'a complete draft is ranked');
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

/** A new self-assessment of the Tax Authority with one answer (level 2); resolves on its results. */
async function oneAnswerDraft(page) {
  await startAssessment(page, 'Tax Authority');
  await page.keyboard.press('2');
  await eventually(async () => assert.equal(await page.getByTestId('save-indicator').getAttribute('data-status'), 'saved'));
  await page.getByRole('button', { name: 'See results' }).first().click();
  await expectVisible(page.getByTestId('peers-card'));
  const { id } = (await engine(page, 'list_assessments')).find((a) => a.agency.name === 'Tax Authority');
  const benchmark = (await engine(page, 'compare_assessment', { id, filter: ALL })).benchmark;
  const scores = await engine(page, 'score_assessment', { id, lang: 'en' });
  return { id, benchmark, scores };
}

test('a draft is not ranked against complete peers; the peers\' statistics stay (issue 16 item 1)', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'bench' } });
  const { benchmark, scores } = await oneAnswerDraft(page);
  assert.ok(benchmark.questions_left > 1 && benchmark.overall.unranked === 'incomplete', 'the engine withholds the rank');
  const pendingText = pending(benchmark.questions_left);
  // Results: the peers' median, and why there is no rank yet.
  const card = page.getByTestId('peers-card');
  await expectText(
    card.getByTestId('peers-line'),
    `Against ${benchmark.peers.n} peers with this framework, from all agencies, all sectors and countries: peers' median index ${indexText(benchmark.overall.index.median)}.`,
  );
  await expectText(card.getByTestId('rank-pending'), pendingText);

  await page.getByTestId('open-compare').click();
  await expectVisible(page.getByTestId('stats-table'));
  await expectText(page.getByTestId('overall-rank'), pendingText);
  assert.equal(await page.getByTestId('overall-percentile').count(), 0, 'no percentile for a draft');
  await expectText(page.getByTestId('peer-median-index'), indexText(benchmark.overall.index.median));
  await assertTable(page, benchmark);
  // The one dimension answered in part says so; the others have no value to rank.
  const partial = scores.dimensions.find((d) => d.score !== null);
  assert.equal((await statsRow(page, partial.id)).unranked, 'not ranked: dimension not fully answered');
  const other = scores.dimensions.find((d) => d.score === null);
  assert.deepEqual(await statsRow(page, other.id), expectedRow(benchmark.dimensions.find((d) => d.id === other.id)));
  assert.equal((await statsRow(page, other.id)).value, 'not scored');
  assertNoProblems(problems);
});

test('a dimension the agency has not answered is a gap on the compare radar, marked "not answered"', async () => {
  const { page, problems } = await openApp(env.browser, env.server, { fake: { seed: 'bench' } });
  const { scores } = await oneAnswerDraft(page);
  await page.getByTestId('open-compare').click();
  await expectVisible(page.getByTestId('compare-radar'));
  const unanswered = scores.dimensions.filter((d) => d.score === null).map((d) => d.id);
  assert.equal(unanswered.length, scores.dimensions.length - 1);
  assert.deepEqual(
    await page.locator('[data-testid="compare-radar"] [data-testid="radar-axis"][data-missing="true"]').evaluateAll((ls) => ls.map((l) => l.dataset.dimension)),
    unanswered,
  );
  const label = page.locator(`[data-testid="compare-radar"] [data-testid="radar-label"][data-dimension="${unanswered[0]}"]`);
  assert.match(await textOf(label), /not answered$/);
  // One scored axis: no line of the agency's shape at all, certainly none to the centre.
  assert.equal(await page.getByTestId('radar-own').getAttribute('d'), '');
  assertNoProblems(problems);
});
