# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_powermap_global_optspecs
    string join \n h/help V/version
end

function __fish_powermap_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_powermap_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_powermap_using_subcommand
    set -l cmd (__fish_powermap_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c powermap -n "__fish_powermap_needs_command" -s h -l help -d 'Print help'
complete -c powermap -n "__fish_powermap_needs_command" -s V -l version -d 'Print version'
complete -c powermap -n "__fish_powermap_needs_command" -a "check" -d 'Check session files without opening a window: one line per file; exit 1 if any is bad'
complete -c powermap -n "__fish_powermap_needs_command" -a "export" -d 'Export a session as a report page (PNG, SVG or PDF), or its data as CSV'
complete -c powermap -n "__fish_powermap_needs_command" -a "import" -d 'Import a spreadsheet, a Kumu project or an Oligrapher map into a session file'
complete -c powermap -n "__fish_powermap_needs_command" -a "room" -d 'Open the room without a window: phones on the local network place the actors, and on Ctrl+C or the time limit the round is written into the session file'
complete -c powermap -n "__fish_powermap_needs_command" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c powermap -n "__fish_powermap_using_subcommand check" -s h -l help -d 'Print help'
complete -c powermap -n "__fish_powermap_using_subcommand export" -l view -d 'Which view to draw' -r -f -a "power\t'The power map'
spectrum\t'The spectrum of allies'
both\t'Both, side by side on one landscape page'"
complete -c powermap -n "__fish_powermap_using_subcommand export" -l format -d 'The file format' -r -f -a "png\t'A raster image'
svg\t'A vector image with text kept as text'
pdf\t'A one-page vector PDF'
csv\t'The actors as CSV, and the relationships in a second CSV file beside it (`NAME-relationships.csv`)'
markdown\t'The alliance plan as Markdown text'"
complete -c powermap -n "__fish_powermap_using_subcommand export" -l out -d 'Where to write (default: beside FILE, with the format\'s extension)' -r -F
complete -c powermap -n "__fish_powermap_using_subcommand export" -l dpi -d 'PNG resolution in dots per inch on the chosen paper (default 300)' -r
complete -c powermap -n "__fish_powermap_using_subcommand export" -l size -d 'Page size in pixels, as `WxH` (for slides: `1920x1080`); for SVG and PDF it replaces the paper size' -r
complete -c powermap -n "__fish_powermap_using_subcommand export" -l paper -d 'Paper size for PDF and SVG, and for PNG by resolution' -r -f -a "a4\t'A4 landscape'
letter\t'US Letter landscape'"
complete -c powermap -n "__fish_powermap_using_subcommand export" -l key -d 'With --redact: also write the codes key (code and real name) to this file' -r -F
complete -c powermap -n "__fish_powermap_using_subcommand export" -l compare -d 'Draw arrows of movement since this round (its label or id)' -r
complete -c powermap -n "__fish_powermap_using_subcommand export" -l spread -d 'Draw the room\'s answers of this placement round: its id, the time the room opened, or "last"' -r
complete -c powermap -n "__fish_powermap_using_subcommand export" -l title -d 'The title at the top of the page (default: the campaign\'s; with --redact, "Power map" in the map\'s language, as campaign titles often name people)' -r
complete -c powermap -n "__fish_powermap_using_subcommand export" -l lang -d 'The language of the map\'s words (en, fr, es or ar), in place of the session\'s own. CSV files are written in English whatever the language' -r
complete -c powermap -n "__fish_powermap_using_subcommand export" -l redact -d 'Replace every name with a code (A1, A2, ...) and leave notes and tags out'
complete -c powermap -n "__fish_powermap_using_subcommand export" -l notes -d 'Include notes in the table (never with --redact)'
complete -c powermap -n "__fish_powermap_using_subcommand export" -l table -d 'Add a table of actors with their strategy, slice and aim'
complete -c powermap -n "__fish_powermap_using_subcommand export" -l alliance -d 'Add the alliance plan after the map, on pages of its own (PDF only)'
complete -c powermap -n "__fish_powermap_using_subcommand export" -l ratings -d 'Show partners\' trust, benefit and risk ratings in the alliance plan (with --notes, the notes beside them too)'
complete -c powermap -n "__fish_powermap_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c powermap -n "__fish_powermap_using_subcommand import" -l from -d 'What the file is (csv, xlsx, ods, kumu, onodo, oligrapher); guessed when left out' -r
complete -c powermap -n "__fish_powermap_using_subcommand import" -l relations -d 'For CSV: a second file of relationships (columns from, to, and type or label)' -r -F
complete -c powermap -n "__fish_powermap_using_subcommand import" -l sheet -d 'The sheet of actors (default: Elements, Nodes, Actors... or the first)' -r
complete -c powermap -n "__fish_powermap_using_subcommand import" -l relations-sheet -d 'The sheet of relationships (default: Connections, Relations, Edges...)' -r
complete -c powermap -n "__fish_powermap_using_subcommand import" -l support-scale -d 'The range of the support column: 0-10, 1-5, 0-100, -1..1, or any "LOW-HIGH" (default: from the header, such as "Support (1-5)", else from the values)' -r
complete -c powermap -n "__fish_powermap_using_subcommand import" -l influence-scale -d 'The range of the influence column: 0-10, 1-5, 0-100, 0-1, or any "LOW-HIGH" (default: from the header, else from the values)' -r
complete -c powermap -n "__fish_powermap_using_subcommand import" -l column -d 'What a column holds, as ROLE=HEADER (repeatable). Roles: name, id, kind, category, support, influence, slice, tags, notes, group, links, contact, uncertain, us. Naming the attitude column as support (`support=Sentiment`) takes support from its words' -r
complete -c powermap -n "__fish_powermap_using_subcommand import" -l header-row -d 'The row that heads the table of actors (as the spreadsheet numbers it; default: the first row that looks like a header, below titles and notes)' -r
complete -c powermap -n "__fish_powermap_using_subcommand import" -l encoding -d 'The encoding of a CSV or text file: utf-8, utf-16le, windows-1252, latin1, windows-1251... (default: read from its bytes)' -r
complete -c powermap -n "__fish_powermap_using_subcommand import" -l into -d 'Merge into this session (matching actors by id, then name) instead of starting anew' -r -F
complete -c powermap -n "__fish_powermap_using_subcommand import" -l out -d 'The session file to write (it may be the `--into` session itself)' -r -F
complete -c powermap -n "__fish_powermap_using_subcommand import" -l unlocked -d 'Write `--out` without a lock even though the `--into` session is locked (by default it is locked with the same passphrase)'
complete -c powermap -n "__fish_powermap_using_subcommand import" -s h -l help -d 'Print help'
complete -c powermap -n "__fish_powermap_using_subcommand room" -l listen -d 'The address and port to listen on (default: this computer\'s address on the local network, a port the system picks)' -r
complete -c powermap -n "__fish_powermap_using_subcommand room" -l code -d 'The room code, six digits (default: drawn at random)' -r
complete -c powermap -n "__fish_powermap_using_subcommand room" -l for -d 'Close the room after this many seconds (default: at Ctrl+C)' -r
complete -c powermap -n "__fish_powermap_using_subcommand room" -l actors -d 'Which actors to place' -r -f -a "all\t'Every actor of the session'
unplaced\t'Those not placed yet: in the parking lot (for the map) or without a slice (for the spectrum)'
uncertain\t'Those marked uncertain'"
complete -c powermap -n "__fish_powermap_using_subcommand room" -l on -d 'Which views to place them on' -r -f -a "map\t'The power map: support and influence'
spectrum\t'The spectrum of allies: a slice'
both\t'Both: a place and a slice'"
complete -c powermap -n "__fish_powermap_using_subcommand room" -l codes -d 'Send codes (A1, A2, ...) to the phones instead of names; the key is printed here'
complete -c powermap -n "__fish_powermap_using_subcommand room" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c powermap -n "__fish_powermap_using_subcommand help; and not __fish_seen_subcommand_from check export import room help" -f -a "check" -d 'Check session files without opening a window: one line per file; exit 1 if any is bad'
complete -c powermap -n "__fish_powermap_using_subcommand help; and not __fish_seen_subcommand_from check export import room help" -f -a "export" -d 'Export a session as a report page (PNG, SVG or PDF), or its data as CSV'
complete -c powermap -n "__fish_powermap_using_subcommand help; and not __fish_seen_subcommand_from check export import room help" -f -a "import" -d 'Import a spreadsheet, a Kumu project or an Oligrapher map into a session file'
complete -c powermap -n "__fish_powermap_using_subcommand help; and not __fish_seen_subcommand_from check export import room help" -f -a "room" -d 'Open the room without a window: phones on the local network place the actors, and on Ctrl+C or the time limit the round is written into the session file'
complete -c powermap -n "__fish_powermap_using_subcommand help; and not __fish_seen_subcommand_from check export import room help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
