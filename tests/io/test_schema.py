"""The committed JSON Schema is generated from the model and must not drift."""

from __future__ import annotations

import json

from cjm_desktop.io import CjmFileFormat, ViewState
from cjm_desktop.io.schema import json_schema, schema_path, schema_text, write_schema
from cjm_desktop.model import Card, JourneyMap


def test_committed_schema_matches_the_model():
    committed = schema_path().read_text(encoding="utf-8")
    assert committed == schema_text(), (
        f"{schema_path()} is out of date with the model: "
        "run `python -m cjm_desktop.io.schema --write` and commit it (a format change may also "
        "need a new format version and a migration)"
    )


def test_schema_path_is_versioned():
    assert schema_path().name == "cjm-4.schema.json"
    assert schema_path().parent.name == "schema"


def test_schema_describes_the_file():
    schema = json_schema()
    assert schema["$schema"].endswith("2020-12/schema")
    assert list(schema["properties"]) == ["format", "version", "map", "view"]
    assert schema["properties"]["format"]["const"] == "cjm"
    assert schema["properties"]["version"]["const"] == 4
    assert set(schema["required"]) == {"format", "version", "map"}
    defs = schema["$defs"]
    assert list(defs["JourneyMap"]["properties"]) == list(JourneyMap.model_fields)
    assert list(defs["Card"]["properties"]) == list(Card.model_fields)
    assert list(defs["ViewState"]["properties"]) == list(ViewState.model_fields)
    assert defs["Card"]["additionalProperties"] is False


def test_drift_check_notices_a_new_field(monkeypatch):
    """The drift test can fail: a field added to the model changes the generated text."""
    from typing import Optional

    from cjm_desktop.io import schema

    class ChangedFile(CjmFileFormat):
        layers: Optional[list[str]] = None

    monkeypatch.setattr(schema, "CjmFileFormat", ChangedFile)
    assert '"layers"' in schema_text()
    assert schema_text() != schema_path().read_text(encoding="utf-8")


def test_write_schema_writes_the_same_text(tmp_path):
    target = write_schema(tmp_path / "s.json")
    assert target.read_text(encoding="utf-8") == schema_text()
    json.loads(target.read_text(encoding="utf-8"))


def test_schema_describes_the_image_table_and_references():
    defs = json_schema()["$defs"]
    table = defs["JourneyMap"]["properties"]["images"]
    assert table["type"] == "object" and table["patternProperties"]
    assert "image" in defs["Card"]["properties"] and "image" in defs["Stage"]["properties"]
    assert "logo" in defs["JourneyMap"]["properties"]
    assert "storyboard" in defs["LaneKind"]["enum"]
