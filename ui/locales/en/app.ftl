# Mizan — interface strings shared by every screen (English).
# Placeables like { $title } are user text or numbers; keep them in every translation.

app-name = Mizan
skip-to-content = Skip to content
nav-label = Main
nav-home = Home
nav-frameworks = Frameworks
language-label = Language
loading = Loading…
error-title = Something went wrong
not-scored = not scored
field-required = (required)
option-not-specified = Not specified

action-new-assessment = New assessment
action-cancel = Cancel
action-close = Close
action-delete = Delete
action-dismiss = Dismiss
action-duplicate = Re-assess
action-results = Results
action-retry = Retry
action-undo = Undo

status-draft = Draft
status-final = Final

framework-version = Version { $version }
framework-dimensions = { $count ->
    [one] { $count } dimension
   *[other] { $count } dimensions
}
framework-questions = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
framework-levels = { $count ->
    [one] { $count } level
   *[other] { $count } levels
}

shortcuts-title = Keyboard shortcuts
shortcuts-group-app = Anywhere
shortcuts-group-questionnaire = In the questionnaire
shortcut-new-assessment = Start a new assessment
shortcut-help = Show this help
shortcut-level = Choose that level
shortcut-not-applicable = Mark the question not applicable (or undo)
shortcut-next = Next question
shortcut-previous = Previous question
shortcut-arrows = Previous / next question, in reading direction
shortcut-next-unanswered = Jump to the next unanswered question
shortcuts-text-fields = While you type in a text field, single keys type text; Ctrl+Enter still jumps.
key-ctrl = Ctrl
key-enter = Enter

sector-health = Health
sector-education = Education
sector-finance = Finance
sector-interior = Interior
sector-justice = Justice
sector-municipal = Municipal
sector-social = Social affairs
sector-economy = Economy
sector-digital = Digital government
sector-other = Other

size-small = Small (fewer than 100 staff)
size-medium = Medium (100 to 1,000 staff)
size-large = Large (1,000 to 10,000 staff)
size-very-large = Very large (more than 10,000 staff)
