"""A stage's picture from the Inspector in the window: choose, replace, remove, each one
undo step, and the canvas header follows (every header one row, grown while one has a picture)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cjm_desktop.model import images
from tests.pictures.helpers import picture_file


def test_inspector_chooses_replaces_and_removes_a_stage_picture(make_window, sample_path, qtbot, monkeypatch,
                                                                  tmp_path):
    from PySide6.QtWidgets import QFileDialog

    window = make_window(sample_path)
    m, scene = window.doc.map, window.scene
    stage = m.stages[1]
    plain_h = scene.layout.corner.h
    window.scene.select_ids({"stages": [stage.id]})
    assert window.inspector.current == "stage"
    field = window.inspector.page.fields["image"]
    for path in (picture_file(tmp_path / "a.png", 300, 200), picture_file(tmp_path / "b.jpg", 900, 500, kind="JPEG")):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, p=path, **k: (str(p), "")))
        qtbot.mouseClick(field.choose, Qt.LeftButton)
    assert images.check_data_uri(m.images[m.stage(stage.id).image]).width == 900
    heights = {r.h for r in scene.layout.stage_headers.values()}
    assert len(heights) == 1 and heights.pop() > plain_h  # one row, grown
    item = scene.stage_item(stage.id)
    assert item.picture is not None and item.picture[1] == m.images[m.stage(stage.id).image]
    qtbot.mouseClick(field.remove, Qt.LeftButton)
    assert m.stage(stage.id).image is None and scene.layout.corner.h == plain_h and item.picture is None
    stack = window.doc.undo_stack
    stack.undo()
    assert images.check_data_uri(m.images[m.stage(stage.id).image]).width == 900
    stack.undo()
    assert images.check_data_uri(m.images[m.stage(stage.id).image]).width == 300
    stack.undo()
    assert m.stage(stage.id).image is None and scene.layout.corner.h == plain_h
