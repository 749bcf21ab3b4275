"""Text from a file shown as typed: escaped for Qt's rich text, cleaned for a terminal. No Qt.

Qt guesses whether a label's or a tooltip's text is rich text; a stage title
such as ``<img width=9000 …>`` from someone else's map would be drawn as
markup. Widgets that show map content set ``Qt.PlainText``; where the text
must be rich (a tooltip with a bold title), :func:`rich` escapes every value
and :func:`rich_block` makes sure Qt reads the result as rich text, so
``R&D "q"`` shows as typed, never as ``R&amp;D``.
"""

from __future__ import annotations

from html import escape


def rich(text: str) -> str:
    """``text`` escaped for a rich-text context (``&``, ``<``, ``>``, quotes)."""
    return escape(text or "", quote=True)


def rich_block(html: str) -> str:
    """Rich text that Qt shows as rich text even without a tag of its own (line breaks kept)."""
    return f"<p style='white-space:pre-wrap'>{html}</p>"


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` exactly as typed."""
    return rich_block(rich(text))
