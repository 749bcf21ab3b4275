"""Nothing lost: autosave, recovery copies, backups and changes on disk, seen from the window."""
