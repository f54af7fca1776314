# Compare screen: the agency against its peers, and its trend over time.

compare-title = Compared with peers
compare-back = Back to the results
compare-load-failed = The comparison could not be loaded.
compare-failed = The peer group could not be computed.
compare-draft-note = A draft: its scores can still change. Peers are always final assessments.

compare-peer-group = Peer group
compare-edit-profile = Edit agency profile
compare-filter-legend = Compare only with agencies that share
compare-same-sector = Same sector:
compare-same-country = Same country:
compare-same-size = Same size:
compare-same-tags = Same tags:
compare-not-in-profile = not in the profile
compare-peer-count = { $count ->
    [0] No peer matches this group.
    [one] { $count } peer matches this group.
   *[other] { $count } peers match this group.
}
compare-updating = Updating…
compare-group-all = The peer group: all agencies, all sectors and countries.

compare-none-title = No benchmark for this group
compare-too-few = { $count ->
    [0] No peer assessment matches
    [one] Only { $count } peer assessment matches
   *[other] Only { $count } peer assessments match
}: a benchmark needs at least { $min }, so that no agency can be identified.
compare-no-stats = The engine gave no statistics for this group.
compare-too-few-hint = Turn off a filter to compare with a wider group.

compare-summary = Summary
compare-kpi-index = This agency's index
compare-kpi-median = Peers' median index
compare-kpi-rank = Rank
compare-kpi-percentile = Percentile
compare-rank = { $rank } of { $total }
# Beside the rank and percentile: the same fact in plain words.
compare-higher = { $higher ->
    [0] No peer scored higher.
    [one] { $higher } of the { $n } peers scored higher.
   *[other] { $higher } of the { $n } peers scored higher.
}
# A draft is not ranked against complete peers (BRIEF.md, "Ranking a draft").
rank-pending = { $left ->
    [one] Rank shown once the assessment is complete ({ $left } question left).
   *[other] Rank shown once the assessment is complete ({ $left } questions left).
}
compare-dimension-unranked = not ranked: dimension not fully answered

compare-radar-heading = Profile against peers
compare-radar-title = Dimension scores against the peer group
compare-radar-desc = Radar chart with one axis per dimension: this agency's scores, the peers' median, and the band where the middle half of the peers lie. The table below lists the same numbers.
compare-legend-agency = This agency
compare-legend-median = Peers' median
compare-legend-band = Middle half of peers (Q1 to Q3)

compare-strip-heading = Readiness index of the peers
compare-strip-intro = { $count ->
    [one] One dot per peer on the 0–100 index; the line marks this agency.
   *[other] One dot for each of the { $count } peers on the 0–100 index; the line marks this agency.
}
compare-strip-title = Distribution of the peers' readiness index
compare-strip-desc = { $count ->
    [one] A dot for { $count } peer on a scale from 0 to 100, the quartile box under the axis, and a line for this agency.
   *[other] Dots for { $count } peers on a scale from 0 to 100, the quartile box under the axis, and a line for this agency.
}
compare-strip-own = This agency { $index }
compare-strip-legend-peer = A peer
compare-strip-legend-box = Quartiles (box) and range (line)

compare-table-heading = Statistics by dimension
compare-table-caption = Peer statistics on the readiness index from 0 to 100
compare-table-intro = { $n ->
    [one] On the readiness index from 0 to 100, as the cards above, from { $n } peer.
   *[other] On the readiness index from 0 to 100, as the cards above, from the same { $n } peers on every row.
}
compare-table-intro-varies = On the readiness index from 0 to 100, as the cards above. A dimension counts only the peers with a score for it (column n).
compare-overall-row = Overall index
compare-col-dimension = Dimension
compare-col-value = This agency
compare-col-n = Peers (n)
compare-col-min = Min
compare-col-q1 = Q1
compare-col-median = Median
compare-col-q3 = Q3
compare-col-max = Max
compare-col-rank = Rank
compare-col-percentile = Percentile
compare-dimension-too-few = Fewer than { $min } peers have a score here: not shown.
compare-dimension-too-few-note = A dimension's n counts only the peers with a score for it; below { $min } its statistics are not shown.

compare-how-title = How is this computed?
compare-how-peers = Peers are the latest final assessment of each other agency taken with the same framework (same major version), limited by the peer group above. Agencies from imported benchmark packs count as anonymous peers; they carry no tags, so a tag filter leaves them out. This agency is never its own peer.
compare-how-quartiles = Quartiles use linear interpolation between closest ranks, the method of R's default, NumPy's default and Excel's QUARTILE.INC: with the n peer scores sorted, quartile p lies at position (n − 1) × p, between the two nearest scores.
compare-how-rank = Rank = 1 + the number of peers with a strictly higher score, counted among the peers and this agency: "3 of 13" means 2 of the 12 peers scored higher.
compare-how-percentile = Percentile = 100 × (peers with a lower score + half the peers with an equal score) ÷ n.
compare-how-k = With fewer than { $min } peers nothing is shown, so that no agency can be identified. A dimension's n counts only the peers with a score for it.
compare-how-scale = Scores are on the level scale from 1 to { $levels }; the index is (score − 1) ÷ ({ $levels } − 1) × 100. The cards and the table use the index; the radar draws the levels.
compare-how-draft = A draft gets no rank or percentile until every question is answered or marked not applicable, and a dimension none until all its questions are answered: ranked against complete peers, a partial score would mislead.

trend-heading = Trend
trend-empty = The trend appears after this agency's next final assessment with this framework.
trend-first = This is the agency's earliest assessment with this framework: later ones are compared with it.
trend-chart-title = { $count ->
    [one] Readiness index of { $count } assessment
   *[other] Readiness index over { $count } assessments of this agency
}
trend-this-assessment = This one
trend-since = Since “{ $title }” ({ $date })
trend-col-before = Before
trend-col-now = Now
trend-col-change = Change
trend-overall-index = Readiness index
trend-scales = The readiness index runs from 0 to 100; dimensions are on the level scale from 1 to { $levels }.
trend-not-comparable = not comparable
trend-up = up by
trend-down = down by
trend-same = unchanged,
