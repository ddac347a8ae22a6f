# The main window's words: menus, commands and their descriptions, the toolbar, the map and
# spectrum views, the actor list and its filters, the status bar.

## Commands: menu entries, the shortcut overlay and hover texts. An ellipsis (…) means a
## dialog follows.

cmd-new = New session
cmd-open = Open…
cmd-save = Save
cmd-save-as = Save as…
cmd-export = Export…
cmd-print = Print…
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
cmd-zoom-map-in = Zoom in
cmd-zoom-map-out = Zoom out
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
cmd-command-palette = Find a command…
cmd-next-actor = Select the next actor
cmd-previous-actor = Select the previous actor
cmd-nudge = Move the selected actors
cmd-rename = Rename
cmd-to-slice = Send to a slice
cmd-park = Move to the parking lot
cmd-larger-interface = Larger interface
cmd-smaller-interface = Smaller interface
cmd-normal-interface-size = Normal interface size
cmd-start-reveal = Reveal the map step by step
cmd-reveal-next = Reveal the next actor
cmd-reveal-previous = Hide the last revealed actor
cmd-toggle-left-panel = Show or hide the left panel
cmd-toggle-right-panel = Show or hide the actor panel

## What each command does, in a sentence: the command palette shows these and searches them.

cmd-new-about = Start an empty map; unsaved work is asked about first.
cmd-open-about = Open a map saved in a file.
cmd-save-about = Save the map to its file.
cmd-save-as-about = Save the map to a new file.
cmd-export-about = Make an image or a PDF of the map to share or print.
cmd-print-about = Print the power map's page through the system's print dialog or PDF viewer.
cmd-import-about = Add actors from a spreadsheet, Kumu or Oligrapher.
cmd-merge-about = Bring another organizer's map into this one.
cmd-lock-about = Encrypt the map's file with a passphrase.
cmd-unlock-about = Save the map's file without a passphrase again.
cmd-quit-about = Close powermap; unsaved work is asked about first.
cmd-undo-about = Take back the last change.
cmd-redo-about = Make the last change you took back again.
cmd-quick-add-about = Type a name to add an actor to the map.
cmd-duplicate-about = Copy the selected actors beside the originals.
cmd-delete-about = Remove the selected actors and their relationships.
cmd-select-all-about = Select every actor.
cmd-select-none-about = Clear the selection, or end a reveal.
cmd-zoom-to-fit-about = Show the whole map in the view.
cmd-zoom-map-in-about = Look closer at the map.
cmd-zoom-map-out-about = See more of the map at once.
cmd-flip-supportive-side-about = Put supportive actors on the other side of the map.
cmd-toggle-legend-about = Show or hide the legend on the map.
cmd-show-power-map-about = Show the power map alone.
cmd-show-spectrum-about = Show the spectrum of allies alone.
cmd-show-both-about = Show the power map and the spectrum side by side.
cmd-slice-toward-us-about = Move the selected actors one slice closer to the active allies.
cmd-slice-away-from-us-about = Move the selected actors one slice closer to the active opposition.
cmd-toggle-all-aims-about = Draw every actor's one-step arrow on the spectrum, not only those of the selected actors and the next action's targets.
cmd-present-about = Full screen with large type for a projector; notes and other private fields are hidden.
cmd-show-shortcuts-about = List every keyboard shortcut.
cmd-command-palette-about = Find any command by its name or what it does, and run it.
cmd-next-actor-about = Select the next actor in the list.
cmd-previous-actor-about = Select the previous actor in the list.
cmd-rename-about = Give the selected actor a new name.
cmd-park-about = Take the selected actors off the map into the parking lot, or put them back.
cmd-larger-interface-about = Make the text and controls of the whole window larger.
cmd-smaller-interface-about = Make the text and controls of the whole window smaller.
cmd-normal-interface-size-about = Put the text and controls back to their normal size.
# $theme is a colour theme's name ("Dark").
cmd-use-theme-about = Colour the window and the map with this theme: { $theme }
cmd-start-reveal-about = Show the map one actor at a time, in the reveal order.
cmd-reveal-next-about = Show one more actor of the reveal.
cmd-reveal-previous-about = Hide the last actor the reveal showed.
cmd-toggle-left-panel-about = Show or hide the actors, campaign and plan.
cmd-toggle-right-panel-about = Show or hide the selected actor's details.

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
cmd-key-escape = Esc
# Two shortcuts of one command ("Ctrl+Shift+Z or Ctrl+Y").
cmd-key-or = { $first } or { $next }
# A button and the key that does the same; $text is the button's words, $keys the key ("F5").
cmd-button = { $text } ({ $keys })

## The command palette (Ctrl+Shift+P or F1): find a command by typing, run it with Enter.

palette-title = Find a command
palette-search-hint = Type part of its name
palette-nothing-found = No command matches.
palette-unavailable = Not available now.
palette-keys = Arrows choose, Enter runs, Esc closes.

## The menu bar.

menu-file = File
menu-edit = Edit
menu-view = View
menu-workshop = Workshop
menu-open-recent = Open recent
menu-open-example = Open an example
menu-theme = Theme
menu-send-to-slice = Send to a slice
menu-present = Present
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

## The views: their tabs, the side panels' toggles, the canvases.

