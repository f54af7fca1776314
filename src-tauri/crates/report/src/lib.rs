//! Mizan's benchmark report, as a PDF and as a Word document.
//!
//! [`render`] is a pure function: plain inputs in ([`ReportInput`]: the assessment, its
//! framework, scores, benchmark, peers and trend), PDF bytes out; [`render_docx`] makes
//! the Word document from the same model. [`build_input`]
//! gathers those inputs from a [`Store`]. The crate depends on mizan-core only, so the
//! command line and the desktop app share it.
//!
//! Two halves: [`model`] computes what the report says ([`ReportModel`], no layout),
//! and `pdf` lays it out — our own small layout engine over printpdf's operations, text
//! shaped with rustybuzz and ordered with unicode-bidi (`text`), vector charts. Numbers
//! are written by [`format`], shared by every renderer; every fixed string comes from
//! the Fluent catalog `ui/locales/<lang>/report.ftl` (`i18n`).

mod docx;
mod error;
pub mod fonts;
pub mod format;
mod i18n;
pub mod model;
mod pdf;
pub mod text;

pub use docx::RenderedDocx;
pub use error::ReportError;
pub use model::ReportModel;

use chrono::{DateTime, Utc};
use mizan_core::benchmark::{Benchmark, PeerFilter, PeerScores};
use mizan_core::store::TrendPoint;
use mizan_core::{AssessmentDoc, Digits, Framework, Lang, Scores, Store};
use std::sync::Arc;

/// Paper size of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Paper {
    #[default]
    A4,
    /// US Letter.
    Letter,
}

impl Paper {
    /// Width and height in points.
    pub fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }

    pub fn parse(s: &str) -> Option<Paper> {
        match s.to_ascii_lowercase().as_str() {
            "a4" => Some(Paper::A4),
            "letter" => Some(Paper::Letter),
            _ => None,
        }
    }
}

/// A part of the report that the reader may leave out. The cover and the executive
/// summary are always there; these follow it, in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    /// One part per dimension: score, level, strengths and gaps.
    Dimensions,
    /// The recommendations in priority order.
    Roadmap,
    /// The agency against its peer group.
    Benchmark,
    /// How the scores and the benchmark are made, the levels, the framework's note and sources.
    Methodology,
    /// The methodology's table of respondents (shown only with the methodology).
    Respondents,
}

impl Section {
    /// Every optional section, in the report's order.
    pub const ALL: [Section; 5] = [Section::Dimensions, Section::Roadmap, Section::Benchmark, Section::Methodology, Section::Respondents];

    /// The name the app and the command line use.
    pub fn name(self) -> &'static str {
        match self {
            Section::Dimensions => "dimensions",
            Section::Roadmap => "roadmap",
            Section::Benchmark => "benchmark",
            Section::Methodology => "methodology",
            Section::Respondents => "respondents",
        }
    }

    pub fn parse(s: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|x| x.name() == s.to_ascii_lowercase())
    }

    /// The names, comma-separated, for messages that list the choices.
    pub fn names() -> String {
        Section::ALL.map(Section::name).join(", ")
    }
}

/// Which optional sections a report has (by default, all of them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sections([bool; 5]);

impl Default for Sections {
    fn default() -> Sections {
        Sections([true; 5])
    }
}

impl Sections {
    /// Only the executive summary (and the cover).
    pub fn none() -> Sections {
        Sections([false; 5])
    }

    /// The sections named (`summary`, always there, may be named and changes nothing);
    /// the first name that is no section is the error.
    pub fn from_names<'a>(names: impl IntoIterator<Item = &'a str>) -> Result<Sections, &'a str> {
        let mut chosen = Vec::new();
        for name in names.into_iter().filter(|n| *n != "summary") {
            chosen.push(Section::parse(name).ok_or(name)?);
        }
        Ok(Sections::only(chosen))
    }

    /// Exactly the sections listed.
    pub fn only(list: impl IntoIterator<Item = Section>) -> Sections {
        let mut s = Sections::none();
        for x in list {
            s.0[x as usize] = true;
        }
        s
    }

    pub fn has(self, s: Section) -> bool {
        self.0[s as usize]
    }

    /// Every section but `s`.
    pub fn all_but(s: Section) -> Sections {
        Sections::default().without(s)
    }

    pub fn without(mut self, s: Section) -> Sections {
        self.0[s as usize] = false;
        self
    }
}

