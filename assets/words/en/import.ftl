# The words of importing: the import dialog, the column mapping step, and what the readers
# of spreadsheets, Kumu and Oligrapher files report about rows and values.

## Why a file could not be imported at all (the import dialog, and `powermap import`).

# $file is the file's path; $error the system's reason, in its own words.
read-error-io = Could not read { $file }: { $error }
# $size and $limit are sizes with their unit ("12 MiB").
read-error-too-big = The file is { $size }, more than the { $limit } powermap imports. Is it the right file?
read-error-empty = The file is empty.
# $extension is the file name's ending ("docx"), or nothing.
read-error-unknown-kind = powermap does not know this kind of file ({ $extension }); it imports CSV, .xlsx, .ods, Kumu and Oligrapher files.
read-error-is-session = This is a powermap session: open it, or merge it into this one with File > Merge.
# $error says where and what, partly in the reading library's own words.
read-error-csv = The CSV file cannot be read: { $error }
read-error-sheet = The spreadsheet cannot be read: { $error }
read-error-json = The file cannot be read: { $error }
# $rows is more than $limit.
read-error-too-many-rows = "{ $sheet }" has { $rows } rows; powermap imports at most { $limit } actors or relationships at a time. Split the file, or leave out rows you do not need.
read-error-no-name-column = No column of "{ $sheet }" holds the actors' names: name one "Name" or "Label", or choose it in the mapping step.
read-error-no-sheet = There is no sheet called "{ $sheet }".
# A sheet asked for by its place rather than its name, shown as $sheet in read-error-no-sheet.
read-sheet-number = number { $number }
# $headers lists the sheet's column headers, separated by commas.
read-error-no-column = "{ $sheet }" has no column "{ $header }"; its columns are: { $headers }.
read-error-no-header-row = "{ $sheet }" has no row { $row } with anything in it to read as the header (rows with content run from { $first } to { $last }).
# The file's path is shown before this. $kind is "a folder", "a pipe"...
read-error-not-a-file = This is { $kind }, not a file: powermap imports only files saved on a disk.
read-error-too-many-cells = "{ $sheet }" spans { $rows } rows by { $columns } columns from its first used cell to its last, more than the { $limit } cells powermap reads from a workbook. Delete what lies far outside your table, or copy the table into a new workbook.
read-error-unpacked = The workbook would unpack to { $size }, more than the { $limit } powermap reads. Is it the right file?

## What a row or value could not be, listed in the mapping step's preview and by `powermap import`.
## Each is shown after where it is (read-problem), so it starts in lower case.

# $place says where ("Elements row 12"), $problem what ("has no name; it was left out").
read-problem = { $place }: { $problem }
# Where a problem is: $sheet is the sheet's (or CSV file's) name, $row the row's number as
# the spreadsheet shows it.
read-row = { $sheet } row { $row }
# Lines of a text file whose bytes the encoding does not define: $lines lists their numbers.
read-lines = { $count ->
    [one] { $file } line { $lines }
   *[other] { $file } lines { $lines }
}
# The first twenty lines are listed in $lines; $more is how many others there are.
read-lines-and-more = { $file } lines { $lines } and { $more } more
# Said of the lines in read-lines: $encoding is the encoding's name ("UTF-8").
read-broken-bytes = hold bytes that are not { $encoding }; each was read as "{ "\uFFFD" }". Choose the file's encoding in the mapping step (or with --encoding).
read-total-row = is a total row; it was left out
read-sums-row = holds only the sums of the columns above; it was left out
read-row-no-name = has no name; it was left out
# $group is what the row names as the group it is part of.
read-group-missing = belongs to "{ $group }", which is not among the actors; left unlinked
# $actor is the id or name the relationship's row gives for one of its ends.
read-no-actor-to-connect = no actor "{ $actor }" to connect; the relationship was left out
read-self-relationship = connects an actor to itself; left out
column-no-from-to = no column was chosen as "From" and "To"; no relationships were imported
# Said of a support or influence cell: $value is the cell's number, $scale the column's
# range ("1 to 5").
value-support-outside = support { $value } is outside { $scale }; the actor waits in the parking lot
value-influence-outside = influence { $value } is outside { $scale }; the actor waits in the parking lot
value-support-unknown = support "{ $value }" is neither a number nor a word powermap knows
value-influence-unknown = influence "{ $value }" is neither a number nor a word powermap knows
# $header is the column's header, $formula the cell's text ("=A1+B1").
value-formula-kept = "{ $header }" looks like a spreadsheet formula ({ $formula }); it was kept as text
value-not-a-slice = "{ $value }" is not a slice of the spectrum; the actor waits in the tray
value-image-left-out = "{ $header }" holds an image inside the file; it was left out

