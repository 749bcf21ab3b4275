"""The interface in Vietnamese: what a user sees once the translation is installed."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QMessageBox

from cjm_desktop.app.settings import language
from cjm_desktop.commands import EditCardCommand, MoveCardsCommand
from cjm_desktop.i18n import fill, tr
from tests.app.conftest import select_card

VI_VN = QLocale(QLocale.Vietnamese, QLocale.Vietnam)
EN_US = QLocale(QLocale.English, QLocale.UnitedStates)


@pytest.fixture
def vietnamese(qapp):
    """The Vietnamese translation and locale, as on a Vietnamese system; English again afterwards."""
    assert language.install("vi", system=VI_VN) == "vi"
    yield
    language.uninstall()


# -- choosing the language --------------------------------------------------------------------
@pytest.mark.parametrize("name, expected", [("vi_VN", "vi"), ("en_US", "en"), ("en_GB", "en"), ("fr_FR", "en"), ("C", "en")])
def test_the_system_locale_picks_the_interface_language(name, expected):
    assert language.system_language(QLocale(name)) == expected
    assert language.resolve(language.AUTOMATIC, QLocale(name)) == expected


def test_a_choice_in_preferences_wins_over_the_system():
    assert language.resolve("vi", EN_US) == "vi"
    assert language.resolve("en", VI_VN) == "en"
    language.set_language_choice("en")
    assert language.language_choice() == "en"
    language.set_language_choice("auto")
    assert language.language_choice() == "auto"
    with pytest.raises(ValueError):
        language.set_language_choice("fr")


def test_a_broken_setting_counts_as_automatic():
    from cjm_desktop.app.settings.store import app_settings

    app_settings().setValue(language.LANGUAGE_KEY, "klingon")
    assert language.language_choice() == language.AUTOMATIC


def test_install_follows_the_stored_choice_and_uninstall_restores_english(qapp):
    language.set_language_choice("vi")
    try:
        assert language.install(system=EN_US) == "vi"
        assert language.interface_language() == "vi"
        assert tr("&File") == "&Tệp"
        assert QLocale().language() == QLocale.Vietnamese  # dates and numbers too
    finally:
        language.uninstall()
    assert tr("&File") == "&File"
    assert language.interface_language() == "vi"  # what the next start would choose
    language.set_language_choice("auto")
    assert language.interface_language() == language.system_language()


def test_a_vietnamese_system_keeps_its_own_formats_and_other_systems_get_vi_vn():
    assert language.locale_for("vi", VI_VN) == VI_VN
    assert language.locale_for("vi", EN_US).name() == "vi_VN"
    assert language.locale_for("en", EN_US) == EN_US
    assert language.locale_for("en", QLocale("C")).name() == "en_US"


# -- the window in Vietnamese -----------------------------------------------------------------
def test_menus_toolbar_and_docks_speak_vietnamese(vietnamese, make_window):
    window = make_window()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Tệp", "&Sửa", "&Xem", "&Chèn", "Trạng thá&i", "Trợ &giúp"]
    acts = window.actions_by_name
    assert acts["save_as"].text() == "Lưu &thành…"
    assert acts["open"].toolTip() == "Mở một bản đồ .cjm (Ctrl+O)"
    assert acts["add_persona"].iconText() == "Chân dung"  # the toolbar's short word
    assert window.palette_dock.windowTitle() == "Bảng thẻ"
    assert window.inspector.windowTitle() == "Thuộc tính"
    assert window.personas_dock.windowTitle() == "Chân dung khách hàng"
    assert window.palette_dock.list.item(1).text() == "Hành động của khách hàng"
    assert window.windowTitle().startswith("Chưa đặt tên")


def test_every_action_differs_from_english(qapp, make_window):
    """No menu entry or tooltip was left untranslated (same words allowed only where Vietnamese uses them too)."""
    english = make_window()
    en = {name: (a.text(), a.toolTip()) for name, a in english.actions_by_name.items()}
    en_lanes = [a.text() for a in english.lane_kind_actions]
    language.install("vi", system=VI_VN)
    try:
        vietnamese = make_window()
        vi = {name: (a.text(), a.toolTip()) for name, a in vietnamese.actions_by_name.items()}
        vi_lanes = [a.text() for a in vietnamese.lane_kind_actions]
    finally:
        language.uninstall()
    assert set(vi) == set(en)
    same = [f"{name}: {en[name]}" for name in en if en[name][0] == vi[name][0] or en[name][1] == vi[name][1]]
    assert same == []
    assert [a for a, b in zip(en_lanes, vi_lanes) if a == b] == []


def test_menu_accelerators_are_unique_in_each_vietnamese_menu(vietnamese, make_window):
    window = make_window()

    def check(menu: QMenu, path: str) -> list[str]:
        seen, clashes = {}, []
        for action in menu.actions():
            key = re.search(r"&(?!&)(.)", action.text())
            if key and action.isVisible():
                letter = key.group(1).lower()
                if letter in seen:
                    clashes.append(f"{path}: {seen[letter]!r} and {action.text()!r} both use Alt+{letter}")
                seen[letter] = action.text()
            if action.menu() is not None:
                clashes += check(action.menu(), f"{path} > {action.text()}")
        return clashes

    bar = QMenu()
    bar.addActions(window.menuBar().actions())
    assert check(bar, "menu bar") == []


def test_undo_and_redo_read_in_vietnamese(vietnamese, make_window, sample_path):
    window = make_window(sample_path)
    undo, redo = window.actions_by_name["undo"], window.actions_by_name["redo"]
    assert undo.text() == "Hoàn tác"
    card = window.doc.map.cards[0]
    stage = window.doc.map.stages[1]
    window.doc.push(MoveCardsCommand(window.doc, [card.id], stage.id, card.lane_id, 0))
    assert undo.text() == "Hoàn tác Di chuyển thẻ"
    window.doc.undo_stack.undo()
    assert redo.text() == "Làm lại Di chuyển thẻ"
    window.editor.select(cards=[c.id for c in window.doc.map.cards[:3]])
    window.editor.duplicate()
    assert undo.text() == "Hoàn tác Nhân bản 3 thẻ"


def test_qt_standard_buttons_and_field_menus_are_vietnamese(vietnamese, qtbot):
    box = QMessageBox(QMessageBox.Warning, "t", "x", QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel)
    assert [box.button(b).text() for b in (QMessageBox.Save, QMessageBox.Discard, QMessageBox.Cancel)] == [
        "Lưu", "Không lưu", "Hủy"]
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    texts = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
    assert texts[:5] == ["&Hoàn tác", "&Làm lại", "Cắ&t", "&Sao chép", "&Dán"]


def test_counts_zoom_and_dates_follow_the_vietnamese_locale(vietnamese, make_window, sample_path):
    window = make_window(sample_path)
    m = window.doc.map
    assert window.counts_label.text() == f"{len(m.stages)} giai đoạn · {len(m.lanes)} làn · {len(m.cards)} thẻ"
    window.view.set_zoom(1.5)
    assert window.zoom_label.text() == "150%"
    assert fill(tr("A map holds at most %1 cards."), 20000) == "Một bản đồ chứa tối đa 20.000 thẻ."
    card = select_card(window, m.cards[0].title)
    window.doc.push(EditCardCommand(window.doc, card.id, {"due": dt.date(2025, 6, 30), "sentiment": "negative"}))
    due = window.inspector.page.fields["due"]
    assert due.date.text() == "30/06/2025"  # the locale's day/month/year order
    tip = window.scene.card_item(card.id).tooltip_text()
    assert "Hạn: 30/06/2025" in tip and "Tiêu cực" in tip


def test_english_dates_use_the_english_order(qapp, make_window, sample_path):
    language.install("en", system=EN_US)
    try:
        window = make_window(sample_path)
        card = window.doc.map.cards[0]
        window.doc.push(EditCardCommand(window.doc, card.id, {"due": dt.date(2025, 6, 30)}))
        window.scene.select_ids({"cards": [card.id]})
        assert window.inspector.page.fields["due"].date.text() == "06/30/2025"
        assert "Due: 06/30/2025" in window.scene.card_item(card.id).tooltip_text()
    finally:
        language.uninstall()


def test_new_maps_default_to_the_interface_language(vietnamese, make_window, monkeypatch):
    from cjm_desktop.app.window.dialogs import NewMapDialog

    window = make_window()
    assert window.doc.map.language == "vi"  # the blank map of a new window
    seen = {}

    def run(dialog):
        seen["lang"], seen["template"] = dialog.lang(), dialog.template_id()
        return NewMapDialog.Accepted

    monkeypatch.setattr(NewMapDialog, "exec", run)
    assert window.new_from_template()
    assert seen == {"lang": "vi", "template": "salon-6"}
    assert window.doc.map.language == "vi" and window.doc.map.stages[0].title == "Nhận biết"


def test_file_errors_are_shown_in_vietnamese(vietnamese, make_window, dialogs, tmp_path):
    window = make_window()
    assert not window.open_path(tmp_path / "không có.cjm", ask=False)
    (empty := tmp_path / "trống.cjm").write_bytes(b"")
    assert not window.open_path(empty, ask=False)
    titles = [title for title, _ in dialogs.errors]
    assert titles == ["Không mở được bản đồ"] * 2
    assert dialogs.errors[0][1] == f"không có.cjm: không có tệp này (đã tìm trong {tmp_path.resolve()})"
    assert dialogs.errors[1][1].startswith("trống.cjm: tệp trống (0 byte)")


@pytest.mark.parametrize("env, expected", [
    ({"LANG": "vi_VN.UTF-8"}, "&Tệp"),
    ({"LANG": "en_GB.UTF-8"}, "&File"),
    ({"LANG": "C.UTF-8", "LANGUAGE": "vi"}, "&Tệp"),
])
def test_a_fresh_app_follows_the_system_locale(env, expected, tmp_path):
    """Start-up as on a user's machine: nothing in the settings, the language from the environment."""
    import os
    import subprocess
    import sys

    code = (
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        f"QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, {str(tmp_path)!r})\n"
        "from cjm_desktop.app.settings import language\n"
        "from cjm_desktop.i18n import tr\n"
        "language.install()\n"
        "print(tr('&File'))\n"
    )
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    result = subprocess.run([sys.executable, "-c", code], env={**clean, "QT_QPA_PLATFORM": "offscreen", **env},
                            capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected


def test_vietnamese_words_fit_the_docks(vietnamese, make_window, sample_path):
    """Longer Vietnamese words neither cut the palette nor push the inspector sideways."""
    from PySide6.QtWidgets import QScrollArea

    window = make_window(sample_path)
    palette = window.palette_dock.list
    assert palette.viewport().width() >= palette.sizeHintForColumn(0)
    scroll = window.inspector.findChild(QScrollArea)
    for kind in ("card", "lane", "persona", "map"):
        ids = {"card": window.doc.map.cards[0].id, "lane": window.doc.map.lanes[0].id,
               "persona": window.doc.map.personas[0].id, "map": None}[kind]
        window.inspector.show_object(kind, ids)
        QApplication.processEvents()
        assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width(), kind
