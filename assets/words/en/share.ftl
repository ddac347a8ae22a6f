# Co-editing: File > Share on this network, File > Join a shared session, the share bar.

cmd-share-session = Share on this network…
cmd-share-session-about = Let other laptops on this network edit this session with you, live
cmd-join-share = Join a shared session…
cmd-join-share-about = Edit a session that another laptop on this network shares
cmd-stop-sharing = Stop sharing
cmd-stop-sharing-about = Close the connections to the other laptops; this copy stays open here

share-title = Share this session
share-intro = Laptops on this network whose users type the passphrase can edit this session with you. Everything sent between you is encrypted with it; nobody else on the network can read or change it.
share-your-name = Your name, as the others see it
share-passphrase = Passphrase
share-passphrase-about = Say it out loud or hand it over on paper; a chat others can read would give it away.
share-passphrase-short = Use a passphrase of at least { $count } characters.
share-new-passphrase = Another passphrase
share-network = Network
share-network-about = The others join by this address and the port below.
share-port = Port
share-port-invalid = The port is a number from 1024 to 65535.
share-start = Start sharing
share-cancel = Cancel
share-failed = Sharing could not start: { $reason }

join-title = Join a shared session
join-intro = Pick the share from the list, or type the address and port the sharing laptop shows; then its passphrase.
join-address = Address and port
join-address-invalid = Type an address with its port, such as 192.168.1.20:47800.
join-start = Join
join-with-my-copy = Join with the copy open here (this file was shared before)
join-merges = Your copy and the shared session merge: what you changed while apart and what the others changed both stay.
join-replaces = The shared session opens in this window in place of the one open now.

share-bar-sharing = { $count ->
    [0] Shared at { $address }; nobody else has joined yet
    [one] Shared at { $address } with 1 other person
   *[other] Shared at { $address } with { $count } other people
}
share-bar-joining = Joining { $address }…
share-bar-not-reached = { $address } has not answered yet; trying again every few seconds
share-bar-joined = Joined { $address }, in step
share-bar-apart = Out of reach of { $address }: keep editing, your edits merge when you are back in reach
share-bar-refused-passphrase = { $address } did not accept the passphrase.
share-bar-refused-not-share = { $address } is not a shared powermap session.
share-bar-refused-unreachable = { $address } could not be reached.
share-bar-removed = The sharing laptop removed you from the share. Your copy stays open here.
share-remove = Remove
share-remove-about = Close { $name }'s connection to this session
share-someone = Someone
share-moved-together = { $who } moved “{ $actor }” at the same moment as you; it stands where the later move put it, on every screen.
share-refused-peer = A laptop sent something that could not be read; its connection was closed.
share-unreadable = { $count ->
    [one] 1 edit from another laptop could not be read and was left out.
   *[other] { $count } edits from other laptops could not be read and were left out.
}
share-joined = Joined the session shared at { $address }. Save it to keep a copy of your own.
share-history-not-kept = Saved, but the co-editing history could not be kept beside the file: { $reason }
share-history-unreadable = The co-editing history beside this file could not be read ({ $reason }); this share starts a new one.
share-stopped = Sharing stopped. This copy stays open here; save it to keep it.
share-ends-with-file = Sharing stopped, as another session was opened.
# On the share bar, after laptops that were apart meet again.
share-placed-apart = { $count ->
    [one] You and another laptop moved one actor to different places while you were apart.
   *[other] You and another laptop moved { $count } actors to different places while you were apart.
}
share-apart-review = Review…
share-apart-title = Moved on both sides while apart
share-apart-intro = { $count ->
    [one] This actor stands where the later move put it, on every screen. Choose which place to keep; the others see your choice.
   *[other] Each of these actors stands where the later move put it, on every screen. Choose which place to keep for each; the others see your choices.
}
share-apart-column-theirs = On the other laptop
share-apart-keep-theirs = Other laptop
share-apart-keep = Keep these places
share-apart-later = Decide later
# The share dialog: announcing the share on the network (mDNS).
share-announce = Announce this share on the network, so the others can pick it from a list
share-announce-title = Show the session's title in the announcement
share-announce-about = Anyone on this network can see an announcement, passphrase or not. Without the title it says only “powermap” and a short code. Networks that block announcements still let the others type the address.
share-announced = Sharing at { $address }, announced on the network as “{ $name }”.
share-announce-failed = Sharing at { $address }; the share could not be announced on the network ({ $reason }), so the others type the address.
# The join dialog: shares heard on the network.
join-heard = Shares on this network
join-heard-none = Listening… none heard yet. Some networks block announcements: then type the address below.
join-heard-failed = Shares on the network cannot be listed ({ $reason }): type the address below.
join-heard-share = { $name } — { $address }
