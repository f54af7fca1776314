# Results screen.

results-load-failed = The results could not be computed.
results-overall = Overall result
results-index = Readiness index
results-index-of = out of 100
results-stage = Stage
results-stage-of = Level { $stage } of { $levels }
results-score = Average level
results-score-of = on a scale of 1 to { $levels }
results-completeness = Completeness
results-incomplete = This assessment is { $percent } complete: the results may change as more questions are answered.
results-continue = Continue the questionnaire
results-back-to-questionnaire = Back to the questionnaire
results-profile = Profile
results-radar-title = Dimension scores against targets
results-radar-desc = Radar chart with one axis per dimension; rings mark the levels. The same numbers are listed beside it.
results-legend-score = Score
results-legend-target = Target
results-dimensions = Dimensions
results-target = target { $target }
results-answered = { $total ->
    [one] { $answered } of { $total } question answered
   *[other] { $answered } of { $total } questions answered
}
results-recommendations = Priority actions
results-recommendations-intro = By dimension, the dimension with the most urgent action first; within each, the largest gaps to the target, weighted by importance, come first.
results-gap = { $gap ->
    [one] gap of { $gap } level
   *[other] gap of { $gap } levels
}
# Where a question stands and where its dimension's target is, e.g. "level 1 → 3".
results-level-move = level { $from } → { $to }
results-recommendations-all = Show all { $count } actions
results-no-recommendations = Every dimension meets its target: no priority action.
results-no-recommendations-unscored = Answer some questions to get recommendations.
results-finalize = Finalize
results-finalize-title = Finalize this assessment?
results-finalize-body = A final assessment can no longer be changed. It becomes part of the benchmarks and reports.
results-finalize-body-incomplete = This assessment is only { $percent } complete. A final assessment can no longer be changed; unanswered questions stay unanswered.
results-finalize-unresolved = { $count ->
    [one] One disagreement has no consensus: its question scores at the median of the answers.
   *[other] { $count } disagreements have no consensus: their questions score at the median of the answers.
}
results-finalized = The assessment is now final.
results-finalized-on = Finalized on { $date }
results-finalize-failed = The assessment could not be finalized: { $message }
results-peers = Among peers
results-peers-line = { $count ->
    [one] Against { $count } peer with this framework, from all agencies, all sectors and countries
   *[other] Against { $count } peers with this framework, from all agencies, all sectors and countries
}: peers' median index { $median }, this assessment ranks { $rank } of { $total }.
results-peers-median = { $count ->
    [one] Against { $count } peer with this framework, from all agencies, all sectors and countries
   *[other] Against { $count } peers with this framework, from all agencies, all sectors and countries
}: peers' median index { $median }.

results-report-open = Export report…
results-report-title = Export the report
results-report-format = Format
results-report-format-pdf = PDF, ready to send
results-report-format-docx = Word (DOCX), for staff to edit
results-report-lang = Language of the report
results-report-paper = Paper
results-report-paper-a4 = A4
results-report-paper-letter = US Letter
results-report-k-rule = The benchmark is shown only for a group of at least { $min } peer assessments, so that no agency can be identified from it.
results-report-no-benchmark = The report will state the group and leave out the peers' statistics.
results-report-sections = Sections
results-report-section-summary = Executive summary (always included)
results-report-section-dimensions = Dimensions, one part each
results-report-section-roadmap = Roadmap
results-report-section-benchmark = Benchmark against the peers
results-report-section-methodology = Methodology
results-report-section-respondents = List of respondents (in the methodology)
results-report-respondents = Name the respondents
results-report-respondents-hint = Otherwise the report gives each respondent's role and unit only.
results-report-preview-alt = First page of the report
results-report-preview-loading = Drawing the first page…
results-report-preview-pages = First page of { $pages } (as PDF)
results-report-preview-failed = No preview: { $message }
results-report-export = Export
results-report-cancel = Cancel
results-report-close = Close
results-report-saved = Saved the report to { $path }
results-report-reveal = Show in folder
results-pdf-exporting = Preparing the report…
results-pdf-exported = Saved the report ({ $pages } pages) to { $path }
results-pdf-failed = The report was not saved: { $message }
