# The storage layer's messages (why a file cannot be read or written, repairs, locks) and
# the command line's help and messages.

## Why a session file cannot be opened
# $path is the file; $reason is what the system said.
load-read = Could not read { $path }: { $reason }
# $size is the file's size in MiB (like 70.2); $limit the largest size opened, in MiB.
load-too-large = The file is { $size } MiB, larger than any session: powermap opens session files of up to { $limit } MiB. Is it the right file?
load-empty = The file is empty.
load-not-text = The file is not UTF-8 text (line { $line }, column { $column }). Is it a session file?
load-too-deep = The file nests brackets more than { $limit } deep (line { $line }, column { $column }); a session never does.
load-truncated = The file ends too early (line { $line }, column { $column }); it may have been cut off while copying.
# $reason is one of the load-json- messages below.
load-syntax = The file is damaged at line { $line }, column { $column }: { $reason }. A text editor can fix it there; the backup beside it (ending in .bak) may be intact.
# $found is one of the load-found- messages below.
load-not-an-object = The file holds { $found }, not a powermap session.
# $reason is load-format-missing or load-format-other.
load-wrong-format = This is not a powermap session: { $reason }.
# $reason is load-version-missing or load-version-other.
load-bad-version = The session's "version" must be a whole number from 1 up; { $reason }.
load-too-new = This session was saved by a newer powermap (file format version { $file }); this powermap reads versions up to { $supported }. Please update powermap to open it.
# $path is where in the file, like actors[3].support (or load-path-session); $reason says
# what is wrong there.
load-field = In { $path }: { $reason }.
load-locked = This session is locked with a passphrase (set POWERMAP_PASSPHRASE, or type it when asked).
load-wrong-passphrase = That passphrase does not open this session. Check it and try again.
# $reason is one of the lock-damaged- messages.
load-broken-lock = The locked file is damaged and cannot be opened: { $reason }
# $kind is one of the storage-kind- messages.
load-not-a-file = This is { $kind }, not a file: powermap opens only files saved on a disk.
# $field is the name of a field in the file.
load-too-much-unknown = This file holds more data that this powermap does not know than it can keep (over { $limit } values; the limit was passed in "{ $field }"). It may come from a newer powermap: open it there, or update powermap.
load-too-many-values = This session is in an older format and holds over { $limit } values, far more than any session; powermap cannot convert it. Is it the right file?

## What a file holds instead of a session (in load-not-an-object)
load-found-list = a list
load-found-true-false = a true/false value
load-found-number = a number
load-found-text = a piece of text
load-found-null = null
load-found-other = something other than an object

## The header of a session file
load-format-missing = it has no "format" field
# $found is the value written in the file; $expected is powermap-session.
load-format-other = its "format" is { $found }, where "{ $expected }" was expected
load-version-missing = this file has none
load-version-other = this file says { $found }
# Where in the file, when it is the file as a whole.
load-path-session = the session
load-field-twice = the field "{ $field }" is given twice; keep one of them

## Where the JSON of a file is broken (in load-syntax)
load-json-colon = a colon (:) should follow the field's name
load-json-comma-bracket = a comma or a closing ] is missing
load-json-comma-brace = a comma or a closing {"}"} is missing
load-json-name = a field's name should be here, in double quotes
load-json-value = a value is missing or misspelled here (text needs double quotes)
load-json-ident = this should be true, false or null
load-json-escape = a backslash in a text starts no known escape (write \\ for one)
load-json-number = a number is written wrongly
load-json-number-range = a number is far too large
load-json-unicode = a \u escape in a text is broken or names only half of a character
load-json-control = a text holds a raw control character such as a line break (write it as \n)
load-json-trailing-comma = a comma stands before a closing bracket
load-json-trailing-characters = more follows after the end of the session

## Values a session cannot hold (in load-field)
load-invalid-empty-id = an actor's id must not be empty
load-invalid-actor-id-twice = the id "{ $id }" is used by two actors
load-invalid-parent-missing = "{ $name }" belongs to "{ $parent }", but no actor has that id
load-invalid-parent-loop = "{ $name }" is part of a loop of groups containing each other
load-invalid-relationship-id-twice = the id "{ $id }" is used by two relationships
load-invalid-missing-end = it refers to the actor "{ $id }", which is not in the session
load-invalid-self-line = a relationship must join two different actors
load-invalid-not-finite = the number is too large to be a position
# $value is the number found; $low and $high the ends of the range.
load-invalid-placement-id-twice = the id "{ $id }" is used by two placement rounds
# $number is a participant's number, $count how many people the round counted.
load-invalid-participant = participant { $number } is not one of the round's { $count } people
load-invalid-answer-actor = it answers about the actor "{ $id }", which the round did not ask about
load-invalid-answer-twice = participant { $number } answered about "{ $id }" twice
load-invalid-range = { $value } is outside the allowed range { $low } to { $high }

