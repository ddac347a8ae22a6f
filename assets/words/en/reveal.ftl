# The reveal: the spread of a kept placement round.
reveal-heading = The room's placements
reveal-round = { $opened }, { $count ->
    [one] 1 person
   *[other] { $count } people
}
reveal-close = Close the spread
reveal-answered = { $answered } of { $asked } answered · disagreement { $percent }%
reveal-strategies = Suggests: { $list }
reveal-adopt = Adopt the median
reveal-keep = Keep
reveal-done = Done
chart-room-answers = The room's answers per actor
chart-room-answered = Placed it
chart-room-dont-know = Don't know
chart-room-count = { $name }: { $answered } placed, { $unsure } don't know
