# The words of files and their dialogs: open, save, lock, recover, autosave, export, the
# file browser, preferences and examples.

## Buttons several dialogs share

dialog-ok = OK
dialog-cancel = Cancel

## The welcome dialog, at first start

dialog-welcome-title = Welcome to powermap
dialog-welcome-intro = Map who has a stake in your campaign: how much they support it, and how much influence they have. Everything stays on this computer.
dialog-welcome-empty = Start an empty map
dialog-welcome-examples = Or open an example to see how a finished map looks:
# A button; $title is the example's title.
dialog-welcome-open-example = Open "{ $title }"

## The example sessions (their titles and one line on each)

example-residents-title = Every resident votes
example-residents-blurb = A city campaign for migrants' right to vote in local elections.
example-university-title = Fund the public university
example-university-blurb = A student movement against cuts to university funding.
example-river-title = A clean river
example-river-blurb = A local campaign to stop a factory polluting a river.

## Opening a damaged file

dialog-repair-title = This file needs repair
# $path is the file; $reason says what is wrong with it.
dialog-repair-reason = { $path } could not be opened as it is: { $reason }
dialog-repair-intro = powermap can open a repaired copy. It would change:
# One line of the list of changes; $change says what repair would change.
dialog-repair-change = • { $change }
dialog-repair-unchanged = The file itself stays as it is until you save the copy.
dialog-repair-open = Open a repaired copy

## Saving over a file someone else changed

dialog-changed-title = The file changed on disk
dialog-changed-body = { $path } was changed since you opened it, perhaps by another powermap or a sync folder. Saving now would replace those changes with yours.
dialog-changed-overwrite = Overwrite it
dialog-changed-save-elsewhere = Save as another file…

## Passphrases: opening a locked session, locking one

dialog-passphrase = Passphrase
dialog-passphrase-again = Passphrase again
dialog-unlock-title = This session is locked
dialog-unlock-body = Type the passphrase of { $path }.
dialog-unlock-open = Open
dialog-lock-title = Lock this session
dialog-lock-body = The file, its backups and its autosaved copies will be encrypted with this passphrase (the age format). Without it nobody can open the file, and neither can you: powermap cannot recover a forgotten passphrase.
dialog-lock-button = Lock
# $count is the fewest characters a passphrase may have.
dialog-lock-too-short = { $count ->
    [one] Use at least { $count } character.
   *[other] Use at least { $count } characters.
}
dialog-lock-differ = The two passphrases differ.

## Renaming an actor

dialog-rename-title = Rename
dialog-rename-label = New name
dialog-rename-button = Rename

## Unsaved changes before an action that would lose them

dialog-confirm-title = Save your changes?
dialog-confirm-new = This session has unsaved changes. Save them before starting a new session?
dialog-confirm-open = This session has unsaved changes. Save them before opening another session?
dialog-confirm-quit = This session has unsaved changes. Save them before quitting?
dialog-confirm-save = Save
dialog-confirm-dont-save = Don't save

## Recovering work autosaved before a crash

recover-title = Recover unsaved work?
# $time is when the work was autosaved; $path is the file it belongs to.
recover-body-file = powermap closed before some work was saved. It was autosaved at { $time } and belongs to { $path }. Recovering opens it as unsaved work; your file on disk is not changed until you save.
# $time is when the work was autosaved.
recover-body-unsaved = powermap closed before some work was saved. It was autosaved at { $time } and belongs to a session that was never saved. Recovering opens it as unsaved work; your file on disk is not changed until you save.
recover-locked = It was a locked session: type its passphrase to recover it.
recover-button = Recover
recover-discard = Discard it
recover-needs-passphrase = This work was locked; type its passphrase.
recover-done = Recovered unsaved work. Save it to keep it.
# $count is how many other sessions were autosaved and are left for the next start.
recover-done-more = { $count ->
    [one] Recovered unsaved work. Save it to keep it. { $count } more autosaved session will be offered at the next start.
   *[other] Recovered unsaved work. Save it to keep it. { $count } more autosaved sessions will be offered at the next start.
}

## Autosave

autosave-off = Autosave is off: the recovery folder could not be created.
# $error says what went wrong.
autosave-failed = Could not autosave: { $error }

## New, open and save