## Locked files
lock-damaged-work = its header asks for far more work to open it than powermap ever sets, so it was changed after saving.
lock-damaged-header = its header was changed or cut after saving.
lock-damaged-cut = it ends early, or part of it was changed after saving.
# $path is the session file; $count the seconds waited.
lock-update-busy = { $path } is being changed by another powermap; it was still busy after { $count } seconds. Try again when it is done.
# $reason is what the system said.
lock-update-open = Could not open { $path } to change it: { $reason }

## Saving
# $reason is what the system said (often a storage-io- message).
save-write = Could not save to { $path }: { $reason }
save-lock = Could not lock the session: { $reason }
save-encode = Could not encode the session: { $reason }
# $path is the backup file (NAME.bak).
save-backup-not-kept = Saved, but the previous version could not be kept as { $path } ({ $reason }).

## Reading and writing any file
# $plain is one of the storage-io- messages; $system is what the system said.
storage-io-explained = { $plain } ({ $system })
storage-io-not-found = the folder does not exist (any more); choose another one
storage-io-permission = you are not allowed to write there; choose another folder
storage-io-read-only = that disk or folder is read-only; choose another one
storage-io-disk-full = the disk is full; make room or choose another disk
storage-io-quota = your disk quota is used up; make room or choose another disk
storage-io-is-folder = that is a folder; add a file name
storage-too-many-links = too many symbolic links in a row
storage-slot-held = the new recovery slot is already held
# $kind is one of the storage-kind- messages.
storage-input-not-a-file = it is { $kind }, not a file; powermap reads only files saved on a disk
# $size and $limit are sizes (storage-size- messages).
storage-input-too-large = the file is { $size }, more than the { $limit } powermap reads
# $what is one of the storage-kind- messages.
storage-output-not-a-file = { $path } is { $what }, not a file; powermap only writes files. Choose a file name.
# $input says which file is being read, like storage-input-session-exported.
storage-output-same-as-input = { $path } is { $input }; writing there would replace it. Choose another file name.
storage-output-named-twice = { $path } is named twice; the second file would replace the first. Choose two names.
storage-output-io = Could not write { $path }: { $reason }
storage-input-session-exported = the session being exported

## What a path names when it is not an ordinary file
storage-kind-folder = a folder
storage-kind-pipe = a named pipe
storage-kind-socket = a socket
storage-kind-device = a device
storage-kind-special = a special file

## Sizes and times
storage-size-bytes = { $count } bytes
# $size is a number such as 64 or 1.5.
storage-size-kib = { $size } KiB
storage-size-mib = { $size } MiB
storage-size-gib = { $size } GiB
# $date is YYYY-MM-DD, $time is HH:MM.
storage-time-utc = { $date } { $time } UTC

## What repair changed, one line each
# $support and $influence are the old position, $new-support and $new-influence the new.
repair-position-moved = "{ $name }": position ({ $support }, { $influence }) moved into the map, to ({ $new-support }, { $new-influence }).
repair-spectrum-moved = "{ $name }": its place in the spectrum slice was moved inside the wedge.
repair-rating = "{ $name }": a rating of trust, benefits or risks outside 1 to 5 was brought into that range.
repair-id-shared = "{ $name }" shared the id "{ $old }" with another actor; it got the new id "{ $new }" (lines to the old id stay with the first actor).
repair-parent-missing = "{ $name }" belonged to "{ $parent }", which is not in the file; it now belongs to no group.
repair-parent-loop = "{ $name }" was part of a loop of groups; it now belongs to no group.
# $from and $to are actors' names, or their ids when they are not in the file.
repair-line-end-missing = A line between "{ $from }" and "{ $to }" was removed: one end is not in the file.
repair-line-to-itself = A line from "{ $name }" to itself was removed.
repair-line-id-shared = Two lines shared the id "{ $old }"; one got the new id "{ $new }".
# $round is the round's label.
repair-round-moved = { $count ->
    [one] Round "{ $round }": { $count } recorded position moved into the map.
   *[other] Round "{ $round }": { $count } recorded positions moved into the map.
}
# $round is when the placement round opened.
repair-placement-answers-dropped = { $count ->
    [one] Placement round of { $round }: { $count } answer dropped (a repeated answer, or about an actor the round did not ask about).
   *[other] Placement round of { $round }: { $count } answers dropped (repeated answers, or about actors the round did not ask about).
}
repair-placement-participants = Placement round of { $round }: it counted { $old } people, but answers came from { $new }; it now counts { $new }.
repair-placement-id-shared = Two placement rounds shared the id "{ $old }"; one got the new id "{ $new }".

