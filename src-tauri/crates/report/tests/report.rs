//! The report end to end: rendered from a database with peers, then checked with the
//! poppler and qpdf tools a reader's machine would have (`qpdf`, `pdftotext`,
//! `pdffonts`, `pdftoppm`, `pdfinfo`).

mod common;

use common::*;
use mizan_core::Lang;
use mizan_report::{render_report, Paper};
use std::path::Path;
use std::process::Command;

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name).args(args).output().unwrap_or_else(|e| panic!("cannot run {name} (install poppler-utils and qpdf): {e}"));
    assert!(out.status.success(), "{name} {args:?} failed: {}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Whitespace collapsed, so text wrapped over lines still matches.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn write_pdf(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write pdf");
    p.to_string_lossy().into_owned()
}

/// The `mizan` binary of this workspace, built if need be (it belongs to mizan-cli,
/// so cargo does not build it for this crate's tests).
fn mizan_binary() -> std::path::PathBuf {
    let status = Command::new(env!("CARGO"))
        .args(["build", "--quiet", "-p", "mizan-cli", "--bin", "mizan"])
        .current_dir(repo_root())
        .status()
        .expect("run cargo build");
    assert!(status.success(), "cannot build the mizan binary");
    // Tests run from target/<profile>/deps/.
    let exe = std::env::current_exe().expect("test path");
    let bin = exe.parent().and_then(|d| d.parent()).expect("target dir").join(format!("mizan{}", std::env::consts::EXE_SUFFIX));
    assert!(bin.is_file(), "no binary at {}", bin.display());
    bin
}

fn assert_fonts_embedded_and_subset(pdf: &str) {
    let fonts = tool("pdffonts", &[pdf]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(rows.len() >= 2, "{fonts}");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert_eq!(&cols[n - 5..n - 2], &["yes", "yes", "yes"], "emb/sub/uni not all yes: {row}");
        assert_eq!(cols[0].as_bytes().get(6), Some(&b'+'), "no subset tag: {row}");
    }
}

fn pages_of(pdf: &str) -> usize {
    let info = tool("pdfinfo", &[pdf]);
    let line = info.lines().find(|l| l.starts_with("Pages:")).expect("page count");
    line["Pages:".len()..].trim().parse().expect("number")
}