file-status-new = New session.
# The title of the window that asks for a file to open.
file-open-title = Open a session
file-open-button = Open
# $path is the file opened.
file-status-opened = Opened { $path }.
# $path is the file opened.
file-status-opened-locked = Opened { $path } (locked).
file-unknown-fields-title = Some fields are kept as they are
# $count is how many fields of the file this version does not know.
file-unknown-fields-body = { $count ->
    [one] This file has { $count } field this version of powermap does not use, perhaps from a newer version or another tool. They are kept and written back unchanged when you save.
   *[other] This file has { $count } fields this version of powermap does not use, perhaps from a newer version or another tool. They are kept and written back unchanged when you save.
}
file-open-failed-title = Could not open the session
# $path is the file; $error says why it could not be opened.
file-open-failed-body =
    { $path }

    { $error }

    Your current session is still open.
# $title is the example's title.
file-status-example = Opened the example "{ $title }". Save it to keep your changes.
file-example-failed = Could not open the example
# The title of the window that asks where to save.
file-save-title = Save the session
file-save-button = Save
# $path is the file written.
file-status-saved = Saved to { $path }.
file-save-failed-title = Could not save
# $error says why the file could not be written.
file-save-failed-body =
    { $error }

    Your session is still open and nothing was lost. Try another folder with Save as…
# $error says why the list could not be written.
file-recent-failed = Could not remember recent files: { $error }

## Locking, repair, dropped files

file-status-locked = Locked: the autosaved copy is encrypted now, the file from the next save on.
file-status-unlocked = Lock removed: the file is plain text again from the next save on.
# $path is the damaged file, which stays as it is.
file-status-repaired = Opened a repaired copy of { $path }; the file itself is unchanged. Save the copy to keep it.
file-drop-failed-title = Could not open the dropped file
file-drop-failed-body = The system did not say where the dropped file is. Use Open… instead.
# Shown across the window while a file is dragged over it.
file-drop-hint = Drop a session file to open it

## The system's file dialogs: the kinds of file listed

file-filter-session = powermap session
file-filter-import = Spreadsheets and maps
file-filter-any = Any file

## The in-app file dialog, where the system has none

browser-up = Up one folder
browser-show-hidden = Show hidden files
browser-new-folder = New Folder
# The name a new folder gets until the user types another.
browser-new-folder-name = New folder
browser-refresh = Refresh
# The name a screen reader gives the path bar at the top, which has no visible label.
browser-folder = Folder
browser-file-name = File name
browser-replace-title = Replace the file?
# $path is the file that exists.
browser-replace-body = { $path } already exists. Replacing it loses what it holds now.
browser-replace = Replace it
browser-choose-another = Choose another name

## File > Export

# The dialog's heading, and the title of the window that asks where to write.
export-title = Export the map
export-button = Export
export-format = Format
export-format-png = PNG image
export-format-svg = SVG (vector)
export-format-pdf = PDF (vector)
export-format-csv = CSV data: actors, and relationships beside them
export-csv-notes = Include the private notes
export-view = View
export-view-power = Power map
export-view-spectrum = Spectrum
export-view-both = Both side by side
export-size = Size
export-paper-a-four = A4
export-paper-letter = Letter
export-png-print = Print, 300 dpi
export-png-slides = Slides, 1920 x 1080
export-png-custom = Custom
# Written before the number in the field of the image's width; keep the space after it.
export-width = width{ " " }
# Written before the number in the field of the image's height; keep the space after it.
export-height = height{ " " }
# $min and $max are the smallest and the largest side, in pixels.
export-side-limits = Each side { $min } to { $max } pixels.
export-privacy = Privacy
export-redact = Replace names with codes (A1, A2, ...), leave notes and tags out
export-save-key = Also save the codes key (it names everyone) as a separate file
export-page-title = Title on the page
export-redacted-title = The campaign's title and round names are left out unless you type a title.
export-table = Add a table of actors
export-table-notes = Include notes in the table
# Beside the list of rounds: movement arrows from the round chosen to now.
export-movement = Movement since
export-no-arrows = No arrows
export-spread = The room's answers
export-no-spread = Not shown
# $actors and $relationships are how many rows each file will have.
export-csv-preview = Two files for a spreadsheet: one row per actor ({ $actors }), with its kind, category, support, influence, slice, tags and links; and one row per relationship ({ $relationships }). powermap can import them back.
export-too-many-shapes = This map has too many shapes to preview (about a million is the most). SVG exports it whole; PNG and PDF stop at the same limit.
export-preview-hover = Preview of the exported page
export-path-label = Export to
export-choose = Choose…
export-needs-path = Type where to write the export.

