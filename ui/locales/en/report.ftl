# Mizan — strings of the PDF benchmark report (English).
# Read by the Rust report (src-tauri/crates/report), not by the UI. Placeables like
# { $agency } are user text or numbers already formatted for the language; keep them in
# every translation. A message missing here shows its id in the report.

report-kicker = Innovation readiness benchmark report
report-document-subject = Innovation readiness benchmark report for { $agency }
report-draft-watermark = DRAFT

## Page header and footer

report-footer-framework = { $framework } { $version }
report-footer-page = Page { $page } of { $pages }

## Cover

report-cover-framework = { $framework }, version { $version }
report-cover-assessment = Assessment
report-cover-agency-profile = Agency
report-cover-profile = { $sector } · { $country } · { $size }
report-cover-mode = Mode
report-cover-status = Status
report-cover-assessed = Last updated
report-cover-generated = Report generated
report-cover-completeness = Completeness
report-cover-final-on = Final, { $date }
report-cover-draft-note = This is a draft: answers may still change. Scores and comparisons are provisional.
report-cover-note = Prepared with Mizan, offline, from the assessment's own data. The scores follow the method set out at the end of this report.
report-mode-self = Self-assessment
report-mode-interview = Interview ({ $respondents ->
    [one] one respondent
   *[other] { $respondents } respondents
})
report-status-draft = Draft
report-status-final = Final
report-not-given = not given

## Executive summary

report-summary-title = Executive summary
report-summary-index = Readiness index
report-summary-index-of = out of 100
report-summary-stage = Stage
report-summary-stage-of = level { $stage } of { $levels }
report-summary-peers = Among peers
report-summary-rank = { $rank } of { $total }
report-summary-percentile = percentile { $percentile }
report-summary-no-peers = no benchmark
report-summary-completeness = Completeness
report-summary-answered = { $answered } of { $total } questions
report-summary-not-scored = No question has been answered yet, so there is no score.
report-summary-incomplete = This assessment is { $percent } complete: results may change as more questions are answered.
report-position = With an index of { $index } out of 100, { $agency } ranks { $rank } of { $total } among comparable agencies, { $relation } the peer median of { $median }.
report-position-above = above
report-position-below = below
report-position-equal = level with
report-position-none = { $agency } has an index of { $index } out of 100. { $reason }
report-radar-title = Dimension scores against the peer median and the targets
report-legend-agency = This agency
report-legend-median = Peer median
report-legend-target = Target
report-legend-iqr = Middle half of peers (Q1–Q3)
report-legend-range = Peer range
report-legend-peers = Peers
report-strongest = Strongest dimensions
report-weakest = Weakest dimensions
report-dimension-score = { $score } · { $stage }
report-priorities = Five priority recommendations
report-priorities-intro = The largest gaps to the targets, weighted by importance. The roadmap lists them all.
report-priority-meta = { $dimension } · { $gap ->
    [one] gap of one level
   *[other] gap of { $gap } levels
}
report-no-recommendations = Every dimension meets its target: there is no gap to close.

## Dimensions

report-dimensions-title = Dimensions
report-dimension-kicker = Dimension { $number } of { $count }
report-dim-score = Score
report-dim-score-value = { $score } of { $levels }
report-dim-index = Index
report-dim-stage = Stage
report-dim-target = Target
report-dim-target-value = level { $target }
report-dim-answered = Answered
report-dim-answered-value = { $answered } of { $total }
report-dim-not-scored = No question of this dimension has a level yet.
report-dim-peers = Peers: median { $median }, middle half { $q1 }–{ $q3 }, { $n } agencies. This agency ranks { $rank } of { $total } (percentile { $percentile }).
report-dim-peers-none = No peer comparison for this dimension: { $reason }
report-col-question = Question
report-col-level = Level
report-col-descriptor = What this level means
report-level-value = { $level }
report-not-answered = Not answered
report-not-applicable = Not applicable
report-note = Note ({ $who }): { $text }
report-evidence = Evidence ({ $who }): { $text }
report-disagreement = Answers differ by { $spread } levels: { $answers }.
report-consensus = Consensus on level { $level }{ $rationale }
report-consensus-rationale = : { $text }

## Roadmap

