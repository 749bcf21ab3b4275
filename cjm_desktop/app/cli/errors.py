"""The one error type of the command line: a problem said in one line (exit 2).

``CliError(template, *args)`` fills Qt-style ``%1``, ``%2`` placeholders
(:class:`~cjm_desktop.message.Message`), or takes a finished line, e.g. a
:class:`~cjm_desktop.io.CjmError`'s text. Every subcommand raises it;
:func:`cjm_desktop.app.cli.main.main` and the export command print it on
stderr and exit with status 2. No Qt here.
"""

from __future__ import annotations

from typing import Any

from ...message import Message

EXIT_PROBLEM = 2


class CliError(Exception):
    """A problem the command reports as one line on stderr (exit 2)."""

    def __init__(self, template: str, *args: Any) -> None:
        text = Message(template, *args) if args else template
        super().__init__(" ".join(str(text).splitlines()))
        self.text = text