## Writing the export

# $path is the file written.
export-done = Exported to { $path }.
# $path is the file written; $key is the file holding which code stands for whom.
export-done-key = Exported to { $path }; the codes key is in { $key }.
# $actors is export-csv-actors ("12 actors"), written to $actors_file; $relationships is
# export-csv-relationships ("3 relationships"), written to $relationships_file.
export-csv-done = Exported { $actors } to { $actors_file } and { $relationships } to { $relationships_file }.
export-csv-actors = { $count ->
    [one] { $count } actor
   *[other] { $count } actors
}
export-csv-relationships = { $count ->
    [one] { $count } relationship
   *[other] { $count } relationships
}
# $file is the name of the file that exists.
export-replace-one = { $file } already exists. Replace it?
# $first and $second are the names of the two files that exist.
export-replace-two = { $first } and { $second } already exist. Replace them?
export-replace-many = { $count ->
    [one] { $count } file already exists. Replace it?
   *[other] { $count } files already exist. Replace them?
}
export-replace = Replace
# $count is how many files the export would replace.
export-keep = { $count ->
    [one] Keep the file
   *[other] Keep the files
}

## File > Print: the page as a PDF, handed to the print dialog or the PDF viewer.

# The title of the print dialog, and the name the printout goes by there.
print-title = Power map
# What the status bar says while the printout is made.
print-job = Preparing the printout
print-handing = opening it
print-sent = The page was sent to the printer.
print-cancelled = Printing cancelled.
print-in-viewer = The page is open in your PDF viewer: print it from there.
print-stopped = Printing stopped.
# $error says why the temporary file could not be written.
print-not-written = Could not prepare the printout: { $error }
print-failed-title = Could not print
print-failed = This computer has no print dialog or PDF viewer that powermap could open. Save the page as a PDF and print it from another program.
# $program is the program powermap tried (xdg-open, open, cmd).
print-why-no-program = { $program } is not installed.
# $program is the program powermap tried.
print-why-failed = { $program } could not open the PDF.
# $program is the program powermap tried; $error is what the system said.
print-why-error = { $program } could not be started: { $error }
print-save = Save PDF…
# The title of the window that asks where to save the printout, and its button.
print-save-title = Save the page as a PDF
print-save-button = Save

## Background jobs: what the status bar says while a file is written or read.

# $file is the name of the session file being written.
job-saving = Saving { $file }
job-autosaving = Autosaving
# $file is the name of the file being exported.
job-exporting = Exporting { $file }
job-export-drawing = drawing the page
job-export-writing = writing the file
# $file is the name of the file being read.
job-reading = Reading { $file }
# $what is what the job does (job-saving, job-exporting...); $doing is its step now.
job-doing = { $what }: { $doing }…
# $what is what the job does, which stops as soon as it can.
job-cancelling = { $what }: stopping…
job-cancel = Cancel
job-quit-waiting = Waiting for the save to finish before closing…
job-export-cancelled = Export stopped; nothing was written.
job-import-cancelled = Reading stopped.
job-export-busy = Another export is still running: wait for it, or stop it in the status bar.
# $what is what the job did (job-saving, job-exporting...).
job-lost = { $what } stopped before it finished. Nothing was changed; please try again.
job-reading-file = Reading the file…
# What goes between groups of three digits in a count ("20,000").
job-digit-group = ,
# $done and $total are counts of rows of the file being imported.
job-rows = rows { $done } of { $total }
# $done and $total are counts of actors being merged.
job-actors = actors { $done } of { $total }
job-building-preview = Building the preview…
job-planning = Comparing with your map…
job-merging = Merging…
job-importing = Importing…
job-import-stopped = Import stopped; nothing was changed.
job-import-map-changed = The map changed while the import was being prepared, so nothing was imported. Read the file again.
job-drawing-preview = Drawing the preview…
