"""The command line: parsing, the Qt-free commands and the launcher of the window."""