/// Everything a report shows. Build it with [`build_input`], or by hand in tests.
#[derive(Debug, Clone)]
pub struct ReportInput {
    pub doc: AssessmentDoc,
    pub framework: Arc<Framework>,
    /// `mizan_core::score(&framework, &doc, lang)`.
    pub scores: Scores,
    /// The benchmark against the peers (statistics are None below 3 peers).
    pub benchmark: Option<Benchmark>,
    /// Which peers the benchmark compares with (empty: all of them).
    pub filter: PeerFilter,
    /// The peers' scores, for the distribution of their overall index.
    pub peers: Vec<PeerScores>,
    /// The agency's earlier final assessments, oldest first.
    pub trend: Vec<TrendPoint>,
    pub lang: Lang,
    /// Western digits (the default) or Arabic-Indic, for every number the report shows.
    pub digits: Digits,
    pub paper: Paper,
    pub generated_at: DateTime<Utc>,
    /// Respondents are shown by name only when the consultant chooses so; otherwise by
    /// role and unit (interviews are often given on that understanding).
    pub name_respondents: bool,
    /// The optional sections it has.
    pub sections: Sections,
}

/// A rendered report and what tests and callers may want to know about it.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub pdf: Vec<u8>,
    pub pages: usize,
    /// Catalog messages the report asked for and did not find (should be empty).
    pub missing_strings: Vec<String>,
}

/// Renders the report to PDF bytes.
pub fn render(input: &ReportInput) -> Result<Vec<u8>, ReportError> {
    render_report(input).map(|r| r.pdf)
}

/// Renders the report; also returns its page count and any missing catalog messages.
pub fn render_report(input: &ReportInput) -> Result<Rendered, ReportError> {
    render_with(input, None)
}

/// Renders the report as a Word document (DOCX) from the same model as the PDF.
pub fn render_docx(input: &ReportInput) -> Result<RenderedDocx, ReportError> {
    check(input)?;
    docx::render(input, None)
}

/// The scores must be of the report's framework.
fn check(input: &ReportInput) -> Result<(), ReportError> {
    if input.scores.framework.id != input.framework.id || input.scores.dimensions.len() != input.framework.dimensions.len() {
        return Err(ReportError::Input(format!(
            "the scores are of framework `{}` with {} dimensions, the report is for `{}` with {}",
            input.scores.framework.id,
            input.scores.dimensions.len(),
            input.framework.id,
            input.framework.dimensions.len()
        )));
    }
    Ok(())
}

fn render_with(input: &ReportInput, rtl: Option<bool>) -> Result<Rendered, ReportError> {
    check(input)?;
    let model = model::build(input);
    let mut content = pdf::Content::new(&model, input.paper, rtl)?;
    content.build();
    let pages = content.finish();
    let (width, height) = input.paper.size();
    let title = format!("{} — {}", model.agency.name, model.framework.title);
    let subject = content.t.fmt("report-document-subject", &[("agency", (&model.agency.name).into())]);
    let meta = pdf::Meta {
        title: &text::clean(&title),
        subject: &text::clean(&subject),
        created: input.generated_at.timestamp(),
    };
    let bytes = pdf::write(&pages, &content.l.shaper.unicode, width, height, &meta)?;
    Ok(Rendered { pdf: bytes, pages: pages.len(), missing_strings: content.t.missing() })
}

