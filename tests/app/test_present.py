"""View > Present (F5): real key presses on the present window, offscreen: the title first,
then each stage filling the screen, the whole map; Esc puts the window and its view back."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from cjm_desktop.app.present.slides import plan
from cjm_desktop.io import write_cjm
from cjm_desktop.model import EmotionPoint, Persona
from tests.factories import small_map


def _presenter(window, qtbot):
    QTest.keyClick(window, Qt.Key_F5)
    qtbot.waitUntil(lambda: window.presenter is not None and window.presenter.isVisible())
    return window.presenter


def _press(presenter, qtbot, key) -> None:
    QTest.keyClick(presenter, key)
    qtbot.waitUntil(lambda: not presenter.moving, timeout=3000)


def _shown(presenter) -> QRectF:
    view = presenter.view
    return view.mapToScene(view.viewport().rect()).boundingRect()


def test_present_walks_the_stages_and_esc_restores_the_view(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    view = window.view
    view.set_zoom(1.6)
    view.horizontalScrollBar().setValue(40)
    before = (view.transform(), view.horizontalScrollBar().value(), view.verticalScrollBar().value(),
              window.geometry(), window.isFullScreen())
    lane_header = window.scene.lane_item(window.doc.map.lanes[0].id)
    pinned_at = lane_header.pos()
    presenter = _presenter(window, qtbot)
    assert presenter.isFullScreen() and presenter.isModal()
    assert presenter.slide.kind == "title" and presenter.title_page.isVisible()
    lay = window.scene.layout
    stages = window.doc.map.stages
    for stage in stages:
        _press(presenter, qtbot, Qt.Key_Right)
        while presenter.slide.kind == "stage" and presenter.slide.stage_id != stage.id:
            _press(presenter, qtbot, Qt.Key_PageDown)
        assert presenter.slide.stage_id == stage.id and not presenter.title_page.isVisible()
        head = lay.stage_headers[stage.id]
        shown = _shown(presenter)
        # the stage with its lane titles fills the screen, centred
        assert abs(shown.center().x() - (head.x - lay.style.lane_header_width / 2 + head.w / 2)) < 2
        assert shown.width() < head.w + lay.style.lane_header_width + 200 or shown.height() >= lay.height
        while presenter.slide.page + 1 < presenter.slide.pages:
            _press(presenter, qtbot, Qt.Key_Space)
    _press(presenter, qtbot, Qt.Key_Right)
    assert presenter.slide.kind == "map"
    assert _shown(presenter).contains(QRectF(0, 0, lay.width, lay.height))
    assert presenter.progress.fraction == 1.0
    _press(presenter, qtbot, Qt.Key_PageUp)
    assert presenter.slide.kind == "stage" and presenter.slide.stage_id == stages[-1].id
    _press(presenter, qtbot, Qt.Key_Escape)
    qtbot.waitUntil(lambda: window.presenter is None)
    after = (view.transform(), view.horizontalScrollBar().value(), view.verticalScrollBar().value(),
             window.geometry(), window.isFullScreen())
    assert after == before
    assert lane_header.pos() == pinned_at and view.updatesEnabled()
    assert window.doc.undo_stack.count() == 0


def _two_personas(path):
    m = small_map()
    minh = Persona(name="Minh", colour="#2e9e5b")
    m.personas.append(minh)
    m.emotions.extend(EmotionPoint(persona_id=minh.id, stage_id=s.id, score=1) for s in m.stages)
    m.cards[0].tags = ["Minh"]
    m.cards[1].tags = ["Chị Lan"]
    write_cjm(path, m)


def test_present_cannot_edit_and_focus_dims_other_personas(make_window, tmp_path, qtbot):
    _two_personas(tmp_path / "m.cjm")
    window = make_window(tmp_path / "m.cjm")
    m = window.doc.map
    presenter = _presenter(window, qtbot)
    _press(presenter, qtbot, Qt.Key_Right)
    card = m.cards[0]
    item = window.scene.card_item(card.id)
    vp = presenter.view.viewport()
    point = presenter.view.mapFromScene(item.sceneBoundingRect().center())
    QTest.mouseClick(vp, Qt.LeftButton, Qt.NoModifier, point)  # a click goes on, a right click back
    qtbot.waitUntil(lambda: not presenter.moving, timeout=3000)
    assert presenter.index == 2
    QTest.mouseClick(vp, Qt.RightButton, Qt.NoModifier, point)
    qtbot.waitUntil(lambda: not presenter.moving, timeout=3000)
    assert presenter.index == 1
    QTest.mouseDClick(vp, Qt.LeftButton, Qt.NoModifier, point)  # opens no card editor
    qtbot.waitUntil(lambda: not presenter.moving, timeout=3000)
    QTest.keyClick(presenter, Qt.Key_Delete)
    assert window.scene.editor is None and window.doc.undo_stack.count() == 0 and len(window.doc.map.cards) == len(m.cards)
    assert not item.isSelected()
    lan, minh = (window.scene.curve_item(p.id) for p in m.personas)
    cards = [window.scene.card_item(c.id) for c in m.cards]
    QTest.keyClick(presenter, Qt.Key_3)  # two personas: nobody to focus
    assert lan.opacity() == minh.opacity() == 1.0
    QTest.keyClick(presenter, Qt.Key_1)
    assert presenter.focus_persona == m.personas[0].id
    assert lan.opacity() == 1.0 and minh.opacity() < 0.5
    assert cards[0].opacity() < 0.5 and cards[1].opacity() == cards[2].opacity() == 1.0  # Minh's card dimmed
    QTest.keyClick(presenter, Qt.Key_2)
    assert cards[0].opacity() == 1.0 and cards[1].opacity() < 0.5 and lan.opacity() < 0.5
    QTest.keyClick(presenter, Qt.Key_Escape)
    qtbot.waitUntil(lambda: window.presenter is None)
    assert all(i.opacity() == 1.0 for i in window.scene.card_items())


def test_present_is_in_the_view_menu_with_f5(make_window):
    window = make_window()
    action = window.actions_by_name["present"]
    assert action in window.view_menu.actions()
    assert action.shortcut() == QKeySequence("F5")
    assert "F5" in action.toolTip()
    from cjm_desktop.app.window.help_dialogs import shortcut_rows

    assert any(keys == "F5" for _, keys in shortcut_rows(window))


def test_stage_pages_break_between_lanes(sample_path):
    from cjm_desktop.io import read_cjm
    from cjm_desktop.layout import LayoutEngine

    lay = LayoutEngine().layout(read_cjm(sample_path).map)
    slides = plan(lay, 1920, 300, 96 / 72)  # a short screen: the column in pages
    stage = [s for s in slides if s.kind == "stage" and s.stage_id == lay.stage_order[0]]
    assert [s.page for s in stage] == list(range(len(stage)))
    assert [s.kind for s in slides][0] == "title" and slides[-1].kind == "map"
    lane_tops = {round(lay.lane_headers[lid].y, 3) for lid in lay.lane_order}
    head = lay.stage_headers[lay.stage_order[0]]
    for s in stage[1:]:
        assert round(s.camera.y + head.h, 3) in lane_tops or len(stage) > len(lane_tops)
