# Errors of the engine, told by key (the `key` and `args` of every backend error; see
# docs/ipc.md). The engine's English `message` is the fallback when a key is missing.
# Arguments are user text or codes; Fluent isolates them (bidi), the UI shows them as text.

# A rare, internal error with no message of its own: its code and its English text.
err-generic = Mizan could not do this ({ $code }): { $message }
err-invalid-framework = The framework file { $file } has errors: correct them, then install it again.
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
err-preview-failed = The preview could not be drawn: export the report to see it.
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
# A refused exchange file or benchmark pack, shown with the file and the JSON path at
# fault: err-exchange-at (or err-exchange-whole, for the file as a whole) around
# $problem, the text of one of the err-file-*, err-json-*, err-exchange-* or err-pack-*
# messages below.
err-exchange-at = { $file } was refused at { $path }: { $problem }
err-exchange-whole = { $file } was refused: { $problem }
err-file-not-regular = { $kind ->
    [pack] This is a folder, a pipe or a device, not a file: choose the benchmark pack file itself.
    [framework] This is a folder, a pipe or a device, not a file: choose the framework file itself.
   *[exchange] This is a folder, a pipe or a device, not a file: choose the exchange file itself.
}
err-file-too-large = { $kind ->
    [pack] The file is larger than { $max } MiB, the limit for benchmark packs.
    [framework] The file is larger than { $max } MiB, the limit for framework files.
   *[exchange] The file is larger than { $max } MiB, the limit for exchange files.
}
err-file-not-utf8 = { $kind ->
    [pack] The file is not UTF-8 text (from byte { $byte }): it is not a Mizan benchmark pack.
   *[exchange] The file is not UTF-8 text (from byte { $byte }): it is not a Mizan exchange file.
}
err-exchange-empty = The file is empty: it is not a Mizan exchange file.
err-exchange-not-an-object = The file does not hold a JSON object: it is not a Mizan exchange file.
err-json-syntax = The file is not valid JSON at line { $line }, column { $column }: it may be damaged, or have been edited by hand.
err-json-eof = The file stops before its end (line { $line }, column { $column }): it may have been cut off while it was copied.
err-json-too-deep = The data is nested too deeply (line { $line }, column { $column }): this is not a file written by Mizan.
err-json-missing-field = The field “{ $name }” is missing (line { $line }, column { $column }).
err-json-unknown-field = The field “{ $name }” is not expected here (line { $line }, column { $column }): the file may come from a newer version of Mizan.
err-json-duplicate-field = The field “{ $name }” appears twice (line { $line }, column { $column }).
err-json-unknown-value = “{ $name }” is not one of the allowed values (line { $line }, column { $column }).
err-json-wrong-type = This value has the wrong type, for example text where a number is expected (line { $line }, column { $column }).
err-json-wrong-value = This value is not allowed here, for example a number that is too large (line { $line }, column { $column }).
err-json-bad-uuid = This identifier is not a valid UUID (line { $line }, column { $column }).
err-json-invalid = This value cannot be read (line { $line }, column { $column }).
err-json-trailing-data = There is more data after the end of the document (line { $line }, column { $column }).
err-exchange-record-not-an-object = This record must be a JSON object, written between braces.
err-file-wrong-format = { $kind ->
    [pack] “{ $found }” is not a Mizan benchmark pack: the format must be “{ $expected }”.
   *[exchange] “{ $found }” is not a Mizan assessment file: the format must be “{ $expected }”.
}
err-exchange-format-version = Format version { $version } is not supported: this version of Mizan reads version { $supported }. Update Mizan.
err-exchange-framework-missing = The framework { $framework } { $version } is not installed: install it from the Frameworks screen, then import the file again.
err-exchange-text-empty = This value is empty: it must have one.
err-exchange-text-too-long = This text is longer than { $max } characters.
err-exchange-text-nul = This text contains a NUL character.
err-exchange-country = “{ $value }” is not an ISO 3166 country code (two capital letters, e.g. TN).
err-file-not-a-dimension = “{ $dimension }” is not a dimension of the framework { $framework }.
err-exchange-target-out-of-range = Target { $level } does not exist: this framework has levels 1 to { $max }.
err-exchange-time-outside-years = “{ $value }” is { $utc } in UTC, outside the years 0000 to 9999.
err-exchange-time-in-future = “{ $value }” is more than { $hours } hours ahead of this computer's clock ({ $now }): check the clock of the computer that wrote the file, and this one's.
err-exchange-not-a-timestamp = “{ $value }” is not a date and time in RFC 3339 form (e.g. 2026-03-01T09:30:00Z).
err-exchange-respondent-twice = The respondent identifier { $id } appears twice.
err-exchange-not-a-date = “{ $value }” is not a date: it must be written YYYY-MM-DD, e.g. 2026-03-14.
err-exchange-unknown-respondent = The respondent { $id } is not in the file's list of respondents.
err-exchange-not-a-question = “{ $question }” is not a question of the framework { $framework } { $version }.
err-exchange-answered-twice = The respondent { $id } answers “{ $question }” twice.
err-exchange-level-out-of-range = Level { $level } does not exist: this framework has levels 1 to { $max }.
err-exchange-level-and-na = An answer is either a level or not applicable, not both.
err-exchange-consensus-twice = The question “{ $question }” has two consensus entries.
err-exchange-respondent-elsewhere = The respondent identifier { $id } already belongs to another assessment in this database.
err-exchange-framework-mismatch = This assessment is stored here with the framework { $stored } { $stored_version }, and the file has { $framework } { $version }: they cannot be merged.
err-exchange-agency-mismatch = This agency is “{ $name }” ({ $country }) in this database, but the file names it “{ $file_name }” ({ $file_country }). If it is the same agency, give it the same name and country, in the file or here; if not, remove the agency's identifier from the file.
err-pack-framework-missing = This pack was made with the framework { $framework } { $version }, which is not installed here: install that version first.
err-pack-version-old = Pack format version { $version } was written by an older version of Mizan, whose rows cannot be told apart by agency: export the pack again with this version.
err-pack-version-new = Pack format version { $version } is not supported: update Mizan.
err-pack-agency-twice = This agency already has a row in the pack: a pack holds one row per agency.
err-pack-file-too-few = { $count ->
    [one] The pack holds { $count } agency: a pack needs at least { $min }, so that no agency can be identified.
   *[other] The pack holds { $count } agencies: a pack needs at least { $min }, so that no agency can be identified.
}
err-pack-version-mismatch = Version { $version } does not match the framework { $framework } { $framework_version }: only editions of the same major version can be compared.
err-pack-score-out-of-range = This score lies outside 1 to { $max }.
err-pack-country = “{ $value }” is not an ISO 3166 country code (two capital letters, e.g. TN).
err-pack-unknown-code = { $field ->
    [size] “{ $value }” is not a known size band code ({ $known }): a pack carries codes only.
   *[sector] “{ $value }” is not a known sector code ({ $known }): a pack carries codes only.
}
err-pack-date-in-future = The date { $date } is in the future.
err-pack-not-a-day = “{ $value }” is not a date written YYYY-MM-DD.