## The command line: help
# The program's description at the top of powermap --help.
cli-about = Power mapping for organizers: place the actors of a campaign on a support x influence map.
cli-file-help = A session file to open in the app (default: the last one)
cli-check-about = Check session files without opening a window: one line per file; exit 1 if any is bad
cli-check-files-help = The session files to check
cli-export-about = Export a session as a report page (PNG, SVG or PDF), or its data as CSV
cli-import-about = Import a spreadsheet, a Kumu project or an Oligrapher map into a session file

## The command line: powermap export --help
cli-export-file-help = The session file to export
cli-export-view-help = Which view to draw
cli-export-view-power = The power map
cli-export-view-spectrum = The spectrum of allies
cli-export-view-both = Both, side by side on one landscape page
cli-export-format-help = The file format
cli-export-format-png = A raster image
cli-export-format-svg = A vector image with text kept as text
cli-export-format-pdf = A one-page vector PDF
cli-export-format-csv = The actors as CSV, and the relationships in a second CSV file beside it (`NAME-relationships.csv`)
cli-export-out-help = Where to write (default: beside FILE, with the format's extension)
cli-export-dpi-help = PNG resolution in dots per inch on the chosen paper (default 300)
cli-export-size-help = Page size in pixels, as `WxH` (for slides: `1920x1080`); for SVG and PDF it replaces the paper size
cli-export-paper-help = Paper size for PDF and SVG, and for PNG by resolution
cli-export-paper-iso = A4 landscape
cli-export-paper-letter = US Letter landscape
cli-export-redact-help = Replace every name with a code (A1, A2, ...) and leave notes and tags out
cli-export-key-help = With --redact: also write the codes key (code and real name) to this file
cli-export-notes-help = Include notes in the table (never with --redact)
cli-export-table-help = Add a table of actors with their strategy, slice and aim
cli-export-compare-help = Draw arrows of movement since this round (its label or id)
cli-export-spread-help = Draw the room's answers of this placement round: its id, the time the room opened, or "last"
cli-export-title-help = The title at the top of the page (default: the campaign's; with --redact, "Power map" in the map's language, as campaign titles often name people)
cli-export-lang-help = The language of the map's words (en, fr, es or ar), in place of the session's own. CSV files are written in English whatever the language

## The command line: powermap import --help
cli-import-file-help = The file to import: .csv, .xlsx, .ods, a Kumu project backup or an Oligrapher map
cli-import-from-help = What the file is (csv, xlsx, ods, kumu, onodo, oligrapher); guessed when left out
cli-import-relations-help = For CSV: a second file of relationships (columns from, to, and type or label)
cli-import-sheet-help = The sheet of actors (default: Elements, Nodes, Actors... or the first)
cli-import-relations-sheet-help = The sheet of relationships (default: Connections, Relations, Edges...)
cli-import-support-scale-help = The range of the support column: 0-10, 1-5, 0-100, -1..1, or any "LOW-HIGH" (default: from the header, such as "Support (1-5)", else from the values)
cli-import-influence-scale-help = The range of the influence column: 0-10, 1-5, 0-100, 0-1, or any "LOW-HIGH" (default: from the header, else from the values)
# The role names and ROLE=HEADER are what the option takes: keep them in English.
cli-import-column-help = What a column holds, as ROLE=HEADER (repeatable). Roles: name, id, kind, category, support, influence, slice, tags, notes, group, links, contact, uncertain, us. Naming the attitude column as support (`support=Sentiment`) takes support from its words
cli-import-header-row-help = The row that heads the table of actors (as the spreadsheet numbers it; default: the first row that looks like a header, below titles and notes)
cli-import-encoding-help = The encoding of a CSV or text file: utf-8, utf-16le, windows-1252, latin1, windows-1251... (default: read from its bytes)
cli-import-into-help = Merge into this session (matching actors by id, then name) instead of starting anew
cli-import-out-help = The session file to write (it may be the `--into` session itself)
cli-import-unlocked-help = Write `--out` without a lock even though the `--into` session is locked (by default it is locked with the same passphrase)

## The command line: its man page
# The heading of the man page's list of exit statuses (man pages write headings in capitals).
cli-man-exit-heading = EXIT STATUS
cli-exit-done = Everything asked for was done (also after --help and --version).
cli-exit-failed = Something was refused or could not be written: check found a bad file, export or import wrote nothing, or the app could not open its window.
cli-exit-bad-arguments = The arguments were not understood; nothing was read or written.
cli-exit-imported-with-problems = import wrote the session, but some rows were not taken as the file asked (each is listed on stderr).

## The command line: messages
# Every error line the command prints; $message says what is wrong.
cli-error-line = powermap: { $message }
# When the arguments are wrong and the parser said nothing more.
cli-bad-arguments = bad arguments
# $path is a file named on the command line; $error what is wrong with it.
cli-file-error = { $path }: { $error }
# The prompt for a locked file's passphrase; the space after the colon is where the typing starts.
cli-passphrase-prompt = Passphrase for { $path }:{" "}
cli-actors = { $count ->
    [one] { $count } actor
   *[other] { $count } actors
}
cli-relationships = { $count ->
    [one] { $count } relationship
   *[other] { $count } relationships
}
# powermap check: $actors is a cli-actors message, $relationships a cli-relationships one.
cli-check-ok = ok ({ $actors }, { $relationships })
# powermap check, one line per file: $summary is cli-check-ok.
cli-check-line-ok = { $path }: { $summary }
# powermap check, one line per file: $error says why the file was refused.
cli-check-line-error = { $path }: error: { $error }
# $codes lists the language codes, like "en, fr, es, ar".
cli-lang-unknown = powermap has no map words in "{ $code }" yet; choose one of { $codes }
cli-size-form = write the size as WIDTHxHEIGHT, like 1920x1080
cli-size-not-number = "{ $text }" is not a whole number of pixels
cli-export-csv-redact = --redact is for report pages; a CSV file is the data itself
# $count is the file's size in bytes.
cli-export-wrote = wrote { $path } ({ $count } bytes)
# $actors is a cli-actors message, $relationships a cli-relationships one.
cli-export-wrote-csv = wrote { $actors-path } ({ $actors }) and { $relationships-path } ({ $relationships })
cli-import-from-unknown = "{ $text }" is not one of csv, xlsx, ods, kumu, onodo, oligrapher
cli-import-scale-unknown = "{ $text }" is not a range such as 0-10, 1-5, 0-100, -1..1 or 0-1
cli-import-column-form = "{ $text }" is not ROLE=HEADER, such as name=Stakeholder
cli-import-role-unknown = "{ $role }" is not a role; roles are name, id, kind, category, support, influence, slice, tags, notes, group, links, contact, uncertain, us
cli-import-column-no-header = "{ $text }" names no header after "="
cli-import-encoding-unknown = "{ $text }" is not an encoding powermap knows; try utf-8, utf-16le, windows-1252, latin1, windows-1250, windows-1251 or windows-1256
cli-import-input-file = the file being imported
cli-import-input-relations = the file of relationships being imported
# $encoding is the encoding's name; $origin says how it was chosen.
cli-import-read-as = read as { $encoding }, { $origin }
cli-import-header-row = headers in row { $row }
cli-import-new-relationships = { $count ->
    [one] { $count } new relationship
   *[other] { $count } new relationships
}
cli-import-differing-places = { $count ->
    [one] { $count } differing place
   *[other] { $count } differing places
}
# Merging into a session: $added, $updated and $unchanged count actors; $relationships is a
# cli-import-new-relationships message, $conflicts a cli-import-differing-places one; $path
# is the session merged into.
cli-import-merged = { $added } new, { $updated } updated, { $unchanged } unchanged actors and { $relationships }; { $conflicts } kept as they were in { $path }
# A new session: $actors is a cli-actors message, $waiting counts actors not placed yet.
cli-import-new = { $actors } ({ $waiting } waiting to be placed) and { $relationships }
# $summary is cli-import-merged or cli-import-new; $details holds cli-import-detail lines.
cli-import-wrote = wrote { $path }: { $summary }{ $details }
cli-import-wrote-locked = wrote { $path } (locked with the same passphrase): { $summary }{ $details }
cli-import-wrote-unlocked = wrote { $path } (without a lock, as asked): { $summary }{ $details }
# One more thing about how the file was read ($detail is cli-import-read-as or
# cli-import-header-row), added at the end of the summary.
cli-import-detail = ; { $detail }
# Names a sheet by its place, inside "There is no sheet called ...": $number of $count sheets.
cli-import-sheet-number = number { $number } of { $count }