/// The done-when check: `mizan report FILE -o OUT.pdf` against a database with peers.
#[test]
fn cli_report_of_the_interview_sample() {
    let fx = store_with_peers(20);
    // What the report must say, computed the way the CLI does.
    let input = interview_input(&fx, Lang::En, Paper::A4);
    let db = fx.dir.path().join("mizan.db");
    let out = fx.dir.path().join("out.pdf");
    let run = Command::new(mizan_binary())
        .arg("--db")
        .arg(&db)
        .args(["report", &fixture(INTERVIEW).to_string_lossy(), "-o"])
        .arg(&out)
        .output()
        .expect("run mizan");
    assert!(run.status.success(), "mizan report failed: {}", String::from_utf8_lossy(&run.stderr));
    let pdf = out.to_string_lossy().into_owned();

    let check = tool("qpdf", &["--check", &pdf]);
    assert!(check.contains("No syntax or stream encoding errors"), "{check}");
    assert!(pages_of(&pdf) >= 10);
    assert!(tool("pdfinfo", &[&pdf]).contains("595.28 x 841.89"), "not A4");
    assert_fonts_embedded_and_subset(&pdf);

    let text = squash(&tool("pdftotext", &["-enc", "UTF-8", &pdf, "-"]));
    assert!(text.contains(&input.doc.assessment.agency.name), "agency name missing");
    let mut at = 0;
    for d in &input.framework.dimensions {
        // Dimension sections come in framework order.
        let needle = format!("of {} {}", input.framework.dimensions.len(), squash(&d.title.en));
        let found = text[at..].find(&needle).unwrap_or_else(|| panic!("dimension section missing or out of order: {}", d.title.en));
        at += found + needle.len();
    }
    // The roadmap lists every recommendation; after its heading they appear in the
    // report's reading order: dimension groups in order of first appearance, priority
    // order within each.
    let recs = &input.scores.recommendations;
    assert!(recs.len() > 5);
    let roadmap_at = text.find("Roadmap Every gap").expect("roadmap heading");
    let mut groups: Vec<&str> = Vec::new();
    for r in recs {
        if !groups.contains(&r.dimension.as_str()) {
            groups.push(&r.dimension);
        }
    }
    let mut at = roadmap_at;
    for d in groups {
        for r in recs.iter().filter(|r| r.dimension == d) {
            let needle = squash(&r.text);
            let found = text[at..].find(&needle).unwrap_or_else(|| panic!("recommendation for {} missing or out of order: {needle}", r.question));
            at += found + needle.len();
        }
    }
    // The executive summary shows the first five, in priority order, before the roadmap.
    let mut at = text.find("Five priority recommendations").expect("priorities heading");
    for r in recs.iter().take(5) {
        let needle = squash(&r.text);
        let found = text[at..roadmap_at].find(&needle).unwrap_or_else(|| panic!("priority out of order: {needle}"));
        at += found + needle.len();
    }
    // Peers were compared, the trend was drawn, the draft is said to be one.
    let n = input.benchmark.as_ref().map(|b| b.peers.n).unwrap_or(0);
    assert!(n >= 20);
    assert!(text.contains(&format!("{n} peer assessments match")), "peer count missing");
    assert!(text.contains("Quartiles per dimension"));
    assert!(text.contains("Trend of the overall index"));
    assert!(text.contains("This is a draft"));
    assert!(text.contains("QUARTILE.INC"));
    // Respondents by role and unit; names only when asked for (`--name-respondents`).
    for p in &input.doc.respondents {
        assert!(text.contains(&squash(&p.role)) && text.contains(&squash(&p.unit)), "respondent {} missing", p.role);
        assert!(!text.contains(&p.name), "respondent {} named without --name-respondents", p.role);
    }
    let named = fx.dir.path().join("named.pdf");
    let run = Command::new(mizan_binary())
        .arg("--db")
        .arg(&db)
        .args(["report", &fixture(INTERVIEW).to_string_lossy(), "--name-respondents", "-o"])
        .arg(&named)
        .output()
        .expect("run mizan");
    assert!(run.status.success(), "mizan report failed: {}", String::from_utf8_lossy(&run.stderr));
    let text = squash(&tool("pdftotext", &["-enc", "UTF-8", &named.to_string_lossy(), "-"]));
    for p in &input.doc.respondents {
        assert!(text.contains(&p.name), "respondent {} missing", p.name);
    }
}

/// The cover names the report's own framework: a Digital Government Maturity or service
/// integration report used to be headed "Innovation readiness benchmark report".
#[test]
fn the_cover_of_another_frameworks_report_does_not_claim_innovation_readiness() {
    let dir = tempfile::TempDir::new().expect("temp dir");
    let out = dir.path().join("service.pdf");
    let run = Command::new(mizan_binary())
        .arg("--db")
        .arg(dir.path().join("mizan.db"))
        .args(["report", &fixture("self-bahr-municipality.mizan.json").to_string_lossy(), "-o"])
        .arg(&out)
        .output()
        .expect("run mizan");
    assert!(run.status.success(), "mizan report failed: {}", String::from_utf8_lossy(&run.stderr));
    let cover = squash(&tool("pdftotext", &["-enc", "UTF-8", "-l", "1", &out.to_string_lossy(), "-"]));
    assert!(cover.contains("Benchmark report") && cover.contains("Integrated Service Delivery and Interoperability"), "{cover}");
    assert!(!cover.to_lowercase().contains("innovation"), "{cover}");
}

#[test]
fn library_report_has_every_string_and_ten_pages() {
    let fx = store_with_peers(20);
    let input = interview_input(&fx, Lang::En, Paper::A4);
    let r = render_report(&input).expect("render");
    assert!(r.missing_strings.is_empty(), "missing catalog messages: {:?}", r.missing_strings);
    assert!(r.pages >= 10, "only {} pages", r.pages);
    assert!(r.pdf.len() < 400 * 1024, "{} bytes", r.pdf.len());
    let pdf = write_pdf(fx.dir.path(), "report.pdf", &r.pdf);
    assert_eq!(pages_of(&pdf), r.pages);
    assert_words_within_margins(&pdf, 595.28, 841.89);
}

