"""The application: main window, docks, dialogs, settings, the CLI."""
