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
    levels: LEVELS,
    dimensions: [
      { id: 'leadership', title: 'Leadership and strategy', description: 'Mandate, strategy and resources for innovation.', weight: 2, questions: ['leadership.mandate', 'leadership.strategy', 'leadership.budget'] },
      { id: 'services', title: 'Integrated services', description: 'Services designed around people and joined up across agencies.', weight: 1, questions: ['services.design', 'services.once-only', 'services.channels'] },
      { id: 'open', title: 'Open government', description: 'Open data, transparency and participation.', weight: 1, questions: ['open.data', 'open.participation', 'open.standards'] },
    ],
    questions: [
      q('leadership.mandate', 'leadership', 'Does the agency have a clear mandate to innovate?', 'Look for a decree, a strategy or a ministerial instruction that names innovation.', 1, 'innovation mandate'),
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

  function install(options) {
    const opts = Object.assign({ seed: 'empty', persist: true, storageKey: 'mizan-fake-db' }, window.__MIZAN_FAKE_OPTIONS__ || {}, options || {});
    const failures = new Map();
    const calls = [];
    let state = null;

    function freshState() {
      const s = { frameworks: [{ fw: FIXTURE, builtin: true }, { fw: SECOND, builtin: true }], assessments: [] };
      if (opts.seed === 'demo') seedDemo(s);
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
      const mk = (name, sector, country, size, title, at, levels, final) => {
        const a = create(
          { title, agency: { name, sector, country, size, tags: [] }, framework_id: FIXTURE.id, framework_version: FIXTURE.version, mode: 'self' },
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
      mk('Ministry of Health', 'health', 'TN', 'large', 'Ministry of Health — Innovation Readiness 2024', '2024-11-04T09:30:00Z', [2, 2, 1, 3, 2, 2, 1, 2, 2], true);
      mk('Ministry of Health', 'health', 'TN', 'large', 'Ministry of Health — Innovation Readiness 2025', '2025-10-12T14:05:00Z', [3, 3, 2, 4, 3, 'na', 2], false);
      mk('Municipality of Amman', 'municipal', 'JO', 'medium', 'Amman municipal services review', '2025-09-28T08:00:00Z', [4, 3, 3, 4, 4, 3, 3, 4, 3], false);
      mk('وزارة التنمية الرقمية', 'digital', 'MA', 'medium', 'وزارة التنمية الرقمية — جاهزية الابتكار 2025', '2025-10-01T10:00:00Z', [3, 2], false);
      state = prev;
    }

    state = load();

    const handlers = {
      app_info: () => ({ version: '0.0.0-test', db_path: ':memory:', data_dir: '/tmp' }),
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