## Reading workbooks and the JSON of Kumu and Oligrapher (shown inside read-error-sheet and
## read-error-json).

read-not-a-workbook = this is not a workbook powermap reads (.xlsx, .xls or .ods)
read-no-workbook-inside = it holds no workbook
# $error is the spreadsheet library's own words.
read-sheet-error = sheet "{ $sheet }": { $error }
# The name given to a sheet that has none.
read-sheet-untitled = sheet { $number }
# $error is the JSON reader's own words.
read-json-at-line = line { $line }: { $error }
read-not-kumu = this is not a Kumu project backup (it has no "elements" list)
read-not-oligrapher = this is not an Oligrapher map (it has no "graph.nodes")

## How the mapping step says a text file's encoding was chosen, in brackets after its name.

read-encoding-marked = marked in the file
read-encoding-valid = the file is valid UTF-8
read-encoding-guessed = guessed from its bytes
read-encoding-chosen = as you chose

## What each column holds: the mapping step's menus, and the header of a column that has none.

# The header given to a column whose header cell is empty.
column-untitled = Column { $number }
column-name = Name
column-id = Id
column-kind = Kind or type
column-category = Category
column-support = Support
column-influence = Influence
column-slice = Slice of the spectrum
column-tags = Tags
column-notes = Notes or description
column-group = Part of (group)
column-link = Link
column-contact = Contact person
column-uncertain = Uncertain (yes/no)
column-us = This is us (yes/no)
column-other = Keep in notes
column-skip = Leave out
# The columns of a sheet of relationships.
column-from = From (id or name)
column-to = To (id or name)
column-type = Type
column-label = Label
column-tie = Tie

## The range of a numeric column: "1 to 5", "−1 to 1".

value-scale = { $low } to { $high }

## The import and merge dialog: choosing the file.

import-title = Import actors
merge-title = Merge another session
# The title of the file chooser that picks the session to merge.
merge-choose-title = Merge a session
import-what-file = A CSV file or spreadsheet (.xlsx, .ods), a Kumu project backup or an Oligrapher map. Actors without support and influence wait in the parking lot for the room to place.
merge-what-file = A session file another organizer made of the same campaign. Actors are matched by id, then by name; you will see every place where the two maps disagree.
import-file-field = File to bring in
import-relations-field = Relationships, from a second CSV file (optional)
# Opens a file chooser.
import-choose-file = Choose…
# The file chooser's button that picks the file.
import-choose-button = Choose
import-read-file = Read the file
import-cancel = Cancel
import-back = Back
import-no-file = Type or choose the file to import.
merge-no-file = Type or choose the session to merge.
# $file is the file's path.
merge-locked = { $file } is locked with a passphrase: open it, remove its lock (File menu), save, and merge that copy.
# $file is the file's path, $error why it could not be read.
import-file-error = { $file }: { $error }

## Where an actor will stand, in the preview and beside each disagreement.

import-not-placed = not placed
# $support runs from -1 to +1 and $influence from 0 to 1, with two decimals.
import-place = support { $support }, influence { $influence }
# $place is import-place or import-not-placed, $slice the slice of the spectrum.
import-place-and-slice = { $place }; { $slice }

## What will change: the last step of importing and of merging.

# Shown as $actors in merge-summary.
merge-new-actors = { $count ->
    [one] { $count } new actor
   *[other] { $count } new actors
}
# Shown as $relationships in merge-summary.
merge-new-relationships = { $count ->
    [one] { $count } new relationship
   *[other] { $count } new relationships
}
# $waiting of the new actors have no place yet; $updated actors already here change,
# $unchanged do not.
merge-summary = { $actors } ({ $waiting } of them wait in the parking lot), { $updated } updated, { $unchanged } already here and unchanged; { $relationships }.
merge-problems-before = { $count ->
    [one] { $count } problem listed in the step before: rows left out, or not read as the file has them.
   *[other] { $count } problems listed in the step before: rows left out, or not read as the file has them.
}
merge-conflicts = { $count ->
    [one] { $count } actor stands in different places in the two maps. Choose, for each, which to keep:
   *[other] { $count } actors stand in different places in the two maps. Choose, for each, which to keep:
}
# The headings of the table of disagreements.
merge-column-actor = Actor
merge-column-here = Here
merge-column-theirs = In the other file
merge-column-keep = Keep
# The choice of which place to keep, in each row of disagreements.
merge-keep-here = Here
merge-keep-theirs = Other file
merge-button = Merge
import-button = Import
# In the status bar; $updated actors already on the map were changed.
import-done = { $count ->
    [one] Imported: { $count } new actor, { $updated } updated. Undo takes it back.
   *[other] Imported: { $count } new actors, { $updated } updated. Undo takes it back.
}
merge-done = { $count ->
    [one] Merged: { $count } new actor, { $updated } updated. Undo takes it back.
   *[other] Merged: { $count } new actors, { $updated } updated. Undo takes it back.
}

