// A fake of the Rust shell for the UI tests (and for `npm run dev:ui` in a plain browser).
//
// It answers the commands of docs/ipc.md from an in-memory store that is kept in
// localStorage, so a page reload finds the same data, as the real app finds its SQLite file.
// Scores follow the scoring contract of DESIGN.md. This is a classic script (no import or
// export): Playwright injects it with page.addInitScript before any page script runs.
//
// Test controls, on window.__mizanFake:
//   fail(cmd, { code, message }, times = Infinity)  make a command reject
//   heal(cmd?)                                      stop failing
//   calls                                           [{ cmd, args }] in call order
//   state()                                         a copy of the stored data
//   dialog('save', path | null)                     what the next native save dialog answers
//   dialog('open', { path, text } | null)           what the next native open dialog answers
//   files                                           { path: text } written by export_pack
//   backups                                         the backups, as the shell would list them
//
// Options: seed (below); backups: true adds two automatic backups of the seed (the older
// without its last assessment); recovery: true reports a damaged database moved aside at
// start (as app_info does) with the newest backup to offer.
//
// Seeds: 'empty', 'demo' (four agencies, one final), 'sample' (what load_sample_data
// writes: twelve fictional agencies with final assessments) and 'bench' (demo + sample,
// so the demo agencies have peers).
(function () {
  'use strict';

  const LEVELS = [
    { number: 1, name: 'Ad hoc', description: 'Innovation happens by chance, through individuals.' },
    { number: 2, name: 'Opportunistic', description: 'Some units try new things when an opportunity arises.' },
    { number: 3, name: 'Essential', description: 'The basics are in place and used in most units.' },
    { number: 4, name: 'Sustainable', description: 'Practices are funded, measured and improved.' },
    { number: 5, name: 'Seamless', description: 'Innovation is part of how the agency works every day.' },
  ];

  function q(id, dimension, text, guidance, weight, stem) {
    return {
      id,
      dimension,
      text,
      guidance,
      weight,
      levels: [
        `No ${stem}; it depends on individuals.`,
        `Some ${stem} in a few units, informally.`,
        `A defined ${stem}, used by most units.`,
        `${cap(stem)} is funded, measured and reviewed yearly.`,
        `${cap(stem)} is routine and shared with partner agencies.`,
      ],
      recommendations: [
        `Name an owner and write down a first ${stem}.`,
        `Turn the informal ${stem} into an agreed, written practice.`,
        `Fund the ${stem} and measure its results.`,
        `Share the ${stem} with partner agencies and learn from them.`,
        `Keep the ${stem} under review as needs change.`,
      ],
      evidence: [`A document describing the ${stem}`, 'Minutes of a decision'],
    };
  }
  function cap(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
  }

  const FIXTURE = {
    id: 'fixture-readiness',
    version: '1.0.0',
    title: 'Innovation Readiness (test fixture)',
    description:
      'A small framework for the UI tests: three dimensions of three questions on a five-level scale, from Ad hoc to Seamless.',
    sources: [
      { title: 'Declaration on Public Sector Innovation', publisher: 'OECD', url: 'https://example.org/oecd', year: 2019, note: 'Paraphrased.' },
    ],
    // Format 1.1 notes (issue 14), as the shell's resolved framework carries them.
    changes: 'Edition 1.0.0 of the fixture; nothing changed yet.',
    methodology: {
      measures: 'How ready a fictional agency is to innovate.',
      levels: 'Five levels from Ad hoc to Seamless; each is cumulative.',
      best_fit: 'Choose the highest level whose every condition is met.',
      not_covered: 'Anything outside the three dimensions.',
    },
    levels: LEVELS,
    dimensions: [
      { id: 'leadership', title: 'Leadership and strategy', description: 'Mandate, strategy and resources for innovation.', weight: 2, weight_rationale: 'Leadership decides whether anything else happens.', questions: ['leadership.mandate', 'leadership.strategy', 'leadership.budget'] },
      { id: 'services', title: 'Integrated services', description: 'Services designed around people and joined up across agencies.', weight: 1, questions: ['services.design', 'services.once-only', 'services.channels'] },
      { id: 'open', title: 'Open government', description: 'Open data, transparency and participation.', weight: 1, questions: ['open.data', 'open.participation', 'open.standards'] },
    ],
    questions: [
      {
        ...q('leadership.mandate', 'leadership', 'Does the agency have a clear mandate to innovate?', 'Look for a decree, a strategy or a ministerial instruction that names innovation.', 1, 'innovation mandate'),
        owner: 'Agency head',
        see_also: [{ framework: 'service-integration', question: 'governance.board' }],
        indicators: ['OECD DGI: Digital by design'],
        evidence_expected: [
          { level: 3, text: 'The signed mandate naming the accountable lead.' },
          { level: 4, text: 'The strategic plan that carries the mandate.' },
          { level: 5, text: 'Minutes of two yearly reviews of the mandate.' },
        ],
      },
      q('leadership.strategy', 'leadership', 'Is there a written innovation strategy with goals?', 'A strategy names goals, owners and a time frame.', 1, 'innovation strategy'),
      q('leadership.budget', 'leadership', 'Is there a budget line for experiments?', 'Money that a team can spend on trying a new idea.', 2, 'experiment budget'),
      q('services.design', 'services', 'Are services designed with the people who use them?', 'User research, testing with citizens, feedback loops.', 1, 'user-centred design practice'),
      q('services.once-only', 'services', 'Do citizens give the same information only once?', 'Data is shared between agencies instead of asked again.', 1, 'once-only data sharing'),
      q('services.channels', 'services', 'Can people use services through the channel they prefer?', 'Counter, phone, web and mobile give the same service.', 1, 'multi-channel delivery'),
      q('open.data', 'open', 'Does the agency publish open data?', 'Machine-readable data under an open licence.', 1, 'open data publication'),
      q('open.participation', 'open', 'Can citizens take part in shaping policies?', 'Consultations, co-design sessions, public comments.', 1, 'public participation'),
      q('open.standards', 'open', 'Are open standards used for data exchange?', 'Published formats and interfaces that other agencies can use.', 1, 'open standards use'),
    ],
  };

  const SECOND = {
    id: 'service-integration',
    version: '0.9.0',
    title: 'Service Integration Maturity',
    description: 'How far an agency joins up its services with other agencies through standards and interoperability.',
    sources: [],
    levels: LEVELS.slice(0, 4),
    dimensions: [
      { id: 'interop', title: 'Interoperability', description: 'Exchange of data between systems.', weight: 1, questions: ['interop.registry', 'interop.api'] },
      { id: 'governance', title: 'Governance', description: 'Who decides and who pays.', weight: 1, questions: ['governance.board'] },
    ],
    questions: [
      { ...q('interop.registry', 'interop', 'Are base registries shared?', '', 1, 'registry sharing'), levels: ['None', 'Some', 'Most', 'All'], recommendations: ['a', 'b', 'c', 'd'] },
      { ...q('interop.api', 'interop', 'Do systems exchange data through APIs?', '', 1, 'API use'), levels: ['None', 'Some', 'Most', 'All'], recommendations: ['a', 'b', 'c', 'd'] },
      { ...q('governance.board', 'governance', 'Is there a cross-agency board?', '', 1, 'board'), levels: ['None', 'Some', 'Most', 'All'], recommendations: ['a', 'b', 'c', 'd'] },
    ],
  };

  const INSTALLABLE = {
    ...SECOND,
    id: 'custom-framework',
    version: '1.0.0',
    title: 'Custom Framework',
    description: 'Installed from a file.',
  };

  function uuid() {
    if (globalThis.crypto && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
    return 'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, () => ((Math.random() * 16) | 0).toString(16));
  }
  const now = () => new Date().toISOString();
  const clone = (v) => (v === undefined ? null : JSON.parse(JSON.stringify(v)));
  const err = (code, message) => ({ code, message });

  function summaryOfFramework(fw, builtin) {
    return {
      id: fw.id,
      version: fw.version,
      title: fw.title,
      description: fw.description,
      dimensions: fw.dimensions.length,
      questions: fw.questions.length,
      levels: fw.levels.length,
      builtin,
    };
  }

  // ---- scoring (DESIGN.md "Scoring") ----
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  };
  const roundStage = (x) => Math.floor(x + 0.5);

  function score(a, fw) {
    const L = fw.levels.length;
    const qs = fw.questions.map((question, order) => {
      const given = a.answers.filter((x) => x.question === question.id);
      const levels = given.filter((x) => !x.not_applicable && x.level !== null).map((x) => x.level);
      const consensus = (a.consensus || []).find((c) => c.question === question.id);
      const level = consensus ? consensus.level : levels.length ? median(levels) : null;
      const spread = levels.length >= 2 ? Math.max(...levels) - Math.min(...levels) : null;
      const na = given.some((x) => x.not_applicable);
      return { question, order, level, spread, consensus: !!consensus, answered: level !== null || (na && levels.length === 0) };
    });
    const dims = fw.dimensions.map((d) => {
      const mine = qs.filter((x) => x.question.dimension === d.id);
      const scored = mine.filter((x) => x.level !== null);
      const sw = scored.reduce((s, x) => s + x.question.weight, 0);
      const sc = scored.length ? scored.reduce((s, x) => s + x.question.weight * x.level, 0) / sw : null;
      const stage = sc === null ? null : roundStage(sc);
      const target = a.targets[d.id] ?? (sc === null ? null : Math.min(L, stage + 1));
      return {
        id: d.id,
        weight: d.weight,
        score: sc,
        index: sc === null ? null : ((sc - 1) / (L - 1)) * 100,
        stage,
        target,
        answered: mine.filter((x) => x.answered).length,
        questions: mine.length,
      };
    });
    const scoredDims = dims.filter((d) => d.score !== null);
    const W = scoredDims.reduce((s, d) => s + d.weight, 0);
    const overallScore = scoredDims.length ? scoredDims.reduce((s, d) => s + d.weight * d.score, 0) / W : null;
    const stage = overallScore === null ? null : roundStage(overallScore);
    const dimById = new Map(dims.map((d) => [d.id, d]));
    const questions = qs.map((x) => {
      const d = dimById.get(x.question.dimension);
      const gap = x.level === null || d.target === null ? null : Math.max(0, d.target - x.level);
      return {
        id: x.question.id,
        dimension: x.question.dimension,
        level: x.level,
        spread: x.spread,
        disagreement: x.spread !== null && x.spread >= 2,
        consensus: x.consensus,
        gap,
        priority: gap === null ? null : gap * x.question.weight * d.weight,
        _order: x.order,
        _question: x.question,
      };
    });
    const recommendations = questions
      .filter((x) => x.gap !== null && x.gap > 0)
      .sort(
        (p, r) =>
          r.priority - p.priority ||
          dimById.get(p.dimension).score - dimById.get(r.dimension).score ||
          p._order - r._order,
      )
      .map((x) => ({
        question: x.id,
        dimension: x.dimension,
        gap: x.gap,
        priority: x.priority,
        text: x._question.recommendations[Math.floor(x.level) - 1],
      }));
    const answered = qs.filter((x) => x.answered).length;
    return {
      assessment: a.id,
      framework: { id: fw.id, version: fw.version },
      levels: L,
      overall: {
        score: overallScore,
        index: overallScore === null ? null : ((overallScore - 1) / (L - 1)) * 100,
        stage,
        stage_name: stage === null ? null : fw.levels[stage - 1].name,
      },
      completeness: fw.questions.length ? answered / fw.questions.length : 0,
      dimensions: dims.map(({ weight, ...d }) => d),
      questions: questions.map(({ _order, _question, ...x }) => x),
      recommendations,
      _answered: answered,
    };
  }


  // ---- benchmarking (DESIGN.md "Benchmarking") ----
  const MIN_PEERS = 3;
  // Scores are compared and reported after removing float noise, as the engine does.
  const tidy = (x) => Math.round(x * 1e9) / 1e9;
  /** Linear interpolation between closest ranks (R type 7, Excel QUARTILE.INC). */
  function quantile(sorted, p) {
    const h = (sorted.length - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
  function stats(value, peers) {
    const n = peers.length;
    const none = { value, n, min: null, q1: null, median: null, q3: null, max: null, rank: null, percentile: null };
    if (n < MIN_PEERS) return none;
    const sorted = [...peers].sort((a, b) => a - b);
    let rank = null;
    let percentile = null;
    if (value !== null) {
      const v = tidy(value);
      const higher = sorted.filter((p) => tidy(p) > v).length;
      const lower = sorted.filter((p) => tidy(p) < v).length;
      const equal = n - higher - lower;
      rank = 1 + higher;
      percentile = Math.round(tidy((100 * (lower + 0.5 * equal)) / n) * 10) / 10;
    }
    return {
      value,
      n,
      min: sorted[0],
      q1: tidy(quantile(sorted, 0.25)),
      median: tidy(quantile(sorted, 0.5)),
      q3: tidy(quantile(sorted, 0.75)),
      max: sorted[n - 1],
      rank,
      percentile,
    };
  }
  const major = (version) => String(version).split('.')[0];
  function filterString(f) {
    const parts = [];
    if (f.sector) parts.push(`sector=${f.sector}`);
    if (f.country) parts.push(`country=${f.country}`);
    if (f.size) parts.push(`size=${f.size}`);
    for (const t of f.tags || []) parts.push(`tag=${t}`);
    return parts.join(',');
  }
  function matchesFilter(f, agency) {
    return (
      (!f.sector || f.sector === agency.sector) &&
      (!f.country || f.country === agency.country) &&
      (!f.size || f.size === agency.size) &&
      (f.tags || []).every((t) => (agency.tags || []).includes(t))
    );
  }

  // ---- sample agencies: clearly fictional, deterministic ----
  const SAMPLE_AGENCIES = [
    ['Nakhla Health Services Authority (sample)', 'health', 'TN', 'large', ['pilot', 'sample'], 2.9],
    ['Wadi Zahr Health Services Authority (sample)', 'health', 'JO', 'medium', ['sample'], 2.2],
    ['Qamar Health Services Authority (sample)', 'health', 'MA', 'large', ['pilot', 'sample'], 3.6],
    ['Sahil Health Services Authority (sample)', 'health', 'EG', 'very_large', ['sample'], 1.8],
    ['Rimal Education Directorate (sample)', 'education', 'TN', 'large', ['sample'], 2.6],
    ['Zaytouna Revenue Office (sample)', 'finance', 'TN', 'medium', ['pilot', 'sample'], 3.3],
    ['Nour Civil Registry (sample)', 'interior', 'JO', 'large', ['sample'], 2.4],
    ['Tilal Municipality (sample)', 'municipal', 'LB', 'small', ['sample'], 1.6],
    ['Marjan Digital Government Agency (sample)', 'digital', 'AE', 'medium', ['pilot', 'sample'], 3.9],
    ['Yasmin Social Protection Fund (sample)', 'social', 'OM', 'large', ['sample'], 2.1],
    ['Khalij Investment Agency (sample)', 'economy', 'QA', 'small', ['sample'], 3.0],
    ['Sanabel Courts Administration (sample)', 'justice', 'MA', 'medium', ['sample'], 2.7],
  ];
  /** xorshift32: the same numbers on every run. */
  function rng(seed) {
    let x = seed >>> 0 || 1;
    return () => {
      x ^= x << 13;
      x >>>= 0;
      x ^= x >>> 17;
      x ^= x << 5;
      x >>>= 0;
      return x / 4294967296;
    };
  }
  /** [agency, [ { at, levels } ]]: every sample agency with one or two final assessments. */
  function sampleAssessments() {
    const next = rng(20250611);
    return SAMPLE_AGENCIES.map(([name, sector, country, size, tags, maturity], i) => {
      const bias = FIXTURE.dimensions.map(() => next() * 1.4 - 0.7);
      const rounds = i % 3 === 2 ? [2025] : [2024, 2025];
      const takes = rounds.map((year, k) => {
        const month = String(1 + ((i * 5 + k * 3) % 11)).padStart(2, '0');
        const day = String(1 + ((i * 7) % 27)).padStart(2, '0');
        const growth = (k - (rounds.length - 1)) * 0.4;
        const levels = FIXTURE.questions.map((question) => {
          const d = FIXTURE.dimensions.findIndex((x) => x.id === question.dimension);
          const v = maturity + growth + bias[d] + next() * 1.2 - 0.6;
          return Math.max(1, Math.min(5, Math.round(v)));
        });
        return { at: `${year}-${month}-${day}T10:00:00Z`, year, levels };
      });
      return { agency: { name, sector, country, size, tags }, takes };
    });
  }

  /** A valid pack for the open dialog when a test gives none: four anonymous health peers. */
  const DEFAULT_PACK_PATH = '/home/user/Downloads/health-peers.mizan-pack.json';
  const DEFAULT_PACK = {
    format: 'mizan.benchmark-pack',
    format_version: 1,
    id: '6f1c2a9e-4b7d-4c1e-9a53-0d2f8e1b7c44',
    framework: { id: FIXTURE.id, version: FIXTURE.version },
    created_at: '2025-09-01T08:00:00Z',
    assessments: [
      { sector: 'health', country: 'LB', size: 'large', date: '2025-03-02', framework_version: '1.0.0', overall: 2.75, dimensions: { leadership: 3, services: 2.5, open: 2.5 } },
      { sector: 'health', country: 'OM', size: 'medium', date: '2025-04-11', framework_version: '1.0.0', overall: 3.25, dimensions: { leadership: 3.5, services: 3, open: 3 } },
      { sector: 'health', country: 'QA', size: 'small', date: '2025-05-20', framework_version: '1.0.0', overall: 1.75, dimensions: { leadership: 2, services: 1.5, open: 1.5 } },
      { sector: 'education', country: 'AE', size: 'large', date: '2025-06-30', framework_version: '1.0.0', overall: 4, dimensions: { leadership: 4, services: 4, open: 4 } },
    ],
  };

  function install(options) {
    const opts = Object.assign({ seed: 'empty', persist: true, storageKey: 'mizan-fake-db' }, window.__MIZAN_FAKE_OPTIONS__ || {}, options || {});
    const failures = new Map();
    const calls = [];
    const dialogs = { save: undefined, open: undefined };
    let state = null;

    function freshState() {
      const s = { frameworks: [{ fw: FIXTURE, builtin: true }, { fw: SECOND, builtin: true }], assessments: [], packPeers: [], files: {} };
      if (opts.seed === 'demo' || opts.seed === 'bench') seedDemo(s);
      if (opts.seed === 'sample' || opts.seed === 'bench') seedSample(s);
      s.backups = [];
      if (opts.backups) {
        const live = s.assessments;
        s.backups.push(makeBackup(`${BACKUPS_DIR}/mizan-2026-11-20.db`, '2026-11-20', live.slice(0, Math.max(0, live.length - 1)), '2026-11-19T16:40:00Z'));
        s.backups.push(makeBackup(`${BACKUPS_DIR}/mizan-2026-11-25.db`, '2026-11-25', live, '2026-11-24T09:15:00Z'));
        s.backups.push({ path: `${BACKUPS_DIR}/mizan-2026-11-18.db`, date: '2026-11-18', bytes: 4096, ok: false, data: [], last_change: null });
      }
      if (opts.recovery) s.assessments = [];
      return s;
    }
    function load() {
      if (!opts.persist) return freshState();
      try {
        const raw = localStorage.getItem(opts.storageKey);
        if (raw) return JSON.parse(raw);
      } catch (e) {
        /* a broken store starts afresh */
      }
      const s = freshState();
      save(s);
      return s;
    }
    function save(s) {
      if (opts.persist) localStorage.setItem(opts.storageKey, JSON.stringify(s));
    }

    const frameworkOf = (a) => findFramework(a.framework.id, a.framework.version);
    function findFramework(id, version) {
      const f = state.frameworks.find((x) => x.fw.id === id && (version == null || x.fw.version === version));
      return f ? f.fw : null;
    }
    function findAssessment(id, { deleted = false } = {}) {
      const a = state.assessments.find((x) => x.id === id);
      if (!a || (!deleted && a.deleted)) throw err('not_found', `assessment ${id} does not exist`);
      return a;
    }
    function summary(a) {
      const fw = frameworkOf(a);
      const sc = score(a, fw);
      return {
        id: a.id,
        title: a.title,
        agency: clone(a.agency),
        framework: clone(a.framework),
        framework_title: fw.title,
        mode: a.mode,
        status: a.status,
        score: sc.overall.score,
        index: sc.overall.index,
        stage: sc.overall.stage,
        stage_name: sc.overall.stage_name,
        completeness: sc.completeness,
        answered: sc._answered,
        questions: fw.questions.length,
        created_at: a.created_at,
        updated_at: a.updated_at,
        finalized_at: a.finalized_at,
      };
    }
    function detail(a) {
      return {
        summary: summary(a),
        targets: clone(a.targets),
        respondents: clone(a.respondents),
        answers: clone(a.answers),
        position: a.position,
      };
    }
    function agencyFor(input) {
      const key = (n) => n.trim().toLowerCase().replace(/\s+/g, ' ');
      const same = state.assessments.find(
        (x) => key(x.agency.name) === key(input.name) && x.agency.country === input.country,
      );
      return { id: same ? same.agency.id : uuid(), name: input.name, sector: input.sector, country: input.country, size: input.size, tags: input.tags || [] };
    }
    function create(input, at) {
      if (!input || !input.agency || !String(input.agency.name || '').trim()) throw err('invalid_input', 'the agency name is empty: give the agency a name');
      if (!String(input.title || '').trim()) throw err('invalid_input', 'the title is empty');
      const fw = findFramework(input.framework_id, input.framework_version);
      if (!fw) throw err('not_found', `framework ${input.framework_id} is not installed`);
      const t = at || now();
      const a = {
        id: uuid(),
        title: input.title,
        agency: agencyFor(input.agency),
        framework: { id: fw.id, version: fw.version },
        mode: 'self',
        status: 'draft',
        targets: {},
        respondents: [{ id: uuid(), name: '', role: '', unit: '' }],
        answers: [],
        consensus: [],
        position: null,
        created_at: t,
        updated_at: t,
        finalized_at: null,
        deleted: false,
      };
      state.assessments.push(a);
      return a;
    }
    function saveAnswer(input, at) {
      const a = findAssessment(input.assessment);
      if (a.status === 'final') throw err('conflict', 'this assessment is final and can no longer change: duplicate it to re-assess');
      const fw = frameworkOf(a);
      if (!fw.questions.some((x) => x.id === input.question)) throw err('invalid_input', `question ${input.question} is not in ${fw.id}`);
      if (!a.respondents.some((r) => r.id === input.respondent)) throw err('invalid_input', 'unknown respondent');
      if (input.level !== null && !(input.level >= 1 && input.level <= fw.levels.length)) throw err('invalid_input', `level ${input.level} is out of range`);
      const t = at || now();
      const answer = {
        respondent: input.respondent,
        question: input.question,
        level: input.not_applicable ? null : input.level,
        not_applicable: !!input.not_applicable,
        note: input.note || '',
        evidence: input.evidence || '',
        updated_at: t,
      };
      const i = a.answers.findIndex((x) => x.respondent === input.respondent && x.question === input.question);
      if (i >= 0) a.answers[i] = answer;
      else a.answers.push(answer);
      a.updated_at = t;
      a.position = input.question;
      return answer;
    }

    function seedDemo(s) {
      const prev = state;
      state = s;
      const mk = (name, sector, country, size, title, at, levels, final, tags = []) => {
        const a = create(
          { title, agency: { name, sector, country, size, tags }, framework_id: FIXTURE.id, framework_version: FIXTURE.version, mode: 'self' },
          at,
        );
        FIXTURE.questions.forEach((question, i) => {
          const l = levels[i];
          if (l === undefined) return;
          saveAnswer(
            { assessment: a.id, respondent: a.respondents[0].id, question: question.id, level: l === 'na' ? null : l, not_applicable: l === 'na', note: '', evidence: '' },
            at,
          );
        });
        if (final) {
          a.status = 'final';
          a.finalized_at = at;
        }
      };
      mk('Ministry of Health', 'health', 'TN', 'large', 'Ministry of Health — Innovation Readiness 2024', '2024-11-04T09:30:00Z', [2, 2, 1, 3, 2, 2, 1, 2, 2], true, ['e-services', 'pilot']);
      mk('Ministry of Health', 'health', 'TN', 'large', 'Ministry of Health — Innovation Readiness 2025', '2025-10-12T14:05:00Z', [3, 3, 2, 4, 3, 'na', 2], false, ['e-services', 'pilot']);
      mk('Municipality of Amman', 'municipal', 'JO', 'medium', 'Amman municipal services review', '2025-09-28T08:00:00Z', [4, 3, 3, 4, 4, 3, 3, 4, 3], false);
      mk('وزارة التنمية الرقمية', 'digital', 'MA', 'medium', 'وزارة التنمية الرقمية — جاهزية الابتكار 2025', '2025-10-01T10:00:00Z', [3, 2], false);
      state = prev;
    }

    /** The sample agencies of load_sample_data, each final assessment answered in full. */
    function seedSample(s) {
      const prev = state;
      state = s;
      let count = 0;
      for (const { agency, takes } of sampleAssessments()) {
        for (const { at, year, levels } of takes) {
          const a = create(
            { title: `${agency.name} — ${FIXTURE.title} ${year}`, agency, framework_id: FIXTURE.id, framework_version: FIXTURE.version, mode: 'self' },
            at,
          );
          FIXTURE.questions.forEach((question, i) =>
            saveAnswer({ assessment: a.id, respondent: a.respondents[0].id, question: question.id, level: levels[i], not_applicable: false, note: '', evidence: '' }, at),
          );
          a.status = 'final';
          a.finalized_at = at;
          count += 1;
        }
      }
      state = prev;
      return count;
    }

    const nameKey = (n) => String(n).trim().toLowerCase().replace(/\s+/g, ' ');
    const live = () => state.assessments.filter((a) => !a.deleted);

    /** The latest final assessment of each agency with this framework id and major version. */
    function latestFinals(fw) {
      const latest = new Map();
      for (const a of live()) {
        if (a.status !== 'final' || a.framework.id !== fw.id || major(a.framework.version) !== major(fw.version)) continue;
        const seen = latest.get(a.agency.id);
        if (!seen || seen.finalized_at < a.finalized_at) latest.set(a.agency.id, a);
      }
      return [...latest.values()];
    }

    function compare(a, filter) {
      const fw = frameworkOf(a);
      const L = fw.levels.length;
      const f = { sector: filter.sector || null, country: filter.country || null, size: filter.size || null, tags: filter.tags || [] };
      const own = score(a, fw);
      // Peers: other agencies' latest finals, then anonymous pack peers (they carry no tags).
      const peers = latestFinals(fw)
        .filter((p) => p.agency.id !== a.agency.id && matchesFilter(f, p.agency))
        .map((p) => {
          const sc = score(p, frameworkOf(p));
          return { overall: sc.overall.score, dims: Object.fromEntries(sc.dimensions.map((d) => [d.id, d.score])) };
        });
      if (f.tags.length === 0) {
        for (const p of state.packPeers || []) {
          if (p.framework_id !== fw.id || major(p.framework_version) !== major(fw.version)) continue;
          if (!matchesFilter(f, { ...p, tags: [] })) continue;
          peers.push({ overall: p.overall, dims: p.dimensions });
        }
      }
      const n = peers.length;
      const benchmark = { peers: { filter: filterString(f), n }, overall: null, dimensions: null };
      if (n < MIN_PEERS) {
        benchmark.reason =
          `only ${n} peer assessment${n === 1 ? '' : 's'} match${n === 1 ? 'es' : ''}: ` +
          `a benchmark needs at least ${MIN_PEERS}, so that no agency can be identified`;
      } else {
        const values = (get) => peers.map(get).filter((v) => v !== null && v !== undefined);
        benchmark.overall = stats(own.overall.score, values((p) => p.overall));
        benchmark.dimensions = own.dimensions.map((d) => ({ id: d.id, ...stats(d.score, values((p) => p.dims[d.id])) }));
      }
      const peer_index =
        n < MIN_PEERS
          ? []
          : peers
              .map((p) => p.overall)
              .filter((v) => v !== null && v !== undefined)
              .map((v) => ((v - 1) / (L - 1)) * 100)
              .sort((x, y) => x - y);
      const trend = live()
        .filter((x) => x.id !== a.id && x.status === 'final' && x.agency.id === a.agency.id && x.framework.id === fw.id)
        .sort((x, y) => x.finalized_at.localeCompare(y.finalized_at) || x.id.localeCompare(y.id))
        .map((x) => {
          const sc = score(x, frameworkOf(x));
          return {
            assessment: x.id,
            title: x.title,
            framework_version: x.framework.version,
            finalized_at: x.finalized_at,
            score: sc.overall.score,
            index: sc.overall.index,
            dimensions: Object.fromEntries(sc.dimensions.map((d) => [d.id, d.score])),
          };
        });
      return { benchmark, peer_index, trend };
    }

    function updateAgency(id, profile) {
      const mine = state.assessments.filter((a) => a.agency.id === id);
      if (!mine.length) throw err('not_found', `agency \`${id}\` was not found`);
      const name = String(profile.name || '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
      if (!name) throw err('invalid_input', 'the agency name is empty: enter a name');
      if ([...name].length > 300) throw err('invalid_input', 'the agency name is longer than 300 characters: shorten it');
      const country = String(profile.country || '').trim().toUpperCase();
      if (country && !/^[A-Z]{2}$/.test(country)) {
        throw err('invalid_input', `country \`${profile.country}\` is not an ISO 3166 alpha-2 code: use two letters, e.g. TN, JO, LB`);
      }
      for (const [v, what] of [[profile.sector, 'the sector'], [profile.size, 'the size band']]) {
        if ([...String(v || '')].length > 300) throw err('invalid_input', `${what} is longer than 300 characters`);
      }
      const clash = state.assessments.find((a) => a.agency.id !== id && nameKey(a.agency.name) === nameKey(name) && a.agency.country === country);
      if (clash) throw err('conflict', `another agency, \`${clash.agency.name}\`, already has this name and country: choose another name`);
      const tags = [...new Set((profile.tags || []).map((t) => String(t).trim()).filter(Boolean))].sort();
      const agency = { id, name, sector: String(profile.sector || '').trim(), country, size: String(profile.size || '').trim(), tags };
      for (const a of mine) a.agency = clone(agency);
      return agency;
    }

    /** `version` (asked for by the UI, docs/ipc.md) picks the major version; without it, the latest. */
    function exportPack(frameworkId, version) {
      const versions = state.frameworks
        .filter((f) => f.fw.id === frameworkId && (version == null || major(f.fw.version) === major(version)))
        .map((f) => f.fw);
      if (!versions.length) throw err('not_found', `framework \`${frameworkId}\` ${version || ''} was not found`);
      const fw = versions[versions.length - 1];
      const finals = latestFinals(fw);
      if (finals.length < MIN_PEERS) {
        throw err(
          'invalid_input',
          `only ${finals.length} final assessment${finals.length === 1 ? '' : 's'} of ${fw.id} ${major(fw.version)}: ` +
            `a benchmark pack needs at least ${MIN_PEERS}, so that no agency can be identified`,
        );
      }
      const path = dialogs.save === undefined ? `/home/user/Documents/${fw.id}-benchmark-pack.json` : dialogs.save;
      dialogs.save = undefined;
      if (path === null) return null;
      // Only sector, country, size, day, version and scores: no name, no title, no text.
      const assessments = finals
        .map((a) => {
          const sc = score(a, frameworkOf(a));
          return {
            sector: a.agency.sector,
            country: a.agency.country,
            size: a.agency.size,
            date: a.finalized_at.slice(0, 10),
            framework_version: a.framework.version,
            overall: sc.overall.score,
            dimensions: Object.fromEntries(sc.dimensions.map((d) => [d.id, d.score])),
          };
        })
        .sort((x, y) => (x.sector + x.country + x.size + x.date).localeCompare(y.sector + y.country + y.size + y.date));
      const pack = { format: 'mizan.benchmark-pack', format_version: 1, id: uuid(), framework: { id: fw.id, version: fw.version }, created_at: now(), assessments };
      state.files = state.files || {};
      state.files[path] = JSON.stringify(pack, null, 2);
      return { path, assessments: assessments.length };
    }

    function importPack() {
      const chosen = dialogs.open === undefined ? { path: DEFAULT_PACK_PATH, text: JSON.stringify(DEFAULT_PACK) } : dialogs.open;
      dialogs.open = undefined;
      if (chosen === null) return null;
      const file = chosen.path;
      const refuse = (path, message) => err('invalid_exchange', `${file}: ${path}: ${message}`);
      if (chosen.text.length > 20 * 1024 * 1024) throw refuse('$', 'the file is larger than 20 MiB; benchmark packs are limited to 20 MiB');
      let pack;
      try {
        pack = JSON.parse(chosen.text);
      } catch (e) {
        throw refuse('$', String(e.message));
      }
      const fields = (obj, path, known) => {
        if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw refuse(path, 'invalid type: expected a map');
        for (const k of Object.keys(obj)) if (!known.includes(k)) throw refuse(path === '$' ? k : `${path}.${k}`, `unknown field \`${k}\`, expected one of ${known.map((x) => `\`${x}\``).join(', ')}`);
        for (const k of known) if (!(k in obj)) throw refuse(path, `missing field \`${k}\``);
      };
      fields(pack, '$', ['format', 'format_version', 'id', 'framework', 'created_at', 'assessments']);
      if (pack.format !== 'mizan.benchmark-pack') throw refuse('format', `\`${pack.format}\` is not a Mizan benchmark pack: expected "mizan.benchmark-pack"`);
      if (pack.format_version !== 1) throw refuse('format_version', `pack format version ${pack.format_version} is not supported; update Mizan`);
      if (!Array.isArray(pack.assessments)) throw refuse('assessments', 'invalid type: expected a sequence');
      pack.assessments.forEach((e, i) =>
        fields(e, `assessments[${i}]`, ['sector', 'country', 'size', 'date', 'framework_version', 'overall', 'dimensions']),
      );
      const fw = findFramework(pack.framework && pack.framework.id, pack.framework && pack.framework.version);
      if (!fw) {
        throw refuse(
          'framework',
          `this pack was made with framework ${pack.framework && pack.framework.id} ${pack.framework && pack.framework.version}, which is not installed here: install that framework version first`,
        );
      }
      if (pack.assessments.length < MIN_PEERS) {
        throw refuse('assessments', `the pack holds ${pack.assessments.length} assessment(s): a pack needs at least ${MIN_PEERS}, so that no agency can be identified`);
      }
      const L = fw.levels.length;
      const inRange = (v) => v === null || (typeof v === 'number' && Number.isFinite(v) && v >= 1 && v <= L);
      pack.assessments.forEach((e, i) => {
        const p = (f) => `assessments[${i}].${f}`;
        if (major(e.framework_version) !== major(fw.version)) {
          throw refuse(p('framework_version'), `version ${e.framework_version} does not match framework ${fw.id} ${fw.version}: only the same major version can be compared`);
        }
        if (!inRange(e.overall)) throw refuse(p('overall'), `score out of range 1..${L}`);
        for (const [d, v] of Object.entries(e.dimensions || {})) {
          if (!fw.dimensions.some((x) => x.id === d)) throw refuse(p(`dimensions.${d}`), `\`${d}\` is not a dimension of ${fw.id}`);
          if (!inRange(v)) throw refuse(p(`dimensions.${d}`), `score out of range 1..${L}`);
        }
        if (!(e.country === '' || /^[A-Z]{2}$/.test(e.country))) throw refuse(p('country'), 'not an ISO 3166 alpha-2 code');
      });
      const before = (state.packPeers || []).length;
      state.packPeers = (state.packPeers || []).filter((x) => x.pack !== pack.id);
      const replaced = before - state.packPeers.length;
      for (const e of pack.assessments) {
        state.packPeers.push({ pack: pack.id, framework_id: pack.framework.id, ...clone(e) });
      }
      return { pack: pack.id, assessments: pack.assessments.length, replaced };
    }

    const BACKUPS_DIR = '/home/user/.local/share/mizan/backups';
    function makeBackup(path, date, assessments, lastChange) {
      const data = clone(assessments.filter((a) => !a.deleted));
      return { path, date, bytes: 49152 + 4096 * data.length, ok: true, data, last_change: lastChange ?? new Date().toISOString() };
    }
    function backupInfo(b) {
      const agencies = new Set(b.data.map((a) => a.agency.id));
      return {
        path: b.path,
        date: b.date,
        bytes: b.bytes,
        made_at: b.made_at ?? null,
        assessments: b.ok ? b.data.length : null,
        agencies: b.ok ? agencies.size : null,
        last_change: b.last_change,
        ok: b.ok,
      };
    }
    const today = () => new Date().toISOString().slice(0, 10);

    state = load();
    state.backups = state.backups || [];

    const handlers = {
      app_info: () => ({
        version: '0.0.0-test',
        db_path: '/home/user/.local/share/mizan/mizan.db',
        data_dir: '/home/user/.local/share/mizan',
        db_error: null,
        recovery: opts.recovery
          ? {
              moved_aside: '/home/user/.local/share/mizan/mizan.db.damaged-20261126T081500',
              newest_backup: state.backups.length ? backupInfo(state.backups.filter((b) => b.ok).sort((a, b) => (a.path < b.path ? 1 : -1))[0]) : null,
            }
          : null,
      }),
      list_backups: () =>
        state.backups
          .filter((b) => b.path.startsWith(BACKUPS_DIR + '/'))
          .sort((a, b) => (a.path < b.path ? 1 : -1))
          .map(backupInfo),
      backup_now: () => {
        const path = dialogs.save === undefined ? `/home/user/Documents/mizan-backup-${today()}.db` : dialogs.save;
        dialogs.save = undefined;
        if (path === null) return null;
        const b = makeBackup(path, today(), state.assessments);
        state.backups = state.backups.filter((x) => x.path !== path).concat([b]);
        return backupInfo(b);
      },
      choose_backup: ({ name }) => {
        state.pending = null;
        let path;
        if (name != null) {
          if (!/^mizan-[A-Za-z0-9._-]*\.db$/.test(name) || name.includes('..') || name.length > 120) {
            throw err('invalid_input', `choose_backup: \`${name}\` is not the name of a backup in the backups folder`);
          }
          path = `${BACKUPS_DIR}/${name}`;
        } else {
          const chosen = dialogs.open === undefined ? { path: `/home/user/Documents/mizan-backup-${today()}.db` } : dialogs.open;
          dialogs.open = undefined;
          if (chosen === null) return null;
          path = chosen.path;
        }
        const b = state.backups.find((x) => x.path === path);
        if (!b) throw err('not_found', `${path} does not exist any more: choose another backup`);
        if (!b.ok) {
          throw err('invalid_input', `${path} is not a usable Mizan backup: it is not a Mizan database or fails its integrity check. Choose another backup.`);
        }
        state.pending = path;
        return backupInfo(b);
      },
      restore_backup: () => {
        const b = state.pending && state.backups.find((x) => x.path === state.pending);
        state.pending = null;
        if (!b) throw err('conflict', 'no backup was chosen to restore: choose one first (Your data → Restore…)');
        const stamp = new Date().toISOString().replace(/[-:]/g, '').slice(0, 19);
        const safety = makeBackup(`${BACKUPS_DIR}/mizan-${stamp}-before-restore.db`, today(), state.assessments);
        state.backups.push(safety);
        state.assessments = clone(b.data);
        return { from: backupInfo(b), safety_copy: safety.path };
      },
      list_frameworks: () => state.frameworks.map((f) => summaryOfFramework(f.fw, f.builtin)),
      get_framework: ({ id, version }) => {
        const fw = findFramework(id, version);
        if (!fw) throw err('not_found', `framework ${id} ${version || ''} is not installed`);
        return fw;
      },
      install_framework: () => {
        if (!state.frameworks.some((f) => f.fw.id === INSTALLABLE.id)) {
          state.frameworks.push({ fw: INSTALLABLE, builtin: false });
        }
        return summaryOfFramework(INSTALLABLE, false);
      },
      list_assessments: () =>
        state.assessments
          .filter((a) => !a.deleted)
          .sort((a, b) => b.updated_at.localeCompare(a.updated_at))
          .map(summary),
      create_assessment: ({ input }) => detail(create(input)),
      get_assessment: ({ id }) => detail(findAssessment(id)),
      save_answer: ({ input }) => {
        const answer = saveAnswer(input);
        return { answer: clone(answer), summary: summary(findAssessment(input.assessment)) };
      },
      set_position: ({ id, question }) => {
        const a = findAssessment(id);
        if (!frameworkOf(a).questions.some((x) => x.id === question)) throw err('invalid_input', `question ${question} is not in the framework`);
        a.position = question;
        return null;
      },
      score_assessment: ({ id }) => {
        const a = findAssessment(id);
        const sc = score(a, frameworkOf(a));
        delete sc._answered;
        return sc;
      },
      finalize_assessment: ({ id }) => {
        const a = findAssessment(id);
        if (a.status === 'final') throw err('conflict', 'this assessment is already final');
        a.status = 'final';
        a.finalized_at = a.updated_at = now();
        return summary(a);
      },
      duplicate_assessment: ({ id }) => {
        const src = findAssessment(id);
        const a = create({
          title: src.title,
          agency: src.agency,
          framework_id: src.framework.id,
          framework_version: src.framework.version,
          mode: 'self',
        });
        a.agency = clone(src.agency);
        a.targets = clone(src.targets);
        return detail(a);
      },
      delete_assessment: ({ id }) => {
        findAssessment(id).deleted = true;
        return null;
      },
      undo_delete: ({ id }) => {
        const a = findAssessment(id, { deleted: true });
        a.deleted = false;
        return summary(a);
      },
      compare_assessment: ({ id, filter }) => compare(findAssessment(id), filter || {}),
      update_agency: ({ id, profile }) => updateAgency(id, profile || {}),
      export_pack: ({ framework, version }) => exportPack(framework, version),
      import_pack: () => importPack(),
      // The real command renders the PDF; the fake says where it would be, as the dialog chose.
      export_report: ({ id, lang, name }) => {
        findAssessment(id);
        if (lang && !['en', 'fr', 'ar'].includes(lang)) throw err('invalid_input', `language \`${lang}\` is not supported`);
        const path = dialogs.save === undefined ? `/home/user/Documents/${name || 'mizan-report'}.pdf` : dialogs.save;
        dialogs.save = undefined;
        if (path === null) return null;
        return { path, pages: 12, bytes: 180000 };
      },
      load_sample_data: () => {
        // The real store counts deleted assessments too: sample data never mixes with real work.
        if (state.assessments.length > 0) {
          throw err('conflict', 'sample agencies can only be loaded into an empty database: this one already holds assessments');
        }
        return { assessments: seedSample(state) };
      },
    };

    async function invoke(cmd, args) {
      args = clone(args || {});
      calls.push({ cmd, args });
      const f = failures.get(cmd);
      if (f && f.times > 0) {
        f.times -= 1;
        throw clone(f.error);
      }
      const h = handlers[cmd];
      if (!h) throw err('not_found', `unknown command ${cmd}`);
      const before = JSON.stringify(state);
      try {
        const out = h(args);
        save(state);
        return clone(out);
      } catch (e) {
        // Like the shell: every failure is { code, message }, and a failed command changes nothing.
        state = JSON.parse(before);
        if (e && typeof e.code === 'string') throw e;
        throw err('storage', String(e && e.message ? e.message : e));
      }
    }

    const callbacks = new Map();
    let nextCallback = 1;
    window.__TAURI_INTERNALS__ = Object.assign(window.__TAURI_INTERNALS__ || {}, {
      invoke,
      transformCallback(cb, once) {
        const id = nextCallback++;
        callbacks.set(id, (data) => {
          if (once) callbacks.delete(id);
          return cb && cb(data);
        });
        return id;
      },
      unregisterCallback: (id) => callbacks.delete(id),
      runCallback: (id, data) => callbacks.get(id) && callbacks.get(id)(data),
      callbacks,
      metadata: { currentWindow: { label: 'main' }, currentWebview: { windowLabel: 'main', label: 'main' } },
    });
    window.__mizanFake = {
      calls,
      fail(cmd, error, times) {
        failures.set(cmd, { error, times: times === undefined ? Infinity : times });
      },
      heal(cmd) {
        if (cmd) failures.delete(cmd);
        else failures.clear();
      },
      state: () => clone(state),
      dialog(kind, answer) {
        dialogs[kind] = answer;
      },
      get files() {
        return clone(state.files || {});
      },
      get backups() {
        return state.backups.map(backupInfo);
      },
      reset() {
        state = freshState();
        save(state);
      },
    };
  }

  globalThis.installMizanFake = install;
  globalThis.mizanFakeScore = score;
  globalThis.mizanFakeFixture = FIXTURE;
})();