view-power-map = Power map
view-spectrum = Spectrum of allies
view-side-by-side = Side by side
view-left-panel = Left panel
view-actor-panel = Actor panel
# Hover text of a panel toggle; $command is what it does, $shortcut its key ("Ctrl+L").
view-panel-hint = { $command } ({ $shortcut })
view-panel-hint-narrow = { $command } ({ $shortcut }). The window is narrow: one panel shows at a time.
# What a screen reader calls the power map's canvas.
view-canvas-power-map = Power map
# What a screen reader calls the spectrum's canvas.
view-canvas-spectrum = Spectrum of allies
view-empty-map = Add actors with the field on the left: type a name, press Enter.
# What a screen reader calls the handle beside a selected actor; $name is the actor's.
view-link-handle = Connect { $name } to another actor
view-link-handle-hint = Drag onto another actor to connect them
# $name and $other are the two actors just connected.
view-connected = Connected { $name } and { $other }. Set the kind and tie in the side panel.
view-link-missed = Drop the line on another actor to connect them.
# What a screen reader calls an actor's marker; $name is the actor's.
view-marker-on-map = { $name } on the map
view-marker-on-spectrum = { $name } on the spectrum
# Hover text of a marker; $place is where it stands on the power map ("Partner").
view-marker-tip = { $name }: { $place }
# Hover text of a marker placed on the spectrum too; $slice is its slice.
view-marker-tip-slice = { $name }: { $place } · { $slice }
view-marker-disagrees = Its slice and its support on the power map disagree; worth a second look.

## The actors waiting off the views: the spectrum's tray and the power map's parking lot.

view-tray-heading = Not yet placed ({ $count })
view-tray-hint = Drag a name onto the fan, or choose its slice in the side panel.
# What a screen reader calls a name in the tray.
view-tray-name = { $name }, not yet placed
view-parking-heading = Parking lot ({ $count })
view-parking-hint = Named, not yet placed: drag a name onto the map, or select it and press P.
# What a screen reader calls a name in the parking lot.
view-parking-name = { $name }, in the parking lot
# Below a long row of names; $count is how many are not shown.
view-more-names = … and { $count } more: find one in the actor list, then press P or choose its slice

## The side panel's spectrum section, for the selected actor.

view-spectrum-heading = Spectrum of allies
view-slice = Slice
view-aim = Aim
view-next-action-target = Target of our next action
view-tactics-heading = Tactics for this slice
# $slice is the actor's slice, $support its support on the power map (-1.00 to +1.00).
view-slice-disagrees = Its slice ({ $slice }) and its support on the power map ({ $support }) disagree strongly. Worth a second look; nothing has been moved.
view-no-bridge = No ally is connected to them yet.
# $names lists the allies connected to the actor, separated by commas.
view-bridges = Could be a bridge: { $names }

## The left panel: quick-add, its tabs and the actor list.

list-tab-actors = Actors
list-tab-campaign = Campaign
list-tab-plan = Plan
list-quick-add = Add an actor
list-quick-add-hint = Type a name, press Enter
# In the status bar after quick-add; $name is the new actor's.
list-added = "{ $name }" waits in the parking lot. Drag it onto the map, or press P.
list-heading = Actors ({ $count })
list-find = Find
list-find-hint = Name, tag or category

## The Plan tab's reveal order.

list-reveal-order = Reveal order
list-reveal-order-hint = Presenting a finished map, actors appear one at a time in this order ({ menu-workshop } > { cmd-start-reveal }, then Space).
list-reveal-order-later = The order shows again when the reveal ends.
# What a screen reader calls the buttons that move an actor in the order.
list-reveal-earlier = Reveal { $name } earlier
list-reveal-later = Reveal { $name } later
# One line of the order; $place is its number (1, 2, ...).
list-reveal-place = { $place }. { $name }

## The filter bar above the views.

filter-highlight = Highlight
filter-highlight-hint = Type a name
filter-kind = Kind
filter-any-kind = Any kind
filter-category = Category
filter-any-category = Any category
filter-tag = Tag
filter-any-tag = Any tag
filter-uncertain-only = Uncertain only
filter-targets-only = Targets only
filter-clear = Clear

## Why an export could not be made (in the export dialog and on the command line).

# $width and $height are the image's size in pixels, $min and $max the limits.
win-export-bad-size = A { $width } x { $height } pixel image is outside what powermap exports: each side must be { $min } to { $max } pixels. Choose a size (or resolution) within that range.
# $round is the name the user gave.
win-export-no-round = The session has no round "{ $round }". Name one of its rounds (by its label), or leave the comparison out.
# $what is what was being drawn: png, pdf, preview or glyphs (a check of the page's letters).
win-export-too-many-shapes = The map has too many shapes to draw as { $what ->
        [png] a PNG image
        [pdf] a PDF
        [preview] a preview
       *[glyphs] a check of its glyphs
    } (about a million is the most). Export it as SVG, which has no such limit.
win-export-no-memory = There is not enough memory to draw a { $width } x { $height } pixel image. Choose a smaller size or a lower resolution.
win-export-failed = Could not make { $what ->
        [png] a PNG image
        [pdf] a PDF
        [preview] a preview
       *[glyphs] a check of its glyphs
    } of this page. Export it in another format, and please report this as a bug.

## Duplicating actors

# The name of a copy of an actor: the first copy, then numbered ones.
menu-copy-name = { $count ->
    [1] { $name } (copy)
   *[other] { $name } (copy { $count })
}
# $round is what was asked for: a placement round's id, its opening time, or "last".
win-export-no-placement-round = The session has no placement round "{ $round }". Name one by its id or the time the room opened, say "last" for the newest, or leave the spread out.
