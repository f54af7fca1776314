# Home screen: the list of assessments.

home-title = Assessments
home-search-label = Search assessments
home-search-placeholder = Search by agency or title
home-load-failed = The assessments could not be loaded.
home-no-match = No assessment matches “{ $query }”.
home-no-match-filters = No assessment matches these filters.
home-clear-filters = Show all
home-tools-label = Filter and sort the list
home-filter-status = Status
home-filter-any-status = Any status
home-filter-any-mode = Any mode
home-filter-any-framework = Any framework
home-sort = Sort by
home-sort-updated-desc = Last change, newest first
home-sort-updated-asc = Last change, oldest first
home-sort-title = Title, A to Z
home-sort-index-desc = Index, highest first
home-count = { $count ->
    [one] { $count } assessment shown
   *[other] { $count } assessments shown
}

home-empty-title = No assessments yet
home-empty-intro = Mizan helps you measure how ready your agency is to innovate, and what to do next. Everything stays on this computer.
home-empty-step-agency = Name your agency and choose a framework.
home-empty-step-answer = Answer each question by choosing the level that fits your agency today.
home-empty-step-results = See your index, your profile by dimension and the priority actions.
home-empty-offline = Your answers are saved as you give them; you can stop and resume at any time.
home-sample-load = Load sample agencies
home-sample-loading = Loading sample agencies…
home-sample-hint = To try benchmarks first: fictional agencies, marked “(sample)”, with final assessments. Only possible while the list is empty.
home-import = Import…
home-import-hint = Import exchange files made on other computers (you can also drop them on the window).
home-sample-loaded = { $count ->
    [one] Loaded { $count } sample assessment.
   *[other] Loaded { $count } sample assessments of fictional agencies.
}
home-sample-failed = The sample agencies could not be loaded.

home-col-assessment = Assessment
home-col-index = Index
home-col-stage = Stage
home-col-completeness = Completeness
home-col-updated = Updated
home-col-actions = Actions

home-continue = Continue
home-continue-label = Continue the questionnaire of { $title }
home-results-label = Results of { $title }
home-duplicate-label = Re-assess: start a new draft of { $title }
home-duplicate-hint = Start a new draft with the same agency profile and framework; the answers are not copied
home-compare-label = Compare { $title } with peers
home-delete-label = Delete { $title }

home-delete-title = Delete this assessment?
home-delete-body = “{ $title }” and its answers will be removed. You can undo this for a few seconds.
home-deleted = “{ $title }” was deleted.
home-restored = “{ $title }” was restored.
home-delete-failed = The assessment could not be deleted: { $message }
home-undo-failed = The assessment could not be restored: { $message }
home-duplicate-failed = The assessment could not be duplicated: { $message }
# An interview's row on Home lists its first four respondents; the rest on demand.
home-respondents-more = { $count ->
    [one] Show the other one
   *[other] Show the other { $count }
}
home-respondents-fewer = Show fewer
