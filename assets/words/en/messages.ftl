# The storage layer's messages (why a file cannot be read or written, repairs, locks) and
# the command line's help and messages.