#[test]
fn every_page_is_drawn() {
    let fx = store_with_peers(20);
    let input = interview_input(&fx, Lang::En, Paper::Letter);
    let r = render_report(&input).expect("render");
    let pdf = write_pdf(fx.dir.path(), "letter.pdf", &r.pdf);
    let info = tool("pdfinfo", &[&pdf]);
    assert!(info.contains("612 x 792"), "not Letter: {info}");
    assert_words_within_margins(&pdf, 612.0, 792.0);
    // The executive summary is one page, Letter's shorter one included.
    let summary = squash(&tool("pdftotext", &["-enc", "UTF-8", "-f", "2", "-l", "2", &pdf, "-"]));
    assert!(summary.contains("Executive summary"));
    for r in input.scores.recommendations.iter().take(5) {
        assert!(summary.contains(&squash(&r.text)), "priority not on the summary page: {}", r.text);
    }
    let prefix = fx.dir.path().join("page");
    tool("pdftoppm", &["-gray", "-r", "20", &pdf, &prefix.to_string_lossy()]);
    let mut pages: Vec<_> = std::fs::read_dir(fx.dir.path())
        .expect("list")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "pgm"))
        .collect();
    pages.sort();
    assert_eq!(pages.len(), r.pages);
    for p in pages {
        let ink = dark_share(&std::fs::read(&p).expect("read pgm"));
        // Text and rules cover a few per cent of a page; a blank page has none.
        assert!(ink > 0.004, "{} looks blank ({:.4} dark)", p.display(), ink);
    }
}

/// Every word of every page lies between the side margins (58 pt) of a page of that
/// size, and on the page (header and footer included).
fn assert_words_within_margins(pdf: &str, width: f64, height: f64) {
    let html = tool("pdftotext", &["-bbox", "-enc", "UTF-8", pdf, "-"]);
    let attr = |line: &str, name: &str| -> f64 {
        let at = line.find(&format!("{name}=\"")).expect("attribute") + name.len() + 2;
        line[at..].split('"').next().and_then(|v| v.parse().ok()).expect("number")
    };
    let mut words = 0;
    for line in html.lines().filter(|l| l.trim_start().starts_with("<word ")) {
        let (x0, x1) = (attr(line, "xMin"), attr(line, "xMax"));
        assert!(x0 >= 58.0 - 0.5 && x1 <= width - 58.0 + 0.5, "word outside the margins ({x0:.1}..{x1:.1}): {line}");
        let (y0, y1) = (attr(line, "yMin"), attr(line, "yMax"));
        assert!(y0 >= 30.0 && y1 <= height - 30.0, "word off the page ({y0:.1}..{y1:.1}): {line}");
        words += 1;
    }
    assert!(words > 1000, "only {words} words");
}

/// A draft carries a watermark on every page, drawn as shapes: it darkens the page but
/// does not mix into its text.
#[test]
fn drafts_are_watermarked_outside_the_text() {
    let fx = store_with_peers(3);
    let draft = interview_input(&fx, Lang::En, Paper::A4);
    assert_eq!(draft.doc.assessment.status, mizan_core::Status::Draft);
    let mut fin = draft.clone();
    fin.doc.assessment.status = mizan_core::Status::Final;
    fin.doc.assessment.finalized_at = Some("2026-03-12T10:00:00.000Z".into());
    let mut ink = Vec::new();
    for (name, input) in [("draft", &draft), ("final", &fin)] {
        let pdf = write_pdf(fx.dir.path(), &format!("{name}.pdf"), &render_report(input).expect("render").pdf);
        let text = tool("pdftotext", &["-enc", "UTF-8", &pdf, "-"]);
        assert!(!text.contains("DRAFT") && !text.contains("DR\n"), "the watermark leaked into the text of the {name}");
        let prefix = fx.dir.path().join(name);
        tool("pdftoppm", &["-gray", "-r", "20", "-f", "3", "-l", "3", &pdf, &prefix.to_string_lossy()]);
        let page = std::fs::read_dir(fx.dir.path())
            .expect("list")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| p.extension().is_some_and(|x| x == "pgm") && p.file_name().is_some_and(|n| n.to_string_lossy().starts_with(name)))
            .expect("page image");
        ink.push(mean_darkness(&std::fs::read(page).expect("read pgm")));
    }
    // Page 3 is the same in both but for the watermark (faint, a few per cent of the page).
    assert!(ink[0] > ink[1] + 0.1, "draft page not darker than the final one: {ink:?}");
}

