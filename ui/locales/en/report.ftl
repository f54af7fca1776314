# Mizan — strings of the PDF benchmark report (English).
# Read by the Rust report (src-tauri/crates/report), not by the UI. Placeables like
# { $agency } are user text or numbers already formatted for the language; keep them in
# every translation. A message missing here shows its id in the report.

report-kicker = Benchmark report
report-document-subject = Benchmark report for { $agency }
report-draft-watermark = DRAFT

## Page header and footer

report-footer-framework = { $framework } { $version }
report-footer-page = Page { $page } of { $pages }

## Cover

report-cover-framework = { $framework }, version { $version }
report-cover-assessment = Assessment
# Shown for an assessment stored without a title.
report-untitled = Untitled assessment
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
report-better-than = better than { $lower } of { $n ->
    [one] one peer
   *[other] { $n } peers
}
report-unranked-incomplete = Rank shown once the assessment is complete ({ $left ->
    [one] one question left
   *[other] { $left } questions left
})
report-unranked-dimension = not ranked: dimension not fully answered
report-summary-no-peers = no benchmark
report-summary-completeness = Completeness
report-summary-answered = { $answered } of { $total } questions
report-summary-not-scored = No question has been answered yet, so there is no score.
report-summary-incomplete = This assessment is { $percent } complete: results may change as more questions are answered.
report-position = With an index of { $index } out of 100, { $agency } ranks { $rank } of { $total } among its peers ({ $group }), { $relation } the peer median of { $median }: percentile { $percentile }, { $better }.
report-position-unranked = With an index of { $index } out of 100, { $agency } is { $relation } the median of its peers ({ $group }), { $median }. { $unranked }.
report-position-above = above
report-position-below = below
report-position-equal = level with
report-position-none = { $agency } has an index of { $index } out of 100. { $reason }
report-radar-title = { $shows ->
    [both] Dimension scores against the peer median and the targets
    [median] Dimension scores against the peer median
    [targets] Dimension scores against the targets
   *[none] Dimension scores
}
report-legend-not-answered = Not answered (no score)
report-radar-not-answered = { $dimension } (not answered)
report-legend-agency = This agency
report-legend-median = Peer median
report-legend-target = Target
report-legend-iqr = Middle half of peers (Q1–Q3)
report-legend-range = Peer range
report-legend-peers = Peers
report-strongest = Strongest dimensions
report-weakest = Weakest dimensions
report-highlights-withheld = Strongest and weakest dimensions are named once at least half of the dimensions have a score ({ $scored } of { $total } have one so far).
report-disagreements = { $count ->
    [one] Respondents disagree (levels two or more apart) on one question
   *[other] Respondents disagree (levels two or more apart) on { $count } questions
}: { $where }. Each is shown with the answers on its dimension's page.
report-disagreements-none = Respondents' levels are within one level of each other on every question.
report-disagreements-where = { $dimension } ({ $count })
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
report-dim-peers = Peers: median { $median }, middle half { $q1 }–{ $q3 }, { $n } agencies. This agency ranks { $rank } of { $total } (percentile { $percentile }, { $better }).
report-dim-peers-unranked = Peers: median { $median }, middle half { $q1 }–{ $q3 }, { $n } agencies. This agency is { $unranked }.
report-dim-peers-none = No peer comparison for this dimension: { $n ->
    [0] no peer assessment has a score here
    [one] only one peer assessment has a score here
   *[other] only { $n } peer assessments have a score here
}, and a comparison needs at least { $min } so that no agency can be identified.
report-unanswered-title = Dimensions not answered yet
report-unanswered-intro = { $count ->
    [one] One dimension has no answered question yet, so it has no score and no page of its own:
   *[other] { $count } dimensions have no answered question yet, so they have no score and no page of their own:
}
report-unanswered-row = { $questions ->
    [one] one question
   *[other] { $questions } questions
}
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
report-roadmap-owner = Owner: { $owner }
report-roadmap-after = Comes after: { $questions }
report-from-to = { $level } → { $target }

## Benchmark

report-benchmark-title = Benchmark
report-peer-group = Peers are the latest final assessment of each other agency made with { $framework } { $major }.x{ $filter }.
report-peer-filter = , limited to { $filter }
report-peer-all = : all agencies, all sectors and countries
report-group-all = all agencies, all sectors and countries
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
report-quartiles-note = Scores on the 1–{ $levels } scale. Rank 1 is the highest score; how quartiles and percentiles are computed is set out in the methodology.
report-quartiles-n = { $n ->
    [one] Every row compares with one peer.
   *[other] Every row compares with { $n } peers.
}
report-quartiles-unranked = –: not ranked (the assessment or the dimension is not fully answered).
report-col-dimension = Dimension
report-col-n = Peers
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
report-untranslated-note = Texts marked { $mark } have not yet been translated into this language and are shown in English.
report-method-about = The framework
report-method-changes = What changed in this edition
report-method-measures = What it measures
report-method-reading-levels = How to read the levels
report-method-best-fit = When an agency meets part of a level
report-method-not-covered = What it does not cover
report-method-weights = Weights other than 1
report-col-item = Dimension or question
report-col-weight = Weight
report-col-why = Why
report-weight-no-reason = No reason given in the framework file.
report-method-respondents = Respondents
report-col-respondent = Name
# The name of the one respondent of a self-assessment (none is stored).
report-respondent-self = The agency (self-assessment)
report-col-role = Role
report-col-unit = Unit
report-col-interviewed = Interviewed
report-col-answers = Answers
report-no-respondents = No respondent is recorded.
report-generated-by = Generated by Mizan on { $date } from assessment { $id }.

