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

