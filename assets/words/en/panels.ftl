# The side panels' words: the actor inspector, the Campaign and Plan tabs, rounds, workshop.

## The actor inspector (the right panel).

inspector-looking-back = An earlier round is shown. Go back to now to edit.
inspector-revealing = Revealing the map: editing waits until the reveal ends.
inspector-selected = { $count ->
    [one] { $count } actor selected
   *[other] { $count } actors selected
}
inspector-drag-together = Drag any of them on the map to move them together.
inspector-duplicate-all = Duplicate all
inspector-delete-all = Delete all
inspector-name = Name
inspector-name-hint = Who is it?
inspector-parked = In the parking lot: not placed on the power map yet. Drag it onto the map, set its position below, or press P.
# The label of the actor's kind (individual, group...).
inspector-kind = Kind
inspector-contact = Contact person
inspector-contact-hint = Who do we talk to there?
inspector-notes = Notes
inspector-notes-hint = Private notes
inspector-duplicate = Duplicate
inspector-delete = Delete
inspector-tags = Tags
inspector-tags-hint = Separated by commas
inspector-strategy-heading = Suggested strategy
inspector-category = Category
# The actor has no category.
inspector-category-none = None
inspector-partner-kinds = Kinds of partner
inspector-roles = Roles
# Categories the room made up itself.
inspector-own-categories = Our own
inspector-new-category = New category
inspector-new-category-hint = Our own category
inspector-add-category = Add
# The group or institution an actor belongs to.
inspector-part-of = Part of
# The actor belongs to no group or institution.
inspector-parent-none = None
inspector-part-of-hint = The group or institution this actor belongs to
# Shown for an actor the other end of a connection names but the map no longer has.
inspector-unknown-actor = ?
inspector-connections = Connections ({ $count })
inspector-remove = Remove
# The label of a connection's kind (cooperating or conflicting).
inspector-connection-kind = Kind
# What a connection rests on (work, family...).
inspector-tie = Tie
inspector-connection-label = Label
inspector-connection-label-hint = Optional
inspector-drag-handle = Or drag from the + handle beside the actor on the map.
inspector-connect-to = Connect to
inspector-choose = Choose…
inspector-add-cooperating = Add cooperating
inspector-add-conflicting = Add conflicting
inspector-position = Position
inspector-support = Support
inspector-support-hint = -1 strongly opposed, 0 neutral, 1 strongly supportive
inspector-influence = Influence
inspector-influence-hint = 0 little influence, 1 decisive influence
inspector-is-us = This is us (the mapping organization)
inspector-uncertain = Uncertain: the room is not sure where it belongs
inspector-settle = What would settle it
inspector-settle-hint = Who could we ask? What could we read?
inspector-nothing-selected = No actor selected
inspector-nothing-selected-hint = Click an actor on the map to see its suggested strategy and edit it. Shift-click or drag a rectangle to select several.
inspector-on-this-map = On this map
# $place is a quadrant's strategy or "On the neutral line"; $count how many actors are there.
inspector-place-count = { $place }: { $count }
inspector-links = Links (kept from an import; never opened by powermap)
inspector-forget-link = Forget this link

## The Campaign tab.

campaign-title = Title
campaign-title-hint = What is the campaign called?
campaign-problem = Problem
campaign-problem-hint = What problem does it address?
campaign-objective = Objective
campaign-objective-hint = What concrete change do we want?
campaign-date = Date
# How a date is written in the field; the app keeps whatever is typed.
campaign-date-hint = YYYY-MM-DD
campaign-theory = Theory of change
campaign-theory-hint = If we act, then what follows, and why. Each result can feed the next step.
# $number counts the steps of the theory of change from 1.
campaign-step = Step { $number }
campaign-remove = Remove
campaign-remove-hint = Remove this step
# Moves the step one place down the list.
campaign-later = Later
# Moves the step one place up the list.
campaign-earlier = Earlier
# The three parts of a step: "If we ... then ... because ...".
campaign-if-we = If we
campaign-if-we-hint = take this action
campaign-then = Then
campaign-then-hint = this will happen
campaign-because = Because
campaign-because-hint = this is why
campaign-add-step = Add a step
# Followed by two choices: "right" and "left" (the side of the power map).
campaign-supportive-side = Supportive actors on the
campaign-side-right = right
campaign-side-left = left
campaign-map-language = Map language
# $code is a language code this version has no words for, from a newer file.
campaign-language-unknown = { $code } (shown in English)
campaign-map-language-hint = The language of the words on the map, the spectrum, the side panels' advice and the exports. Names and notes stay as written.
# $language is the language's own name (Français, Español...).
campaign-language-set = The map's words are now in { $language }.