/// Gathers a report's inputs: scores `doc`, and takes its benchmark (peers filtered by
/// `filter`), the peers' scores and the agency's trend from `store`.
pub fn build_input(store: &Store, doc: AssessmentDoc, framework: Arc<Framework>, filter: &PeerFilter, lang: Lang, paper: Paper) -> Result<ReportInput, ReportError> {
    let scores = mizan_core::score(&framework, &doc, lang);
    let benchmark = store.benchmark(&doc, &scores, filter)?;
    let peers = store.peer_scores(&framework, &doc.assessment.agency, filter)?;
    let trend = store.trend(&doc)?;
    Ok(ReportInput { doc, framework, scores, benchmark: Some(benchmark), filter: filter.clone(), peers, trend, lang, digits: Digits::Latin, paper, generated_at: Utc::now(), name_respondents: false, sections: Sections::default() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use mizan_core::{exchange, Catalog};

    fn sample(lang: Lang) -> ReportInput {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tests/fixtures/interview-wadi-health.mizan.json");
        let (doc, framework) = exchange::read_file(&path, &Catalog::builtin()).expect("sample");
        let scores = mizan_core::score(&framework, &doc, lang);
        ReportInput { doc, framework, scores, benchmark: None, filter: PeerFilter::default(), peers: Vec::new(), trend: Vec::new(), lang, digits: Digits::Latin, paper: Paper::A4, generated_at: Utc::now(), name_respondents: false, sections: Sections::default() }
    }

    fn run(tool: &str, args: &[&str]) -> String {
        let out = std::process::Command::new(tool).args(args).output().expect("poppler-utils and qpdf are installed");
        assert!(out.status.success(), "{tool}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Right-to-left layout (what an Arabic catalog will switch on): Arabic text is
    /// shaped with the Arabic face, and comes back from the PDF in reading order.
    #[test]
    fn right_to_left_report_keeps_arabic_text() {
        let mut input = sample(Lang::Ar);
        let name = "هيئة خدمات الصحة في وادي";
        input.doc.assessment.agency.name = name.into();
        input.doc.answers[0].note = "ملاحظة: التجربة في فرعين فقط (2 branches) حتى 2026.".into();
        let r = render_with(&input, Some(true)).expect("render");
        let dir = tempfile::tempdir().expect("tmp");
        let pdf = dir.path().join("ar.pdf");
        std::fs::write(&pdf, &r.pdf).expect("write");
        let pdf = pdf.to_string_lossy();
        assert!(run("qpdf", &["--check", &pdf]).contains("No syntax or stream encoding errors"));
        let fonts = run("pdffonts", &[&pdf]);
        assert!(fonts.contains("+NotoSansArabic-Bold"), "{fonts}");
        let text = run("pdftotext", &["-enc", "UTF-8", "-f", "1", "-l", "1", &pdf, "-"]);
        assert!(text.contains(name), "Arabic agency name not extracted in reading order:\n{text}");
    }

    /// The PDF has the sections chosen, in order, and always the executive summary.
    #[test]
    fn a_pdf_without_a_section_has_neither_its_pages_nor_its_heading() {
        let full = render_report(&sample(Lang::En)).expect("render");
        let (text, _) = text_of(&sample(Lang::En));
        let mut input = sample(Lang::En);
        input.sections = Sections::all_but(Section::Methodology).without(Section::Dimensions);
        let short = render_report(&input).expect("render");
        assert!(short.pages < full.pages, "{} of {} pages", short.pages, full.pages);
        let (short_text, _) = text_of(&input);
        for kept in ["Executive summary", "Roadmap", "Benchmark"] {
            assert!(short_text.contains(kept), "{kept}");
        }
        // The respondents' table: its heading, then its header row.
        let respondents = "Respondents Role Unit";
        for gone in ["Methodology", respondents, "Dimension 1 of"] {
            assert!(text.contains(gone), "{gone} in the full report");
            assert!(!short_text.contains(gone), "{gone} was left out");
        }
        // The respondents alone can be left out of the methodology.
        input.sections = Sections::default().without(Section::Respondents);
        let (text, _) = text_of(&input);
        assert!(text.contains("Methodology") && !text.contains(respondents));
        assert_eq!(Section::ALL.map(|s| Section::parse(s.name())), Section::ALL.map(Some));
    }

    fn text_of(input: &ReportInput) -> (String, Vec<String>) {
        let r = render_report(input).expect("render");
        assert!(r.missing_strings.is_empty(), "{:?}", r.missing_strings);
        let dir = tempfile::tempdir().expect("tmp");
        let pdf = dir.path().join("r.pdf");
        std::fs::write(&pdf, &r.pdf).expect("write");
        let pdf = pdf.to_string_lossy();
        let squash = |s: String| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let pages = (1..=r.pages).map(|p| squash(run("pdftotext", &["-enc", "UTF-8", "-f", &p.to_string(), "-l", &p.to_string(), &pdf, "-"]))).collect::<Vec<_>>();
        (pages.join(" "), pages)
    }

    /// The report of core's interview sample (four respondents, disagreements, two
    /// consensus levels), written in `lang`.
    fn interview_input(lang: Lang) -> ReportInput {
        let catalog = Catalog::builtin();
        let doc = mizan_core::sample::interview_sample(&catalog, lang).expect("sample");
        let framework = catalog.require(&doc.framework.id, Some(&doc.framework.version)).expect("framework").clone();
        let scores = mizan_core::score(&framework, &doc, lang);
        ReportInput { doc, framework, scores, ..sample(lang) }
    }

    fn against(mut input: ReportInput, peers: &[PeerScores]) -> ReportInput {
        let ids: Vec<String> = input.framework.dimensions.iter().map(|d| d.id.clone()).collect();
        let own = mizan_core::benchmark::Own::of(&input.scores);
        input.benchmark = Some(mizan_core::benchmark::compare(&input.filter, &ids, input.framework.level_count(), &own, peers));
        input.peers = peers.to_vec();
        input
    }

    /// The sample with answers to its first three dimensions only, from an agency in
    /// the interior sector of Tunisia, without peers.
    fn partial() -> ReportInput {
        let mut input = sample(Lang::En);
        let keep: Vec<String> = input.framework.dimensions.iter().take(3).map(|d| d.id.clone()).collect();
        let fw = input.framework.clone();
        input.doc.answers.retain(|a| fw.question_position(&a.question).is_some_and(|q| keep.contains(&fw.questions[q].dimension)));
        input.doc.consensus.clear();
        let agency = &mut input.doc.assessment.agency;
        (agency.sector, agency.country, agency.size) = ("interior".into(), "TN".into(), "large".into());
        input.scores = mizan_core::score(&input.framework, &input.doc, Lang::En);
        against(input, &[])
    }

    /// Issue 16 items 2, 4, 7, 8, 10, 11 on a partial draft.
    #[test]
    fn a_partial_draft_shows_what_is_missing_as_missing() {
        let input = partial();
        let (text, pages) = text_of(&input);
        // 7: the app's labels on the cover.
        assert!(text.contains("Interior · Tunisia · Large (1,000 to 10,000 staff)"), "cover profile: {}", &pages[0]);
        // 4: completeness as a whole percent, rounded down.
        let floor = (input.scores.completeness * 100.0 + 1e-9).floor();
        assert!(pages[0].contains(&format!("Completeness {floor}% (")), "{}", &pages[0]);
        assert!((input.scores.completeness * 100.0).fract() > 0.01, "the fixture's share is not whole");
        // 2: no strongest of three scored dimensions out of nine; unscored named on the radar.
        assert!(!text.contains("Strongest dimensions") && !text.contains("Weakest dimensions"));
        assert!(text.contains("Strongest and weakest dimensions are named once at least half of the dimensions have a score (3 of 9"));
        assert!(text.contains("(not answered)") && text.contains("Not answered (no score)"));
        // 8: the title says what is drawn.
        assert!(!text.contains("against the peer median"), "no peer median is drawn");
        // 10: one sentence, not two.
        assert!(!text.contains("No peer comparison for this dimension: No benchmark"));
        assert!(text.contains("No peer comparison for this dimension: no peer assessment has a score here"));
        // 11: one section for the six unanswered dimensions; no near-blank benchmark page.
        assert!(text.contains("Dimensions not answered yet"));
        assert!(!text.contains("No question of this dimension has a level yet"));
        // A page per unanswered dimension would add six; the methodology's table of the
        // framework's weights (issue 14) adds at most one.
        assert!(pages.len() < 13, "{} pages", pages.len());
        let bench = pages.iter().find(|p| p.contains("No benchmark is shown")).expect("benchmark reason");
        assert!(bench.split(' ').count() > 80, "near-blank benchmark page: {bench}");
    }

    fn peers(input: &ReportInput, n: usize) -> Vec<PeerScores> {
        (0..n)
            .map(|i| {
                let v = 1.0 + 4.0 * (i as f64 + 0.5) / n as f64;
                PeerScores { overall: Some(v), dimensions: input.scores.dimensions.iter().map(|_| Some(v)).collect() }
            })
            .collect()
    }

    /// Issue 16 items 1, 6, 12 on the interview sample (a partial draft) against peers.
    #[test]
    fn an_incomplete_draft_is_not_ranked_and_its_disagreements_are_summarised() {
        let mut input = sample(Lang::En);
        let first = input.framework.questions[0].id.clone();
        input.doc.answers.retain(|a| a.question != first);
        input.doc.consensus.retain(|c| c.question != first);
        input.scores = mizan_core::score(&input.framework, &input.doc, Lang::En);
        let input = against(input.clone(), &peers(&input, 12));
        let m = model::build(&input);
        assert!(!m.completeness.is_complete());
        let (text, pages) = text_of(&input);
        let left = m.completeness.questions_left();
        let left = if left == 1 { "one question left".to_string() } else { format!("{left} questions left") };
        assert!(pages[1].contains(&format!("Rank shown once the assessment is complete ({left})")), "{}", &pages[1]);
        assert!(!pages[1].contains(" ranks "), "{}", &pages[1]);
        assert!(text.contains("peers (all agencies, all sectors and countries)"));
        assert!(text.contains("all agencies, all sectors and countries"));
        // 12: how many disagreements, and where.
        let d = &m.disagreements;
        let first = &m.dimensions[d.dimensions[0]].title;
        assert!(pages[1].contains(&format!("Respondents disagree (levels two or more apart) on {} questions: {first} (", d.questions)), "{}", &pages[1]);
        // A fully answered dimension is ranked in plain words; the others say why not.
        if m.dimensions.iter().any(|d| d.is_fully_answered() && d.score.is_some()) {
            assert!(text.contains("better than"), "no 'better than' for a fully answered dimension");
        }
        assert!(text.contains("not ranked: dimension not fully answered"));
        // 6: the peer count once, not a column of equal numbers.
        assert!(text.contains("Every row compares with 12 peers."));
        assert!(!text.contains("QUARTILE.INC Rank"), "method detail stays in the methodology");
    }

    /// The interview sample: the summary says how many disagreements and where, each
    /// dimension shows its disagreements with the consensus and its rationale after them,
    /// and the respondents are listed by role and unit, in order, without their names.
    #[test]
    fn an_interview_report_reads_disagreements_consensus_and_respondents_in_order() {
        let input = interview_input(Lang::En);
        let doc = &input.doc;
        let disagreements = input.scores.questions.iter().filter(|q| q.disagreement).count();
        assert!(disagreements >= 3 && doc.consensus.len() == 2 && doc.respondents.len() == 4);
        let (text, pages) = text_of(&input);
        assert!(pages[1].contains(&format!("Respondents disagree (levels two or more apart) on {disagreements} questions: ")), "{}", &pages[1]);
        assert_eq!(text.matches("Answers differ by").count(), disagreements);
        for c in &doc.consensus {
            let q = input.framework.questions.iter().find(|q| q.id == c.question).unwrap();
            let at = text.find(&q.text.en.split_whitespace().collect::<Vec<_>>().join(" ")).expect("question shown");
            let differ = at + text[at..].find("Answers differ by").expect("disagreement after its question");
            let agreed = text[differ..].find(&format!("Consensus on level {}: {}", c.level, c.rationale)).expect("consensus with rationale after it");
            assert!(agreed < 400, "the consensus follows its disagreement");
        }
        let table = text.rfind("Respondents Role Unit Interviewed Answers").expect("the respondents table, without a name column, with the interviews' days");
        let mut at = table;
        for r in &doc.respondents {
            let row = format!("{} {} {}", r.role, r.unit, r.interviewed_on.as_deref().expect("the sample records each interview's day"));
            at += text[at..].find(&row).unwrap_or_else(|| panic!("{row} missing or out of order"));
            assert!(!text.contains(&r.name), "{} named", r.name);
        }
    }

    /// Lists in an Arabic sentence (the dimensions with disagreements, each disagreement's
    /// answers) take the Arabic comma: a Latin one read «(2), الحكومة».
    #[test]
    fn an_arabic_reports_lists_take_the_arabic_comma() {
        let (text, _) = text_of(&interview_input(Lang::Ar));
        let arabic = |c: char| ('\u{0600}'..='\u{06FF}').contains(&c);
        let chars: Vec<char> = text.chars().collect();
        let latin_commas: Vec<String> = chars
            .windows(3)
            .filter(|w| w[0] == ',' && w[1] == ' ' && arabic(w[2]))
            .map(|w| w.iter().collect())
            .collect();
        assert!(latin_commas.is_empty(), "a Latin comma before Arabic words: {latin_commas:?}");
        assert!(text.matches('،').count() >= 3, "the lists are there, with the Arabic comma");
    }

    /// An assessment stored without a title, and the unnamed respondent of a
    /// self-assessment, are told in the report's language; older English values as stored.
    #[test]
    fn an_untitled_assessment_and_the_agency_itself_are_named_in_the_reports_language() {
        for (lang, untitled, agency) in [(Lang::En, "Untitled assessment", "The agency (self-assessment)"), (Lang::Fr, "Évaluation sans titre", "L'organisme (auto-évaluation)")] {
            let mut input = sample(lang);
            input.doc.assessment.title = String::new();
            input.doc.respondents[0].name = String::new();
            input.name_respondents = true;
            let (text, pages) = text_of(&input);
            assert!(pages[0].contains(untitled), "{lang:?} cover: {}", pages[0]);
            assert!(text.contains(agency), "{lang:?}: the unnamed respondent in the respondents' table");
        }
        let mut input = sample(Lang::Fr);
        input.doc.assessment.title = "Ministry of Health — Public-Sector Innovation Readiness".into();
        let (_, pages) = text_of(&input);
        assert!(pages[0].contains("Ministry of Health — Public-Sector Innovation Readiness"), "an older default title, as stored");
    }

    /// Issue 14: the methodology pages show the framework's note, its weights with their
    /// reasons and its sources (IMAPS, the ESCWA 2017 study); the roadmap names owners.
    #[test]
    fn the_methodology_shows_the_frameworks_note_weights_and_sources() {
        let catalog = Catalog::builtin();
        let doc = mizan_core::sample::interview_sample(&catalog, Lang::En).expect("sample");
        let framework = catalog.require(&doc.framework.id, Some(&doc.framework.version)).expect("framework").clone();
        assert!(framework.methodology.is_some(), "the sample is on the current edition");
        let scores = mizan_core::score(&framework, &doc, Lang::En);
        let input = ReportInput { doc, framework, scores, ..sample(Lang::En) };
        let (text, _) = text_of(&input);
        let method = &text[text.find("How scores are computed").expect("methodology")..];
        let in_order = ["The framework", "What changed in this edition", "What it measures", "How to read the levels", "When an agency meets part of a level", "What it does not cover", "Weights other than 1", "Sources of the framework", "Respondents"];
        let mut at = 0;
        for head in in_order {
            at += method[at..].find(head).unwrap_or_else(|| panic!("{head} missing or out of order"));
        }
        let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let fw = &input.framework;
        let first_weighted = fw.dimensions.iter().find(|d| d.weight != 1.0).expect("a weight other than 1");
        let why = squash(first_weighted.weight_rationale.as_ref().expect("its reason").en.as_str());
        assert!(method.contains(&why[..40]), "{why}");
        assert!(method.contains("(IMAPS)"));
        assert!(method.contains("Integration of Service Delivery in the Arab Region: Role of Standards and Interoperability"));
        let owner = squash(fw.questions.iter().find_map(|q| q.owner.as_ref()).expect("an owner").en.as_str());
        assert!(text.contains(&format!("Owner: {}", &owner[..20])), "the roadmap names owners");
    }

    #[test]
    fn scores_of_another_framework_are_refused() {
        let mut input = sample(Lang::En);
        input.scores.dimensions.pop();
        assert!(matches!(render(&input), Err(ReportError::Input(_))));
    }

    /// The Arabic report's text layer gives the framework's Arabic back exactly, lam-alef
    /// ligatures («للابتكار», not «لالبتكار») included.
    #[test]
    fn arabic_report_text_has_the_frameworks_arabic_sentences_exactly() {
        // The sample is on edition 1.0.0, translated like 1.1.0.
        let input = sample(Lang::Ar);
        assert_eq!(input.framework.version, "1.0.0");
        let (text, _) = text_of(&input);
        let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut wanted = vec![squash(input.framework.title.get(Lang::Ar))];
        wanted.extend(input.framework.dimensions.iter().map(|d| squash(d.title.get(Lang::Ar))));
        assert!(wanted.iter().any(|w| ["لا", "لأ", "لإ", "لآ"].iter().any(|l| w.contains(l))), "no lam-alef to check in {wanted:?}");
        for w in &wanted {
            assert!(text.contains(w.as_str()), "«{w}» not in the Arabic report's text");
        }
    }

    #[test]
    fn arabic_without_its_catalog_is_an_english_left_to_right_report() {
        let input = sample(Lang::Ar);
        let r = render_report(&input).expect("render");
        assert!(r.missing_strings.is_empty());
        let model = model::build(&input);
        let content = pdf::Content::new(&model, input.paper, None).expect("content");
        assert_eq!(content.l.rtl, crate::i18n::Strings::new(Lang::Ar).expect("strings").translated());
    }
}
