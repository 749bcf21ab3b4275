"""File > Export: the dialog, its remembered choices, the preview and the worker."""
