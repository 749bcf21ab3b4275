"""The shape of a template data file, checked with pydantic when it is loaded.

A template is data: ``templates/data/<id>.json`` holds every user-visible
string in Vietnamese and English. A broken file fails loudly (a test loads
every template) rather than producing a half-empty map.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from cjm_desktop.model import PERSONA_PALETTE, LaneKind

Lang = Literal["vi", "en"]
LANGUAGES: tuple[str, ...] = ("vi", "en")

_Text = Annotated[str, StringConstraints(max_length=500)]
_Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9a-fA-F]{6}$")]


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Localised(_Spec):
    """One string in both languages; a title must not be empty in either."""

    vi: _Text
    en: _Text

    def get(self, lang: str) -> str:
        return self.vi if lang == "vi" else self.en


class _Titled(Localised):
    @model_validator(mode="after")
    def _not_empty(self) -> "_Titled":
        if not self.vi.strip() or not self.en.strip():
            raise ValueError("a title needs text in both vi and en")
        return self


class StageSpec(_Spec):
    title: _Titled
    description: Localised = Localised(vi="", en="")
    colour: _Colour = "#3d5a80"


class LaneSpec(_Spec):
    kind: LaneKind
    title: _Titled
    height: float = Field(default=120.0, ge=24.0, le=4000.0)


class HintSpec(_Spec):
    """A hint card: what a consultant writes in one cell."""

    stage: int = Field(ge=0)
    lane: LaneKind
    title: _Titled
    body: Localised = Localised(vi="", en="")


class PersonaSpec(_Spec):
    name: _Titled
    role: Localised = Localised(vi="", en="")
    description: Localised = Localised(vi="", en="")
    #: one of the persona palette's colours, so that a persona added later differs from it
    colour: _Colour = PERSONA_PALETTE[0]

    @model_validator(mode="after")
    def _colour_from_palette(self) -> "PersonaSpec":
        if self.colour.lower() not in PERSONA_PALETTE:
            raise ValueError(f"persona colour {self.colour} is not in the persona palette")
        return self


class TemplateSpec(_Spec):
    """A whole template file."""

    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$")]
    name: _Titled
    description: Localised
    map_description: Localised = Localised(vi="", en="")
    stages: list[StageSpec] = Field(min_length=1)
    lanes: list[LaneSpec] = Field(min_length=1)
    hints: list[HintSpec] = Field(default_factory=list)
    persona: PersonaSpec

    @model_validator(mode="after")
    def _hints_point_at_cells(self) -> "TemplateSpec":
        kinds = {lane.kind for lane in self.lanes}
        for i, hint in enumerate(self.hints):
            if hint.stage >= len(self.stages):
                raise ValueError(f"hints[{i}].stage: there are only {len(self.stages)} stages")
            if hint.lane not in kinds:
                raise ValueError(f"hints[{i}].lane: no lane of kind {hint.lane.value!r}")
        return self
