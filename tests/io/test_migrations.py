"""The migration registry: version n -> n+1 steps on plain dicts, applied in order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cjm_desktop.io import CjmLoadError, UnsupportedFormatVersionError, dumps_cjm, loads_cjm
from cjm_desktop.io import migrations
from cjm_desktop.model import images

V1_FULL = (Path(__file__).resolve().parent.parent / "golden" / "v1" / "full.cjm").read_bytes()
#: the same file without its portrait, for steps simulated on top of version 1 (no 2 -> 3 step there)
V1_PLAIN = V1_FULL.replace(json.loads(V1_FULL)["map"]["personas"][0]["portrait"].join('""').encode(), b"null", 1)


def test_version_1_and_2_files_without_portraits_read_as_current():
    assert migrations.FORMAT_VERSION == 4
    assert migrations.reads_as_current(1) and migrations.reads_as_current(2)  # the fast path reads them
    assert migrations.reads_as_current(3)
    minimal = (Path(__file__).resolve().parent.parent / "golden" / "v1" / "minimal.cjm").read_bytes()
    loaded = loads_cjm(minimal, "minimal.cjm")
    assert dumps_cjm(loaded.map, loaded.view) == minimal.replace(b'"version": 1', b'"version": 4', 1)


def test_a_version_1_portrait_moves_into_the_image_table_unchanged():
    loaded = loads_cjm(V1_FULL, "full.cjm")
    assert loaded.map.title.startswith("Hành trình") and loaded.map.conflicts == []
    old = json.loads(V1_FULL)
    uri = old["map"]["personas"][0]["portrait"]
    ref = loaded.map.personas[0].portrait
    assert ref == images.image_id(uri) and loaded.map.images == {ref: uri}
    saved = json.loads(dumps_cjm(loaded.map, loaded.view))
    old["version"] = 4
    old["map"]["personas"][0]["portrait"] = ref
    old["map"]["images"] = {ref: uri}
    assert saved == old  # nothing else changed
    assert list(saved["map"])[-1] == "images"  # the pictures come last, after the text


def test_a_simulated_version_3_step_reads_a_version_1_file_slowly(monkeypatch):
    monkeypatch.setattr(migrations, "FORMAT_VERSION", 3)
    monkeypatch.setitem(migrations.MIGRATIONS, 2, lambda d: d)
    assert not migrations.reads_as_current(1)


def test_a_version_1_file_is_migrated_to_version_2(monkeypatch):
    seen = []

    def one_to_two(data: dict) -> dict:
        seen.append((type(data), data["version"], type(data["map"])))
        # e.g. version 2 renamed view.show_connectors -> view.show_arrows; here the
        # current model is kept, so the step rewrites the title instead.
        data["map"]["title"] = data["map"]["title"] + " (v2)"
        return data

    monkeypatch.setattr(migrations, "FORMAT_VERSION", 2)
    monkeypatch.setitem(migrations.MIGRATIONS, 1, one_to_two)
    loaded = loads_cjm(V1_PLAIN, "full.cjm")
    assert seen == [(dict, 1, dict)]  # plain dicts, before validation
    assert loaded.map.title == "Hành trình khách hàng: Salon tóc Hoa Mai (v2)"
    assert b'"version": 2' in dumps_cjm(loaded.map, loaded.view)  # saved as the new version


def test_steps_run_in_order(monkeypatch):
    order = []

    def step(n):
        def run(data):
            order.append((n, data["version"]))
            return data

        return run

    monkeypatch.setattr(migrations, "FORMAT_VERSION", 4)
    for n in (3, 1, 2):  # registered out of order
        monkeypatch.setitem(migrations.MIGRATIONS, n, step(n))
    loads_cjm(V1_PLAIN, "full.cjm")
    assert order == [(1, 1), (2, 2), (3, 3)]


def test_a_file_of_the_new_version_is_not_migrated(monkeypatch):
    monkeypatch.setattr(migrations, "FORMAT_VERSION", 2)
    monkeypatch.setitem(migrations.MIGRATIONS, 1, lambda d: pytest.fail("must not run"))
    v2 = V1_PLAIN.replace(b'"version": 1', b'"version": 2', 1)
    assert loads_cjm(v2, "full.cjm").map.title.startswith("Hành trình")


def test_newer_than_the_migrated_version(monkeypatch):
    monkeypatch.setattr(migrations, "FORMAT_VERSION", 2)
    with pytest.raises(UnsupportedFormatVersionError, match=r"format version 3\); this version reads up to 2"):
        loads_cjm(V1_PLAIN.replace(b'"version": 1', b'"version": 3', 1), "full.cjm")


def test_missing_step_is_one_line(monkeypatch):
    monkeypatch.setattr(migrations, "FORMAT_VERSION", 5)
    with pytest.raises(CjmLoadError) as info:
        loads_cjm(V1_PLAIN, "full.cjm")
    assert str(info.value).startswith("full.cjm: version: cannot upgrade a format version 4 file")


def test_failing_step_is_one_line(monkeypatch):
    monkeypatch.setattr(migrations, "FORMAT_VERSION", 2)
    monkeypatch.setitem(migrations.MIGRATIONS, 1, lambda d: d["map"]["no such key"])
    with pytest.raises(CjmLoadError) as info:
        loads_cjm(V1_PLAIN, "full.cjm")
    assert str(info.value) == "full.cjm: could not upgrade from format version 1 to 2: KeyError: 'no such key'"


def test_migrated_file_is_still_validated(monkeypatch):
    monkeypatch.setattr(migrations, "FORMAT_VERSION", 2)
    monkeypatch.setitem(migrations.MIGRATIONS, 1, lambda d: {**d, "map": {**d["map"], "cards": "oops"}})
    with pytest.raises(CjmLoadError, match=r"full\.cjm: map\.cards: expected a list"):
        loads_cjm(V1_PLAIN, "full.cjm")
