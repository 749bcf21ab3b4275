"""The editor: every edit verb of a map (MapEditor), the clipboard format and the questions it asks."""
