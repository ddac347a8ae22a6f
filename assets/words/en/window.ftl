# The main window's words: menus, commands and their descriptions, the toolbar, the map and
# spectrum views, the actor list and its filters, the status bar.
