# Errors of the engine, told by key (the `key` and `args` of every backend error; see
# docs/ipc.md). The engine's English `message` is the fallback when a key is missing.
# Arguments are user text or codes; Fluent isolates them (bidi), the UI shows them as text.

# A rare, internal error with no message of its own: its code and its English text.
err-generic = Mizan could not do this ({ $code }): { $message }
err-invalid-framework = The framework file { $file } has errors: correct them, then install it again.
err-exchange-not-mizan = { $file } is not a Mizan exchange file (or it is damaged): choose a file exported by Mizan. Nothing was imported.
err-exchange-field = { $file } was refused: the value at { $path } is not valid. Correct the file or export it again; nothing was imported.
err-final-import = “{ $title }” is final here, and { $file } would change it: reopen the assessment first, then import the file again. Nothing was imported.
err-not-found = { $what ->
    [assessment] This assessment no longer exists ({ $id }): it may have been deleted.
    [deleted-assessment] There is no deleted assessment to bring back ({ $id }).
    [respondent] This respondent no longer exists ({ $id }).
    [removed-respondent] There is no removed respondent to bring back ({ $id }).
    [agency] This agency no longer exists ({ $id }).
    [change] This change is no longer in the history ({ $id }).
    [framework] The framework { $id } is not installed: install it from the Frameworks screen.
    [database] The database { $id } does not exist.
   *[item] This item no longer exists ({ $id }).
}
err-storage-disk-full = The disk is full: free some space, then save again. Nothing was half-written.
err-storage-read-only = The data folder cannot be written ({ $path }): make it writable, then save again.
err-storage-busy = Another program is using the database: close it (another Mizan window or the mizan command), then try again.
err-storage-corrupt = The database { $path } is damaged or is not a Mizan database: restore a backup.
err-storage-io = The disk reported an error: check that it has space and is still connected, then save again.
err-storage = The database { $path } could not be read or written: try again; if it persists, restore a backup.
err-io-disk-full = The disk is full ({ $path }): free some space, then try again.
err-io-read-only = { $path } cannot be written: choose a writable folder, then try again.
err-io = { $path } could not be read or written: check the file and the folder, then try again.
err-output-database = { $path } is Mizan's own database (or one of its side files): writing there would destroy it. Choose another file name.
err-output-folder = { $path } is a folder: give the name of a file in it.
err-output-special = { $path } is not a regular file (a pipe or a device): Mizan only writes or replaces regular files. Choose another file name.
err-output-read-only = { $path } is read-only: Mizan does not replace a protected file. Choose another file name, or make it writable first.
err-output-no-folder = The folder { $folder } does not exist. Create it, or choose a file in another folder.
err-backup-missing = { $path } does not exist (any more): choose another backup.
err-backup-unusable = { $path } is not a usable Mizan backup: it is not a Mizan database, or it fails its integrity check. Choose another backup.
err-backup-none-chosen = No backup was chosen to restore: choose one first (Your data → Restore…).
err-busy-restoring = A backup is being restored: try again in a moment.
err-import-retry-gone = That refused import can no longer be retried: import the file again (Your data → Import exchange files…).
err-drop-folder = { $path } is a folder: drop the exchange files inside it (*.json), not the folder.
err-drop-not-exchange = { $path } is not an exchange file (*.mizan.json): only exchange files can be dropped here. Install frameworks (.toml) and benchmark packs from Frameworks.
err-report-extension-mismatch = { $path } ends in .{ $ext }, but the format chosen is { $format }: name the file .{ $format }, or choose the format that matches.
err-report-extension-unknown = { $path } ends in .{ $ext }, which is not a report format: name the file .pdf or .docx.
err-name-empty = { $field ->
    [agency-name] Enter the agency's name.
    [title] Enter a title for the assessment.
    [respondent-name] Enter the respondent's name.
   *[name] Enter a name.
}
err-name-too-long = { $field ->
    [agency-name] The agency's name is longer than { $max } characters: shorten it.
    [title] The title is longer than { $max } characters: shorten it.
    [respondent-name] The respondent's name is longer than { $max } characters: shorten it.
   *[name] This name is longer than { $max } characters: shorten it.
}
err-text-too-long = { $field ->
    [role] The role is longer than { $max } characters: shorten it.
    [unit] The unit is longer than { $max } characters: shorten it.
    [sector] The sector is longer than { $max } characters: shorten it.
    [size] The size band is longer than { $max } characters: shorten it.
    [tag] A tag is longer than { $max } characters: shorten it.
    [note] The note is longer than { $max } characters: shorten it.
    [evidence] The evidence is longer than { $max } characters: shorten it.
    [rationale] The rationale is longer than { $max } characters: shorten it.
   *[text] This text is longer than { $max } characters: shorten it.
}
err-text-nul = This text contains a NUL character: remove it.
err-level-out-of-range = Level { $level } does not exist: choose a level from 1 to { $max }.
err-target-out-of-range = Target { $level } does not exist: choose a level from 1 to { $max }.
err-level-and-na = An answer is either a level or not applicable, not both.
err-final = This assessment is final and can no longer change: duplicate it to re-assess.
err-country = “{ $value }” is not a country code: use the two letters of ISO 3166, e.g. TN, JO, LB.
err-date = “{ $value }” is not a date: write it as YYYY-MM-DD, e.g. 2026-03-14.
err-self-one-respondent = A self-assessment has a single respondent, the agency itself: to hear several people, create an interview assessment.
err-agency-taken = Another agency, “{ $other }”, already has this name and country: choose another name.
err-rationale-empty = Say why this level was agreed: the report shows the rationale.
err-pack-too-few = { $count ->
    [one] Only { $count } final assessment uses this framework: a benchmark pack needs at least { $min }, so that no agency can be identified.
   *[other] Only { $count } final assessments use this framework: a benchmark pack needs at least { $min }, so that no agency can be identified.
}
err-sample-not-empty = The sample agencies can only be loaded into an empty database: this one already holds assessments.
err-no-respondent = This interview has no respondent yet: add the person interviewed first, then answer for them.
