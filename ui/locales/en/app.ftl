# Mizan — interface strings shared by every screen (English).
# Placeables like { $title } are user text or numbers; keep them in every translation.

app-name = Mizan
skip-to-content = Skip to content
nav-label = Main
nav-home = Home
nav-frameworks = Frameworks
language-label = Language
digits-label = Digits
digits-latin = 0 1 2 3
digits-arabic = ٠ ١ ٢ ٣
loading = Loading…
error-title = Something went wrong
not-scored = not scored
# Under a radar axis whose dimension has no answer yet: missing, not a value at the centre.
radar-not-answered = not answered
field-required = (required)
option-not-specified = Not specified
# A country's name where the UN's differs from the platform's (CLDR) one; the report says the same.
country-PS = State of Palestine
# The mark after a framework text shown in English because it has no translation yet.
text-untranslated = Not yet translated: shown in English
# The mark itself: the code of the language the text is in, the same as the report's [EN].
text-untranslated-mark = EN

action-new-assessment = New assessment
action-cancel = Cancel
# The three boxes of a date (day first: the order of the Arab region and of France).
date-day = Day
date-month = Month
date-year = Year
action-close = Close
action-delete = Delete
action-dismiss = Dismiss
action-duplicate = Re-assess
action-results = Results
action-retry = Retry
action-undo = Undo

status-draft = Draft
status-final = Final
# An assessment stored without a title, and the one respondent of a self-assessment (no
# name is stored for it). Earlier versions stored English words instead: shown as stored.
assessment-untitled = Untitled assessment
respondent-self = The agency (self-assessment)

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
shortcut-backup-now = Back up now (Your data)
shortcut-help = Show this help
shortcut-level = Choose that level
shortcut-not-applicable = Mark the question not applicable (or undo)
shortcut-next = Next question
shortcut-previous = Previous question
shortcut-arrows = Previous / next question, in reading direction
shortcut-next-unanswered = Jump to the next unanswered question
shortcut-respondent = Previous / next respondent (interviews)
shortcut-respondent-number = Respondent 1 to 9 (interviews)
key-alt = Alt
shortcuts-text-fields = While you type in a text field, single keys type text; Ctrl+Enter still jumps.
key-ctrl = Ctrl
key-shift = Shift
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

action-compare = Compare
action-compare-peers = Compare with peers

# The agency profile dialog (Home, Results, Compare).
profile-edit = Edit agency profile
profile-edit-label = Edit the profile of { $agency }
profile-title = Agency profile
profile-intro = The profile is shared by every assessment of this agency and decides who its peers are.
profile-tags = Tags
profile-tags-hint = Press Enter after each tag. Tags such as a programme or a region let you compare with agencies that share them.
profile-tags-current = Tags of this agency
profile-tag-remove = Remove the tag { $tag }
profile-save = Save profile
profile-saving = Saving…
profile-saved = The profile of { $agency } was saved.
profile-conflict = Another agency already has this name and country. Choose another name, or check the country.
profile-save-failed = The profile could not be saved.

# Re-assess: a new draft with the agency profile, without the answers.
reassess-title = Start a new assessment of this agency?
reassess-body = A new draft of “{ $framework }” is created for { $agency }, with the same agency profile. The answers are not copied: the questionnaire starts empty, and this assessment stays as it is.
reassess-confirm = Start new draft
reassess-started = New draft started for { $agency }: same profile, no answers yet.

# Your data: backups and restore (screen "Your data", the recovery notice at start).
nav-data = Your data
data-title = Your data
data-load-failed = The backups could not be listed.
data-action-failed = That did not work.
data-backup-now = Back up now…
data-backing-up = Backing up…
# A select as the whole message: Fluent then isolates only the numbers, not the phrase.
data-backup-saved = { $assessments ->
    [one] Backup saved to { $path } ({ $assessments } assessment).
   *[other] Backup saved to { $path } ({ $assessments } assessments).
}
data-restore-file = Restore from a file…
data-where-title = Where your data is
data-where-body = Everything you enter stays in one database file on this computer. Mizan never sends it anywhere.
data-db-file = Database
data-folder = Folder
data-backups-title = Backups
data-backups-policy = Mizan makes a backup on the first start of each day the data changed, and before every upgrade of the database. It keeps the last 7 daily and 4 weekly backups in the backups folder, and the copy made before each of the last 5 restores.
data-no-backups = No backups yet. The first is made tomorrow once you have entered data; use “Back up now…” to make one at once.
data-col-date = Date
data-col-kind = Kind
data-col-contents = Contents
data-col-size = Size
data-col-actions = Actions
data-kind-automatic = Automatic
data-kind-before-restore = Before a restore
data-kind-before-migration = Before an upgrade
data-kind-manual = Made on demand
data-contents = { $assessments ->
    [one] { $assessments } assessment
   *[other] { $assessments } assessments
}, { $agencies ->
    [one] { $agencies } agency
   *[other] { $agencies } agencies
}
data-last-change = last change { $changed }
data-damaged = Damaged
data-restore = Restore…
data-restore-label = Restore the backup of { $date }

restore-confirm-title = Restore this backup?
restore-confirm-body = The backup of { $date } holds { $assessments ->
    [one] { $assessments } assessment
   *[other] { $assessments } assessments
} of { $agencies ->
    [one] { $agencies } agency
   *[other] { $agencies } agencies
} (last change { $changed }). It will replace everything Mizan holds now. Your current data is first kept as a backup, so you can undo this.
restore-confirm-action = Restore
restore-undated = an unknown date
restore-never-changed = never
restore-done = { $assessments ->
    [one] Restored { $assessments } assessment. Your previous data is kept in { $safety }.
   *[other] Restored { $assessments } assessments. Your previous data is kept in { $safety }.
}
restore-failed = Nothing was restored: { $message }

recovery-title = Mizan's database was damaged and could not be used.
recovery-body = It was moved aside to { $path } (kept, not deleted), and Mizan started on a new, empty database.
recovery-restore = { $assessments ->
    [one] Restore the backup of { $date } ({ $assessments } assessment)…
   *[other] Restore the backup of { $date } ({ $assessments } assessments)…
}
recovery-no-backup = There is no backup to restore.
