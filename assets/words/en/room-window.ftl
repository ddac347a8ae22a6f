## Workshop > Open the room: the dialog
room-open-title = Let the room place the actors
room-open-intro = Phones and laptops on this network place the actors privately, with no account and no internet. You see how many have answered, never what, until you reveal the answers.
room-open-which = Which actors
room-open-all = Every actor ({ $count })
room-open-unplaced = Those not placed yet ({ $count })
room-open-uncertain = Those marked uncertain ({ $count })
room-open-selected = The selected actors ({ $count })
room-open-on = Where the room places them
room-open-on-map = On the power map
room-open-on-spectrum = On the spectrum of allies
room-open-on-both = On both
room-open-codes = Send codes (A1, A2, ...) instead of names
room-open-codes-about = The phones then show no name; read the key aloud or show it on the projector.
room-open-network = Network
room-open-network-about = Phones must be on the same network as this computer: for closed spaces, the facilitator's own hotspot is safest.
# $name is the network interface's system name (wlan0, Ethernet), $address its address.
room-open-interface = { $name }: { $address }
room-open-this-computer = This computer only: { $address }
room-open-no-network = No network was found; only this computer can join.
room-open-go = Open the room
room-open-cancel = Cancel

## The room panel (it shows on the projector: nothing private)
room-panel-title = The room
room-panel-scan = Scan to join, or type the address and the code
room-panel-address = Address
room-panel-key = Key
room-panel-code = Room code
room-panel-fingerprint = Page fingerprint: { $fingerprint }
room-panel-qr-alt = QR code that opens the room's page: { $address }
room-panel-hide-qr = Hide the code
room-panel-show-qr = Show the code
room-panel-people = { $count ->
    [0] Nobody has joined yet
    [one] 1 person in the room
   *[other] { $count } people in the room
}
room-panel-answered = { $answered } of { $people } answered
room-panel-actors = Answers so far (not shown until you reveal them)
room-panel-locked = Locked: nobody new can join
room-panel-lock = Lock the room
room-panel-unlock = Let newcomers in
room-panel-new-code = New code
room-panel-reveal = Reveal the answers
room-panel-revealed = The answers are revealed: the spread shows on the map, and Plan > The room's placements lists the actors most disputed first.
room-panel-close = Close the room
room-panel-hide = Hide this panel
room-panel-people-heading = Who joined
room-panel-seat = Participant { $number }
room-panel-seat-named = Participant { $number }: { $nickname }
room-panel-seat-left = { $who } (left)
room-panel-remove = Remove
room-panel-remove-about = Their answers are dropped and they cannot come back.
room-panel-removed = { $who } (removed)
room-panel-proposals = Proposed by the room
# $name is what a participant proposed, $kind its kind.
room-panel-proposal = { $name } ({ $kind })
room-panel-accept = Into the parking lot
room-panel-reject = Reject
room-panel-proposals-waiting = { $count ->
    [one] 1 proposal waits (shown outside presentation mode)
   *[other] { $count } proposals wait (shown outside presentation mode)
}
room-panel-show-key = Show the key of codes
room-panel-hide-key = Hide the key
# $code is A1, A2, ...; $name the actor's name.
room-panel-key-line = { $code } = { $name }

## Status messages
room-status-opened = The room is open at { $address }.
room-status-revealed = The room's answers are revealed and kept in the session.
room-status-closed = The room is closed; its answers are kept in the session.
room-status-closed-empty = The room is closed; nobody answered, so nothing was kept.
room-status-accepted = { $name } is in the parking lot.
room-status-rejected = The proposal was rejected.
room-status-removed = Participant { $number } was removed and their answers dropped.
room-status-new-code = The new room code is { $code }.
room-status-hidden = The room stays open; Workshop > Open the room shows its panel again.
room-status-kept-before = The room was closed and its answers kept in the session first.

## The command
cmd-open-room = Open the room…
cmd-open-room-about = Let phones on this network place the actors privately, then reveal the room's spread
