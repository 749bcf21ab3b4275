"""Nothing lost: autosave, recovery copies, backups and changes on disk, seen from the window.

- :mod:`.autosave`: :class:`~.autosave.SafeKeeping` autosaves, claims and watches one document;
- :mod:`.window_guard`: :class:`~.window_guard.WindowGuard`, the window's part for notice bars,
  Revert, Restore Backup and the recovery offer;
- :mod:`.recovery_dialog`: the recovery and backup dialogs.
"""
