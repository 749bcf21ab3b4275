"""The main window and what it is built from: menus, bars, dialogs, icons, words."""