## The Plan tab: counts, next actions, planning questions, the guided brainstorm.

plan-on-the-map = On the map
plan-on-the-spectrum = On the spectrum
plan-next-action = Next action
# A target of the next action: $name is the actor, $slice where it stands on the spectrum, $aim the slice the room aims for.
plan-target-aiming = { $name }: { $slice }, aiming for { $aim }
plan-target-slice = { $name }: { $slice }
plan-target-unplaced = { $name }: not on the spectrum yet
# "Target of our next action" is the checkbox of the spectrum section in the side panel.
plan-no-targets = Mark actors as "Target of our next action" in the side panel.
plan-questions = Planning questions
plan-answer-hint = Our answer
plan-brainstorm = Guided brainstorm
# $number is the prompt shown, $total how many prompts there are.
plan-prompt-progress = Prompt { $number } of { $total }
# The label of the field where the room types the names the prompt brings up.
plan-brainstorm-field = Name an actor
plan-brainstorm-hint = Type a name, press Enter
plan-previous-prompt = Previous prompt
plan-next-prompt = Next prompt

## Rounds: recording where everyone stands, looking back, comparing with now.

rounds-heading = Rounds
rounds-hint = Freeze where everyone stands today, to compare later.
rounds-name = Round name
rounds-name-hint = After the council vote
rounds-record = Record a round
# The name a round gets when the room gives none; $number counts the rounds from 1.
rounds-default-name = Round { $number }
# $name is the round's name.
rounds-recorded = Recorded "{ $name }".
rounds-look-back = Look back
rounds-compare = Compare with now
rounds-delete = Delete round
# $name is the round compared with; $count how many actors moved since.
rounds-moved-since = Moved since "{ $name }" ({ $count })
# One actor that moved since the round: $name is the actor, $from and $to the slices of the spectrum it moved between.
rounds-moved-toward-us-slices = { $name }, toward us: from { $from } to { $to }
rounds-moved-away-slices = { $name }, away from us: from { $from } to { $to }
rounds-moved-sideways-slices = { $name }, sideways: from { $from } to { $to }
# One actor that moved since the round: $name is the actor, $from and $to its support before and after, from -1.00 to +1.00.
rounds-moved-toward-us-support = { $name }, toward us: support from { $from } to { $to }
rounds-moved-away-support = { $name }, away from us: support from { $from } to { $to }
rounds-moved-sideways-support = { $name }, sideways: support from { $from } to { $to }
# The banner above the map: $name and $date are the round's.
rounds-looking-back = Looking back at "{ $name }" ({ $date }). Nothing can be moved here.
rounds-comparing = Arrows show how actors moved since "{ $name }" ({ $date }).
rounds-back-to-now = Back to now

## Running a workshop: the step-by-step reveal, presentation mode, walking and nudging actors, the shortcuts overlay.

workshop-reveal-started = Revealing the map: Space shows the next actor, Backspace hides the last, Escape or the button ends it.
workshop-reveal-ended = The whole map is shown again.
workshop-end-reveal = End the reveal
workshop-reveal-next = Next
workshop-reveal-back = Back
# How far the reveal has come: $count actors shown of $total.
workshop-reveal-shown = { $count } of { $total } shown
workshop-revealing = Revealing step by step
# $error says what went wrong writing the preferences file.
workshop-preferences-not-stored = Could not remember the display preferences: { $error }
workshop-presenting = Presentation mode: notes and other private fields are hidden. F5 leaves it.
workshop-presentation-left = Left presentation mode.
# $percent is the interface's size, 100 being the normal size.
workshop-interface-size = Interface size { $percent } %
# After a reveal step: $shown actors shown so far of $count.
workshop-revealed = { $count ->
    [one] Revealed { $shown } of { $count } actor.
   *[other] Revealed { $shown } of { $count } actors.
}
# Walking through the actors: $name is the actor selected, $number its place in the list of $total.
workshop-walked-to = { $name } ({ $number } of { $total })
# $slice is the slice of the spectrum the selected actors were sent to.
workshop-sent-to = Sent to { $slice }.
workshop-unparked = On the map: drag them to where they belong.
workshop-parked = In the parking lot: drag them onto the map when the room has decided.
workshop-leave-presentation = Leave presentation
workshop-reveal-step-by-step = Reveal step by step
workshop-shortcuts = Shortcuts
workshop-shortcuts-heading = Keyboard shortcuts
workshop-shortcuts-hint = Keys without Ctrl act on the map when no field or button has the keyboard; Escape gives it back to the map.
workshop-close = Close