## Agency profile: the app's labels (ui/locales/en/app.ftl, and country names as the
## app shows them). A value without a label is shown as stored.

report-sector-health = Health
report-sector-education = Education
report-sector-finance = Finance
report-sector-interior = Interior
report-sector-justice = Justice
report-sector-municipal = Municipal
report-sector-social = Social affairs
report-sector-economy = Economy
report-sector-digital = Digital government
report-sector-other = Other
report-size-small = Small (fewer than 100 staff)
report-size-medium = Medium (100 to 1,000 staff)
report-size-large = Large (1,000 to 10,000 staff)
report-size-very_large = Very large (more than 10,000 staff)

report-country-AD = Andorra
report-country-AE = United Arab Emirates
report-country-AF = Afghanistan
report-country-AG = Antigua & Barbuda
report-country-AI = Anguilla
report-country-AL = Albania
report-country-AM = Armenia
report-country-AO = Angola
report-country-AQ = Antarctica
report-country-AR = Argentina
report-country-AS = American Samoa
report-country-AT = Austria
report-country-AU = Australia
report-country-AW = Aruba
report-country-AX = Åland Islands
report-country-AZ = Azerbaijan
report-country-BA = Bosnia & Herzegovina
report-country-BB = Barbados
report-country-BD = Bangladesh
report-country-BE = Belgium
report-country-BF = Burkina Faso
report-country-BG = Bulgaria
report-country-BH = Bahrain
report-country-BI = Burundi
report-country-BJ = Benin
report-country-BL = St. Barthélemy
report-country-BM = Bermuda
report-country-BN = Brunei
report-country-BO = Bolivia
report-country-BQ = Caribbean Netherlands
report-country-BR = Brazil
report-country-BS = Bahamas
report-country-BT = Bhutan
report-country-BV = Bouvet Island
report-country-BW = Botswana
report-country-BY = Belarus
report-country-BZ = Belize
report-country-CA = Canada
report-country-CC = Cocos (Keeling) Islands
report-country-CD = Congo - Kinshasa
report-country-CF = Central African Republic
report-country-CG = Congo - Brazzaville
report-country-CH = Switzerland
report-country-CI = Côte d’Ivoire
report-country-CK = Cook Islands
report-country-CL = Chile
report-country-CM = Cameroon
report-country-CN = China
report-country-CO = Colombia
report-country-CR = Costa Rica
report-country-CU = Cuba
report-country-CV = Cape Verde
report-country-CW = Curaçao
report-country-CX = Christmas Island
report-country-CY = Cyprus
report-country-CZ = Czechia
report-country-DE = Germany
report-country-DJ = Djibouti
report-country-DK = Denmark
report-country-DM = Dominica
report-country-DO = Dominican Republic
report-country-DZ = Algeria
report-country-EC = Ecuador
report-country-EE = Estonia
report-country-EG = Egypt
report-country-EH = Western Sahara
report-country-ER = Eritrea
report-country-ES = Spain
report-country-ET = Ethiopia
report-country-FI = Finland
report-country-FJ = Fiji
report-country-FK = Falkland Islands
report-country-FM = Micronesia
report-country-FO = Faroe Islands
report-country-FR = France
report-country-GA = Gabon
report-country-GB = United Kingdom
report-country-GD = Grenada
report-country-GE = Georgia
report-country-GF = French Guiana
report-country-GG = Guernsey
report-country-GH = Ghana
report-country-GI = Gibraltar
report-country-GL = Greenland
report-country-GM = Gambia
report-country-GN = Guinea
report-country-GP = Guadeloupe
report-country-GQ = Equatorial Guinea
report-country-GR = Greece
report-country-GS = South Georgia & South Sandwich Islands
report-country-GT = Guatemala
report-country-GU = Guam
report-country-GW = Guinea-Bissau
report-country-GY = Guyana
report-country-HK = Hong Kong SAR China
report-country-HM = Heard & McDonald Islands
report-country-HN = Honduras
report-country-HR = Croatia
report-country-HT = Haiti
report-country-HU = Hungary
report-country-ID = Indonesia
report-country-IE = Ireland
report-country-IL = Israel
report-country-IM = Isle of Man
report-country-IN = India
report-country-IO = British Indian Ocean Territory
report-country-IQ = Iraq
report-country-IR = Iran
report-country-IS = Iceland
report-country-IT = Italy
report-country-JE = Jersey
report-country-JM = Jamaica
report-country-JO = Jordan
report-country-JP = Japan
report-country-KE = Kenya
report-country-KG = Kyrgyzstan
report-country-KH = Cambodia
report-country-KI = Kiribati
report-country-KM = Comoros
report-country-KN = St. Kitts & Nevis
report-country-KP = North Korea
report-country-KR = South Korea
report-country-KW = Kuwait
report-country-KY = Cayman Islands
report-country-KZ = Kazakhstan
report-country-LA = Laos
report-country-LB = Lebanon
report-country-LC = St. Lucia
report-country-LI = Liechtenstein
report-country-LK = Sri Lanka
report-country-LR = Liberia
report-country-LS = Lesotho
report-country-LT = Lithuania
report-country-LU = Luxembourg
report-country-LV = Latvia
report-country-LY = Libya
report-country-MA = Morocco
report-country-MC = Monaco
report-country-MD = Moldova
report-country-ME = Montenegro
report-country-MF = St. Martin
report-country-MG = Madagascar
report-country-MH = Marshall Islands
report-country-MK = North Macedonia
report-country-ML = Mali
report-country-MM = Myanmar (Burma)
report-country-MN = Mongolia
report-country-MO = Macao SAR China
report-country-MP = Northern Mariana Islands
report-country-MQ = Martinique
report-country-MR = Mauritania
report-country-MS = Montserrat
report-country-MT = Malta
report-country-MU = Mauritius
report-country-MV = Maldives
report-country-MW = Malawi
report-country-MX = Mexico
report-country-MY = Malaysia
report-country-MZ = Mozambique
report-country-NA = Namibia
report-country-NC = New Caledonia
report-country-NE = Niger
report-country-NF = Norfolk Island
report-country-NG = Nigeria
report-country-NI = Nicaragua
report-country-NL = Netherlands
report-country-NO = Norway
report-country-NP = Nepal
report-country-NR = Nauru
report-country-NU = Niue
report-country-NZ = New Zealand
report-country-OM = Oman
report-country-PA = Panama
report-country-PE = Peru
report-country-PF = French Polynesia
report-country-PG = Papua New Guinea
report-country-PH = Philippines
report-country-PK = Pakistan
report-country-PL = Poland
report-country-PM = St. Pierre & Miquelon
report-country-PN = Pitcairn Islands
report-country-PR = Puerto Rico
report-country-PS = State of Palestine
report-country-PT = Portugal
report-country-PW = Palau
report-country-PY = Paraguay
report-country-QA = Qatar
report-country-RE = Réunion
report-country-RO = Romania
report-country-RS = Serbia
report-country-RU = Russia
report-country-RW = Rwanda
report-country-SA = Saudi Arabia
report-country-SB = Solomon Islands
report-country-SC = Seychelles
report-country-SD = Sudan
report-country-SE = Sweden
report-country-SG = Singapore
report-country-SH = St. Helena
report-country-SI = Slovenia
report-country-SJ = Svalbard & Jan Mayen
report-country-SK = Slovakia
report-country-SL = Sierra Leone
report-country-SM = San Marino
report-country-SN = Senegal
report-country-SO = Somalia
report-country-SR = Suriname
report-country-SS = South Sudan
report-country-ST = São Tomé & Príncipe
report-country-SV = El Salvador
report-country-SX = Sint Maarten
report-country-SY = Syria
report-country-SZ = Eswatini
report-country-TC = Turks & Caicos Islands
report-country-TD = Chad
report-country-TF = French Southern Territories
report-country-TG = Togo
report-country-TH = Thailand
report-country-TJ = Tajikistan
report-country-TK = Tokelau
report-country-TL = Timor-Leste
report-country-TM = Turkmenistan
report-country-TN = Tunisia
report-country-TO = Tonga
report-country-TR = Türkiye
report-country-TT = Trinidad & Tobago
report-country-TV = Tuvalu
report-country-TW = Taiwan
report-country-TZ = Tanzania
report-country-UA = Ukraine
report-country-UG = Uganda
report-country-UM = U.S. Outlying Islands
report-country-US = United States
report-country-UY = Uruguay
report-country-UZ = Uzbekistan
report-country-VA = Vatican City
report-country-VC = St. Vincent & Grenadines
report-country-VE = Venezuela
report-country-VG = British Virgin Islands
report-country-VI = U.S. Virgin Islands
report-country-VN = Vietnam
report-country-VU = Vanuatu
report-country-WF = Wallis & Futuna
report-country-WS = Samoa
report-country-YE = Yemen
report-country-YT = Mayotte
report-country-ZA = South Africa
report-country-ZM = Zambia
report-country-ZW = Zimbabwe
