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
