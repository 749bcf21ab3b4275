"""The user's settings, the interface language and the Preferences dialog."""
