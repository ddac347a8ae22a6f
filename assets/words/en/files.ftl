# The words of files and their dialogs: open, save, lock, recover, autosave, export, the
# file browser, preferences and examples.