/// Mean darkness (0 white .. 255 black) of a binary PGM (P5) image.
fn mean_darkness(pgm: &[u8]) -> f64 {
    let pixels = pgm_pixels(pgm);
    pixels.iter().map(|&p| 255.0 - p as f64).sum::<f64>() / pixels.len() as f64
}

fn pgm_pixels(pgm: &[u8]) -> &[u8] {
    // Header: "P5\n<w> <h>\n<max>\n"
    let mut fields = 0;
    let mut i = 0;
    while fields < 4 {
        while pgm[i].is_ascii_whitespace() {
            i += 1;
        }
        if fields == 0 {
            assert_eq!(&pgm[i..i + 2], b"P5");
        }
        while !pgm[i].is_ascii_whitespace() {
            i += 1;
        }
        fields += 1;
    }
    &pgm[i + 1..]
}

/// Share of pixels darker than light grey in a binary PGM (P5) image.
fn dark_share(pgm: &[u8]) -> f64 {
    let pixels = pgm_pixels(pgm);
    pixels.iter().filter(|&&p| p < 200).count() as f64 / pixels.len() as f64
}

#[test]
fn hostile_text_stays_valid_and_wraps() {
    let fx = store_with_peers(3);
    let mut input = interview_input(&fx, Lang::En, Paper::A4);
    let hostile = "Evil (agency) \\ ) ( [x] {y} <z> %PDF-1.7 endstream endobj \u{0} \u{7} \u{1b}[31m \u{202E}desrever\u{202C} \u{2066}iso\u{2069} 😀🇯🇴 中文 \u{FEFF}";
    input.doc.assessment.agency.name = format!("{hostile} Authority");
    let long_word = "Supercalifragilistic".repeat(30);
    for a in input.doc.answers.iter_mut().take(6) {
        a.note = format!("{hostile} {long_word} ) ) ) \\\\\\ (((");
        a.evidence = "line one\nline two\r\nline\tthree \u{2028} four".into();
    }
    input.doc.respondents[0].name = "\u{202E}Rana\u{202C} (\\) Haddad".into();
    let r = render_report(&input).expect("render hostile");
    let pdf = write_pdf(fx.dir.path(), "hostile.pdf", &r.pdf);
    let check = tool("qpdf", &["--check", &pdf]);
    assert!(check.contains("No syntax or stream encoding errors"), "{check}");
    let text = tool("pdftotext", &["-enc", "UTF-8", &pdf, "-"]);
    // Brackets and backslashes are kept as text; controls and overrides are gone.
    assert!(text.contains("Evil (agency) \\ ) ( [x] {y} <z> %PDF-1.7 endstream endobj"), "hostile name not rendered as text");
    assert!(!text.contains('\u{202E}') && !text.contains('\u{1b}') && !text.contains('\u{0}'));
    assert!(text.contains("desrever"), "overridden text should read as typed");
    // The long word was broken to fit: no output line is longer than a page line can be.
    let longest = text.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(longest < 160, "a line of {longest} characters did not wrap");
    assert!(text.contains("Supercalifragilistic"));
    // Everything wrapped inside the margins.
    assert_words_within_margins(&pdf, 595.28, 841.89);
}

