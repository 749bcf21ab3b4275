"""Framework templates: data files in Vietnamese and English, turned into maps.

Each template is ``data/<id>.json`` (see :mod:`.spec` for its shape). The
public API::

    list_templates(lang="vi") -> list[TemplateInfo]
    build_map(template_id, lang="vi", title=None) -> JourneyMap

No Qt here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from cjm_desktop.layout.words import label
from cjm_desktop.model import EmotionPoint, JourneyMap, Card, Lane, Persona, Stage

from .spec import LANGUAGES, TemplateSpec

__all__ = [
    "TEMPLATE_IDS", "TemplateInfo", "UnknownTemplateError", "build_map", "list_templates",
    "load_spec",
]

#: Every template id, in the order the user sees them (blank first).
TEMPLATE_IDS: tuple[str, ...] = (
    "blank", "5a", "coleman-8", "value-journey-8", "inbound-4", "salon-6", "people-funnel-5",
)

#: Tag put on hint cards, per language, so a user (or the GUI) can find them.
HINT_TAG = {lang: label("hint", lang) for lang in LANGUAGES}


class UnknownTemplateError(ValueError):
    """Raised for a template id that does not exist; the message lists the valid ids."""

    def __init__(self, template_id: str) -> None:
        super().__init__(
            f'no template "{template_id}"; choose one of: {", ".join(TEMPLATE_IDS)}'
        )
        self.template_id = template_id


@dataclass(frozen=True)
class TemplateInfo:
    """What a template picker shows."""

    id: str
    name: str
    description: str
    stage_count: int


def _check_lang(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f'language "{lang}" is not supported; use one of: {", ".join(LANGUAGES)}')


@lru_cache(maxsize=None)
def load_spec(template_id: str) -> TemplateSpec:
    """Read and validate ``data/<template_id>.json``.

    Raises
    ------
    UnknownTemplateError
        If the id is not one of :data:`TEMPLATE_IDS`.
    pydantic.ValidationError, json.JSONDecodeError
        If the bundled data file is broken (a packaging bug, caught by tests).
    """
    if template_id not in TEMPLATE_IDS:
        raise UnknownTemplateError(template_id)
    text = resources.files(__package__).joinpath("data", f"{template_id}.json").read_text(
        encoding="utf-8"
    )
    spec = TemplateSpec.model_validate(json.loads(text))
    if spec.id != template_id:
        raise ValueError(f"templates/data/{template_id}.json declares id {spec.id!r}")
    return spec


def list_templates(lang: str = "vi") -> list[TemplateInfo]:
    """Every template, blank first, with its name and description in ``lang``."""
    _check_lang(lang)
    out = []
    for template_id in TEMPLATE_IDS:
        spec = load_spec(template_id)
        out.append(
            TemplateInfo(
                id=template_id,
                name=spec.name.get(lang),
                description=spec.description.get(lang),
                stage_count=len(spec.stages),
            )
        )
    return out


def build_map(template_id: str, lang: str = "vi", title: str | None = None) -> JourneyMap:
    """A new map from a template, with fresh ids on every call.

    Parameters
    ----------
    template_id
        One of :data:`TEMPLATE_IDS`.
    lang
        ``"vi"`` or ``"en"``: the language of every title and hint, and the map's language.
    title
        The map's title; defaults to the template's name.
    """
    _check_lang(lang)
    spec = load_spec(template_id)
    stages = [
        Stage(title=s.title.get(lang), description=s.description.get(lang), colour=s.colour)
        for s in spec.stages
    ]
    lanes = [Lane(kind=lane.kind, title=lane.title.get(lang), height=lane.height)
             for lane in spec.lanes]
    lane_by_kind = {}
    for lane in lanes:
        lane_by_kind.setdefault(lane.kind, lane)
    cards: list[Card] = []
    order: dict[tuple[str, str], int] = {}
    for hint in spec.hints:
        stage_id = stages[hint.stage].id
        lane_id = lane_by_kind[hint.lane].id
        n = order.get((stage_id, lane_id), 0)
        order[(stage_id, lane_id)] = n + 1
        cards.append(Card(stage_id=stage_id, lane_id=lane_id, order=n,
                          title=hint.title.get(lang), body=hint.body.get(lang),
                          tags=[HINT_TAG[lang]]))
    p = spec.persona
    persona = Persona(name=p.name.get(lang), role=p.role.get(lang),
                      description=p.description.get(lang), colour=p.colour)
    emotions = [EmotionPoint(persona_id=persona.id, stage_id=s.id, score=0) for s in stages]
    return JourneyMap(
        title=spec.name.get(lang) if title is None else title,
        description=spec.map_description.get(lang),
        language=lang,
        personas=[persona],
        stages=stages,
        lanes=lanes,
        cards=cards,
        emotions=emotions,
    )
