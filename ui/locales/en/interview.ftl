# Interview mode: respondents, fast capture, consolidation, exchange files, change log.

resp-title = Respondents
resp-none = No respondent yet. Add the first person you interview.
resp-name = Name
resp-role = Role
resp-unit = Unit
resp-date = Date interviewed
resp-interviewed = interviewed { $date }
resp-add = Add respondent
resp-save = Save respondent
resp-edit = Edit
resp-remove = Remove
resp-error-name = Enter the respondent's name.
resp-error-date = Enter the date of the interview as day, month and year (for example { $day }, { $month }, { $year }), or leave all three boxes empty.
resp-answers = { $count ->
    [one] { $count } answer
   *[other] { $count } answers
}
resp-remove-title = Remove this respondent?
resp-remove-body = { $count ->
    [0] { $name } will be removed; they have given no answer yet. You can undo this right after.
    [one] { $name } and their { $count } answer will be removed. You can undo this right after.
   *[other] { $name } and their { $count } answers will be removed. You can undo this right after.
}
resp-removed = { $count ->
    [0] { $name } removed.
    [one] { $name } removed, with { $count } answer.
   *[other] { $name } removed, with { $count } answers.
}
resp-restored = { $name } is back, with their answers.

int-respondents = { $count ->
    [one] { $count } respondent
   *[other] { $count } respondents
}
int-picker-label = Answering for
int-picker-keys = { $previous } and { $next } switch respondent; { $pick } picks one
int-timer-label = Time in this sitting
int-compact-title = This dimension, every respondent
int-compact-caption = Level each respondent gave to the questions of this dimension
int-compact-question = Question
int-na-short = N/A
int-consolidation = Consolidation
int-results-title = Interviews
int-unresolved = { $count ->
    [0] No disagreement is waiting for a consensus.
    [one] { $count } disagreement has no consensus yet.
   *[other] { $count } disagreements have no consensus yet.
}

cons-title = Consolidation of the interviews
cons-load-failed = The consolidation could not be loaded.
cons-counts = Respondents: { $respondents } · Disagreements: { $disagreements } · Without consensus: { $unresolved }
cons-only-disagreements = Only disagreements
cons-no-respondents = This assessment has no respondent yet.
cons-spread = Spread
cons-consolidated = Consolidated
cons-actions = Consensus
cons-disagreement = Disagreement
cons-consensus = Consensus
cons-rationale-shown = Rationale:
cons-set-button = Set consensus
cons-edit = Edit consensus
cons-clear = Clear
cons-level = Consensus level
cons-rationale = Rationale (required)
cons-save = Save consensus
cons-error-rationale = Write why this level was agreed.
cons-set = Consensus set at level { $level }.
cons-cleared = Consensus cleared: the question is back to the median.
cons-legend = A disagreement is a spread of { $threshold } levels or more between respondents; a consensus replaces the median in the scores.

exchange-title = Exchange files
exchange-body = Bring in the work done on other laptops: each file is merged answer by answer, and values it replaces stay in the change log.
exchange-import = Import exchange files…
exchange-importing = Importing…
exchange-created = new assessment
exchange-merged = merged
exchange-counts = New respondents: { $respondents } · Answers added: { $added } · Answers updated: { $updated } · Kept (this copy was newer): { $kept }
exchange-new-respondents = New respondents:
exchange-overwritten = Values replaced because the file's copy was newer: { $count }. They are in the change log.
exchange-nothing-new = Nothing new: this file was already imported.
exchange-refused = Refused, nothing changed:
exchange-export = Export exchange file…
exchange-exported = Exchange file saved: { $path }
exchange-drop-hint = You can also drop exchange files (.json) anywhere on the window.
exchange-final-ask = “{ $title }” is final in this copy, and this file would change it. Reopen the assessment and import the file?
exchange-reopen-import = Reopen and import
import-results-title = Import of exchange files
drop-here = { $count ->
    [0] Drop here to import
    [one] Drop the file to import it
   *[other] Drop the { $count } files to import them
}
drop-what = Exchange files (.json) are merged into your assessments, answer by answer.
drop-importing = { $count ->
    [one] Importing the file…
   *[other] Importing { $count } files…
}
csv-export = Export CSV…
csv-exported = CSV saved: { $path }
export-failed = The export failed: { $message }

changes-title = Change log
changes-open = Change log
changes-load-failed = The change log could not be loaded.
changes-none = No change recorded yet.
changes-consultant = Consultant
changes-who-import = Import of { $file }
changes-who-imported = Import of a file
changes-who-sample = Sample data
changes-nothing = nothing
changes-action = { $entity ->
    [answer] Answer
    [consensus] Consensus
    [respondent] Respondent
    [assessment] Assessment
    [target] Target
   *[unknown] { $entity }
}: { $action ->
    [set] set
    [clear] cleared
    [add] added
    [edit] edited
    [remove] removed
    [restore] restored
    [merge] merged from a file
    [create] created
    [import] imported
    [finalize] finalized
    [reopen] reopened
    [duplicate] duplicated for a re-assessment
    [delete] deleted
    [undelete] brought back
   *[unknown] { $action }
}
changes-restore = Restore this value
changes-restored = The earlier value is back.
changes-restore-failed = The value could not be restored: { $message }
# A respondent's progress on the picker's chip, e.g. "12/54" (the full sentence goes to screen readers).
int-picker-progress = { $answered }/{ $total }