#[test]
fn below_three_peers_the_benchmark_says_why() {
    let fx = store_with_peers(1);
    let input = interview_input(&fx, Lang::En, Paper::A4);
    let peers = input.benchmark.as_ref().map(|b| b.peers.n).unwrap_or(0);
    assert!(peers < 3, "fixture has {peers} peers");
    let r = render_report(&input).expect("render");
    assert!(r.missing_strings.is_empty(), "{:?}", r.missing_strings);
    let pdf = write_pdf(fx.dir.path(), "few.pdf", &r.pdf);
    let text = squash(&tool("pdftotext", &["-enc", "UTF-8", &pdf, "-"]));
    assert!(text.contains(&format!("No benchmark is shown: only {peers} peer assessments match, and a benchmark needs at least 3")), "reason missing");
    assert!(!text.contains("Quartiles per dimension"));
}

#[test]
fn same_input_same_bytes() {
    let fx = store_with_peers(5);
    let input = interview_input(&fx, Lang::En, Paper::A4);
    let a = render_report(&input).expect("render").pdf;
    let b = render_report(&input).expect("render").pdf;
    assert!(a == b, "two renderings of the same input differ");
}

/// Issue 13 item 1: Western digits by default, Arabic-Indic when asked. The same Arabic
/// report's index reads "55.3" in the one and "٥٥٫٣" in the other; page count unchanged.
#[test]
fn arabic_indic_digits_only_when_asked() {
    let fx = store_with_peers(20);
    let latin = interview_input(&fx, Lang::Ar, Paper::A4);
    let index = format!("{:.1}", latin.scores.overall.index.expect("the sample has an index"));
    let arabic_index = mizan_core::Digits::Arabic.apply(&index).into_owned();
    assert_ne!(index, arabic_index);
    let arabic = mizan_report::ReportInput { digits: mizan_core::Digits::Arabic, ..latin.clone() };
    let (a, b) = (render_report(&latin).expect("render"), render_report(&arabic).expect("render"));
    let text_a = squash(&tool("pdftotext", &["-enc", "UTF-8", &write_pdf(fx.dir.path(), "latin.pdf", &a.pdf), "-"]));
    let text_b = squash(&tool("pdftotext", &["-enc", "UTF-8", &write_pdf(fx.dir.path(), "arabic.pdf", &b.pdf), "-"]));
    assert!(text_a.contains(&index) && !text_a.contains(&arabic_index), "Latin digits by default");
    assert!(text_b.contains(&arabic_index), "Arabic-Indic digits when asked: {arabic_index} not in the text");
    assert!(!text_b.contains(&index), "no Western index left: {index}");
    assert!(text_b.contains('٪'), "the percent sign is the Arabic one");
    assert_eq!(a.pages, b.pages);
    // In English too, when asked (the setting is the reader's, whatever the language).
    let en = mizan_report::ReportInput { digits: mizan_core::Digits::Arabic, ..interview_input(&fx, Lang::En, Paper::A4) };
    let text_en = squash(&tool("pdftotext", &["-enc", "UTF-8", &write_pdf(fx.dir.path(), "en.pdf", &render_report(&en).expect("render").pdf), "-"]));
    assert!(text_en.contains(&arabic_index), "{arabic_index} in the English report");
}

/// Issue 13 item 4: in an Arabic report, a dimension title with no Arabic translation is
/// printed in English followed by [EN], and the methodology says what the mark means;
/// the translated titles carry no mark.
#[test]
fn an_untranslated_text_is_marked_in_the_printed_report() {
    let fx = store_with_peers(0);
    let mut input = interview_input(&fx, Lang::Ar, Paper::A4);
    let mut fw = (*input.framework).clone();
    fw.dimensions[1].title.ar = None;
    let english_title = fw.dimensions[1].title.en.clone();
    let arabic_title = fw.dimensions[0].title.ar.clone().expect("built-in is translated");
    input.framework = std::sync::Arc::new(fw);
    let r = render_report(&input).expect("render");
    let text = squash(&tool("pdftotext", &["-enc", "UTF-8", &write_pdf(fx.dir.path(), "marked.pdf", &r.pdf), "-"]));
    assert!(text.contains(&format!("{english_title} [EN]")), "{english_title} [EN] not in the text");
    assert!(text.contains("لم تتم ترجمتها بعد إلى العربية"), "the note on the mark is missing");
    assert!(text.contains(&arabic_title) && !text.contains(&format!("{arabic_title} [EN]")), "a translated title is not marked");
}
