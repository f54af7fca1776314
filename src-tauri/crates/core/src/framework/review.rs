//! Content rules for a built-in edition (issue 14), beyond the file format: a file can
//! be valid and still not be a methodology an interviewer can apply. The core tests
//! hold every 1.1 edition and `digital-government` to these rules; 1.0.0 files predate
//! them. Each finding names the question (or dimension) and says what to write.

use super::Framework;
use crate::text::Text;

/// Level-2 words that say nothing observable unless a threshold goes with them.
const VAGUE_QUANTITIES: &[&str] = &["some", "occasional", "occasionally", "sometimes"];

/// Words that turn "some" into something an interviewer can check.
const THRESHOLDS: &[&str] = &[
    "at least", "fewer than", "less than", "more than", "up to", "half", "a third", "a quarter", "one ", "a single", "%", "per cent", "percent", "no more than", "none",
];

/// Conditions an agency cannot meet by itself: they depend on others' opinion.
const OUTSIDE_RECOGNITION: &[&str] = &[
    "peers cite", "cited by", "cite it", "recognised by", "recognized by", "recognised as", "recognized as", "recognition from", "receives recognition", "award", "internationally",
    "emulate", "copied by", "other agencies adopt", "others adopt", "held up as", "a model for", "a reference for",
];

/// Openings of a level-5 recommendation that tells nobody what to do.
const GENERIC_OPENINGS: &[&str] = &["share", "publish", "disseminate", "showcase", "keep sharing", "document and share", "continue"];

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// Whether a descriptor leans on "some"/"occasional" with no threshold to check.
pub fn vague_without_threshold(text: &str) -> bool {
    let lower = text.to_lowercase();
    let vague = words(text).iter().any(|w| VAGUE_QUANTITIES.contains(&w.as_str()));
    let counted = lower.chars().any(|c| c.is_ascii_digit()) || THRESHOLDS.iter().any(|t| lower.contains(t));
    vague && !counted
}

/// The outside-recognition phrase a descriptor relies on, if any ("a recognised
/// standard" is fine: it names what the agency meets, not who praises it).
pub fn outside_recognition(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    OUTSIDE_RECOGNITION.iter().copied().find(|p| lower.contains(p))
}

/// Whether a recommendation is a generic "share/publish" (or too short to be specific).
pub fn generic_recommendation(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    GENERIC_OPENINGS.iter().any(|g| lower.starts_with(g)) || words(text).len() < 8
}

/// A source address that names a site, not the document (`https://www.oecd.org/`).
pub fn bare_domain(url: &str) -> bool {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let path = rest.split_once('/').map(|(_, p)| p).unwrap_or("");
    path.trim_matches('/').is_empty()
}

fn missing(t: &Option<Text>) -> bool {
    t.as_ref().is_none_or(|t| t.en.trim().is_empty())
}

/// Every content rule `f` breaks, as "where: what to do" lines (empty: it meets them).
pub fn content_problems(f: &Framework) -> Vec<String> {
    let mut out = Vec::new();
    let level_count = f.levels.len();
    if level_count != 5 {
        out.push(format!("the framework has {level_count} levels: the built-in editions use five"));
    }
    if f.methodology.is_none() {
        out.push("no [methodology]: say what it measures, how to read the levels, the best-fit rule and what it does not cover".into());
    }
    if f.version != "1.0.0" && missing(&f.changes) {
        out.push(format!("version {} has no `changes`: say what changed since the previous edition", f.version));
    }
    for s in &f.sources {
        match &s.url {
            Some(url) if bare_domain(url) => out.push(format!("source `{}`: {url} is a bare domain: give the document's own address", s.title.en)),
            _ => {}
        }
    }
    for d in &f.dimensions {
        if d.weight != 1.0 && missing(&d.weight_rationale) {
            out.push(format!("dimension `{}` has weight {} and no weight_rationale: say in one line why", d.id, d.weight));
        }
    }
    for q in &f.questions {
        let id = &q.id;
        if q.weight != 1.0 && missing(&q.weight_rationale) {
            out.push(format!("question `{id}` has weight {} and no weight_rationale: say in one line why", q.weight));
        }
        if missing(&q.owner) {
            out.push(format!("question `{id}` has no owner: name the role that owns its recommendations"));
        }
        let expected: Vec<u8> = q.evidence_expected.iter().map(|e| e.level).collect();
        let wanted: Vec<u8> = (3..=level_count as u8).collect();
        if expected != wanted {
            out.push(format!("question `{id}` has evidence_expected for levels {expected:?}: give it for levels {wanted:?}"));
        }
        if q.recommendations.len() != level_count || q.levels.len() != level_count {
            out.push(format!("question `{id}` needs {level_count} descriptors and {level_count} recommendations"));
        }
        if let Some(l2) = q.levels.get(1) {
            if vague_without_threshold(&l2.en) {
                out.push(format!("question `{id}`: level 2 relies on \"some\"/\"occasional\": give a threshold (\"at least one unit\", \"fewer than half\")"));
            }
        }
        if let Some(top) = q.levels.last() {
            if let Some(phrase) = outside_recognition(&top.en) {
                out.push(format!("question `{id}`: the top level depends on outside recognition (\"{phrase}\"): describe what the agency itself does"));
            }
        }
        if let Some(top) = q.recommendations.last() {
            if generic_recommendation(&top.en) {
                out.push(format!("question `{id}`: the top-level recommendation is generic: say what to do, by whom, to stay at this level"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn level_2_needs_a_threshold_with_some_or_occasional() {
        assert!(vague_without_threshold("Some units run pilots occasionally."));
        assert!(vague_without_threshold("Pilots happen sometimes."));
        assert!(!vague_without_threshold("At least one unit runs some pilots."));
        assert!(!vague_without_threshold("Fewer than half of the services have some content."));
        assert!(!vague_without_threshold("Handsome results are awesome."), "whole words only");
    }

    #[test]
    fn level_5_may_not_depend_on_others_opinion() {
        assert_eq!(outside_recognition("Peer agencies cite it as a reference."), Some("cite it"));
        assert_eq!(outside_recognition("It is recognised by the region as a leader."), Some("recognised by"));
        assert_eq!(outside_recognition("Holds a current certificate against a recognised security standard."), None);
    }

    #[test]
    fn generic_share_or_publish_recommendations_are_found() {
        assert!(generic_recommendation("Share lessons with peer agencies and the region."));
        assert!(generic_recommendation("Publish the results."));
        assert!(generic_recommendation("Keep it up."), "too short to say what to do");
        assert!(!generic_recommendation("Have the finance director report each year how much moved from pilots into the recurrent budget."));
    }

    #[test]
    fn a_bare_domain_is_not_a_source_address() {
        assert!(bare_domain("https://www.unescwa.org/"));
        assert!(bare_domain("https://oecd-opsi.org"));
        assert!(!bare_domain("https://oecd-opsi.org/guide/innovation-facets/"));
    }
}
