# Questionnaire screen.

q-load-failed = The questionnaire could not be opened.
q-no-respondent = This assessment has no respondent to answer for.
q-dimensions-label = Dimensions
q-dimension-progress = { $answered }/{ $total }
q-jump-label = Question { $number }: { $state ->
    [failed] not saved
    [answered] answered
   *[open] not answered yet
}
q-position = Question { $number } of { $total }
q-progress = { $answered } of { $total } answered
q-progress-label = Questions answered
q-level-number = Level { $number }:
q-not-applicable = Not applicable
q-not-applicable-hint = This question does not apply to the agency.
q-note = Note
q-note-placeholder = Why this level? Context for whoever reads the results.
q-evidence = Evidence
q-evidence-placeholder = Documents, decisions or data that support the answer.
q-evidence-examples = Examples of evidence:
q-previous = Previous
q-next = Next
q-next-unanswered = Next unanswered
q-see-results = See results
q-all-answered = Every question is answered.
q-keys-hint = Keys: 1–{ $levels } choose a level, N not applicable, J/K next/previous, Ctrl+Enter next unanswered, ? all shortcuts.
q-final-read-only = This assessment is final: its answers can no longer change. Re-assess from the home screen to start a new draft.

q-autosave = Answers are saved as you go.
q-saving = Saving…
q-saved = Saved ✓
q-save-failed = Not saved: { $message }
q-save-failed-away = An answer could not be saved: { $message }. Open the questionnaire again to retry.
