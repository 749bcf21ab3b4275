"""Persona portraits from someone else's file: PNG/JPEG only, sizes from the header, a budget per map.

Every hostile picture is refused by ``cjm-desktop validate`` (exit 2, one line
naming the persona's portrait and the reason) before anything is decoded, and
by File > Open in the real window (the map stays as it was). A picture that
passes is decoded once, downscaled, however often it is painted.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cjm_desktop.app.cli import main as cli
from cjm_desktop.io import ViewState, write_cjm
from cjm_desktop.model import JourneyMap, Persona, images
from tests.factories import small_map
from tests.hostile.pictures import REFUSED, png, small_png, uri
from tests.qt_helpers import drop_scene

ROOT = Path(__file__).resolve().parents[2]


def _map_file(tmp_path: Path, portraits: list[str], name: str = "m.cjm") -> Path:
    """A valid map written by the app, then the portraits put in as a hostile editor would."""
    m = small_map()
    path = tmp_path / name
    write_cjm(path, m, ViewState())
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["version"] = 2  # a version-2 portrait is the picture itself; opening moves it into the image table
    doc["map"]["personas"] += [{"id": f"00000000-0000-4000-8000-{i:012d}", "name": f"P{i}",
                                "portrait": p} for i, p in enumerate(portraits)]
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_validate_refuses_a_hostile_portrait_in_one_line(tmp_path, capsys, name):
    portrait, words = REFUSED[name]
    path = _map_file(tmp_path, [portrait])
    start = time.perf_counter()
    code = cli.main(["validate", str(path)])
    seconds = time.perf_counter() - start
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert len(err.splitlines()) == 1, err
    # the portrait moved into the image table under its id (format version 3): that place is named
    assert "map.images" in err and images.image_id(portrait) in err and words in err, err
    assert seconds < 2.0


def test_pictures_over_the_maps_budget_are_refused(tmp_path, capsys):
    # each picture is allowed; together they hold more than the map's budget
    count = images.MAP_IMAGE_BUDGET // (2 * 1024 * 1024) + 1
    # each one different: the same picture twice is stored once
    path = _map_file(tmp_path, [uri("png", png(100, 100) + bytes([i]) * (2 * 1024 * 1024)) for i in range(count)])
    assert cli.main(["validate", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "MB are allowed" in err, err


def test_a_small_real_portrait_is_kept_and_drawn(tmp_path, qtbot):
    from cjm_desktop.canvas import MapScene
    from cjm_desktop.commands import CjmDocument
    from cjm_desktop.io import read_cjm

    path = _map_file(tmp_path, [uri("png", small_png())])
    assert cli.main(["validate", str(path)]) == 0
    doc = CjmDocument(read_cjm(path).map)
    scene = MapScene(doc)
    item = scene.persona_item(doc.map.personas[-1].id)
    image = item.portrait()
    assert image is not None and (image.width(), image.height()) == (2, 2)
    assert list(doc.map.images.values()) == [uri("png", small_png())]
    drop_scene(scene)


def test_a_portrait_that_does_not_decode_is_decoded_once(qtbot, monkeypatch):
    """Allowed by its header, broken in its data: Qt is asked once, not on every paint."""
    from PySide6.QtGui import QImage, QPainter

    from cjm_desktop.canvas import MapScene
    from cjm_desktop.commands import CjmDocument
    from cjm_desktop.render import qt_pictures

    broken = uri("png", png(64, 64))  # a real header, a stub of pixel data
    m = small_map()
    m.images[images.image_id(broken)] = broken
    m.personas.append(Persona(name="Broken", portrait=images.image_id(broken)))
    scene = MapScene(CjmDocument(m))
    reads = []
    real = qt_pictures.QImageReader.read
    monkeypatch.setattr(qt_pictures.QImageReader, "read", lambda self: reads.append(1) or real(self))
    qt_pictures.decode_picture.cache_clear()
    item = scene.persona_item(m.personas[-1].id)
    canvas = QImage(400, 200, QImage.Format_ARGB32)
    for _ in range(15):
        painter = QPainter(canvas)
        item.paint(painter, _option(), None)
        painter.end()
    assert item.portrait() is None
    assert len(reads) == 1
    drop_scene(scene)


def _option():
    from PySide6.QtWidgets import QStyleOptionGraphicsItem

    return QStyleOptionGraphicsItem()


def test_opening_a_map_of_hostile_portraits_in_the_window_keeps_the_current_map(tmp_path, qtbot, monkeypatch):
    from cjm_desktop.app.window.main_window import MainWindow
    from cjm_desktop.editing import prompts

    shown = []
    monkeypatch.setattr(prompts, "message_box", lambda parent, icon, title, text, *a: shown.append(text) or 0)
    window = MainWindow()
    qtbot.addWidget(window)
    before = window.doc
    path = _map_file(tmp_path, [p for p, _ in REFUSED.values()])
    window.open_path(path, ask=False)
    assert window.doc is before  # nothing half-switched
    assert len(shown) == 1 and "picture" in shown[0]


@pytest.mark.slow
def test_validate_of_picture_bombs_stays_small_in_a_real_process(tmp_path):
    """A real ``cjm-desktop validate`` under a 1 GB address-space limit: refused, quickly."""
    path = _map_file(tmp_path, [REFUSED["png-bomb-8000"][0], REFUSED["jpeg-bomb"][0]])

    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (1024**3, 1024**3))

    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "cjm_desktop.app", "validate", str(path)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60, preexec_fn=limit)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert time.perf_counter() - start < 20