report-roadmap-title = Roadmap
report-roadmap-intro = Every gap between a question's level and its dimension's target, as a recommendation. The highest priority (gap × question weight × dimension weight) comes first; dimensions are ordered by their most urgent recommendation.
report-col-number = #
report-col-recommendation = Recommendation
report-col-from-to = Level → target
report-col-gap = Gap
report-col-priority = Priority
report-roadmap-group = { $dimension } — score { $score }, target level { $target }
report-roadmap-question = For: { $question }
report-from-to = { $level } → { $target }

## Benchmark

report-benchmark-title = Benchmark
report-peer-group = Peers are the latest final assessment of each other agency made with { $framework } { $major }.x{ $filter }.
report-peer-filter = , limited to { $filter }
report-filter-sector = sector { $value }
report-filter-country = country { $value }
report-filter-size = size { $value }
report-filter-tag = tag { $value }
report-peer-count = { $n ->
    [one] One peer assessment matches.
   *[other] { $n } peer assessments match.
}
report-benchmark-hidden = No benchmark is shown: { $n ->
    [0] no peer assessment matches
    [one] only one peer assessment matches
   *[other] only { $n } peer assessments match
}, and a benchmark needs at least { $min } so that no agency can be identified.
report-distribution-title = Overall index of the peers
report-distribution-median = median { $median }
report-bars-title = Dimension scores against the peers
report-quartiles-title = Quartiles per dimension
report-quartiles-note = Scores on the 1–{ $levels } scale. Rank 1 is the highest score; the percentile is the share of peers scoring lower, ties counting half.
report-col-dimension = Dimension
report-col-n = n
report-col-min = Min
report-col-q1 = Q1
report-col-median = Median
report-col-q3 = Q3
report-col-max = Max
report-col-agency = Agency
report-col-rank = Rank
report-col-percentile = Percentile
report-overall = Overall
report-trend-title = Trend of the overall index
report-trend-intro = This agency's earlier final assessments with the same framework, and this one.
report-trend-current = this assessment

## Methodology

report-method-title = Methodology
report-method-scoring = How scores are computed
report-method-levels-intro = Each question is answered on { $levels } levels, numbered 1 to { $levels }:
report-method-1 = The level of a question is the consensus level when one was agreed; otherwise the median of the respondents' levels (with an even number of answers, the mean of the two middle ones). "Not applicable" and unanswered questions are left out. When respondents' levels differ by two or more, the report shows the disagreement.
report-method-2 = The score of a dimension is the weighted mean of its questions' levels. A dimension without any answered question has no score (it does not count as zero).
report-method-3 = The overall score is the weighted mean of the dimension scores, over the dimensions that have one.
report-method-4 = The index expresses a score from 0 to 100: (score − 1) ÷ ({ $levels } − 1) × 100, shown with one decimal.
report-method-5 = The stage is the level nearest the score, halves rounding up (2.5 is level 3).
report-method-6 = Completeness is the share of questions answered: with a level, or marked not applicable by everyone who answered it.
report-method-7 = The gap of a question is how far its level falls short of its dimension's target: the target set for the assessment, or else the next level above the dimension's stage. Each gap comes with the framework's recommendation for that level. Priority = gap × question weight × dimension weight; recommendations are ordered by priority, then by lower dimension score, then in the framework's order.
report-method-benchmark = Benchmarking
report-method-peers = Peers are the latest final assessment of each other agency made with the same framework and major version, optionally limited by sector, country, size or tag. The agency is never its own peer. With fewer than { $min } peers no statistics are shown, so that no agency can be identified.
report-method-quartiles = Quartiles use linear interpolation between closest ranks — the method of R's default (type 7), NumPy's default and Excel's QUARTILE.INC: for n sorted scores and a share p, h = (n − 1) × p, and the quartile lies between the scores at ranks ⌊h⌋ and ⌊h⌋ + 1, in proportion to h − ⌊h⌋.
report-method-rank = Rank = 1 + the number of peers with a strictly higher score. Percentile = 100 × (peers scoring lower + half of those scoring the same) ÷ n.
report-method-completeness = Completeness
report-method-completeness-text = This assessment answers { $answered } of { $total } questions ({ $percent }).
report-method-levels = Levels
report-col-number-level = Level
report-col-name = Name
report-col-description = Description
report-method-sources = Sources of the framework
report-method-framework = { $framework }, version { $version }. { $description }
report-method-respondents = Respondents
report-col-respondent = Name
report-col-role = Role
report-col-unit = Unit
report-col-answers = Answers
report-no-respondents = No respondent is recorded.
report-generated-by = Generated by Mizan on { $date } from assessment { $id }.