## The mapping step: how the file was read and what each column holds.

# $read is one of the mapping-read-as messages.
mapping-intro = { $read } Say what each column holds; the preview below follows your choices.
mapping-read-as-csv = Read as a CSV file.
mapping-read-as-spreadsheet = Read as a spreadsheet.
mapping-read-as-onodo = Read as a Onodo workbook.
mapping-read-as-kumu = Read as a Kumu project.
mapping-read-as-oligrapher = Read as a Oligrapher map.
mapping-encoding = Encoding
# $origin is one of the read-encoding messages.
mapping-encoding-origin = ({ $origin })
mapping-header-row = Headers in row
# An entry of the header row menu: the row's number, then its first cells.
mapping-header-row-choice = { $row }: { $cells }
mapping-rows-above = (rows { $first } to { $last } above it are titles or notes, left out)
# The menus that choose the sheets of a workbook.
mapping-actors-sheet = Actors in
mapping-relations-sheet = Relationships in
mapping-no-sheet = none
# The headings of the table of columns; $sheet is the sheet's name.
mapping-column-of = Column of { $sheet }
mapping-holds = Holds
mapping-first-values = First values
# $header is the header of the support or influence column; a menu of ranges follows.
mapping-scale-runs = "{ $header }" runs
mapping-scale-from-header = as its header says
mapping-scale-percent-cells = percent cells, which hold 0.45 for 45 %
mapping-scale-from-values = as its values suggest
# Where a sample value lands when it is outside the column's range.
mapping-sample-outside = outside
# $scale is the column's range ("1 to 5").
mapping-values-outside = { $count ->
    [one] { $count } value outside { $scale }: its actor waits in the parking lot
   *[other] { $count } values outside { $scale }: their actors wait in the parking lot
}
mapping-keep-other-columns = Keep the other columns in each actor's notes
# $header is the header of the column of slices of the spectrum.
mapping-support-from-slice = Take support from the words of "{ $header }"
mapping-support-from-slice-hint = The sheet has no support column. Place actors on the support axis by their attitude words: allies' words on the supportive side, opposition words on the opposed side.
mapping-remembered-offer = You saved a mapping for files with these headers.
mapping-use-remembered = Use the remembered mapping
mapping-remembered-in-use = The remembered mapping is in use.
mapping-remember = Remember for files with these headers
mapping-remembered = Remembered: files with these headers will be offered this mapping.
# $error is why the mapping could not be saved.
mapping-remember-failed = Could not remember the mapping: { $error }
mapping-values-button = Next: values
mapping-next = Next: what will change

## The preview of the mapping and values steps.

# Shown as $actors in mapping-summary.
mapping-actors = { $count ->
    [one] { $count } actor
   *[other] { $count } actors
}
# Shown as $relationships in mapping-summary.
mapping-relationships = { $count ->
    [one] { $count } relationship
   *[other] { $count } relationships
}
# $waiting actors have no place on the power map yet, $tray none on the spectrum.
mapping-summary = { $actors } ({ $waiting } wait to be placed on the map, { $tray } in the spectrum's tray), { $relationships }
# Heads the list of problems.
mapping-problems = { $count ->
    [one] { $count } problem:
   *[other] { $count } problems:
}
# Ends a list cut short.
mapping-and-more = … and { $count } more

## The values step: what each word of a word column becomes.

value-intro = What each word in the file becomes. The guesses are filled in; change any, and the count below follows.
# $role is what the column holds (column-slice...), $header its header.
value-column-heading = { $role }: column "{ $header }"
value-in-file = In the file
value-rows = Rows
value-becomes = Becomes
value-back = Back to the columns
value-slice-none = Not placed: wait in the tray
value-strongly-supportive = Strongly supportive (+1)
value-supportive = Supportive (+0.5)
value-neutral = Neutral (0)
value-opposed = Opposed (−0.5)
value-strongly-opposed = Strongly opposed (−1)
value-support-none = Not placed: wait in the parking lot
value-kind-none = No kind: keep it as the category
# $category is the word as the file has it.
value-own-category = Its own category: "{ $category }"
