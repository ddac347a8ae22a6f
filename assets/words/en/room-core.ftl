## The room: why it could not open (the window and `powermap room` show these)
# $address is an address and port such as 192.168.1.20:7311; $reason is room-error-address-* or the system's words.
room-error-listen = The room could not listen on { $address }: { $reason }
room-error-address-in-use = another program already uses that address and port.
room-error-address-not-here = that address is not one of this computer's.
room-error-address-denied = the system does not allow this program to use that port.
# $reason is the system's words.
room-error-system = The room could not start: { $reason }
room-error-no-actors = Choose at least one actor to place.
room-error-bad-code = The room code must be six digits.

## The command line: powermap room --help
cli-room-about = Open the room without a window: phones on the local network place the actors, and on Ctrl+C or the time limit the round is written into the session file
cli-room-file-help = The session whose actors the room places; the round is written into it
cli-room-listen-help = The address and port to listen on (default: this computer's address on the local network, a port the system picks)
cli-room-code-help = The room code, six digits (default: drawn at random)
cli-room-for-help = Close the room after this many seconds (default: at Ctrl+C)
cli-room-actors-help = Which actors to place
cli-room-actors-all = Every actor of the session
cli-room-actors-unplaced = Those not placed yet: in the parking lot (for the map) or without a slice (for the spectrum)
cli-room-actors-uncertain = Those marked uncertain
cli-room-on-help = Which views to place them on
cli-room-on-map = The power map: support and influence
cli-room-on-spectrum = The spectrum of allies: a slice
cli-room-on-both = Both: a place and a slice
cli-room-codes-help = Send codes (A1, A2, ...) to the phones instead of names; the key is printed here

## The command line: powermap room
# $address is the page's address with the room key after #.
cli-room-typed = To type: { $address }
# $address also carries the room code: phones that open it join at once.
cli-room-scanned = To scan (joins at once): { $address }
cli-room-code = Room code: { $code }
cli-room-fingerprint = Page fingerprint: { $fingerprint }
cli-room-codes-key = The codes the phones show:
cli-room-waiting = The room is open. Press Ctrl+C to close it and keep the answers.
cli-room-joined = participant { $number } joined
cli-room-joined-named = participant { $number } ({ $nickname }) joined
cli-room-left = participant { $number } left
# $counts lists each actor with how many answered it, like "Mayor 3, Council 2".
cli-room-counts = answers: { $counts }
cli-room-people = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
cli-room-answers = { $count ->
    [one] { $count } answer
   *[other] { $count } answers
}
# $people is a cli-room-people message, $answers a cli-room-answers one.
cli-room-closed = The room is closed: { $people }, { $answers }, kept in { $path }
cli-room-closed-empty = The room is closed: nobody joined, { $path } is unchanged
# $error is the system's words.
cli-room-no-signal = Ctrl+C could not be caught ({ $error }), so the room did not open
