"""The value types of the map's fields, no Qt: ids (uuid4, canonical), text
NFC-normalised with its length cap checked again after NFC, colours, pictures
and their ids, and the rules that leave an empty field out of the file."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
import uuid
from typing import Annotated, Union

from pydantic import AfterValidator, Field, StringConstraints, WithJsonSchema

from . import images
from ..message import QT_TR_NOOP, Message
from .limits import LIMITS


def new_id() -> str:
    """A fresh uuid4 id, as a string."""
    return str(uuid.uuid4())


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


_normalize = unicodedata.normalize


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _uuid_text(value: str) -> str:
    if _CANONICAL_UUID.fullmatch(value):  # fast path: ids as this app writes them
        return value
    try:
        parsed = uuid.UUID(value)
    except (ValueError, AttributeError, TypeError):
        raise ValueError(f'"{value[:60]}" is not a valid id (a uuid is expected)') from None
    return str(parsed)


#: Also io's message for a pydantic length cap (cjm_desktop.io.texts).
TEXT_TOO_LONG = QT_TR_NOOP("text too long: %1 characters, at most %2")


def _nfc_at_most(limit: int):
    """NFC, then the length check again: NFC can lengthen text (a character
    excluded from composition, e.g. U+0958, becomes two), and text that fits
    only before normalisation would be saved but refused when opened."""

    def check(text: str) -> str:
        if text.isascii():  # ASCII is NFC already (and max_length has run)
            return text
        out = _normalize("NFC", text)  # the very object when it is NFC already
        if out is not text and len(out) > limit:
            raise ValueError(Message(TEXT_TOO_LONG, len(out), limit))
        return out

    return AfterValidator(check)


def capped_text(limit: int):
    """A text of at most ``limit`` characters, NFC. Text short enough that NFC
    cannot take it past ``limit`` (NFC is at most NFD's length, at most
    :data:`NFD_GROWTH` times the text's) is normalised by ``unicodedata``
    straight from pydantic, without a Python call (a 5,000-card map holds
    ~30,000 texts); longer text by :func:`_nfc_at_most`, which counts again.
    (io/messages.py reports only the second member's error.)"""
    short = Annotated[str, StringConstraints(max_length=limit // NFD_GROWTH), AfterValidator(_NFC)]
    full = Annotated[str, StringConstraints(max_length=limit), _nfc_at_most(limit)]
    return Annotated[Union[short, full], Field(union_mode="left_to_right"),
                     WithJsonSchema({"type": "string", "maxLength": limit})]


#: The most characters NFD makes of one (U+1F82 and the like become four); NFC composes
#: from NFD, so it never makes text longer than this many times its length.
NFD_GROWTH = 4
_NFC = functools.partial(unicodedata.normalize, "NFC")


_ANY_ID = Annotated[str, StringConstraints(max_length=64), AfterValidator(_uuid_text)]
#: A uuid, written canonically (lower case, dashes). An id as this app writes it is
#: checked by pydantic's own pattern, without a Python call (a 5,000-card map holds
#: ~16,000 ids); any other spelling of a uuid goes through ``_uuid_text`` and is made
#: canonical. (io/messages.py reports only the second member's error.)
Id = Annotated[
    Union[Annotated[str, StringConstraints(pattern=f"^{_CANONICAL_UUID.pattern}$")], _ANY_ID],
    Field(union_mode="left_to_right"),
    WithJsonSchema({"type": "string", "maxLength": 64}),
]
# max_length first: a huge string is refused before it is normalised.
ShortText = capped_text(LIMITS.short_text)
LongText = capped_text(LIMITS.long_text)
Tag = capped_text(LIMITS.tag_text)
Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9a-fA-F]{6}$")]


def _picture(uri: str) -> str:
    """A picture URI the image policy allows (:mod:`.images`), unchanged."""
    images.check_data_uri(uri)
    return uri


#: A PNG or JPEG ``data:`` URI within the image policy's caps.
Picture = Annotated[str, StringConstraints(max_length=LIMITS.portrait_chars), AfterValidator(_picture)]
#: The id of a picture in the map's image table (``JourneyMap.images``).
ImageRef = Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-z_-]{1,64}$")]


def _absent(value) -> bool:
    return value is None


def _empty(value) -> bool:
    return not value
