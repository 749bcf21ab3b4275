"""Messages as a template and its arguments (no Qt): English now, any language later.

A :class:`Message` IS the English line (a ``str``), so code that prints or
compares it keeps working; it also remembers its ``template`` (Qt's ``%1``,
``%2`` placeholders) and ``args``, so the window can translate the template
with Qt and fill in the same arguments - no parsing of English text.

Templates are marked with :func:`QT_TR_NOOP`, a no-op of this module under
the name ``lupdate`` looks for: ``tools/translations.py`` scans the modules
that define them, and the Vietnamese lives in ``cjm_desktop_vi.ts`` (empty
context, like :func:`cjm_desktop.i18n.tr`).
"""

from __future__ import annotations

import re
from typing import Any, Callable

_PLACEHOLDER = re.compile(r"%([1-9])")


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name lupdate collects
    """Mark ``text`` as a template to translate; returns it unchanged."""
    return text


def fill_english(template: str, *values: Any) -> str:
    """``%1`` ... ``%9`` replaced in one pass; whole numbers written ``20,001``."""

    def value(match: re.Match) -> str:
        i = int(match.group(1)) - 1
        if i >= len(values):
            return match.group(0)
        v = values[i]
        return f"{v:,}" if isinstance(v, int) and not isinstance(v, bool) else str(v)

    return _PLACEHOLDER.sub(value, template)


#: The longest a value quoted from a file may be in a message (longer ones end in "…").
MAX_QUOTED = 80
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def quoted_value(value: Any) -> Any:
    """A value from someone else's file made safe to print: control characters
    (C0, C1: escapes that would move a terminal's cursor, set its title or erase
    a line) written as ``\\x1b``, and at most :data:`MAX_QUOTED` characters.
    Messages and short numbers pass unchanged."""
    if isinstance(value, Message) or isinstance(value, bool):
        return value
    if isinstance(value, int):
        if value.bit_length() <= 128:  # up to 39 digits
            return value
        value = f"a number of {int(value.bit_length() * 0.30103) + 1} digits"  # never str() of it: 4,300-digit limit
    text = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", str(value))
    return text if len(text) <= MAX_QUOTED else text[: MAX_QUOTED - 1] + "…"


class Message(str):
    """The English text of ``template`` filled with ``args`` (which may be Messages).

    Every argument is passed through :func:`quoted_value` first, so a message
    about a file never carries its control characters or a 4,000-character value.
    """

    template: str
    args: tuple

    def __new__(cls, template: str, *args: Any) -> "Message":
        args = tuple(quoted_value(a) for a in args)
        self = super().__new__(cls, fill_english(template, *args))
        self.template = template
        self.args = args
        return self

    def __reduce__(self):  # copy / pickle keep template and arguments
        return (type(self), (self.template, *self.args))

    def render(self, translate: Callable[[str], str], fill: Callable[..., str]) -> str:
        """The text with every template passed through ``translate`` and ``fill``."""
        values = [a.render(translate, fill) if isinstance(a, Message) else a for a in self.args]
        return fill(translate(self.template), *values)


#: Glue: a place (file name, ``map.cards[3].title``) and what is wrong there.
PLACED = "%1: %2"
#: Glue: a message and what follows it (a hint, a count of other problems).
FOLLOWED = "%1%2"


def placed(where: str, what: Any) -> Message:
    """``where: what`` (``where`` is never translated)."""
    return Message(PLACED, where, what)


def followed(first: Any, then: Any) -> Message:
    return Message(FOLLOWED, first, then)
