# Frameworks screen.

frameworks-title = Frameworks
frameworks-intro = A framework defines the dimensions, questions and levels of an assessment. Mizan comes with built-in frameworks; you can install others from a framework file (.toml).
frameworks-load-failed = The frameworks could not be loaded.
frameworks-none = No framework is installed.
frameworks-install = Install framework…
frameworks-installing = Installing…
frameworks-installed = Installed “{ $title }” version { $version }.
frameworks-install-invalid = { $count ->
    [one] The framework file has a problem:
   *[other] The framework file has { $count } problems:
}
frameworks-install-failed = The framework could not be installed:
frameworks-install-fix = Correct the file at these places and install it again. Nothing was installed.
frameworks-builtin = Built-in
frameworks-user-installed = Installed
frameworks-open = View details
frameworks-open-label = View details of { $title }
frameworks-back = Back to all frameworks
frameworks-levels = Levels
frameworks-dimensions = Dimensions and questions
frameworks-dimension-meta = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}, weight { $weight }
frameworks-expand-all = Expand all
frameworks-collapse-all = Collapse all
frameworks-col-level = Level
frameworks-col-descriptor = What it looks like
frameworks-col-recommendation = What to do next
frameworks-sources = Sources

packs-intro = A benchmark pack holds the scores of this computer's final assessments for one framework — sector, country, size, date and dimension scores only, no agency names and no answers or notes — so that others can compare with them; imported packs count as anonymous peers.
packs-export = Export benchmark pack…
packs-export-label = Export a benchmark pack of { $title }
packs-exporting = Exporting…
packs-exported = { $count ->
    [one] Exported { $count } assessment to { $path }
   *[other] Exported { $count } assessments to { $path }
}
packs-export-failed = The benchmark pack could not be exported:
packs-import = Import benchmark pack…
packs-importing = Importing…
packs-imported = { $count ->
    [one] Imported { $count } anonymous peer assessment.
   *[other] Imported { $count } anonymous peer assessments.
}
packs-imported-replaced = Imported { $count } anonymous peer assessments, replacing the { $replaced } of an earlier import of the same pack.
packs-import-failed = The benchmark pack was refused:
packs-error-file = File
packs-error-path = Where (JSON path)
packs-error-problem = Problem
packs-import-nothing = Nothing was imported. Correct the file, or ask for a new pack.

# Methodology note and format 1.1 notes of a question.
frameworks-methodology = Methodology
frameworks-changes = What changed in this edition
frameworks-measures = What it measures
frameworks-reading-levels = How to read the levels
frameworks-best-fit = When an agency meets part of a level
frameworks-not-covered = What it does not cover
frameworks-weights = Weights other than 1
frameworks-col-item = Dimension or question
frameworks-col-weight = Weight
frameworks-col-why = Why
frameworks-weight-no-reason = No reason given in the framework file.
frameworks-evidence-expected = Evidence expected for each level:
frameworks-owner = Owner
frameworks-weight-why = Weight { $weight }
frameworks-depends-on = Comes after
frameworks-see-also = Counterpart in another framework
frameworks-indicators = Index indicators
