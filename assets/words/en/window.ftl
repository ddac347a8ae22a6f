# The main window's words: menus, commands and their descriptions, the toolbar, the map and
# spectrum views, the actor list and its filters, the status bar.

## Commands: menu entries, the shortcut overlay and hover texts. An ellipsis (…) means a
## dialog follows.

cmd-new = New session
cmd-open = Open…
cmd-save = Save
cmd-save-as = Save as…
cmd-export = Export…
cmd-import = Import actors…
cmd-merge = Merge another session…
cmd-lock = Lock with a passphrase…
cmd-unlock = Remove the passphrase lock
cmd-quit = Quit
cmd-undo = Undo
cmd-redo = Redo
cmd-quick-add = Add an actor
cmd-duplicate = Duplicate
cmd-delete = Delete
cmd-select-all = Select all
cmd-select-none = Select none
cmd-zoom-to-fit = Zoom to fit
cmd-zoom-in = Zoom in
cmd-zoom-out = Zoom out
cmd-flip-supportive-side = Supportive on the other side
cmd-toggle-legend = Show or hide the legend
cmd-show-power-map = Power map
cmd-show-spectrum = Spectrum of allies
cmd-show-both = Both side by side
cmd-slice-toward-us = One slice toward us
cmd-slice-away-from-us = One slice away from us
cmd-toggle-all-aims = Show every one-step arrow
cmd-present = Presentation mode
cmd-show-shortcuts = Keyboard shortcuts
cmd-next-actor = Select the next actor
cmd-previous-actor = Select the previous actor
cmd-nudge = Move the selected actors
cmd-rename = Rename
cmd-to-slice = Send to a slice
cmd-park = Move to the parking lot
cmd-ui-zoom-in = Larger interface
cmd-ui-zoom-out = Smaller interface
cmd-ui-zoom-reset = Normal interface size
cmd-start-reveal = Reveal the map step by step
cmd-reveal-next = Reveal the next actor
cmd-reveal-previous = Hide the last revealed actor
cmd-toggle-left-panel = Show or hide the left panel
cmd-toggle-right-panel = Show or hide the actor panel

## The arrow keys' commands, as the shortcut overlay lists them.

cmd-nudge-left-small = Move the selected actors left, a small step
cmd-nudge-left-big = Move the selected actors left, a big step
cmd-nudge-right-small = Move the selected actors right, a small step
cmd-nudge-right-big = Move the selected actors right, a big step
cmd-nudge-up-small = Move the selected actors up, a small step
cmd-nudge-up-big = Move the selected actors up, a big step
cmd-nudge-down-small = Move the selected actors down, a small step
cmd-nudge-down-big = Move the selected actors down, a big step
# $slice is the name of a slice of the spectrum ("Passive allies").
cmd-to-slice-named = Send the selected actors to: { $slice }
# $theme is a colour theme's name ("Dark").
cmd-use-theme = Theme: { $theme }

## Keys named in shortcuts ("Page Up"); the other keys' names come from the toolkit.

cmd-key-page-up = Page Up
cmd-key-page-down = Page Down

## The menu bar.

menu-file = File
menu-edit = Edit
menu-view = View
menu-workshop = Workshop
menu-open-recent = Open recent
menu-open-example = Open an example
menu-theme = Theme
menu-send-to-slice = Send to a slice
menu-present = Present (F5)
menu-no-recent = No recent sessions yet
# $path is where the session was.
menu-recent-gone = { $path } is gone; removed it from the recent list.

## Colour themes.

view-theme-light = Light
view-theme-dark = Dark
view-theme-high-contrast = High contrast

## The status bar and the window's title.

win-status-actors = { $count ->
    [one] { $count } actor
   *[other] { $count } actors
}
win-status-relationships = { $count ->
    [one] { $count } relationship
   *[other] { $count } relationships
}
# $actors and $relationships are the two counts above ("3 actors", "1 relationship").
win-status-counts = { $actors } · { $relationships }
win-status-selected = { $count } selected
win-status-locked = Locked with a passphrase
win-untitled = Untitled session
# The window's title; $name is the file's name or the campaign's title.
win-title = { $name } – powermap
# The window's title while there are unsaved changes.
win-title-unsaved = ● { $name } – powermap
# Printed on the command line when the app cannot start; $error is the system's reason.
win-no-window = powermap: could not open a window: { $error }
