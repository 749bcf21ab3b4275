"""The desktop asking the running app to open files: macOS Finder's open events, a second start (double-click) handed to the running instance."""
